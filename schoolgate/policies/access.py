"""Reaching a school's policy versions, scoped to the member's school."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.access import Member


def get_policy_version(member: Member, number: int) -> PolicyVersion:
    return get_object_or_404(PolicyVersion, school=member.school, number=number)


def get_published_policy(member: Member) -> PolicyVersion | None:
    return PolicyVersion.objects.published().filter(school=member.school).first()
