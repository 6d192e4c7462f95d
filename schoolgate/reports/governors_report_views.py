"""The governors' report page: make a term's report, read kept ones, count welfare support."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from schoolgate.cases.actions.refusal import ActionRefused
from schoolgate.reports.governors_report import make_governors_report, record_welfare_support
from schoolgate.reports.governors_report_forms import TermForm, WelfareSupportForm
from schoolgate.reports.models import GovernorsReport
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.SEE_AGGREGATE_REPORTS)
def governors_report(request: HttpRequest, member: Member) -> HttpResponse:
    form = TermForm(request.POST or None, today=timezone.localdate())
    if request.method == "POST" and form.is_valid():
        term = form.cleaned_data["term"]
        try:
            pdf = make_governors_report(member, term)
        except ActionRefused as refusal:
            form.add_error("term", str(refusal))
        else:
            return pdf_response(pdf, f"governors-report-{member.school.slug}-{term.key}.pdf")
    kept = GovernorsReport.objects.filter(school=member.school).defer("pdf")
    return render(
        request,
        "reports/governors_report.html",
        {"member": member, "form": form, "kept": kept},
    )


@require_safe
@member_required(Permission.SEE_AGGREGATE_REPORTS)
def kept_governors_report(request: HttpRequest, member: Member, term: str) -> HttpResponse:
    report = get_object_or_404(GovernorsReport, school=member.school, term=term)
    return pdf_response(bytes(report.pdf), f"governors-report-{member.school.slug}-{term}.pdf")


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.SEE_NAMED_REPORTS)
def welfare_support(request: HttpRequest, member: Member) -> HttpResponse:
    form = WelfareSupportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record_welfare_support(
                member, form.cleaned_data["offered_on"], form.cleaned_data["kind"]
            )
        except ActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, "Staff welfare support recorded.")
            return redirect("welfare_support", member.school.slug)
    return render(request, "reports/welfare_support.html", {"member": member, "form": form})
