"""Loading a school's policy file as a new version and publishing it, and recording its reviews."""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass

import yaml
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from schoolgate.policies.models import PolicyReview, PolicyVersion
from schoolgate.policies.schema import parse_policy
from schoolgate.schools.access import Member
from schoolgate.schools.actions import ActionRefused
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import School, User
from schoolgate.schools.roles import Permission


@dataclass(frozen=True)
class PolicyLoad:
    version: PolicyVersion
    is_new: bool


def load_policy(school: School, source: str, loaded_by: User | None = None) -> PolicyLoad:
    """Validate a policy file and publish it as a new version unless it matches the published one.

    Earlier versions stay as they were, viewable. Raises `PolicyFileError` on a broken file.
    """
    document = parse_policy(source)
    content = document.model_dump(mode="json")
    sha256 = hashlib.sha256(source.encode()).hexdigest()
    with transaction.atomic():
        # Lock the school row so two loads cannot take the same version number.
        School.objects.select_for_update().get(pk=school.pk)
        published = PolicyVersion.objects.filter(school=school, is_published=True).first()
        if published is not None and published.content == content:
            return PolicyLoad(version=published, is_new=False)
        PolicyVersion.objects.filter(school=school, is_published=True).update(is_published=False)
        last = PolicyVersion.objects.filter(school=school).aggregate(n=Max("number"))["n"] or 0
        version = PolicyVersion.objects.create(
            school=school,
            number=last + 1,
            source=source,
            sha256=sha256,
            content=content,
            is_published=True,
            loaded_by=loaded_by,
        )
        record_event(
            school,
            loaded_by,
            "published policy version",
            version,
            details={"number": version.number, "sha256": sha256},
        )
    return PolicyLoad(version=version, is_new=True)


@dataclass(frozen=True)
class ReviewRecord:
    """What the head records of a review: who reviewed, when, the governors' approval, what next."""

    reviewers: list[str]
    reviewed_on: datetime.date
    approved_on: datetime.date
    next_review: datetime.date


# The top-level `review:` block of a policy file, up to the next top-level key.
REVIEW_BLOCK = re.compile(r"^review:[ \t]*\n(?:(?:[ \t]+.*|[ \t]*#.*|[ \t]*)\n)*", re.MULTILINE)


def with_review(source: str, record: ReviewRecord) -> str:
    """The policy file with its review block rewritten for `record`; the rest stays word for word."""
    block = yaml.safe_dump(
        {
            "review": {
                "reviewed": record.reviewed_on.strftime("%Y-%m"),
                "next_review": record.next_review.strftime("%Y-%m"),
                "reviewers": record.reviewers,
            }
        },
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    if not REVIEW_BLOCK.search(source):
        raise ActionRefused(
            "The policy file's review section is not a plain block; load the reviewed file with "
            "load_policy instead."
        )
    return REVIEW_BLOCK.sub(lambda _: block, source, count=1)


def record_policy_review(member: Member, record: ReviewRecord) -> PolicyReview:
    """Record a review of the published policy and publish a version carrying its new dates."""
    if not member.can(Permission.MANAGE_POLICY):
        raise ActionRefused("Only the headteacher records a review of the policy.")
    reviewers = [name.strip() for name in record.reviewers if name.strip()]
    if not reviewers:
        raise ActionRefused("Name at least one reviewer.")
    if record.reviewed_on > timezone.localdate():
        raise ActionRefused("The review date cannot be in the future.")
    if record.approved_on < record.reviewed_on:
        raise ActionRefused("The governing body approves the review on or after its date.")
    if record.next_review.replace(day=1) <= record.reviewed_on.replace(day=1):
        raise ActionRefused("The next review must come in a later month than this review.")
    record = ReviewRecord(reviewers, record.reviewed_on, record.approved_on, record.next_review)
    with transaction.atomic():
        reviewed = (
            PolicyVersion.objects.select_for_update()
            .filter(school=member.school, is_published=True)
            .first()
        )
        if reviewed is None:
            raise ActionRefused("Publish the school's policy before recording its review.")
        published = load_policy(member.school, with_review(reviewed.source, record), member.user)
        review = PolicyReview.objects.create(
            school=member.school,
            reviewed_version=reviewed,
            published_version=published.version,
            reviewers=reviewers,
            reviewed_on=record.reviewed_on,
            approved_on=record.approved_on,
            recorded_by=member.user,
        )
        record_event(
            member.school,
            member.user,
            "recorded policy review",
            review,
            {
                "reviewed_version": reviewed.number,
                "published_version": published.version.number,
                "reviewed_on": record.reviewed_on.isoformat(),
                "approved_on": record.approved_on.isoformat(),
                "next_review": record.next_review.strftime("%Y-%m"),
            },
        )
    return review
