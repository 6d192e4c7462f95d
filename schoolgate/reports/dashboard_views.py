"""The dashboard pages: one school's figures, and a trust's across its schools."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from schoolgate.reports.dashboards import build_dashboard, dashboard_span
from schoolgate.reports.trust_access import trust_admin_required
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.models import School, Trust
from schoolgate.schools.roles import Permission


@require_safe
@member_required(Permission.SEE_AGGREGATE_REPORTS)
def school_dashboard(request: HttpRequest, member: Member) -> HttpResponse:
    dashboard = build_dashboard(
        School.objects.filter(pk=member.school.pk),
        dashboard_span(timezone.localdate()),
        exact=member.can(Permission.SEE_NAMED_REPORTS),
    )
    return render(
        request,
        "reports/dashboard.html",
        {"member": member, "dashboard": dashboard, "heading": "Figures"},
    )


@require_safe
@trust_admin_required
def trust_dashboard(request: HttpRequest, trust: Trust) -> HttpResponse:
    schools = School.objects.filter(trust=trust)
    # The trust sees figures only, always with small numbers suppressed: it never works cases.
    dashboard = build_dashboard(schools, dashboard_span(timezone.localdate()), exact=False)
    return render(
        request,
        "reports/dashboard.html",
        {
            "trust": trust,
            "schools": schools,
            "dashboard": dashboard,
            "heading": f"Figures for {trust.name}",
        },
    )
