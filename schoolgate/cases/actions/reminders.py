"""Reminders to case workers about steps whose due date has passed."""

from __future__ import annotations

import datetime
from functools import partial

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions.refusal import CASE_WORKER_ROLES
from schoolgate.cases.models import (
    Step,
)
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership


def send_step_reminders(now: datetime.datetime) -> int:
    """E-mail the school's case workers once about each step whose due date has passed.

    Safe to run as often as a scheduler likes: a step is reminded about once.
    """
    sent = 0
    overdue = (
        Step.objects.overdue(now).filter(reminded_at__isnull=True).select_related("case__school")
    )
    for step in overdue:
        school = step.case.school
        recipients = sorted(
            Membership.objects.filter(school=school, role__in=CASE_WORKER_ROLES).values_list(
                "user__email", flat=True
            )
        )
        if not recipients:
            continue
        with transaction.atomic():
            # Claim the step first so two schedulers never send the same reminder twice.
            claimed = Step.objects.filter(pk=step.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if not claimed:
                continue
            record_event(school, None, "sent reminder", step, {"to": recipients})
            transaction.on_commit(partial(_mail_reminder, step, recipients))
        sent += 1
    return sent


def _mail_reminder(step: Step, recipients: list[str]) -> None:
    case = step.case
    due = timezone.localtime(step.due_at).strftime("%-d %B %Y %H:%M") if step.due_at else ""
    send_mail(
        subject=f"Case {case.number} at {case.school.name}: a step is overdue",
        message=(
            f"Case {case.number} ({case.poster_label}): {step.wording.strip()}\n\n"
            f"Due {due}: {step.due_reason or 'follow-up'}.\n"
            "Record what happened on the case page in Schoolgate.\n\n"
            "No details of the case are sent by e-mail."
        ),
        from_email=None,
        recipient_list=recipients,
    )
