"""Pages for platform reports, the notice to a website operator, safeguarding and privacy notes."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from schoolgate.cases.access import get_case, get_step
from schoolgate.cases.actions import ActionRefused, platform_reports, privacy_notes, safeguarding
from schoolgate.cases.forms_platforms import (
    FilingForm,
    LadoDecisionForm,
    OperatorNoticeForm,
    ResponseForm,
)
from schoolgate.cases.models import Case, PrivacyNote, SafeguardingConcern
from schoolgate.documents.operator_notice import OperatorNotice, notice_pdf, notice_text
from schoolgate.documents.pdf import render_pdf
from schoolgate.documents.platforms import ROUTES
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.models import Person, PersonKind
from schoolgate.schools.roles import Permission


def _platform_page(
    request: HttpRequest,
    member: Member,
    case: Case,
    *,
    form: FilingForm | None = None,
    errors: list[str] | None = None,
) -> HttpResponse:
    route_id = request.GET.get("route") or platform_reports.default_route_id(case)
    try:
        pack = platform_reports.platform_pack(case, route_id)
    except ActionRefused:
        raise Http404 from None
    can_act = member.can(Permission.ACT_ON_STEPS) and case.is_open
    context: dict[str, Any] = {
        "member": member,
        "case": case,
        "pack": pack,
        "routes": ROUTES,
        "form": form
        or FilingForm(initial={"route": pack.route.id, "reported_on": timezone.localdate()}),
        "errors": errors or [],
        "can_act": can_act,
        "reports": case.steps.filter(kind=StepKind.PLATFORM_REPORT),
        "escalations": platform_reports.escalations_due(case),
    }
    status = 400 if errors or (form is not None and form.errors) else 200
    return render(request, "cases/platform_report.html", context, status=status)


@require_safe
@member_required(Permission.SEE_CASES)
def platform_report(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    """The report pack for a route, pre-filled from the case, and the reports made so far."""
    return _platform_page(request, member, get_case(member, number))


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def file_platform_report(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    form = FilingForm(request.POST)
    if not form.is_valid():
        return _platform_page(request, member, case, form=form)
    data = form.cleaned_data
    filing = platform_reports.PlatformFiling(
        route_id=data["route"],
        authority=data["authority"],
        reported_on=data["reported_on"],
        reference=data["reference"],
        consent_from=data["consent_from"],
        note=data["note"],
    )
    try:
        platform_reports.file_platform_report(member, case, filing)
    except ActionRefused as refused:
        form.add_error(None, str(refused))
        return _platform_page(request, member, case, form=form)
    messages.success(request, "The report to the platform is recorded.")
    return redirect("platform_report", member.school.slug, case.number)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def platform_response(request: HttpRequest, member: Member, number: int, pk: int) -> HttpResponse:
    case = get_case(member, number)
    step = get_step(member, case, pk)
    form = ResponseForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    try:
        platform_reports.record_platform_response(
            member,
            step,
            reference=data.get("reference", ""),
            outcome=data.get("outcome", ""),
            has_acted=bool(data.get("has_acted")),
        )
    except ActionRefused as refused:
        return _platform_page(request, member, case, errors=[str(refused)])
    messages.success(request, "The platform's response is recorded.")
    return redirect("platform_report", member.school.slug, case.number)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.ACT_ON_STEPS)
def operator_notice(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    """Prepare the notice for the affected person to send; POST returns it as PDF or text."""
    case = get_case(member, number)
    incident = platform_reports.first_incident(case)
    form = OperatorNoticeForm(
        request.POST or None,
        initial={
            "statement": incident.text if incident else "",
            "location": incident.permalink if incident else "",
            "served_at": OperatorNoticeForm.now_initial(),
        },
    )
    if request.method == "POST" and form.is_valid():
        notice = OperatorNotice(**form.cleaned_data)
        try:
            platform_reports.prepare_operator_notice(member, case, notice)
        except ActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            if request.POST.get("format") == "text":
                response = HttpResponse(
                    notice_text(notice), content_type="text/plain; charset=utf-8"
                )
                extension = "txt"
            else:
                response = HttpResponse(notice_pdf(notice), content_type="application/pdf")
                extension = "pdf"
            response["Content-Disposition"] = (
                f'attachment; filename="operator-notice-case-{case.number}.{extension}"'
            )
            return response
    return render(
        request,
        "cases/platform_operator_notice.html",
        {"member": member, "case": case, "form": form},
        status=400 if form.errors else 200,
    )


def _concern(case: Case) -> SafeguardingConcern:
    return get_object_or_404(SafeguardingConcern.objects.select_related("accused"), case=case)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def confirm_harm_allegation(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    accused = Person.objects.filter(
        school=member.school, kind=PersonKind.STAFF, pk=request.POST.get("accused") or 0
    ).first()
    try:
        if accused is None:
            raise ActionRefused("Choose the member of staff the allegation is about.")
        safeguarding.confirm_harm_allegation(member, case, accused)
    except ActionRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request, "Recorded as an allegation of harm to a child: decide on a LADO referral."
        )
    return redirect("case", member.school.slug, case.number)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def lado_decision(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    concern = _concern(case)
    form = LadoDecisionForm(request.POST)
    form.is_valid()
    try:
        safeguarding.record_lado_decision(
            member,
            concern,
            form.cleaned_data.get("decision", ""),
            form.cleaned_data.get("reason", ""),
        )
    except ActionRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, "The decision on a LADO referral is recorded.")
    return redirect("case", member.school.slug, case.number)


@require_safe
@member_required(Permission.ACT_ON_STEPS)
def lado_referral(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    """The pre-filled referral, as PDF or (?format=text) plain text."""
    case = get_case(member, number)
    concern = _concern(case)
    form = "text" if request.GET.get("format") == "text" else "pdf"
    safeguarding.export_lado_referral(member, concern, form)
    context = safeguarding.lado_referral_context(case, concern)
    if form == "text":
        body = render_to_string("cases/safeguarding_lado_referral.txt", context)
        response = HttpResponse(body, content_type="text/plain; charset=utf-8")
    else:
        response = HttpResponse(
            render_pdf("cases/safeguarding_lado_referral.html", context),
            content_type="application/pdf",
        )
    response["Content-Disposition"] = (
        f'attachment; filename="lado-referral-case-{case.number}.{"txt" if form == "text" else "pdf"}"'
    )
    response["Cache-Control"] = "no-store"
    return response


def _privacy_page(
    request: HttpRequest, member: Member, case: Case, errors: list[str] | None = None
) -> HttpResponse:
    notes = case.privacy_notes.select_related("pupil", "parent", "approved_by")
    pupils = Person.objects.filter(school=member.school, kind=PersonKind.PUPIL).order_by(
        "year_group", "last_name", "first_name"
    )
    return render(
        request,
        "cases/privacy_notes.html",
        {
            "member": member,
            "case": case,
            "notes": notes,
            "pupils": pupils,
            "applies": privacy_notes.shows_other_pupils(case),
            "can_act": member.can(Permission.ACT_ON_STEPS) and case.is_open,
            "can_approve": member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS),
            "errors": errors or [],
        },
        status=400 if errors else 200,
    )


@require_safe
@member_required(Permission.SEE_CASES)
def privacy_note_list(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    return _privacy_page(request, member, get_case(member, number))


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def prepare_privacy_notes(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    ids = [int(i) for i in request.POST.getlist("pupils") if i.isdigit()]
    pupils = list(Person.objects.filter(school=member.school, kind=PersonKind.PUPIL, pk__in=ids))
    try:
        notes = privacy_notes.prepare_privacy_notes(member, case, pupils)
    except ActionRefused as refused:
        return _privacy_page(request, member, case, [str(refused)])
    messages.success(request, f"{len(notes)} note(s) prepared: they wait for the headteacher.")
    return redirect("privacy_notes", member.school.slug, case.number)


@require_POST
@member_required(Permission.APPROVE_LEGAL_AND_POLICE_STEPS)
def approve_privacy_note(
    request: HttpRequest, member: Member, number: int, pk: int
) -> HttpResponse:
    case = get_case(member, number)
    note = get_object_or_404(PrivacyNote, case=case, pk=pk)
    try:
        privacy_notes.approve_privacy_note(member, note, request.POST.get("email", ""))
    except ActionRefused as refused:
        return _privacy_page(request, member, case, [str(refused)])
    note.refresh_from_db()
    if note.sent_at:
        messages.success(request, f"The note is sent to {note.recipient_email}.")
    else:
        messages.error(
            request, "Approved, but the mail server did not accept it: approve again to retry."
        )
    return redirect("privacy_notes", member.school.slug, case.number)


def case_page_extras(member: Member, case: Case) -> dict[str, Any]:
    """What the case page shows of safeguarding, escalations and privacy notes."""
    concern = SafeguardingConcern.objects.filter(case=case).select_related("accused").first()
    can_act = member.can(Permission.ACT_ON_STEPS) and case.is_open
    return {
        "safeguarding": {
            "concern": concern,
            "due": concern.decision_due_at if concern else None,
            "candidates": safeguarding.accusable_staff(case) if concern is None else [],
            "can_act": can_act,
        },
        "platform_escalations": platform_reports.escalations_due(case),
        "shows_other_pupils": privacy_notes.shows_other_pupils(case),
    }
