"""Fixtures for account tests: a real SMTP server on localhost, and following printed links."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller

NEW_PASSWORD = "a long new passphrase for school"


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
    settings.HAS_MAIL_SERVER = True
    settings.DEFAULT_FROM_EMAIL = "schoolgate@redscope.example"
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture(autouse=True)
def no_mail_server(settings: Any) -> None:
    # Tests start as a fresh install does: no mail server, so links are printed or shown.
    settings.HAS_MAIL_SERVER = False


def body(message: Message) -> str:
    """The text of a plain e-mail, as its reader sees it."""
    payload = message.get_payload()
    assert isinstance(payload, str)
    return payload


def link_path(text: str) -> str:
    """The path of the one set-up link in a command's output, a page or an e-mail."""
    (link,) = set(re.findall(r"https?://[^\s<>\"/]+/login/set-up/[^\s<>\"/]+/[^\s<>\"/]+/", text))
    return urlsplit(link).path
