"""Taking the steps of the policy's procedure in a case, with their approvals and follow-ups."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions.evidence import add_evidence
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.evidence import CheckedFile
from schoolgate.cases.models import (
    BlockedSender,
    Case,
    EvidenceRole,
    Step,
    StepStatus,
)
from schoolgate.cases.procedure import CHECKLIST, has_discussion, step_option
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission


@dataclass
class StepRecord:
    """What a member records for a step: the policy step's id and what the step needs."""

    step_id: str
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    due_at: datetime.datetime | None = None
    due_reason: str = ""
    attachments: list[CheckedFile] = field(default_factory=list)
    # The one-time token of the form it came from: a second submission of it records nothing.
    submission_token: str = ""


def record_step(member: Member, case: Case, record: StepRecord) -> Step:
    """Take a step of the policy's procedure, checking every guard the policy and the law ask for.

    A record whose submission token was already recorded in this case returns that step, so a
    form sent twice (a double click, a resubmitted page) records the step once.
    """
    with transaction.atomic():
        locked(case)
        if record.submission_token:
            already = case.steps.filter(submission_token=record.submission_token).first()
            if already is not None:
                return already
        document = case.policy_version.document
        policy_step = document.step(record.step_id)
        if policy_step is None:
            raise ActionRefused(f"The case's policy has no step {record.step_id!r}.")
        option = step_option(case, member, policy_step, discussed=has_discussion(case))
        if not option.is_allowed:
            raise ActionRefused(" ".join(option.refusals))
        if option.needs_checklist:
            missing = [question for key, question in CHECKLIST if key not in record.checklist]
            if missing:
                raise ActionRefused(
                    "Answer the checklist before a legal or police step: " + " ".join(missing)
                )
        step = Step.objects.create(
            case=case,
            step_id=policy_step.id,
            kind=policy_step.kind,
            wording=policy_step.wording,
            status=StepStatus.AWAITING_APPROVAL if option.needs_approval else StepStatus.DONE,
            taken_by=member.user,
            note=record.note,
            details=record.details,
            checklist=record.checklist,
            due_at=record.due_at,
            due_reason=record.due_reason,
            submission_token=record.submission_token,
        )
        if policy_step.needs_headteacher_approval and not option.needs_approval:
            step.approved_by, step.approved_at = member.user, timezone.now()
            step.save(update_fields=["approved_by", "approved_at"])
        record_event(
            member.school,
            member.user,
            "recorded step",
            step,
            {
                "case": case.pk,
                "step": step.step_id,
                "status": step.status,
                "details": record.details,
                "checklist": record.checklist,
                "note": record.note,
            },
        )
        for checked in record.attachments:
            add_evidence(
                member,
                checked,
                role=EvidenceRole.LETTER
                if step.kind == StepKind.WRITTEN_WARNING
                else EvidenceRole.ATTACHMENT,
                step=step,
            )
        if step.status == StepStatus.DONE:
            _carry_out(step)
    return step


def _carry_out(step: Step) -> None:
    """What a step does beyond being recorded."""
    if step.kind == StepKind.BLOCK_EMAIL:
        address = str(step.details.get("address", "")).strip().lower()
        if (
            address
            and not BlockedSender.objects.filter(
                school=step.case.school, address=address, is_active=True
            ).exists()
        ):
            BlockedSender.objects.create(school=step.case.school, address=address, step=step)


def approve_step(member: Member, step: Step, *, approve: bool, note: str = "") -> Step:
    """The headteacher approves or refuses a step the policy reserves for their approval."""
    if not member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS):
        raise ActionRefused("Only the headteacher approves this step.")
    with transaction.atomic():
        if locked(step).status != StepStatus.AWAITING_APPROVAL:
            raise ActionRefused("This step is not waiting for approval.")
        if not approve and not note.strip():
            raise ActionRefused("Give the reason for refusing approval.")
        step.status = StepStatus.DONE if approve else StepStatus.REFUSED
        step.approved_by, step.approved_at, step.approval_note = member.user, timezone.now(), note
        step.save(update_fields=["status", "approved_by", "approved_at", "approval_note"])
        record_event(
            member.school,
            member.user,
            "approved step" if approve else "refused step",
            step,
            {"case": step.case_id, "note": note},
        )
        if approve:
            _carry_out(step)
    return step


def record_follow_up(member: Member, step: Step, note: str) -> Step:
    """Record what happened by a step's due date (removed, platform replied), ending its reminder."""
    require_case_work(member)
    with transaction.atomic():
        # The case before the step, the order record_step and close_case take them in.
        if not locked(step.case).is_open:
            raise ActionRefused("The case is closed.")
        if locked(step).followed_up_at is not None:
            raise ActionRefused("The follow-up of this step is already recorded.")
        step.followed_up_at, step.follow_up_note = timezone.now(), note
        step.save(update_fields=["followed_up_at", "follow_up_note"])
        record_event(member.school, member.user, "followed up step", step, {"note": note})
    return step
