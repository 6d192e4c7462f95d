"""The staff home page: where a member lands and what needs their attention."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from schoolgate.cases.models import Incident, IncidentStatus, Step
from schoolgate.cases.views import step_title
from schoolgate.policies.access import get_published_policy
from schoolgate.schools.access import Member, member_required, schools_for
from schoolgate.schools.models import Person, PersonKind, User
from schoolgate.schools.roles import Permission


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """Send a member of one school to its home page; let a member of several choose."""
    assert isinstance(request.user, User)
    schools = schools_for(request.user)
    if len(schools) == 1:
        return redirect("school_home", school_slug=schools[0].slug)
    return render(request, "choose_school.html", {"schools": schools})


@member_required(Permission.VIEW_POLICY)
def school_home(request: HttpRequest, member: Member) -> HttpResponse:
    version = get_published_policy(member)
    counts = dict(
        Person.objects.filter(school=member.school)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    roster_counts = [(label, counts.get(kind, 0)) for kind, label in PersonKind.choices]
    overdue: list[tuple[Step, str]] | None = None
    if member.can(Permission.SEE_CASES):
        steps = (
            Step.objects.overdue(timezone.now())
            .filter(case__school=member.school)
            .select_related("case", "case__poster")
            .order_by("due_at")
        )
        overdue = [(step, step_title(step.kind)) for step in steps]
    new_incidents = None
    if member.can(Permission.WORK_INTAKE):
        new = Incident.objects.filter(school=member.school, status=IncidentStatus.NEW)
        new_incidents = {
            "all": new.count(),
            "police": new.filter(has_police_indicator=True).count(),
        }
    return render(
        request,
        "home.html",
        {
            "member": member,
            "version": version,
            "review_status": version.review_status(timezone.localdate()) if version else None,
            "roster_counts": roster_counts,
            "overdue": overdue,
            "new_incidents": new_incidents,
            "can": {p.name: member.can(p) for p in Permission},
        },
    )
