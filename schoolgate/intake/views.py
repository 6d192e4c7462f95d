"""Pages of the intake part: the parents' concern form and status, and the staff concerns queue."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.evidence import UploadRefused, check_email_upload
from schoolgate.intake import actions
from schoolgate.intake.access import concerns_visible_to, get_concern, intake_staff
from schoolgate.intake.forms import AssignForm, ConcernForm, ReasonForm, ReplyForm, UploadEmailForm
from schoolgate.intake.models import Concern, ConcernStatus, MailboxPoll
from schoolgate.intake.tokens import LinkExpired, reference_from_token
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.models import School, User
from schoolgate.schools.roles import Permission

# The concern form posts this; a POST without it is the draft check handing over a concern.
SEND_MARKER = "send"


def _public(
    request: HttpRequest, template: str, school: School, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    """Render a parents' page, with what the parents' navigation needs."""
    concern_url = reverse("concern_form", kwargs={"school_slug": school.slug})
    return render(
        request, template, {"school": school, "concern_url": concern_url, **context}, status=status
    )


@require_http_methods(["GET", "HEAD", "POST"])
def concern_form(request: HttpRequest, school_slug: str) -> HttpResponse:
    school = get_object_or_404(School, slug=school_slug)
    if request.method != "POST":
        form = ConcernForm()
    elif request.POST.get("step") != SEND_MARKER:
        form = ConcernForm(initial={"concern": request.POST.get("concern", "")})
    else:
        form = ConcernForm(request.POST)
        if form.is_bot:
            # Told nothing different, so a script cannot learn that it was caught.
            return redirect("concern_sent", school.slug)
        if form.is_valid():
            data = form.cleaned_data
            try:
                actions.raise_concern(
                    school,
                    actions.ConcernDetails(
                        name=data["name"],
                        email=data["email"],
                        text=data["concern"],
                        relationship=data["relationship"],
                        child_class=data["child_class"],
                    ),
                )
            except ActionRefused as refused:
                form.add_error(None, str(refused))
            else:
                return redirect("concern_sent", school.slug)
    return _public(request, "intake/concern_form.html", school, {"form": form})


@require_safe
def concern_sent(request: HttpRequest, school_slug: str) -> HttpResponse:
    school = get_object_or_404(School, slug=school_slug)
    return _public(request, "intake/concern_sent.html", school, {})


@require_safe
def concern_status(request: HttpRequest, school_slug: str, token: str) -> HttpResponse:
    school = get_object_or_404(School, slug=school_slug)
    try:
        reference = reference_from_token(token)
    except LinkExpired:
        return _public(request, "intake/concern_status_expired.html", school, {}, status=410)
    if reference is None:
        raise Http404
    concern = get_object_or_404(Concern, school=school, reference=reference)
    return _public(request, "intake/concern_status.html", school, {"concern": concern})


@require_safe
@member_required(Permission.WORK_INTAKE)
def queue(request: HttpRequest, member: Member) -> HttpResponse:
    show_closed = request.GET.get("show") == "closed"
    concerns = concerns_visible_to(member).in_queue().select_related("assigned_to")
    concerns = (
        concerns.exclude(status=ConcernStatus.OPEN)
        if show_closed
        else concerns.filter(status=ConcernStatus.OPEN)
    )
    return render(
        request,
        "intake/queue.html",
        {
            "member": member,
            "concerns": concerns.newest_first()[:200],
            "show_closed": show_closed,
            "withheld_count": concerns_visible_to(member)
            .withheld()
            .filter(status=ConcernStatus.OPEN)
            .count()
            if member.can(Permission.SEE_CASES)
            else None,
            "last_poll": MailboxPoll.objects.filter(school=member.school).first(),
        },
    )


@require_safe
@member_required(Permission.SEE_CASES)
def withheld(request: HttpRequest, member: Member) -> HttpResponse:
    concerns = concerns_visible_to(member).withheld().select_related("assigned_to").newest_first()
    return render(request, "intake/withheld.html", {"member": member, "concerns": concerns[:200]})


def _concern_page(
    request: HttpRequest, member: Member, concern: Concern, errors: list[str] | None = None
) -> HttpResponse:
    staff: list[User] = intake_staff(member)
    return render(
        request,
        "intake/concern.html",
        {
            "member": member,
            "concern": concern,
            "replies": concern.replies.select_related("sent_by"),
            "reply_form": ReplyForm(),
            "assign_form": AssignForm(
                staff=User.objects.filter(pk__in=[u.pk for u in staff]),
                initial={"assignee": concern.assigned_to_id},
            ),
            "errors": errors or [],
        },
        status=400 if errors else 200,
    )


@require_safe
@member_required(Permission.WORK_INTAKE)
def concern_page(request: HttpRequest, member: Member, reference: str) -> HttpResponse:
    return _concern_page(request, member, get_concern(member, reference))


@require_POST
@member_required(Permission.WORK_INTAKE)
def reply(request: HttpRequest, member: Member, reference: str) -> HttpResponse:
    concern = get_concern(member, reference)
    try:
        actions.reply_to_concern(member, concern, request.POST.get("text", ""))
    except ActionRefused as refused:
        return _concern_page(request, member, concern, [str(refused)])
    messages.success(request, f"Your reply to {concern.name} is on its way.")
    return redirect("concern", member.school.slug, concern.reference)


@require_POST
@member_required(Permission.WORK_INTAKE)
def assign(request: HttpRequest, member: Member, reference: str) -> HttpResponse:
    concern = get_concern(member, reference)
    form = AssignForm(
        request.POST, staff=User.objects.filter(pk__in=[u.pk for u in intake_staff(member)])
    )
    if not form.is_valid():
        return _concern_page(request, member, concern, ["Choose someone who works on concerns."])
    try:
        actions.assign_concern(member, concern, form.cleaned_data["assignee"])
    except ActionRefused as refused:
        return _concern_page(request, member, concern, [str(refused)])
    assignee = form.cleaned_data["assignee"]
    messages.success(
        request, f"Assigned to {assignee.full_name}." if assignee else "The concern is unassigned."
    )
    return redirect("concern", member.school.slug, concern.reference)


@require_POST
@member_required(Permission.WORK_INTAKE)
def close(request: HttpRequest, member: Member, reference: str) -> HttpResponse:
    concern = get_concern(member, reference)
    try:
        actions.close_concern(member, concern, ReasonForm(request.POST).data.get("reason", ""))
    except ActionRefused as refused:
        return _concern_page(request, member, concern, [str(refused)])
    messages.success(request, f"Concern {concern.reference} is closed.")
    return redirect("concerns", member.school.slug)


@require_POST
@member_required(Permission.WORK_INTAKE)
def make_incident(request: HttpRequest, member: Member, reference: str) -> HttpResponse:
    concern = get_concern(member, reference)
    try:
        incident = actions.turn_into_incident(
            member, concern, ReasonForm(request.POST).data.get("reason", "")
        )
    except ActionRefused as refused:
        return _concern_page(request, member, concern, [str(refused)])
    messages.success(request, f"Concern {concern.reference} is now an incident for triage.")
    return redirect("incident", member.school.slug, incident.pk)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.WORK_INTAKE)
def upload_email(request: HttpRequest, member: Member) -> HttpResponse:
    form = UploadEmailForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["message"]
        try:
            checked = check_email_upload(upload.name, upload.read())
            concern = actions.import_email(
                member,
                checked,
                as_incident=form.cleaned_data["as_incident"] == "incident",
                reason=form.cleaned_data["reason"],
            )
        except UploadRefused as refused:
            form.add_error("message", str(refused))
        except ActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            if concern.incident_id:
                messages.success(request, f"{upload.name} is now an incident for triage.")
                return redirect("incident", member.school.slug, concern.incident_id)
            messages.success(request, f"{upload.name} is now concern {concern.reference}.")
            return redirect("concern", member.school.slug, concern.reference)
    return render(request, "intake/upload_email.html", {"member": member, "form": form})


@require_safe
@member_required(Permission.SEE_CASES)
def blocklist(request: HttpRequest, member: Member) -> HttpResponse:
    return render(
        request,
        "intake/blocklist.html",
        {
            "member": member,
            "blocks": actions.blocklist.active_blocks(member),
            "x_blocks": actions.x_blocks(member),
        },
    )


@require_safe
@member_required(Permission.SEE_CASES)
def blocklist_csv(request: HttpRequest, member: Member) -> HttpResponse:
    response = HttpResponse(actions.blocklist_csv(member), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{member.school.slug}-blocklist.csv"'
    return response


@require_safe
@member_required(Permission.SEE_CASES)
def blocklist_sieve(request: HttpRequest, member: Member) -> HttpResponse:
    response = HttpResponse(
        actions.blocklist_sieve(member), content_type="application/sieve; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{member.school.slug}-blocklist.sieve"'
    return response
