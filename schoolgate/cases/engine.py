"""The screening engine as the cases part uses it: one screener per school, its roster and policy."""

from __future__ import annotations

import threading
import time
from typing import Any

from django.conf import settings
from django.db.models import Count, Max

from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.models import Person, School
from schoolgate.screening import DEFAULT_ANALYZERS, Policy, Roster, Screener
from schoolgate.screening import Person as RosterPerson
from schoolgate.screening.images import TextReader, load_rgb

# The image analyzer's own OCR is off: the cases part reads screenshots once and keeps the text.
ANALYZERS: list[dict[str, Any]] = [
    {**entry, "options": {**entry["options"], "ocr": False}}
    if entry["name"].endswith(".ImageAnalyzer")
    else dict(entry)
    for entry in DEFAULT_ANALYZERS
]

# A parent's draft check may use a screener this many seconds old without asking the database
# whether the roster or policy changed: the check is the parents' side's busiest page, and a draft
# checked against a roster a few seconds out of date is still checked well. Staff screening
# always asks (max_age 0).
PARENT_CHECK_MAX_AGE_SECONDS = 5.0

_screeners: dict[int, tuple[tuple[Any, ...], Screener, float]] = {}
_lock = threading.Lock()


def screener_for(school: School, max_age: float = 0.0) -> Screener:
    """Return a screener for the school's current roster and policy, built once per change.

    With `max_age`, a screener checked against the database less than that many seconds ago is
    returned without checking again.
    """
    now = time.monotonic()
    with _lock:
        cached = _screeners.get(school.pk)
    if cached and now - cached[2] < max_age:
        return cached[1]
    people = Person.objects.filter(school=school).aggregate(
        n=Count("id"), changed=Max("updated_at")
    )
    version = PolicyVersion.objects.published().filter(school=school).first()
    # SCREENING_ANALYZERS replaces the pipeline (tests use it for a slow or broken engine).
    analyzers = getattr(settings, "SCREENING_ANALYZERS", None) or ANALYZERS
    stamp = (people["n"], people["changed"], version.pk if version else None, repr(analyzers))
    if cached and cached[0] == stamp:
        with _lock:
            _screeners[school.pk] = (stamp, cached[1], now)
        return cached[1]
    policy = Policy.from_mapping(version.content) if version else Policy.default()
    screener = Screener(roster=roster_for(school), policy=policy, analyzers=analyzers)
    with _lock:
        _screeners[school.pk] = (stamp, screener, now)
    return screener


def roster_for(school: School) -> Roster:
    people = Person.objects.filter(school=school).prefetch_related("related_pupils")
    return Roster(
        [
            RosterPerson(
                person_id=p.person_id,
                kind=p.kind,
                first_name=p.first_name,
                last_name=p.last_name,
                title=p.title,
                preferred_name=p.preferred_name,
                role=p.role,
                year_group=p.year_group,
                class_name=p.class_name,
                related_to=tuple(r.person_id for r in p.related_pupils.all()),
            )
            for p in people
        ]
    )


def read_text_in_image(data: bytes) -> str:
    """OCR a screenshot with the engine's offline reader."""
    return TextReader().read(load_rgb(data)).strip()
