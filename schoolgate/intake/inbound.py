"""Reading an e-mail as received into what a concern keeps: sender, subject, words, Message-ID."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import parseaddr

from django.utils.html import strip_tags

# Auto-Submitted (RFC 3834) and Precedence mark mail no person wrote: it gets no acknowledgement.
AUTOMATIC_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}


@dataclass(frozen=True)
class InboundMessage:
    name: str
    address: str
    subject: str
    text: str
    message_id: str
    is_automatic: bool


def read_message(raw: bytes) -> InboundMessage:
    """Parse a message; a missing part reads as empty, never as an error, so nothing is lost."""
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    name, address = parseaddr(str(message.get("From", "")))
    auto = str(message.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(message.get("Precedence", "")).strip().lower()
    return InboundMessage(
        name=name or address,
        address=address.strip().lower(),
        subject=re.sub(r"\s+", " ", str(message.get("Subject", ""))).strip(),
        text=_text_of(message),
        message_id=str(message.get("Message-ID", "")).strip(),
        is_automatic=(auto not in {"", "no"}) or precedence in AUTOMATIC_PRECEDENCE,
    )


def _text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if part.get_content_subtype() == "html":
        content = strip_tags(content)
    return str(content).strip()
