"""Pages showing a school's policy as staff read it, its earlier versions, and its reviews."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from schoolgate.policies.access import get_policy_version, get_published_policy
from schoolgate.policies.actions import ReviewRecord, record_policy_review
from schoolgate.policies.forms import PolicyReviewForm
from schoolgate.policies.models import PolicyReview, PolicyVersion
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.actions import ActionRefused
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


@require_safe
@member_required(Permission.VIEW_POLICY)
def policy(request: HttpRequest, member: Member) -> HttpResponse:
    return _render_version(request, member, get_published_policy(member))


@require_safe
@member_required(Permission.VIEW_POLICY)
def policy_version(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    return _render_version(request, member, get_policy_version(member, number))


@require_safe
@member_required(Permission.VIEW_POLICY)
def policy_versions(request: HttpRequest, member: Member) -> HttpResponse:
    versions = PolicyVersion.objects.filter(school=member.school).select_related("loaded_by")
    return render(request, "policies/versions.html", {"member": member, "versions": versions})


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.MANAGE_POLICY)
def policy_review(request: HttpRequest, member: Member) -> HttpResponse:
    version = get_published_policy(member)
    initial = {"reviewers": "\n".join(version.document.review.reviewers)} if version else {}
    form = PolicyReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            review = record_policy_review(
                member,
                ReviewRecord(
                    reviewers=data["reviewers"],
                    reviewed_on=data["reviewed_on"],
                    approved_on=data["approved_on"],
                    next_review=data["next_review"],
                ),
            )
        except ActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request,
                f"Review recorded; version {review.published_version.number} of the policy is "
                "published.",
            )
            return redirect("policy", member.school.slug)
    reviews = PolicyReview.objects.filter(school=member.school).select_related(
        "recorded_by", "published_version"
    )
    return render(
        request,
        "policies/review.html",
        {
            "member": member,
            "form": form,
            "version": version,
            "review_status": version.review_status(timezone.localdate()) if version else None,
            "reviews": reviews,
        },
    )
