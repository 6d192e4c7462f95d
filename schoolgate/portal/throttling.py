"""How often one address may use the draft and photo checks, counted in the cache."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from schoolgate.schools.throttling import client_address

# The window the limit counts over; a parent who hits it waits at most this long.
WINDOW_SECONDS = 60


def may_check(request: HttpRequest) -> bool:
    """Count one check for the request's address; False once it is over the limit this minute.

    The key holds the address and the minute only, never anything the parent sent. Counted per
    web process (the default cache lives in memory), so N processes allow N times the limit.
    """
    window = int(time.time() // WINDOW_SECONDS)
    key = f"portal-checks:{client_address(request) or 'unknown'}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:
        # The entry expired between add and incr: this is the first check of a new window.
        cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    return count <= settings.PORTAL_CHECKS_PER_MINUTE
