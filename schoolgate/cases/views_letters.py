"""Staff pages for letters: the school's wording of each kind, and writing, sending or printing one."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from schoolgate.cases.access import get_case, get_letter
from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.actions import letters as letter_actions
from schoolgate.cases.letter_facts import letter_content, letter_file_name
from schoolgate.cases.letter_forms import LetterForm, LetterTemplateForm, StartLetterForm
from schoolgate.cases.models import Case, Letter, LetterStatus
from schoolgate.documents.docx import letter_docx
from schoolgate.documents.letters import (
    DEFAULT_WORDING,
    FIELD_DESCRIPTIONS,
    LETTER_FIELDS,
    LetterKind,
    letter_pdf,
)
from schoolgate.documents.models import LetterTemplate
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission

FILE_FORMATS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _kind(kind: str) -> LetterKind:
    if kind not in LetterKind.values:
        raise Http404
    return LetterKind(kind)


def _fields_of(kind: LetterKind) -> list[tuple[str, str]]:
    return [("{" + name + "}", FIELD_DESCRIPTIONS[name]) for name in LETTER_FIELDS[kind]]


@require_safe
@member_required(Permission.MANAGE_LETTER_TEMPLATES)
def letter_templates(request: HttpRequest, member: Member) -> HttpResponse:
    saved = {t.kind: t for t in LetterTemplate.objects.filter(school=member.school)}
    rows = [{"kind": kind, "saved": saved.get(kind)} for kind in LetterKind]
    return render(request, "cases/letter_templates.html", {"member": member, "rows": rows})


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.MANAGE_LETTER_TEMPLATES)
def letter_template(request: HttpRequest, member: Member, kind: str) -> HttpResponse:
    letter_kind = _kind(kind)
    subject, body = LetterTemplate.objects.wording(member.school, letter_kind)
    form = LetterTemplateForm(initial={"subject": subject, "body": body})
    if request.method == "POST":
        try:
            if "restore" in request.POST:
                letter_actions.restore_letter_template(member, letter_kind)
                messages.success(request, f"{letter_kind.label}: the default wording is back.")
                return redirect("letter_template", member.school.slug, letter_kind.value)
            form = LetterTemplateForm(request.POST)
            if form.is_valid():
                letter_actions.save_letter_template(
                    member, letter_kind, form.cleaned_data["subject"], form.cleaned_data["body"]
                )
                messages.success(request, f"{letter_kind.label}: the school's wording is saved.")
                return redirect("letter_templates", member.school.slug)
        except ActionRefused as refused:
            form.add_error("body", str(refused))
    context = {
        "member": member,
        "kind": letter_kind,
        "form": form,
        "fields": _fields_of(letter_kind),
        "is_default": (subject, body) == DEFAULT_WORDING[letter_kind],
    }
    return render(
        request, "cases/letter_template.html", context, status=400 if form.errors else 200
    )


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def start_letter(request: HttpRequest, member: Member, number: int) -> HttpResponse:
    case = get_case(member, number)
    form = StartLetterForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose which letter to write.")
        return redirect("case", member.school.slug, case.number)
    try:
        letter = letter_actions.start_letter(member, case, form.cleaned_data["kind"])
    except ActionRefused as refused:
        messages.error(request, str(refused))
        return redirect("case", member.school.slug, case.number)
    return redirect("letter", member.school.slug, case.number, letter.pk)


def _render_letter(
    request: HttpRequest,
    member: Member,
    letter: Letter,
    *,
    form: LetterForm | None = None,
    errors: list[str] | None = None,
) -> HttpResponse:
    failed = bool(errors) or bool(form and form.errors)
    context: dict[str, Any] = {
        "member": member,
        "case": letter.case,
        "letter": letter,
        "form": form or LetterForm(letter, initial=LetterForm.initial_for(letter)),
        "fields": _fields_of(LetterKind(letter.kind)),
        "preview": letter_content(letter),
        "errors": errors or [],
        "has_failed": failed,
        "finishing": letter_actions.FINISHING,
        "can_act": member.can(Permission.ACT_ON_STEPS),
    }
    return render(request, "cases/letter.html", context, status=400 if failed else 200)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.SEE_CASES)
def letter_page(request: HttpRequest, member: Member, number: int, pk: int) -> HttpResponse:
    letter = get_letter(member, get_case(member, number), pk)
    if request.method != "POST":
        return _render_letter(request, member, letter)
    if not member.can(Permission.ACT_ON_STEPS):
        return _render_letter(request, member, letter, errors=["Your role cannot act on cases."])
    form = LetterForm(letter, request.POST)
    if form.is_valid():
        try:
            letter_actions.edit_letter(member, letter, form.draft())
        except ActionRefused as refused:
            form.add_error("body" if "{" in str(refused) else None, str(refused))
        else:
            messages.success(request, "The letter is saved. Check the preview below.")
            return redirect("letter", member.school.slug, number, letter.pk)
    return _render_letter(request, member, letter, form=form)


@require_safe
@member_required(Permission.SEE_CASES)
def letter_file(
    request: HttpRequest, member: Member, number: int, pk: int, ext: str
) -> HttpResponse:
    """The letter as it stands (a draft), or as it went out (the PDF kept as evidence)."""
    letter = get_letter(member, get_case(member, number), pk)
    if ext not in FILE_FORMATS:
        raise Http404
    if letter.is_finished and ext == "pdf" and letter.evidence is not None:
        data = letter_actions.read_sent_letter(member, letter)
    else:
        content = letter_content(letter)
        data = letter_pdf(content) if ext == "pdf" else letter_docx(content)
    response = HttpResponse(data, content_type=FILE_FORMATS[ext])
    response["Content-Disposition"] = f'attachment; filename="{letter_file_name(letter, ext)}"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def send_letter(request: HttpRequest, member: Member, number: int, pk: int) -> HttpResponse:
    letter = get_letter(member, get_case(member, number), pk)
    try:
        letter_actions.send_letter(member, letter)
    except ActionRefused as refused:
        return _render_letter(request, member, letter, errors=[str(refused)])
    # The mail went when the claim committed; read back what the server said.
    letter.refresh_from_db()
    if letter.status == LetterStatus.SENT:
        messages.success(
            request,
            f"The mail server accepted the letter to {letter.recipient_email} "
            f"at {letter.delivered_at:%H:%M} UTC. It is kept as evidence.",
        )
    return redirect("letter", member.school.slug, number, letter.pk)


@require_POST
@member_required(Permission.ACT_ON_STEPS)
def finish_letter(request: HttpRequest, member: Member, number: int, pk: int) -> HttpResponse:
    letter = get_letter(member, get_case(member, number), pk)
    try:
        letter_actions.finish_letter(member, letter, request.POST.get("status", ""))
    except ActionRefused as refused:
        return _render_letter(request, member, letter, errors=[str(refused)])
    messages.success(
        request,
        f"The letter is recorded as {letter.get_status_display().lower()} and kept as evidence.",
    )
    return redirect("letter", member.school.slug, number, letter.pk)


def letter_panel(member: Member, case: Case) -> dict[str, Any]:
    """What the case page shows of letters: those written, and a form to write one."""
    return {
        "letters": list(case.letters.select_related("evidence", "finished_by")),
        "letter_kinds": LetterKind.choices,
        # The written warning is recorded by writing its letter (or uploading the one sent).
        "letter_step_kind": StepKind.WRITTEN_WARNING,
        "warning_letter_kind": LetterKind.WRITTEN_WARNING,
    }
