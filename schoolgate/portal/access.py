"""Reaching a school's public pages: only a school that has published its policy has any."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.http import Http404

from schoolgate.policies.models import PolicyVersion
from schoolgate.policies.schema import PolicyDocument
from schoolgate.portal.models import LibraryImage
from schoolgate.schools.access import Member
from schoolgate.schools.models import School


@dataclass(frozen=True)
class PublicSchool:
    """A school as parents see it: its name and its published policy."""

    school: School
    version: PolicyVersion

    @cached_property
    def document(self) -> PolicyDocument:
        """The policy, validated once per request however many times a page reads it."""
        return self.version.document


def get_public_school(school_slug: str) -> PublicSchool:
    """The school and its published policy; 404 for an unknown school or one with none yet."""
    version = (
        PolicyVersion.objects.published()
        .filter(school__slug=school_slug)
        .select_related("school")
        .first()
    )
    if version is None:
        raise Http404
    return PublicSchool(school=version.school, version=version)


def library_images_for(member: Member) -> list[LibraryImage]:
    return list(LibraryImage.objects.filter(school=member.school).select_related("added_by"))
