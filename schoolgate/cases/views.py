"""Staff pages for incidents, triage, cases and the audit log: parse, check access, act, render."""

from __future__ import annotations

import json
from typing import Any, cast
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from schoolgate.cases import actions
from schoolgate.cases.access import (
    cases_hidden_from,
    get_audit_event,
    get_case,
    get_evidence,
    get_incident,
    get_step,
    incidents_visible_to,
)
from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.forms import (
    ApprovalForm,
    CloseCaseForm,
    CorrectionForm,
    FollowUpForm,
    IncidentForm,
    PoliceReportForm,
    ReasonForm,
    ReviewForm,
    StepForm,
    TriageFilterForm,
)
from schoolgate.cases.models import (
    Case,
    CaseStatus,
    Evidence,
    Incident,
    IncidentQuerySet,
    IncidentStatus,
    Step,
    StepStatus,
)
from schoolgate.cases.procedure import (
    CHECKLIST_QUESTIONS,
    StepOption,
    can_take_legal_or_police_steps,
    step_options,
)
from schoolgate.cases.views_letters import letter_panel
from schoolgate.cases.views_platforms import case_page_extras
from schoolgate.cases.views_screening import labels_of, screening_context
from schoolgate.policies.steps import StepKind, step_title
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.schools.roles import Permission

PAGE_SIZE = 50


def people_matching(member: Member, query: str) -> QuerySet[Person]:
    """Roster people whose names contain every word of the query."""
    people = Person.objects.filter(school=member.school)
    for word in query.split():
        people = people.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(preferred_name__icontains=word)
        )
    return people


def about_person(member: Member, query: str) -> Q:
    """Incidents posted by or about a roster person, or from a handle, matching the query."""
    people = people_matching(member, query).values("pk")
    targeted = Incident.targets.through.objects.filter(person__in=people).values("incident_id")
    return (
        Q(poster__in=people)
        | Q(pk__in=targeted)
        | Q(account_handle__icontains=query)
        | Q(display_name__icontains=query)
    )


def open_cases_by_poster(member: Member, incidents: list[Incident]) -> dict[Any, Case]:
    """The open case of each incident's poster, in one query, keyed like `poster_key`."""
    poster_ids = {i.poster_id for i in incidents if i.poster_id}
    handles = {i.account_handle.lower() for i in incidents if not i.poster_id and i.account_handle}
    if not poster_ids and not handles:
        return {}
    cases = Case.objects.filter(school=member.school, status=CaseStatus.OPEN).filter(
        Q(poster_id__in=poster_ids) | Q(poster__isnull=True, poster_handle__in=handles)
    )
    found: dict[Any, Case] = {}
    for case in cases.order_by("-opened_at"):
        found[case.poster_id or case.poster_handle.lower()] = case
    return found


def targets_by_incident(incidents: list[Incident]) -> dict[int, list[Person]]:
    """The people each incident is about, in one query, keyed by incident id.

    prefetch_related builds a related manager and a filtered queryset for every incident;
    on a page of fifty rows that cost more than the query itself.
    """
    found: dict[int, list[Person]] = {incident.pk: [] for incident in incidents}
    links = (
        Incident.targets.through.objects.filter(incident__in=incidents)
        .select_related("person")
        .order_by("person__roster_position", "person__id")
    )
    for link in links:
        found[link.incident_id].append(link.person)
    return found


def poster_key(incident: Incident) -> Any:
    return incident.poster_id or incident.account_handle.lower()


