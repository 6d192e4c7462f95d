"""Blocked senders: what e-mail intake withholds, and what it never may."""

from __future__ import annotations

import re

from django.db.models import Q

from schoolgate.cases.models import (
    BlockedSender,
)

# A blocked sender may still make a subject access or FOI request or a formal complaint:
# those must reach a monitored inbox, never be dropped (UK GDPR art. 15, Freedom of Information Act 2000).
STATUTORY_REQUEST = re.compile(
    r"\b(subject access|SAR|freedom of information|FOI|formal complaint|data protection)\b",
    re.IGNORECASE,
)


def is_withheld(school_id: int, address: str, subject: str, body: str = "") -> bool:
    """Whether intake should withhold this e-mail: blocked sender and not a statutory request."""
    if blocked_sender(school_id, address) is None:
        return False
    return not STATUTORY_REQUEST.search(f"{subject}\n{body}")


def blocked_sender(school_id: int, address: str) -> BlockedSender | None:
    """The active block matching an address or its domain, for intake to consult."""
    address = address.strip().lower()
    domain = "@" + address.rsplit("@", 1)[-1] if "@" in address else ""
    return BlockedSender.objects.filter(
        Q(address=address) | Q(address=domain), school_id=school_id, is_active=True
    ).first()
