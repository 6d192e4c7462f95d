"""Versions of a school's policy: every loaded file is kept, the newest is published."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db import models

from schoolgate.policies.schema import PolicyDocument
from schoolgate.schools.models import School

REVIEW_DUE_WITHIN_DAYS = 60


class ReviewStatus(models.TextChoices):
    CURRENT = "current", "Current"
    DUE = "due", "Review due"
    OVERDUE = "overdue", "Review overdue"


class PolicyVersionQuerySet(models.QuerySet["PolicyVersion"]):
    def published(self) -> PolicyVersionQuerySet:
        return self.filter(is_published=True)


class PolicyVersion(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="policy_versions")
    number = models.PositiveIntegerField()
    source = models.TextField(help_text="The policy file exactly as loaded.")
    sha256 = models.CharField(max_length=64)
    content = models.JSONField(help_text="The validated policy, as the schema reads it.")
    is_published = models.BooleanField(default=False)
    loaded_at = models.DateTimeField(auto_now_add=True)
    loaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PolicyVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["school", "number"], name="policy_version_number"),
            models.UniqueConstraint(
                fields=["school"],
                condition=models.Q(is_published=True),
                name="one_published_policy_per_school",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.school} policy, version {self.number}"

    @cached_property
    def document(self) -> PolicyDocument:
        return PolicyDocument.model_validate(self.content)

    def review_status(self, today: datetime.date) -> ReviewStatus:
        due = self.document.review.next_review_date()
        if today > due:
            return ReviewStatus.OVERDUE
        if (due - today).days <= REVIEW_DUE_WITHIN_DAYS:
            return ReviewStatus.DUE
        return ReviewStatus.CURRENT

    def describe(self, today: datetime.date) -> dict[str, Any]:
        """The version as plain data, for `show_policy` and the API."""
        return {
            "school_slug": self.school.slug,
            "version": self.number,
            "loaded_at": self.loaded_at.isoformat(),
            "sha256": self.sha256,
            "review_status": self.review_status(today).value,
            "next_review_due": self.document.review.next_review_date().isoformat(),
            **self.content,
        }


class PolicyReview(models.Model):
    """A review of the policy: who reviewed it, when, and the governing body's approval.

    Recording one publishes a new version whose review dates say so (see `record_policy_review`).
    """

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="policy_reviews")
    reviewed_version = models.ForeignKey(
        PolicyVersion, on_delete=models.PROTECT, related_name="reviews"
    )
    published_version = models.ForeignKey(
        PolicyVersion, on_delete=models.PROTECT, related_name="published_by_review"
    )
    reviewers = models.JSONField(help_text="The reviewers' names, as the policy lists them.")
    reviewed_on = models.DateField()
    approved_on = models.DateField(help_text="The date the governing body approved the review.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]

    def __str__(self) -> str:
        return f"Review of {self.school} policy on {self.reviewed_on}"


class ReviewReminderKind(models.TextChoices):
    SIXTY_DAYS = "60_days", "60 days before the review"
    FOURTEEN_DAYS = "14_days", "14 days before the review"
    OVERDUE = "overdue", "Review overdue"


class PolicyReviewReminder(models.Model):
    """One reminder about a version's review, to one recipient: claimed, then marked once sent.

    `key` tells the reminders apart ("60_days", "14_days", "overdue-week-3"), so each is sent once.
    """

    version = models.ForeignKey(
        PolicyVersion, on_delete=models.CASCADE, related_name="review_reminders"
    )
    key = models.CharField(max_length=40)
    kind = models.CharField(max_length=10, choices=ReviewReminderKind.choices)
    recipient = models.EmailField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["version", "key", "recipient"], name="one_review_reminder_each"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} reminder to {self.recipient}"


class ReadConfirmationQuerySet(models.QuerySet["ReadConfirmation"]):
    def confirmed(self) -> ReadConfirmationQuerySet:
        return self.filter(confirmed_at__isnull=False)


class ReadConfirmation(models.Model):
    """A link sent to a parent or carer, for one child, asking them to confirm they read the policy.

    One per parent, child and policy version: a new version of the policy asks again.
    """

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="read_confirmations")
    version = models.ForeignKey(
        PolicyVersion, on_delete=models.CASCADE, related_name="read_confirmations"
    )
    parent = models.ForeignKey(
        "schools.Person", on_delete=models.CASCADE, related_name="read_confirmations"
    )
    pupil = models.ForeignKey("schools.Person", on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(help_text="Where the link was sent.")
    sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = ReadConfirmationQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["version", "parent", "pupil"], name="one_read_confirmation_each"
            )
        ]

    def __str__(self) -> str:
        return f"{self.parent} for {self.pupil}, version {self.version.number}"
