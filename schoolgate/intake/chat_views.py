"""Staff pages to import a WhatsApp chat export: upload, pick messages, log them as incidents."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from schoolgate.cases.actions import ActionRefused
from schoolgate.intake.chat_actions import (
    ReceivedChat,
    import_chat_messages,
    receive_chat_export,
    reopen_chat_export,
)
from schoolgate.intake.chat_forms import ChatExportForm, ChatPickForm
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.WORK_INTAKE)
def chat_upload(request: HttpRequest, member: Member) -> HttpResponse:
    is_post = request.method == "POST"
    form = ChatExportForm(request.POST if is_post else None, request.FILES if is_post else None)
    if is_post and form.is_valid():
        name, data = form.cleaned_data["export"]
        try:
            received = receive_chat_export(member, name, data)
        except ActionRefused as refused:
            form.add_error("export", str(refused))
        else:
            return _pick_page(request, member, received)
    return render(request, "intake/chat_upload.html", {"member": member, "form": form})


def _pick_page(
    request: HttpRequest,
    member: Member,
    received: ReceivedChat,
    error: str = "",
    chosen: Iterable[int] = (),
) -> HttpResponse:
    return render(
        request,
        "intake/chat_pick.html",
        {
            "member": member,
            "received": received,
            "errors": [error] if error else [],
            "error_for": f"message-{received.messages[0].number}" if error else "",
            "chosen": set(chosen),
        },
    )


@require_POST
@member_required(Permission.WORK_INTAKE)
def chat_import(request: HttpRequest, member: Member) -> HttpResponse:
    ticket = request.POST.get("ticket", "")
    try:
        received, _ = reopen_chat_export(member, ticket)
    except ActionRefused as refused:
        form = ChatExportForm()
        return render(
            request,
            "intake/chat_upload.html",
            {"member": member, "form": form, "errors": [str(refused)], "error_for": "id_export"},
        )
    pick = ChatPickForm([m.number for m in received.messages], request.POST)
    if not pick.is_valid():
        return _pick_page(request, member, received, "Choose messages from this chat export.")
    chosen = pick.cleaned_data["messages"]
    try:
        incidents = import_chat_messages(member, ticket, chosen)
    except ActionRefused as refused:
        return _pick_page(request, member, received, str(refused), chosen)
    count = len(incidents)
    messages.success(
        request,
        f"{count} incident{'s' if count != 1 else ''} logged from {received.name}. "
        "Screening is under way.",
    )
    return redirect("triage", member.school.slug)