@require_safe
@member_required(Permission.LOG_INCIDENT)
def triage(request: HttpRequest, member: Member) -> HttpResponse:
    """The queue of incidents, most severe first; staff who only log see their own."""
    is_intake = member.can(Permission.WORK_INTAKE)
    query = request.GET.copy()
    if "status" not in query and is_intake:
        query["status"] = IncidentStatus.NEW
    form = TriageFilterForm(query)
    incidents = incidents_visible_to(member)
    if form.is_valid():
        data = form.cleaned_data
        if data["platform"]:
            incidents = incidents.filter(platform=data["platform"])
        if data["category"]:
            incidents = incidents.filter(categories__icontains=f'"{data["category"]}"')
        if data["status"]:
            incidents = incidents.filter(status=data["status"])
        if data["person"].strip():
            incidents = incidents.filter(about_person(member, data["person"].strip()))
    incidents = (
        cast(IncidentQuerySet, incidents)
        .triage_order()
        .select_related("poster", "case", "captured_by")
    )
    page = Paginator(incidents, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    targets = targets_by_incident(rows)
    open_cases = open_cases_by_poster(member, rows) if member.can(Permission.ACT_ON_STEPS) else {}
    filters = query.copy()
    filters.pop("page", None)
    return render(
        request,
        "cases/triage.html",
        {
            "member": member,
            "form": form,
            "page": page,
            "is_intake": is_intake,
            "rows": [
                (i, labels_of(i.categories), open_cases.get(poster_key(i)), targets[i.pk])
                for i in rows
            ],
            "filters": filters.urlencode(),
            "can_act": member.can(Permission.ACT_ON_STEPS),
            "can_see_cases": member.can(Permission.SEE_CASES),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.LOG_INCIDENT)
def log_incident(request: HttpRequest, member: Member) -> HttpResponse:
    form = IncidentForm(member, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            incident = actions.log_incident(member, form.report())
        except ActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                "Incident logged. Screening is under way: the result appears on this page in a moment.",
            )
            return redirect("incident", member.school.slug, incident.pk)
    return render(request, "cases/log_incident.html", {"member": member, "form": form})


def _incident_page(
    request: HttpRequest, member: Member, incident: Incident, **extra: Any
) -> HttpResponse:
    evidence = incident.evidence.filter(original__isnull=True).select_related(
        "captured_by", "supersedes"
    )
    context = screening_context(member, incident)
    can_act = member.can(Permission.ACT_ON_STEPS)
    context.update(
        {
            "evidence": evidence,
            "targets": incident.targets.all(),
            "can_act": can_act,
            "open_case": actions.open_case_for_poster(incident) if can_act else None,
            "dismiss_form": ReasonForm(),
            "correction_form": CorrectionForm() if member.can(Permission.WORK_INTAKE) else None,
            **extra,
        }
    )
    return render(
        request, "cases/incident.html", context, status=400 if extra.get("errors") else 200
    )


@require_safe
@member_required(Permission.LOG_INCIDENT)
def incident_page(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    return _incident_page(request, member, get_incident(member, pk))


@require_safe
@member_required(Permission.LOG_INCIDENT)
def incident_screening(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    """The screening part of the incident page, polled by htmx until the screening is in."""
    context = screening_context(member, get_incident(member, pk))
    return render(request, "cases/_screening.html", context)


@require_POST
@member_required(Permission.WORK_INTAKE)
def screen_again(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    incident = get_incident(member, pk)
    try:
        actions.screen_again(member, incident)
    except ActionRefused as refused:
        return _incident_page(request, member, incident, errors=[str(refused)])
    messages.success(request, "Screening again: the result appears on this page in a moment.")
    return redirect("incident", member.school.slug, incident.pk)


@require_POST
@member_required(Permission.WORK_INTAKE)
def review_category(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    incident = get_incident(member, pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _incident_page(
            request, member, incident, errors=["Choose whether the category applies."]
        )
    data = form.cleaned_data
    try:
        actions.review_category(
            member, incident, data["category"], data["applies"] == "yes", data["reason"]
        )
    except ActionRefused as refused:
        return _incident_page(request, member, incident, errors=[str(refused)])
    messages.success(request, f"Your decision on {data['category'].replace('_', ' ')} is recorded.")
    return redirect("incident", member.school.slug, incident.pk)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def dismiss_incident(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    incident = get_incident(member, pk)
    reason = ReasonForm(request.POST).data.get("reason", "")
    try:
        actions.dismiss_incident(member, incident, reason)
    except ActionRefused as refused:
        return _incident_page(
            request,
            member,
            incident,
            errors=[str(refused)],
            error_for="dismiss-reason" if incident.status == IncidentStatus.NEW else "",
            dismiss_reason=reason,
        )
    messages.success(request, "The incident is dismissed with no action; the reason is kept.")
    if request.POST.get("next") == "triage":
        return redirect("triage", member.school.slug)
    return redirect("incident", member.school.slug, incident.pk)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def open_case(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    incident = get_incident(member, pk)
    try:
        case = actions.open_case(member, incident)
    except ActionRefused as refused:
        return _incident_page(request, member, incident, errors=[str(refused)])
    messages.success(request, f"Case {case.number} is open.")
    return redirect("case", member.school.slug, case.number)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def add_to_case(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    incident = get_incident(member, pk)
    try:
        number = request.POST.get("case", "")
        case = get_case(member, int(number) if number.isdecimal() else 0)
        actions.add_to_case(member, incident, case)
    except ActionRefused as refused:
        return _incident_page(request, member, incident, errors=[str(refused)])
    messages.success(request, f"The incident is added to case {case.number}.")
    return redirect("case", member.school.slug, case.number)


@require_safe
@member_required(Permission.LOG_INCIDENT)
def evidence_file(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    """Serve one evidence file, audited; sandboxed so a file can never run as a page."""
    evidence = get_evidence(member, pk)
    is_download = request.GET.get("download") == "1"
    response = HttpResponse(
        actions.open_evidence(member, evidence, is_download=is_download),
        content_type=evidence.content_type,
    )
    disposition = "attachment" if is_download else "inline"
    response["Content-Disposition"] = (
        f'{disposition}; filename="evidence-{evidence.pk}-{evidence.sha256[:12]}"'
    )
    response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@member_required(Permission.WORK_INTAKE)
def correct_evidence(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    """Add a corrected file beside the original, which stays exactly as it was."""
    evidence = get_evidence(member, pk)
    if evidence.incident is None:
        raise Http404
    form = CorrectionForm(request.POST, request.FILES)
    if not form.is_valid():
        errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
        return _incident_page(request, member, evidence.incident, errors=errors)
    actions.correct_evidence(
        member, evidence, form.cleaned_data["file"], form.cleaned_data["reason"]
    )
    messages.success(request, f"The corrected file is kept beside {evidence.original_name}.")
    return redirect("incident", member.school.slug, evidence.incident.pk)


def step_rows(step: Step) -> dict[str, Any]:
    """A step's title, details and checklist answers in words for the timeline."""
    questions = CHECKLIST_QUESTIONS
    return {
        "title": step_title(step.kind),
        "details": [
            (key.replace("_", " ").capitalize(), value)
            for key, value in step.details.items()
            if value
        ],
        "checklist": [(questions.get(key, key), answer) for key, answer in step.checklist.items()],
        "is_overdue": step.status != StepStatus.REFUSED and step.is_overdue(timezone.now()),
    }


def step_form_options(case: Case, option: StepOption) -> dict[str, Any]:
    """What a step's form needs from the case: the policy's police triggers, a current step."""
    return {
        "police_triggers": case.policy_version.document.police_triggers,
        "has_current": option.current is not None,
    }


def _render_case(
    request: HttpRequest,
    member: Member,
    case: Case,
    *,
    bound: tuple[str, Any] | None = None,
    errors: list[str] | None = None,
) -> HttpResponse:
    """The case page; `bound` is (which form, the form) when a submitted form failed."""
    now = timezone.now()
    steps = list(
        case.steps.select_related("taken_by", "approved_by").prefetch_related(
            Prefetch("attachments", queryset=Evidence.objects.filter(original__isnull=True))
        )
    )
    incidents = list(
        case.incidents.select_related("captured_by", "poster").prefetch_related("targets")
    )
    timeline = sorted(
        [
            {
                "kind": "incident",
                "when": i.captured_at,
                "item": i,
                "labels": labels_of(i.categories),
            }
            for i in incidents
        ]
        + [{"kind": "step", "when": s.taken_at, "item": s, **step_rows(s)} for s in steps],
        key=lambda entry: entry["when"],
    )
    bound_name, bound_form = bound or ("", None)
    options = []
    for option in step_options(case, member, case.policy_version.document):
        form = None
        if option.is_allowed:
            form = (
                bound_form
                if bound_name == f"step:{option.step.id}"
                else StepForm(
                    option.step.kind,
                    option.needs_checklist,
                    prefix=option.step.id,
                    **step_form_options(case, option),
                )
            )
        options.append({"option": option, "form": form, "title": step_title(option.step.kind)})
    context = {
        "member": member,
        "case": case,
        "timeline": timeline,
        "now": now,
        "options": options,
        "targets": {t for i in incidents for t in i.targets.all()},
        "awaiting": [
            {"step": s, "title": step_title(s.kind)}
            for s in steps
            if s.status == StepStatus.AWAITING_APPROVAL
        ],
        "due": [
            {"step": s, "title": step_title(s.kind)}
            for s in steps
            if s.due_at and s.followed_up_at is None and s.status != StepStatus.REFUSED
        ],
        "can_approve": member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS),
        "can_act": member.can(Permission.ACT_ON_STEPS) and case.is_open,
        "close_form": bound_form if bound_name == "close" else CloseCaseForm(),
        "can_export_bundle": can_take_legal_or_police_steps(member, case.policy_version.document),
        "unreported_referrals": [
            s
            for s in steps
            if s.kind == StepKind.POLICE_REFERRAL
            and s.status == StepStatus.DONE
            and not actions.is_reported(s)
        ],
        "police_report_form": bound_form if bound_name == "police_report" else PoliceReportForm(),
        "errors": errors or [],
        "bound_form": bound_form,
        **case_page_extras(member, case),
        **letter_panel(member, case),
    }
    return render(request, "cases/case.html", context, status=400 if errors or bound else 200)


@require_safe
@member_required(Permission.SEE_CASES)
def case_list(request: HttpRequest, member: Member) -> HttpResponse:
    status = request.GET.get("status", CaseStatus.OPEN)
    cases = (
        Case.objects.filter(school=member.school)
        .exclude(pk__in=cases_hidden_from(member))
        .select_related("poster")
    )
    if status in CaseStatus.values:
        cases = cases.filter(status=status)
    page = Paginator(cases.order_by("-number"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "cases/case_list.html",
        {
            "member": member,
            "page": page,
            "status": status,
            "statuses": CaseStatus.choices,
        },
    )


@require_safe
@member_required(Permission.SEE_CASES)
def case_page(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    return _render_case(request, member, get_case(member, number))


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def record_step(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    step_id = request.POST.get("step_id", "")
    option = next(
        (
            o
            for o in step_options(case, member, case.policy_version.document)
            if o.step.id == step_id
        ),
        None,
    )
    if option is None:
        return _render_case(request, member, case, errors=["Choose a step of the policy."])
    form = StepForm(
        option.step.kind,
        option.needs_checklist,
        request.POST,
        request.FILES,
        prefix=step_id,
        **step_form_options(case, option),
    )
    if form.is_valid():
        try:
            step = actions.record_step(member, case, form.record(step_id))
        except ActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                f"{step.get_status_display()}: {step_title(step.kind).lower()} recorded.",
            )
            return redirect("case", member.school.slug, case.number)
    return _render_case(request, member, case, bound=(f"step:{step_id}", form))


@require_POST
@member_required(Permission.APPROVE_LEGAL_AND_POLICE_STEPS)
def approve_step(request: HttpRequest, member: Member, number: int, pk: int) -> HttpResponse:
    case = get_case(member, number)
    step = get_step(member, case, pk)
    form = ApprovalForm(request.POST)
    if not form.is_valid():
        return _render_case(request, member, case, errors=["Choose to approve or refuse the step."])
    is_approved = form.cleaned_data["decision"] == "approve"
    try:
        actions.approve_step(member, step, approve=is_approved, note=form.cleaned_data["note"])
    except ActionRefused as refused:
        return _render_case(request, member, case, errors=[str(refused)])
    messages.success(
        request, "Step approved." if is_approved else "Approval refused; the reason is kept."
    )
    return redirect("case", member.school.slug, case.number)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def follow_up_step(request: HttpRequest, member: Member, number: int, pk: int) -> HttpResponse:
    case = get_case(member, number)
    step = get_step(member, case, pk)
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        return _render_case(request, member, case, errors=["Say what happened by the due date."])
    try:
        actions.record_follow_up(member, step, form.cleaned_data["note"])
    except ActionRefused as refused:
        return _render_case(request, member, case, errors=[str(refused)])
    messages.success(request, "Follow-up recorded.")
    return redirect("case", member.school.slug, case.number)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def skip_discussion(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    try:
        actions.record_skip_reason(member, case, request.POST.get("reason", ""))
    except ActionRefused as refused:
        return _render_case(request, member, case, errors=[str(refused)])
    messages.success(request, "The reason to skip the informal discussion is recorded.")
    return redirect("case", member.school.slug, case.number)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def close_case(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    form = CloseCaseForm(request.POST)
    if form.is_valid():
        try:
            actions.close_case(
                member, case, form.cleaned_data["outcome"], form.cleaned_data["reason"]
            )
        except ActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"Case {case.number} is closed.")
            return redirect("case", member.school.slug, case.number)
    return _render_case(request, member, case, bound=("close", form))


@require_safe
@member_required(Permission.LOG_INCIDENT)
def search(request: HttpRequest, member: Member) -> HttpResponse:
    """Incidents the member may see, by roster name, handle or words in the post or screenshot."""
    query = request.GET.get("q", "").strip()[:200]
    page = None
    if query:
        read = Evidence.objects.filter(school=member.school, ocr_text__icontains=query)
        found = incidents_visible_to(member).filter(
            about_person(member, query)
            | Q(text__icontains=query)
            | Q(pk__in=read.values("incident_id"))
        )
        page = Paginator(
            found.select_related("poster", "case")
            .prefetch_related("targets")
            .order_by("-captured_at"),
            PAGE_SIZE,
        ).get_page(request.GET.get("page"))
    return render(
        request,
        "cases/search.html",
        {
            "member": member,
            "query": query,
            "page": page,
            "filters": urlencode({"q": query}),
        },
    )


@require_safe
@member_required(Permission.SEE_NAMED_REPORTS)
def audit_log(request: HttpRequest, member: Member) -> HttpResponse:
    events = AuditEvent.objects.filter(school=member.school).order_by("-sequence")
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "cases/audit_log.html", {"member": member, "page": page})


@require_safe
@member_required(Permission.SEE_NAMED_REPORTS)
def audit_event(request: HttpRequest, member: Member, sequence: int) -> HttpResponse:
    event = get_audit_event(member, sequence)
    details_json = json.dumps(event.details, indent=2, ensure_ascii=False, sort_keys=True)
    return render(
        request,
        "cases/audit_event.html",
        {"member": member, "event": event, "details_json": details_json},
    )


@require_POST
@member_required(Permission.SEE_CASES)
def export_bundle(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    """Download the case's evidence bundle (bundle.pdf, the original files, manifest.json)."""
    case = get_case(member, number)
    step_pk = request.POST.get("police_step", "")
    police_step = get_step(member, case, int(step_pk)) if step_pk.isdecimal() else None
    try:
        bundle = actions.export_bundle(member, case, police_step=police_step)
    except ActionRefused as refused:
        return _render_case(request, member, case, errors=[str(refused)])
    response = HttpResponse(bundle, content_type="application/zip")
    name = "police-pack" if police_step else "evidence-bundle"
    response["Content-Disposition"] = f'attachment; filename="case-{case.number}-{name}.zip"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def record_police_report(
    request: HttpRequest, member: Member, number: int, pk: int
) -> HttpResponse:
    case = get_case(member, number)
    step = get_step(member, case, pk)
    form = PoliceReportForm(request.POST)
    if form.is_valid():
        try:
            actions.record_police_report(member, step, **form.cleaned_data)
        except ActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "The report to the police is recorded.")
            return redirect("case", member.school.slug, case.number)
    return _render_case(request, member, case, bound=("police_report", form))


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def confirm_indicator(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    try:
        actions.confirm_indicator(
            member, case, request.POST.get("indicator", ""), request.POST.get("reason", "")
        )
    except ActionRefused as refused:
        return _render_case(request, member, case, errors=[str(refused)])
    messages.success(request, "The indicator is confirmed; the reason is kept.")
    return redirect("case", member.school.slug, case.number)
