"""Reminders to case workers about steps whose due date has passed."""

from __future__ import annotations

import datetime
import smtplib
from dataclasses import dataclass, field

from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from schoolgate.cases.actions.refusal import CASE_WORKER_ROLES
from schoolgate.cases.models import Step
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership

# A mail server that accepts the connection and then says nothing must not stall the run forever.
SMTP_TIMEOUT_SECONDS = 30
# Far longer than one send can take (SMTP_TIMEOUT_SECONDS), so a live claim is never taken over;
# a run that dies between sending and marking leaves a claim the next hourly run may retake.
CLAIM_LEASE = datetime.timedelta(minutes=10)


@dataclass
class ReminderRun:
    """What one run sent, and why each reminder it could not send failed."""

    sent: int = 0
    failures: list[str] = field(default_factory=list)


def send_step_reminders(now: datetime.datetime) -> ReminderRun:
    """E-mail the school's case workers once about each step whose due date has passed.

    Safe to run as often as a scheduler likes, two at once included: each step is claimed before
    its e-mail is sent and marked as reminded only once the mail server has accepted it. A send
    that fails releases the claim, so the next run tries again; the failure is returned.
    """
    run = ReminderRun()
    overdue = (
        Step.objects.overdue(now)
        .filter(reminded_at__isnull=True)
        .select_related("case__school")
        .order_by("due_at", "pk")
    )
    for step in overdue:
        school = step.case.school
        recipients = sorted(
            Membership.objects.filter(school=school, role__in=CASE_WORKER_ROLES).values_list(
                "user__email", flat=True
            )
        )
        if not recipients or not _claim(step, now):
            continue
        try:
            _mail_reminder(step, recipients)
        except (smtplib.SMTPException, OSError) as error:
            Step.objects.filter(pk=step.pk).update(reminder_claimed_at=None)
            run.failures.append(
                f"Case {step.case.number}, step {step.step_id}: {error or type(error).__name__}"
            )
            continue
        with transaction.atomic():
            Step.objects.filter(pk=step.pk).update(reminded_at=now, reminder_claimed_at=None)
            record_event(school, None, "sent reminder", step, {"to": recipients})
        run.sent += 1
    return run


def _claim(step: Step, now: datetime.datetime) -> bool:
    """Take the step for this run; False when another run holds it or has reminded about it."""
    free = Q(reminder_claimed_at__isnull=True) | Q(reminder_claimed_at__lt=now - CLAIM_LEASE)
    # Only the step's own columns: PostgreSQL re-checks these on a row another run just changed,
    # but not a join (to the case's status), which would let two runs claim the same step.
    claimed = Step.objects.filter(
        free, pk=step.pk, reminded_at__isnull=True, followed_up_at__isnull=True
    ).update(reminder_claimed_at=now)
    return bool(claimed)


def _mail_reminder(step: Step, recipients: list[str]) -> None:
    """Send the reminder: the case number, the step and its due date, and nothing of its content.

    E-mail leaves the school's systems, so it names no parent, pupil or member of staff and quotes
    no post; the case page, behind sign-in, holds the rest.
    """
    case = step.case
    due = timezone.localtime(step.due_at).strftime("%-d %B %Y %H:%M") if step.due_at else ""
    send_mail(
        subject=f"Case {case.number} at {case.school.name}: a step is overdue",
        message=(
            f"Case {case.number}: {step.wording.strip()}\n\n"
            f"Due {due}: {step.due_reason or 'follow-up'}.\n"
            "Record what happened on the case page in Schoolgate.\n\n"
            "No details of the case are sent by e-mail."
        ),
        from_email=None,
        recipient_list=recipients,
        connection=get_connection(timeout=SMTP_TIMEOUT_SECONDS),
    )
