"""What staff do with incidents and cases, one module per job; each action atomic and audited.

The modules: `incidents` (log, review, dismiss), `evidence`, `screening`, `cases` (open, add,
indicators, close), `procedure` (steps, approvals, follow-ups), `police` (referrals),
`bundles` (evidence bundles), `reminders` and `blocks`.
"""

from __future__ import annotations

from schoolgate.cases.actions.blocks import blocked_sender, is_withheld
from schoolgate.cases.actions.bundles import export_bundle
from schoolgate.cases.actions.cases import (
    add_to_case,
    close_case,
    confirm_indicator,
    open_case,
    open_case_for_poster,
    record_skip_reason,
    refresh_case_indicators,
)
from schoolgate.cases.actions.evidence import add_evidence, correct_evidence, open_evidence
from schoolgate.cases.actions.incidents import (
    IncidentReport,
    dismiss_incident,
    log_incident,
    review_category,
)
from schoolgate.cases.actions.police import is_reported, record_police_report
from schoolgate.cases.actions.procedure import (
    StepRecord,
    approve_step,
    record_follow_up,
    record_step,
)
from schoolgate.cases.actions.refusal import ActionRefused
from schoolgate.cases.actions.reminders import send_step_reminders
from schoolgate.cases.actions.screening import screen_again, screen_incident

__all__ = [
    "ActionRefused",
    "IncidentReport",
    "StepRecord",
    "add_evidence",
    "add_to_case",
    "approve_step",
    "blocked_sender",
    "close_case",
    "confirm_indicator",
    "correct_evidence",
    "dismiss_incident",
    "export_bundle",
    "is_reported",
    "is_withheld",
    "log_incident",
    "open_case",
    "open_case_for_poster",
    "open_evidence",
    "record_follow_up",
    "record_police_report",
    "record_skip_reason",
    "record_step",
    "refresh_case_indicators",
    "review_category",
    "screen_again",
    "screen_incident",
    "send_step_reminders",
]
