"""Loading a school's policy file as a new version and publishing it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from schoolgate.policies.models import PolicyVersion
from schoolgate.policies.schema import parse_policy
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import School, User


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
