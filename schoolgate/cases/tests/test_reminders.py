"""Overdue steps: one e-mail reminder each, sent over real SMTP to a local aiosmtpd server."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import Message
from io import StringIO
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone

from schoolgate.cases.actions import StepRecord, open_case, record_step, send_step_reminders
from schoolgate.cases.actions.reminders import ReminderRun
from schoolgate.cases.management.commands.send_reminders import Command
from schoolgate.cases.models import Incident, Step
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.cases.tests.threads import at_once
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


@pytest.fixture
def inbox(settings: Any) -> Iterator[Inbox]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.DEFAULT_FROM_EMAIL = "schoolgate@redscope.example"
    try:
        yield handler
    finally:
        controller.stop()


def test_an_overdue_step_is_reminded_once_by_email(
    cast: Cast,
    logged: Callable[..., Incident],
    inbox: Inbox,
    django_capture_on_commit_callbacks: Any,
) -> None:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(poster=parent(cast)))
    record_step(alice, case, StepRecord("informal_discussion"))
    record_step(
        alice,
        case,
        StepRecord(
            "written_warning",
            due_at=timezone.now() - dt.timedelta(hours=2),
            due_reason="Removal deadline",
        ),
    )
    record_step(
        alice, case, StepRecord("platform_report", due_at=timezone.now() + dt.timedelta(days=2))
    )

    with django_capture_on_commit_callbacks(execute=True):
        out = StringIO()
        call_command("send_reminders", stdout=out)
    assert "1 reminder(s) sent." in out.getvalue()
    ((recipients, message),) = inbox.messages
    assert recipients == ["alice@redscope.example", "hana@redscope.example"]
    assert message["Subject"] == "Case 1 at Redscope Primary School: a step is overdue"
    assert "Removal deadline" in message.get_payload()
    assert AuditEvent.objects.filter(verb="sent reminder").count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_reminders", stdout=StringIO())
    assert len(inbox.messages) == 1


def free_port() -> int:
    """A port nothing listens on: the mail server is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def overdue_warning(cast: Cast, logged: Callable[..., Incident]) -> Step:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged("Mr Pendle bullies our kids", poster=parent(cast)))
    record_step(alice, case, StepRecord("informal_discussion", note="Met Mrs Thirlwell."))
    return record_step(
        alice,
        case,
        StepRecord(
            "written_warning",
            note="Letter to the parent about the post.",
            due_at=timezone.now() - dt.timedelta(hours=2),
            due_reason="Removal deadline",
        ),
    )


def send_reminders_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run the command as a scheduler would: its exit status and what it printed."""
    try:
        Command().run_from_argv(["manage.py", "send_reminders"])
        code = 0
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.django_db(transaction=True)
def test_a_reminder_the_mail_server_did_not_take_is_sent_by_the_next_run(
    cast: Cast, overdue_warning: Step, settings: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    settings.EMAIL_USE_TLS = False

    code, output = send_reminders_from_the_command_line(capsys)

    assert code == 1
    assert output.startswith(
        "0 reminder(s) sent.\n"
        "CommandError: 1 reminder(s) could not be sent and will be retried by the next run:\n"
        "Case 1, step written_warning: "
    )
    assert "Traceback" not in output
    overdue_warning.refresh_from_db()
    assert overdue_warning.reminded_at is None and overdue_warning.reminder_claimed_at is None
    assert not AuditEvent.objects.filter(verb="sent reminder").exists()

    server = Inbox()
    controller = Controller(server, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_PORT = controller.port
    try:
        code, output = send_reminders_from_the_command_line(capsys)
    finally:
        controller.stop()

    assert (code, output) == (0, "1 reminder(s) sent.\n")
    ((recipients, _),) = server.messages
    assert recipients == ["alice@redscope.example", "hana@redscope.example"]
    overdue_warning.refresh_from_db()
    assert overdue_warning.reminded_at is not None
    assert AuditEvent.objects.filter(verb="sent reminder").count() == 1


def test_the_reminder_names_the_case_step_and_due_date_and_no_person(
    cast: Cast, overdue_warning: Step, inbox: Inbox
) -> None:
    call_command("send_reminders", stdout=StringIO())

    ((_, message),) = inbox.messages
    subject, body = str(message["Subject"]), str(message.get_payload()).replace("\r\n", "\n")
    due = timezone.localtime(overdue_warning.due_at).strftime("%-d %B %Y %H:%M")
    assert subject == "Case 1 at Redscope Primary School: a step is overdue"
    assert body.startswith(
        f"Case 1: {overdue_warning.wording.strip()}\n\nDue {due}: Removal deadline."
    )
    poster = parent(cast)
    for words in [
        poster.display_name,
        poster.first_name,
        poster.last_name,
        "Pendle",
        "bullies",
        "Thirlwell",
        "Letter to the parent",
        "Alice",
        "Hana",
    ]:
        assert words not in subject and words not in body, words


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_once_send_each_reminder_once(
    cast: Cast, overdue_warning: Step, inbox: Inbox
) -> None:
    runs = at_once(5, lambda _: send_step_reminders(timezone.now()))

    assert all(isinstance(run, ReminderRun) and not run.failures for run in runs), runs
    assert sorted(run.sent for run in runs if isinstance(run, ReminderRun)) == [0, 0, 0, 0, 1]
    assert len(inbox.messages) == 1
    assert AuditEvent.objects.filter(verb="sent reminder").count() == 1
