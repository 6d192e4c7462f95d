"""E-mail in: the school's inbox read from a real Dovecot IMAP server, and .eml files uploaded."""

from __future__ import annotations

import imaplib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from io import StringIO
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import Evidence, Incident
from schoolgate.intake.actions.mail import MailboxSettings, poll_mailbox
from schoolgate.intake.models import Concern, ConcernSource, ConcernStatus, MailboxPoll
from schoolgate.intake.tests.conftest import Dovecot, Inbox
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast, sign_in


def email(
    sender: str = "Petra Quill <petra.quill@families.example>",
    subject: str = "Year 3 trip",
    text: str = "Could someone tell me when the Year 3 trip money is due?",
    message_id: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "office@redscope.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(timezone.now())
    message["Message-ID"] = message_id or make_msgid(domain="families.example")
    message.set_content(text)
    return bytes(message)


def mailbox(server: Dovecot, **changes: Any) -> MailboxSettings:
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "folder": "INBOX",
        "use_tls": False,
        "time_limit_seconds": 20,
    }
    return MailboxSettings(**(values | changes))


@pytest.mark.django_db
def test_unread_messages_in_the_inbox_become_concerns_once(
    cast: Cast, dovecot: Dovecot, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    first = email()
    dovecot.deliver(first)
    dovecot.deliver(
        email(
            sender="sam.roe@families.example",
            subject="Lunch menu",
            text="Is there a vegetarian option?",
        )
    )

    with django_capture_on_commit_callbacks(execute=True):
        poll = poll_mailbox(cast.school_a, mailbox(dovecot))

    assert (poll.imported, poll.duplicates, poll.error) == (2, 0, "")
    concern = Concern.objects.get(subject="Year 3 trip")
    assert (concern.source, concern.name, concern.email) == (
        ConcernSource.MAILBOX,
        "Petra Quill",
        "petra.quill@families.example",
    )
    assert concern.text == "Could someone tell me when the Year 3 trip money is due?"
    # The message as the server gave it (IMAP lines end in CRLF) is kept under its SHA-256.
    kept = read_file(f"evidence/{concern.raw_sha256[:2]}/{concern.raw_sha256}", concern.raw_sha256)
    assert kept == first.replace(b"\n", b"\r\n")
    assert sorted(to for to, _ in inbox.messages) == [
        ["petra.quill@families.example"],
        ["sam.roe@families.example"],
    ]

    # Read again (the messages are now seen) and even when the flag is lost: never imported twice.
    assert poll_mailbox(cast.school_a, mailbox(dovecot)).imported == 0
    with imaplib.IMAP4("127.0.0.1", dovecot.port) as imap:
        imap.login(dovecot.user, dovecot.password)
        imap.select("INBOX")
        imap.store("1:*", "-FLAGS", "(\\Seen)")
    again = poll_mailbox(cast.school_a, mailbox(dovecot))
    assert (again.imported, again.duplicates) == (0, 2)
    assert Concern.objects.count() == 2


@pytest.mark.django_db
def test_a_failed_poll_is_kept_for_staff_and_the_command_exits_non_zero(
    cast: Cast, dovecot: Dovecot, settings: Any, client: Client
) -> None:
    poll = poll_mailbox(cast.school_a, mailbox(dovecot, password="wrong"))
    assert poll.error.startswith("The mail server refused:")

    settings.INTAKE_IMAP_HOST, settings.INTAKE_IMAP_PORT = "127.0.0.1", dovecot.port
    settings.INTAKE_IMAP_USER, settings.INTAKE_IMAP_PASSWORD = dovecot.user, "wrong"
    settings.INTAKE_IMAP_TLS = False
    with pytest.raises(
        CommandError,
        match=r"^0 message\(s\) imported, 0 already imported\. The mail server refused:",
    ):
        call_command("poll_mailbox", "--school", "redscope", stdout=StringIO())

    sign_in(client, cast.olu)
    page = client.get("/s/redscope/concerns/").content.decode()
    assert "Reading the school's inbox failed on" in page
    assert "The mail server refused: [AUTHENTICATIONFAILED] Authentication failed." in page
    assert MailboxPoll.objects.filter(school=cast.school_a).count() == 2


@pytest.mark.django_db
def test_the_command_imports_and_says_how_many(cast: Cast, dovecot: Dovecot, settings: Any) -> None:
    dovecot.deliver(email())
    settings.INTAKE_IMAP_HOST, settings.INTAKE_IMAP_PORT = "127.0.0.1", dovecot.port
    settings.INTAKE_IMAP_USER, settings.INTAKE_IMAP_PASSWORD = dovecot.user, dovecot.password
    settings.INTAKE_IMAP_TLS = False
    out = StringIO()
    call_command("poll_mailbox", "--school", "redscope", stdout=out)
    assert out.getvalue() == "1 message(s) imported, 0 already imported.\n"


@pytest.mark.django_db
def test_an_unreachable_server_is_named() -> None:
    from schoolgate.test import make_cast

    cast = make_cast()
    poll = poll_mailbox(
        cast.school_a,
        MailboxSettings("127.0.0.1", 1, "u", "p", "INBOX", use_tls=False, time_limit_seconds=2),
    )
    assert poll.error.startswith("Could not reach the mail server at 127.0.0.1:1 (")


@pytest.mark.django_db
def test_staff_upload_an_eml_as_a_concern(cast: Cast, client: Client) -> None:
    sign_in(client, cast.olu)
    raw = email(text="My son was upset by a message in the class chat.")
    response = client.post(
        "/s/redscope/concerns/upload/",
        {"message": SimpleUploadedFile("message.eml", raw), "as_incident": "concern"},
    )
    concern = Concern.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/s/redscope/concerns/{concern.reference}/"
    assert concern.source == ConcernSource.UPLOAD
    assert AuditEvent.objects.filter(verb="received e-mail", actor=cast.olu).count() == 1

    again = client.post(
        "/s/redscope/concerns/upload/",
        {"message": SimpleUploadedFile("copy.eml", raw), "as_incident": "concern"},
    )
    assert "copy.eml was imported before: it is already a concern." in again.content.decode()
    assert Concern.objects.count() == 1


@pytest.mark.django_db
def test_staff_upload_an_eml_as_an_incident_with_the_message_as_evidence(
    cast: Cast, client: Client
) -> None:
    sign_in(client, cast.alice)
    raw = email(
        subject="You lot", text="The head is a liar and I will make sure everyone knows it."
    )
    response = client.post(
        "/s/redscope/concerns/upload/",
        {
            "message": SimpleUploadedFile("abuse.eml", raw),
            "as_incident": "incident",
            "reason": "An allegation about the headteacher.",
        },
    )
    incident = Incident.objects.get()
    assert response["Location"] == f"/s/redscope/incidents/{incident.pk}/"
    assert incident.platform == "email"
    assert incident.text == "The head is a liar and I will make sure everyone knows it."
    evidence = Evidence.objects.get(incident=incident)
    assert (evidence.content_type, evidence.size) == ("message/rfc822", len(raw))
    assert Concern.objects.get().status == ConcernStatus.INCIDENT


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "photo.eml",
            b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
            "photo.eml is not an e-mail message (an .eml file with From and Date headers).",
        ),
        (
            "notes.eml",
            b"just some notes\n",
            "notes.eml is not an e-mail message (an .eml file with From and Date headers).",
        ),
        ("message.txt", email(), "message.txt is named .txt; an e-mail must be an .eml file."),
    ],
)
def test_an_upload_that_is_not_an_eml_is_refused(
    cast: Cast, client: Client, name: str, data: bytes, message: str
) -> None:
    sign_in(client, cast.olu)
    response = client.post(
        "/s/redscope/concerns/upload/",
        {"message": SimpleUploadedFile(name, data), "as_incident": "concern"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Concern.objects.exists()
