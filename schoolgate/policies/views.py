"""Pages showing a school's policy as staff read it, and its earlier versions."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from schoolgate.policies.access import get_policy_version, get_published_policy
from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission


def _render_version(
    request: HttpRequest, member: Member, version: PolicyVersion | None
) -> HttpResponse:
    context: dict[str, Any] = {"member": member, "version": version}
    if version is not None:
        context["document"] = version.document
        context["review_status"] = version.review_status(timezone.localdate())
        context["is_latest"] = version.is_published
    return render(request, "policies/policy.html", context)


@member_required(Permission.VIEW_POLICY)
def policy(request: HttpRequest, member: Member) -> HttpResponse:
    return _render_version(request, member, get_published_policy(member))


@member_required(Permission.VIEW_POLICY)
def policy_version(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    return _render_version(request, member, get_policy_version(member, number))


@member_required(Permission.VIEW_POLICY)
def policy_versions(request: HttpRequest, member: Member) -> HttpResponse:
    versions = PolicyVersion.objects.filter(school=member.school).select_related("loaded_by")
    return render(request, "policies/versions.html", {"member": member, "versions": versions})
