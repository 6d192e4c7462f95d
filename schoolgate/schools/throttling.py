"""Who a failed sign-in counts against: the normalised address and the real client address."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def normalise_email(value: str) -> str:
    """Return the address as sign-in compares it: lower-case, with no whitespace anywhere.

    Addresses are matched case-insensitively, so every spelling of one address must share
    one lock-out counter; otherwise `Alice@` and `ALICE@` each get their own guesses.
    """
    return "".join(value.split()).lower()


def lockout_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """Give django-axes the address a sign-in was for (AXES_USERNAME_CALLABLE)."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials and credentials.get(field) is not None:
        value = credentials[field]
    else:
        value = getattr(request, "POST", {}).get(field)
    if value is None:
        return None
    return normalise_email(str(value))


def client_address(request: HttpRequest) -> str | None:
    """Return the address of whoever is signing in, seen through `TRUSTED_PROXIES` proxies.

    Each trusted proxy appends the address it received the request from to X-Forwarded-For,
    so with N proxies the client is the Nth entry from the right; everything further left was
    written by the client and may be forged. With no trusted proxy the header is ignored.
    """
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXIES
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer hops than proxies: the request bypassed a proxy, so only the socket is trusted.
        return remote
    return forwarded[-proxies]
