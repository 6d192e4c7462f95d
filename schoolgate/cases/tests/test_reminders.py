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

from schoolgate.cases.actions import StepRecord, open_case, record_step
from schoolgate.cases.models import Incident
from schoolgate.cases.tests.conftest import member, parent
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
