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
