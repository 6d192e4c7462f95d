"""Subject access pages for the headteacher and DSL: the requests, their clocks, the exports."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from schoolgate.cases.actions import ActionRefused
from schoolgate.reports.models import SubjectAccessRequest
from schoolgate.reports.subject_access import export_for_member, log_request, mark_answered
from schoolgate.reports.subject_access_forms import SubjectAccessRequestForm
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.models import Person
from schoolgate.schools.roles import Permission

EXPORT_TYPES = {"json": "application/json", "pdf": "application/pdf"}


def _get_request(member: Member, pk: int) -> SubjectAccessRequest:
    return get_object_or_404(
        SubjectAccessRequest.objects.select_related("person"), school=member.school, pk=pk
    )


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.SEE_NAMED_REPORTS)
def request_list(request: HttpRequest, member: Member) -> HttpResponse:
    form = SubjectAccessRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = Person.objects.filter(
            school=member.school, person_id=form.cleaned_data["person_id"].strip()
        ).first()
        if person is None:
            form.add_error("person_id", "No one on the roster has that MIS person id.")
        else:
            try:
                logged = log_request(
                    member, person, form.cleaned_data["requester"], form.cleaned_data["received_on"]
                )
            except ActionRefused as refused:
                form.add_error(None, str(refused))
            else:
                messages.success(
                    request, f"Request logged: the answer is due by {logged.due_on:%-d %B %Y}."
                )
                return redirect("subject_access_request", member.school.slug, logged.pk)
    today = timezone.localdate()
    requests = [
        (each, each.is_overdue(today))
        for each in SubjectAccessRequest.objects.filter(school=member.school).select_related(
            "person"
        )
    ]
    return render(
        request,
        "reports/subject_access_list.html",
        {"member": member, "form": form, "requests": requests},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.SEE_NAMED_REPORTS)
def request_page(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    subject_access = _get_request(member, pk)
    errors: list[str] = []
    if request.method == "POST":
        try:
            mark_answered(member, subject_access)
        except ActionRefused as refused:
            errors.append(str(refused))
        else:
            messages.success(request, "The request is marked as answered.")
            return redirect("subject_access_request", member.school.slug, subject_access.pk)
    return render(
        request,
        "reports/subject_access_request.html",
        {
            "member": member,
            "subject_access": subject_access,
            "is_overdue": subject_access.is_overdue(timezone.localdate()),
            "errors": errors,
        },
        status=400 if errors else 200,
    )


@require_safe
@member_required(Permission.SEE_NAMED_REPORTS)
def export_file(request: HttpRequest, member: Member, pk: int, kind: str) -> HttpResponse:
    subject_access = _get_request(member, pk)
    if kind not in EXPORT_TYPES:
        return HttpResponse("Choose json or pdf.", status=404, content_type="text/plain")
    export = export_for_member(member, subject_access.person)
    body = export.json_bytes if kind == "json" else export.pdf
    response = HttpResponse(body, content_type=EXPORT_TYPES[kind])
    response["Content-Disposition"] = f'attachment; filename="{export.stem}.{kind}"'
    return response
