"""The kinds of step a policy's procedure may hold: one vocabulary for the file, rules, forms and pages."""

from __future__ import annotations

from django.db import models


class StepKind(models.TextChoices):
    INFORMAL_DISCUSSION = "informal_discussion", "Informal discussion"
    WRITTEN_WARNING = "written_warning", "Written warning"
    PLATFORM_REPORT = "platform_report", "Report to the platform"
    BLOCK_ON_X = "block_on_x", "Block the follower on X"
    BLOCK_EMAIL = "block_email", "Block e-mail through the school website"
    LEGAL_ADVICE = "legal_advice", "Legal advice"
    LEGAL_ACTION = "legal_action", "Legal action"
    OTHER_LEGAL_ACTION = "other_legal_action", "Other legal action"
    POLICE_REFERRAL = "police_referral", "Police referral"


LEGAL_KINDS = frozenset({StepKind.LEGAL_ADVICE, StepKind.LEGAL_ACTION, StepKind.OTHER_LEGAL_ACTION})
LEGAL_AND_POLICE_KINDS = LEGAL_KINDS | {StepKind.POLICE_REFERRAL}


def step_title(kind: str) -> str:
    """The kind's name in words; a kind no longer known reads as its id, never an error."""
    try:
        return StepKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()
