"""Importing a WhatsApp chat export: keep the file, then log the chosen messages as incidents."""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing
from django.db import transaction

from schoolgate.cases.actions import ActionRefused, IncidentReport, add_evidence, log_incident
from schoolgate.cases.evidence import (
    ChatExportUpload,
    CheckedFile,
    UploadRefused,
    check_chat_export,
    check_upload,
    read_file,
    store_file,
)
from schoolgate.cases.models import EvidenceRole, Incident, Platform
from schoolgate.intake.chat import ChatMessage, ChatUnreadable, parse_chat
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission

# A day covers reading a long chat and coming back to it after a lesson; the file stays kept.
CHAT_TICKET_MAX_AGE = 24 * 60 * 60
CHAT_TICKET_SALT = "schoolgate.intake.chat_actions.ticket"
CAPTURE_METHOD = "WhatsApp chat export"


@dataclass(frozen=True)
class ReceivedChat:
    """An export kept in the evidence store, its messages, and the ticket that names it."""

    ticket: str
    name: str
    messages: list[ChatMessage]
    media_names: frozenset[str]


def _require_intake(member: Member) -> None:
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot import chat exports.")


def _read_upload(name: str, data: bytes) -> tuple[ChatExportUpload, list[ChatMessage]]:
    try:
        upload = check_chat_export(name, data)
        return upload, parse_chat(upload.chat_text)
    except (UploadRefused, ChatUnreadable) as refused:
        raise ActionRefused(str(refused)) from None


def receive_chat_export(member: Member, name: str, data: bytes) -> ReceivedChat:
    """Check and parse an export, keep it under its hash, and return its messages to pick from.

    The file is kept (and its receipt audited) before anyone picks, so what staff chose from
    is exactly what stays in the evidence store; the ticket lets only this school import it.
    """
    _require_intake(member)
    upload, messages = _read_upload(name, data)
    export = upload.export
    with transaction.atomic():
        store_file(export)
        record_event(
            member.school,
            member.user,
            "received chat export",
            None,
            {"sha256": export.sha256, "name": export.name, "messages": len(messages)},
        )
    ticket = signing.dumps(
        {"school": member.school.pk, "sha256": export.sha256, "name": export.name},
        salt=CHAT_TICKET_SALT,
    )
    return ReceivedChat(ticket, export.name, messages, frozenset(upload.media))


def reopen_chat_export(member: Member, ticket: str) -> tuple[ReceivedChat, ChatExportUpload]:
    """Read a kept export back from its ticket, refusing another school's or an expired one."""
    _require_intake(member)
    try:
        named = signing.loads(ticket, salt=CHAT_TICKET_SALT, max_age=CHAT_TICKET_MAX_AGE)
    except signing.BadSignature:
        raise ActionRefused("The chat export has expired: upload it again.") from None
    if named.get("school") != member.school.pk:
        raise ActionRefused("The chat export has expired: upload it again.")
    sha256 = named["sha256"]
    data = read_file(f"evidence/{sha256[:2]}/{sha256}", sha256)
    upload, messages = _read_upload(named["name"], data)
    return ReceivedChat(ticket, upload.export.name, messages, frozenset(upload.media)), upload


def import_chat_messages(member: Member, ticket: str, numbers: list[int]) -> list[Incident]:
    """Log each chosen message as a WhatsApp incident, with the export kept beside each one.

    All or nothing: one transaction, so an attachment that fails its checks leaves no incident.
    """
    received, upload = reopen_chat_export(member, ticket)
    by_number = {message.number: message for message in received.messages}
    chosen = sorted(set(numbers))
    if not chosen:
        raise ActionRefused("Choose at least one message to log as an incident.")
    missing = [number for number in chosen if number not in by_number]
    if missing:
        raise ActionRefused(f"Message {missing[0]} is not in this chat export.")
    reports = [_report(by_number[number], upload) for number in chosen]
    incidents: list[Incident] = []
    with transaction.atomic():
        for number, report in zip(chosen, reports, strict=True):
            incident = log_incident(member, report)
            add_evidence(member, upload.export, role=EvidenceRole.CHAT_EXPORT, incident=incident)
            record_event(
                member.school,
                member.user,
                "imported chat message",
                incident,
                {"sha256": upload.export.sha256, "message": number},
            )
            incidents.append(incident)
    return incidents


def _report(message: ChatMessage, upload: ChatExportUpload) -> IncidentReport:
    screenshots: list[tuple[CheckedFile, str]] = []
    for name in message.attachments:
        content = upload.media.get(name)
        if content is None:
            continue
        try:
            screenshots.append((check_upload(name, content), EvidenceRole.ATTACHMENT.value))
        except UploadRefused as refused:
            # A video or voice note is kept in the export itself; a damaged picture is refused.
            if name.lower().endswith((".jpg", ".jpeg", ".png", ".webp", ".gif", ".pdf")):
                raise ActionRefused(f"Message {message.number}: {refused}") from None
    text = message.text
    if not text and not screenshots:
        text = "(A message with media that is not in the upload: see the chat export.)"
    return IncidentReport(
        platform=Platform.WHATSAPP,
        text=text,
        display_name=message.sender[:200],
        posted_at_shown=message.sent_at_shown,
        posted_at=message.sent_at,
        capture_method=CAPTURE_METHOD,
        screenshots=screenshots,
    )
