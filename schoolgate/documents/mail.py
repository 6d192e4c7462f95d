"""Outgoing e-mail with documents attached, reporting whether the mail server accepted it."""

from __future__ import annotations

import datetime
import smtplib
from dataclasses import dataclass

from django.core.mail import EmailMessage, get_connection
from django.utils import timezone

# Long enough for a slow server to answer; short enough that a member of staff who pressed
# "send" learns of a dead server on the same page instead of waiting without end.
SMTP_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    content_type: str


@dataclass(frozen=True)
class Delivery:
    """What the mail server said: accepted at a time, or the failure in words."""

    accepted_at: datetime.datetime | None
    failure: str = ""

    @property
    def is_accepted(self) -> bool:
        return self.accepted_at is not None


def send_with_attachments(
    *,
    subject: str,
    body: str,
    to: str,
    reply_to: str,
    attachments: list[Attachment],
) -> Delivery:
    """Hand one message to the mail server; never raises for a server that refuses or is absent."""
    message = EmailMessage(subject, body, to=[to], reply_to=[reply_to] if reply_to else None)
    for attachment in attachments:
        message.attach(attachment.name, attachment.data, attachment.content_type)
    try:
        sent = get_connection(fail_silently=False, timeout=SMTP_TIMEOUT_SECONDS).send_messages(
            [message]
        )
    except smtplib.SMTPRecipientsRefused as refused:
        return Delivery(None, f"The mail server refused the address {to}: {refused.recipients}")
    except (smtplib.SMTPException, OSError) as error:
        return Delivery(
            None, f"The mail server could not be reached or refused the letter: {error}"
        )
    if not sent:
        return Delivery(None, "The mail server did not accept the letter.")
    return Delivery(timezone.now())
