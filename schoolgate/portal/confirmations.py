"""The parent's page behind a read-confirmation link: the policy in brief and one button."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from schoolgate.policies.confirmations import ConfirmationRefused, confirm_read, find_confirmation
from schoolgate.schools.models import School


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def read_policy(request: HttpRequest, school_slug: str, token: str) -> HttpResponse:
    try:
        if request.method == "POST":
            confirm_read(school_slug, token)
            return redirect("portal_read_policy", school_slug, token)
        confirmation = find_confirmation(school_slug, token)
    except ConfirmationRefused as refused:
        school = School.objects.filter(slug=school_slug).first()
        if school is None:
            raise Http404 from None
        return render(
            request,
            "portal/confirm_refused.html",
            {"message": str(refused), "school": school, "concern_url": ""},
            status=404,
        )
    version = confirmation.version
    return render(
        request,
        "portal/confirm_read.html",
        {
            "school": confirmation.school,
            "document": version.document,
            "confirmation": confirmation,
            "pupil_name": confirmation.pupil.preferred_name or confirmation.pupil.first_name,
            "concern_url": f"/parents/{school_slug}/concern/",
        },
    )
