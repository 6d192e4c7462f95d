"""Signed, expiring links for a parent to see the status of their concern, with no table."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core import signing
from django.urls import reverse

# A term: long enough to follow a concern through to its reply, short enough that an old
# forwarded e-mail stops showing anything.
STATUS_LINK_LIFETIME = dt.timedelta(days=90)
# A salt of its own, so no other signed value of the site can be replayed as a status link.
STATUS_LINK_SALT = "schoolgate.intake.tokens.status"


class LinkExpired(Exception):
    """The link was genuine but is older than `STATUS_LINK_LIFETIME`."""


def status_token(reference: str) -> str:
    return signing.TimestampSigner(salt=STATUS_LINK_SALT).sign(reference)


def reference_from_token(token: str) -> str | None:
    """Return the concern reference a token was made for, None if tampered, or raise LinkExpired."""
    signer = signing.TimestampSigner(salt=STATUS_LINK_SALT)
    try:
        return signer.unsign(token, max_age=STATUS_LINK_LIFETIME)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        return None


def status_url(school_slug: str, reference: str) -> str:
    """The full address of the status page, for an e-mail sent outside any request."""
    path = reverse(
        "concern_status",
        kwargs={"school_slug": school_slug, "token": status_token(reference)},
    )
    return f"{settings.SITE_URL}{path}"
