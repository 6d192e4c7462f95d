"""A threat of violence at a group named for a protected characteristic is discrimination too
(docs/labelling.md: it demeans people for the characteristic), with a racial element where the
characteristic is racial. Both the rules and the text model read threats; each calls this."""

from __future__ import annotations

from .assessment import Span
from .pipeline import NAMED_GROUPS_NOTE, Reading

# The line at which the screener decides a label (screener.THRESHOLD).
DECIDED = 0.5


def add_threat_to_group(reading: Reading, score: float) -> None:
    """Where violence is decided and the post names a group (NAMED_GROUPS_NOTE) that nothing
    else makes discrimination, add discrimination at `score` on the group's words."""
    groups: list[tuple[Span, bool]] = reading.notes.get(NAMED_GROUPS_NOTE, [])
    if not groups or reading.score("violence") < DECIDED:
        return
    if reading.score("discrimination") >= DECIDED:
        return
    for span, racial in groups:
        reading.add("discrimination", score, span)
        if racial:
            why = span.why.replace("a threat aimed at", "racial element: a threat aimed at", 1)
            reading.add(
                "police_racial_element",
                score,
                Span(span.start, span.end, "police_racial_element", why, span.source),
            )
