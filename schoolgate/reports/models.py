"""Records of governance: retention schedules, subject access requests, governors' reports, welfare support."""

from __future__ import annotations

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from schoolgate.schools.models import Person, School


class RecordType(models.TextChoices):
    CLOSED_CASE = "closed_case", "A closed case, with its incidents and evidence"
    DISMISSED_INCIDENT = "dismissed_incident", "An incident dismissed with no action"
    CONCERN = "concern", "A parent's concern, once it is closed"


# Months each record is kept after it closes, unless the school sets its own period.
DEFAULT_KEEP_MONTHS = {
    # A complaint file is kept for 6 years after it is resolved, then reviewed (the usual
    # schools' retention guidance; the limitation period for most civil claims is 6 years).
    RecordType.CLOSED_CASE: 72,
    # A post the school took no action on holds little worth keeping; a year covers a repeat
    # that would make it part of a course of conduct.
    RecordType.DISMISSED_INCIDENT: 12,
    # A concern answered privately: 2 years, so a returning concern can be seen in context.
    RecordType.CONCERN: 24,
}


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` calendar months later, or the month's last day when it has none."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class RetentionRule(models.Model):
    """A school's own retention period for one type of record, in place of the default."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="retention_rules")
    record_type = models.CharField(max_length=30, choices=RecordType.choices)
    keep_months = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["school", "record_type"], name="one_retention_rule_per_record_type"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_record_type_display()}: {self.keep_months} months at {self.school}"


def keep_months(school: School, record_type: RecordType) -> int:
    """How long the school keeps this type of record after it closes, in months."""
    rule = RetentionRule.objects.filter(school=school, record_type=record_type).first()
    return rule.keep_months if rule else DEFAULT_KEEP_MONTHS[record_type]


class RequestStatus(models.TextChoices):
    OPEN = "open", "Open"
    ANSWERED = "answered", "Answered"


# UK GDPR art. 12(3): answer within one calendar month of receiving the request.
MONTHS_TO_ANSWER = 1


class SubjectAccessRequestQuerySet(models.QuerySet["SubjectAccessRequest"]):
    def overdue(self, today: datetime.date) -> SubjectAccessRequestQuerySet:
        return self.filter(status=RequestStatus.OPEN, due_on__lt=today)


class SubjectAccessRequest(models.Model):
    """A request for everything the school holds about one person, and its one-month clock."""

    school = models.ForeignKey(
        School, on_delete=models.PROTECT, related_name="subject_access_requests"
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="subject_access_requests"
    )
    requester = models.CharField(
        max_length=200, help_text="Who asked: the person, or who asked on their behalf."
    )
    received_on = models.DateField()
    due_on = models.DateField()
    status = models.CharField(
        max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    answered_on = models.DateField(null=True, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    logged_at = models.DateTimeField(default=timezone.now)

    objects = SubjectAccessRequestQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return f"Subject access request from {self.requester}, due {self.due_on:%d %B %Y}"

    def is_overdue(self, today: datetime.date) -> bool:
        return self.status == RequestStatus.OPEN and self.due_on < today


class WelfareSupportKind(models.TextChoices):
    CONVERSATION = "conversation", "A conversation with the headteacher or a senior leader"
    EMPLOYEE_ASSISTANCE = "employee_assistance", "Referral to the employee assistance programme"
    OCCUPATIONAL_HEALTH = "occupational_health", "Referral to occupational health"
    UNION_OR_PROFESSIONAL_BODY = "union", "Signposting to a union or professional association"
    HELPLINE = "helpline", "The Professionals Online Safety Helpline or Education Support"
    TIME_OR_WORKLOAD = "time_or_workload", "Time off or a change of workload"
    OTHER = "other", "Other support"


class WelfareSupportOffer(models.Model):
    """Support offered to a member of staff affected by posts, counted for the governors' report.

    It names no one: governors see how often support was offered and of what kind, never to whom.
    """

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="welfare_offers")
    offered_on = models.DateField()
    kind = models.CharField(max_length=30, choices=WelfareSupportKind.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-offered_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.offered_on}"


class GovernorsReport(models.Model):
    """A termly governors' report as it was made, kept so governors read what was sent."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="governors_reports")
    term = models.CharField(max_length=20, help_text="The term, written YYYY-autumn|spring|summer.")
    pdf = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    made_at = models.DateTimeField(default=timezone.now)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Empty when the scheduled run made it.",
    )

    class Meta:
        ordering = ["-made_at"]
        constraints = [
            models.UniqueConstraint(fields=["school", "term"], name="one_governors_report_per_term")
        ]

    def __str__(self) -> str:
        return f"Governors' report {self.term} for {self.school}"
