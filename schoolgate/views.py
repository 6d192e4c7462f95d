"""The staff home page: where a member lands and what needs their attention."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from schoolgate.cases.access import cases_hidden_from
from schoolgate.cases.actions.platform_reports import EscalationDue, escalations_at_school
from schoolgate.cases.models import Case, Incident, Step
from schoolgate.policies.access import get_published_policy
from schoolgate.policies.steps import step_title
from schoolgate.schools.access import Member, member_required, schools_for
from schoolgate.schools.models import Person, PersonKind, User
from schoolgate.schools.roles import Permission


@require_safe
@login_required
def start(request: HttpRequest) -> HttpResponse:
    """Send a member of one school to its home page; let a member of several choose."""
    assert isinstance(request.user, User)
    schools = schools_for(request.user)
    if len(schools) == 1:
        return redirect("school_home", school_slug=schools[0].slug)
    return render(request, "choose_school.html", {"schools": schools})


@require_safe
@member_required(Permission.VIEW_POLICY)
def school_home(request: HttpRequest, member: Member) -> HttpResponse:
    """The member's desk (what waits for them, each linked to where to act), policy and roster."""
    version = get_published_policy(member)
    counts = dict(
        Person.objects.filter(school=member.school)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    roster_counts = [(label, counts.get(kind, 0)) for kind, label in PersonKind.choices]
    awaiting: list[tuple[Step, str]] | None = None
    if member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS):
        steps = Step.objects.awaiting_approval().filter(case__school=member.school)
        awaiting = [
            (step, step_title(step.kind))
            for step in steps.select_related("case", "case__poster", "taken_by").order_by(
                "taken_at", "pk"
            )
        ]
    overdue: list[tuple[Step, str]] | None = None
    platform_escalations: list[EscalationDue] = []
    open_cases: int | None = None
    if member.can(Permission.SEE_CASES):
        steps = Step.objects.overdue(timezone.now()).filter(case__school=member.school)
        overdue = [
            (step, step_title(step.kind))
            for step in steps.select_related("case", "case__poster").order_by("due_at", "pk")
        ]
        open_cases = Case.objects.open().filter(school=member.school).count()
        platform_escalations = escalations_at_school(member.school, cases_hidden_from(member))
    new_incidents = None
    if member.can(Permission.WORK_INTAKE):
        new_incidents = (
            Incident.objects.waiting_for_triage()
            .filter(school=member.school)
            .aggregate(all=Count("pk"), police=Count("pk", filter=Q(has_police_indicator=True)))
        )
    return render(
        request,
        "home.html",
        {
            "member": member,
            "version": version,
            "review_status": version.review_status(timezone.localdate()) if version else None,
            "roster_counts": roster_counts,
            "awaiting": awaiting,
            "overdue": overdue,
            "platform_escalations": platform_escalations,
            "open_cases": open_cases,
            "new_incidents": new_incidents,
            "can": {p.name: member.can(p) for p in Permission},
        },
    )
