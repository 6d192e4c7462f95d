"""Reminders to a policy's reviewers: 60 and 14 days before its next review, then weekly."""

from __future__ import annotations

import datetime
import re
import smtplib
from dataclasses import dataclass, field

from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from schoolgate.policies.models import PolicyReviewReminder, PolicyVersion, ReviewReminderKind
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership
from schoolgate.schools.roles import Role

# The reminders the policy's review asks for: two before it is due, then one a week while late.
FIRST_REMINDER_DAYS = 60
SECOND_REMINDER_DAYS = 14
OVERDUE_EVERY_DAYS = 7
# As the step reminders (cases/actions/reminders.py): a silent mail server must not stall the run,
# and a claim outlives any one send, so a live claim is never taken over.
SMTP_TIMEOUT_SECONDS = 30
CLAIM_LEASE = datetime.timedelta(minutes=10)


@dataclass
class ReviewReminderRun:
    sent: int = 0
    failures: list[str] = field(default_factory=list)


def reminder_due(
    next_review: datetime.date, today: datetime.date
) -> tuple[str, ReviewReminderKind] | None:
    """The reminder due today for a review due by `next_review`, as (key, kind), or None.

    The key names the reminder, so each is sent once: "60_days", "14_days", then
    "overdue-week-0" from the first day late, "overdue-week-1" a week later, and so on. A run
    that was missed sends only the reminder due now, never a backlog.
    """
    days_left = (next_review - today).days
    if days_left < 0:
        week = (-days_left - 1) // OVERDUE_EVERY_DAYS
        return f"overdue-week-{week}", ReviewReminderKind.OVERDUE
    if days_left <= SECOND_REMINDER_DAYS:
        return "14_days", ReviewReminderKind.FOURTEEN_DAYS
    if days_left <= FIRST_REMINDER_DAYS:
        return "60_days", ReviewReminderKind.SIXTY_DAYS
    return None


def _name_key(name: str) -> tuple[str, str]:
    """(first initial, surname) of a name, so "E. E. Cobley" matches an account "Eve Cobley"."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return (words[0][0], words[-1]) if words else ("", "")


def reviewer_addresses(version: PolicyVersion) -> list[str]:
    """Whom to remind: the school's accounts matching the policy's reviewers, and its headteacher.

    The policy names reviewers in words, not accounts; the headteacher is always told, as the one
    who brings the review to the governing body.
    """
    wanted = {_name_key(name) for name in version.document.review.reviewers}
    addresses = set()
    for membership in Membership.objects.filter(
        school=version.school, user__is_active=True
    ).select_related("user"):
        if membership.role == Role.HEADTEACHER or _name_key(membership.user.full_name) in wanted:
            addresses.add(membership.user.email)
    return sorted(addresses)


def send_review_reminders(now: datetime.datetime) -> ReviewReminderRun:
    """E-mail each reviewer of each published policy the reminder due today, once.

    Safe to run as often as a scheduler likes, two at once included: each reminder is claimed
    before it is sent and marked sent only once the mail server has accepted it; a send that
    fails releases the claim, so the next run tries again.
    """
    run = ReviewReminderRun()
    today = timezone.localdate(now)
    for version in PolicyVersion.objects.published().select_related("school").order_by("pk"):
        due = reminder_due(version.document.review.next_review_date(), today)
        if due is None:
            continue
        key, kind = due
        for address in reviewer_addresses(version):
            reminder, _ = PolicyReviewReminder.objects.get_or_create(
                version=version, key=key, recipient=address, defaults={"kind": kind}
            )
            if not _claim(reminder, now):
                continue
            try:
                _mail_reminder(version, kind, address)
            except (smtplib.SMTPException, OSError) as error:
                PolicyReviewReminder.objects.filter(pk=reminder.pk).update(claimed_at=None)
                run.failures.append(
                    f"{version.school.name}, {kind.label.lower()}, to {address}: "
                    f"{error or type(error).__name__}"
                )
                continue
            with transaction.atomic():
                PolicyReviewReminder.objects.filter(pk=reminder.pk).update(sent_at=now)
                record_event(
                    version.school,
                    None,
                    "sent policy review reminder",
                    version,
                    {"to": address, "reminder": key},
                )
            run.sent += 1
    return run


def _claim(reminder: PolicyReviewReminder, now: datetime.datetime) -> bool:
    free = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_LEASE)
    return bool(
        PolicyReviewReminder.objects.filter(free, pk=reminder.pk, sent_at__isnull=True).update(
            claimed_at=now
        )
    )


def _mail_reminder(version: PolicyVersion, kind: ReviewReminderKind, address: str) -> None:
    """One e-mail to one reviewer: the policy, the school and the date; no other person named."""
    document = version.document
    due = document.review.next_review_date().strftime("%-d %B %Y")
    if kind == ReviewReminderKind.OVERDUE:
        subject = f"{version.school.name}: the policy's review is overdue"
        opening = f"The review of the school's policy was due by {due} and is not yet recorded."
    else:
        subject = f"{version.school.name}: the policy is due for review by {due}"
        opening = f"The school's policy is due for review by {due}."
    send_mail(
        subject=subject,
        message=(
            f"{opening}\n\nPolicy: {document.title}\n\n"
            "Once the governing body has approved the review, the headteacher records it on the "
            "policy's review page in Schoolgate, which publishes the policy with its next review "
            "date."
        ),
        from_email=None,
        recipient_list=[address],
        connection=get_connection(timeout=SMTP_TIMEOUT_SECONDS),
    )
