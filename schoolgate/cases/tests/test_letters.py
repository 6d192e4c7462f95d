"""Letters: the school's wording, drafts, PDF and DOCX, e-mail over real SMTP, and the evidence kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import socket
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from docx import Document
from pypdf import PdfReader

from schoolgate.cases.actions import ActionRefused, StepRecord, open_case, record_step
from schoolgate.cases.actions.letters import (
    LetterDraft,
    edit_letter,
    finish_letter,
    restore_letter_template,
    save_letter_template,
    send_letter,
    start_letter,
)
from schoolgate.cases.evidence import read_file
from schoolgate.cases.letter_facts import letter_content
from schoolgate.cases.models import Case, Incident, Letter, LetterStatus
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.documents.docx import letter_docx
from schoolgate.documents.letters import DEFAULT_WORDING, LetterKind, letter_pdf
from schoolgate.policies.steps import StepKind
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast

POST = "Mr Pendle lies to parents and should not be teaching."
WARNING_FIELDS = (
    "{parent_name}, {school_name}, {school_email}, {today}, {signatory}, {case_number}, "
    "{posts}, {removal_deadline}, {next_steps}, {complaints_route}"
)


def exactly(message: str) -> str:
    return f"^{re.escape(message)}$"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def use_smtp(settings: Any, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.HAS_MAIL_SERVER = True
    settings.DEFAULT_FROM_EMAIL = "schoolgate@redscope.example"


@pytest.fixture
def inbox(settings: Any) -> Iterator[Inbox]:
    port = free_port()
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    use_smtp(settings, port)
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def discussed_case(cast: Cast, logged: Callable[..., Incident]) -> Case:
    """A case about a parent's post criticising a teacher, after the informal discussion."""
    cast.school_a.address = "1 Redscope Lane\nRedscope RS1 2AB"
    cast.school_a.save()
    incident = logged(POST, poster=parent(cast), permalink="https://facebook.example/p/1")
    Incident.objects.filter(pk=incident.pk).update(categories=["complaint"])
    alice = member(cast, cast.alice)
    case = open_case(alice, incident)
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    return case


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def warning(cast: Cast, case: Case, **changes: Any) -> Letter:
    alice = member(cast, cast.alice)
    letter = start_letter(alice, case, LetterKind.WRITTEN_WARNING)
    draft = LetterDraft(
        subject=letter.subject,
        body=letter.body,
        recipient_name=letter.recipient_name,
        recipient_email="parent@families.example",
        removal_deadline=dt.date(2026, 12, 4),
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return edit_letter(alice, letter, draft)


def test_a_template_naming_an_unknown_field_is_refused_naming_the_field(cast: Cast) -> None:
    hana = member(cast, cast.hana)
    with pytest.raises(ActionRefused) as refused:
        save_letter_template(
            hana, LetterKind.WRITTEN_WARNING, "Warning", "Dear {parent_name}, about {pupil_name}."
        )
    assert str(refused.value) == (
        f"A written warning has no field {{pupil_name}}. Use only {WARNING_FIELDS}."
    )
    assert not AuditEvent.objects.filter(verb="changed letter template").exists()


def test_the_head_words_the_schools_letter_and_new_drafts_start_from_it(
    cast: Cast, discussed_case: Case
) -> None:
    hana = member(cast, cast.hana)
    save_letter_template(
        hana,
        LetterKind.WRITTEN_WARNING,
        "Please take down your post, {parent_name}",
        "Dear {parent_name},\n\n{posts}\n\nPlease remove it by {removal_deadline}.",
    )
    letter = warning(cast, discussed_case)
    content = letter_content(letter)
    assert content.subject == f"Please take down your post, {discussed_case.poster_label}"
    assert "Please remove it by 4 December 2026." in content.body
    event = AuditEvent.objects.get(verb="changed letter template")
    assert event.actor == cast.hana

    restore_letter_template(hana, LetterKind.WRITTEN_WARNING)
    letter.status = LetterStatus.SENT
    letter.save()
    fresh = start_letter(member(cast, cast.alice), discussed_case, LetterKind.WRITTEN_WARNING)
    assert (fresh.subject, fresh.body) == DEFAULT_WORDING[LetterKind.WRITTEN_WARNING]


def test_only_the_head_words_the_schools_letters(cast: Cast) -> None:
    with pytest.raises(
        ActionRefused, match=exactly("Only the headteacher changes the school's letters.")
    ):
        save_letter_template(member(cast, cast.alice), LetterKind.INVITATION, "Hello", "Hello")


def test_a_draft_is_edited_and_previewed_with_the_case_filled_in(
    cast: Cast, discussed_case: Case
) -> None:
    letter = warning(
        cast, discussed_case, body="Dear {parent_name},\n\n{posts}\n\nBy {removal_deadline}."
    )
    content = letter_content(letter)
    assert content.body.startswith(f"Dear {discussed_case.poster_label},")
    assert f"> {POST}" in content.body
    assert "This breaches the policy, which lists as inappropriate:" in content.body
    assert "By 4 December 2026." in content.body
    assert AuditEvent.objects.get(verb="edited letter").details["removal_deadline"] == "2026-12-04"

    with pytest.raises(ActionRefused) as refused:
        warning(cast, discussed_case, body="Dear {parent}")
    assert (
        str(refused.value)
        == f"A written warning has no field {{parent}}. Use only {WARNING_FIELDS}."
    )
    letter.refresh_from_db()
    assert letter.body == "Dear {parent_name},\n\n{posts}\n\nBy {removal_deadline}."


def test_the_warning_waits_for_the_informal_discussion(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(POST, poster=parent(cast)))
    with pytest.raises(ActionRefused) as refused:
        start_letter(alice, case, LetterKind.WRITTEN_WARNING)
    assert str(refused.value) == (
        "The informal discussion with the parent comes first, unless the case has a confirmed police "
        "indicator or a reason to skip it is recorded."
    )


def test_the_pdf_quotes_the_post_names_the_deadline_and_the_school(
    cast: Cast, discussed_case: Case
) -> None:
    text = pdf_text(letter_pdf(letter_content(warning(cast, discussed_case))))
    assert "Redscope Primary School" in text
    assert "1 Redscope Lane" in text
    assert POST in text
    assert "Please remove these posts by 4 December 2026." in text
    assert "Contact the host/provider of the Social Networking site" in text
    assert "formal complaints process" in text


def test_the_docx_holds_the_same_letter(cast: Cast, discussed_case: Case) -> None:
    data = letter_docx(letter_content(warning(cast, discussed_case)))
    paragraphs = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert paragraphs[0] == "Redscope Primary School"
    assert "A written warning about your posts on social media" in paragraphs
    assert POST in paragraphs
    assert "Please remove these posts by 4 December 2026." in paragraphs


def test_sending_emails_the_pdf_over_smtp_and_records_the_step_with_the_letters_hash(
    cast: Cast,
    discussed_case: Case,
    inbox: Inbox,
    django_capture_on_commit_callbacks: Any,
) -> None:
    letter = warning(cast, discussed_case)
    with django_capture_on_commit_callbacks(execute=True):
        send_letter(member(cast, cast.alice), letter)

    ((recipients, message),) = inbox.messages
    assert recipients == ["parent@families.example"]
    assert message["Subject"] == "A written warning about your posts on social media"
    assert message["Reply-To"] == "office@redscope.example"
    (attachment,) = [part for part in message.walk() if part.get_filename()]
    assert attachment.get_content_type() == "application/pdf"
    pdf = attachment.get_payload(decode=True)
    assert isinstance(pdf, bytes)
    assert POST in pdf_text(pdf)

    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENT
    assert letter.delivered_at is not None and letter.delivery_failure == ""
    sha256 = hashlib.sha256(pdf).hexdigest()
    assert letter.evidence is not None and letter.evidence.sha256 == sha256
    assert letter.evidence.role == "letter"
    assert read_file(letter.evidence.storage_name, sha256) == pdf
    step = letter.step
    assert step is not None and step.kind == StepKind.WRITTEN_WARNING
    assert step.details["letter_sha256"] == sha256
    assert step.details["removal_deadline"] == "2026-12-04"
    assert step.due_reason == "Removal deadline in the warning letter"
    assert list(step.attachments.values_list("sha256", flat=True)) == [sha256]
    verbs = list(
        AuditEvent.objects.filter(school=cast.school_a, verb__endswith="letter")
        .order_by("sequence")
        .values_list("verb", flat=True)
    )
    assert verbs == ["started letter", "edited letter", "sending letter", "sent letter"]

    with pytest.raises(ActionRefused, match=exactly("This letter is already sent by e-mail.")):
        send_letter(member(cast, cast.alice), letter)


def test_a_mail_server_that_does_not_answer_leaves_a_draft_and_the_failure_recorded(
    cast: Cast,
    discussed_case: Case,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    use_smtp(settings, free_port())  # nothing listens there
    letter = warning(cast, discussed_case)
    with django_capture_on_commit_callbacks(execute=True):
        send_letter(member(cast, cast.alice), letter)
    letter.refresh_from_db()
    assert letter.status == LetterStatus.DRAFT
    assert letter.delivery_failure.startswith(
        "The mail server could not be reached or refused the letter: "
    )
    assert "Connection refused" in letter.delivery_failure
    assert letter.evidence is None and letter.step is None
    assert not discussed_case.steps.filter(kind=StepKind.WRITTEN_WARNING).exists()
    event = AuditEvent.objects.get(verb="letter not delivered")
    assert event.details["to"] == "parent@families.example"


def test_with_no_mail_server_set_up_the_letter_is_printed_instead(
    cast: Cast, discussed_case: Case, settings: Any
) -> None:
    settings.HAS_MAIL_SERVER = False
    letter = warning(cast, discussed_case)
    with pytest.raises(ActionRefused) as refused:
        send_letter(member(cast, cast.alice), letter)
    assert str(refused.value) == (
        "No mail server is set up (SCHOOLGATE_EMAIL_HOST), so the letter cannot be e-mailed: "
        "print it or hand it over instead."
    )
    finish_letter(member(cast, cast.alice), letter, LetterStatus.PRINTED)
    letter.refresh_from_db()
    assert letter.status == LetterStatus.PRINTED
    assert letter.step is not None and letter.step.details["letter_sent_as"] == "printed"
    assert letter.evidence is not None
    assert POST in pdf_text(read_file(letter.evidence.storage_name, letter.evidence.sha256))
    assert AuditEvent.objects.filter(verb="printed letter").get().actor == cast.alice


def test_other_letters_are_kept_as_evidence_without_recording_a_step(
    cast: Cast, discussed_case: Case
) -> None:
    alice = member(cast, cast.alice)
    letter = start_letter(alice, discussed_case, LetterKind.ADVISER_SUMMARY)
    assert letter.recipient_name == ""
    with pytest.raises(ActionRefused, match=exactly("Say who the letter is to.")):
        finish_letter(alice, letter, LetterStatus.HANDED_OVER)
    edit_letter(
        alice,
        letter,
        LetterDraft(subject=letter.subject, body=letter.body, recipient_name="Tom Pendle"),
    )
    finish_letter(alice, letter, LetterStatus.HANDED_OVER)
    letter.refresh_from_db()
    assert letter.evidence is not None and letter.step is None
    text = pdf_text(read_file(letter.evidence.storage_name, letter.evidence.sha256))
    assert "The school does not bring claims for defamation" in text
    assert "Nothing here is legal advice." in text
    assert discussed_case.steps.count() == 1


def test_staff_who_do_not_work_cases_write_no_letters(cast: Cast, discussed_case: Case) -> None:
    with pytest.raises(ActionRefused, match=exactly("Your role cannot act on cases.")):
        start_letter(member(cast, cast.olu), discussed_case, LetterKind.INVITATION)
