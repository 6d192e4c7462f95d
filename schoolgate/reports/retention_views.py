"""The legal hold on a case: set or lift it, then back to the case."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from schoolgate.cases.access import get_case
from schoolgate.cases.actions import ActionRefused
from schoolgate.reports.retention import lift_legal_hold, set_legal_hold
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def legal_hold(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    try:
        if request.POST.get("action") == "lift":
            lift_legal_hold(member, case)
            messages.success(request, f"The legal hold on case {case.number} is lifted.")
        else:
            set_legal_hold(member, case, request.POST.get("reason", ""))
            messages.success(request, f"Case {case.number} is on a legal hold.")
    except ActionRefused as refused:
        messages.error(request, str(refused))
    return redirect(f"/s/{member.school.slug}/cases/{case.number}/#legal-hold")
