"""A threat of violence at a group named for a protected characteristic is discrimination too
(docs/labelling.md, reading rule 11), with a racial element where the characteristic is racial.
The rules read it beside their own threats; for a threat only the text model reads, the rules
leave the groups a post names in NAMED_GROUPS_NOTE and the model analyzer calls this."""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import Span
from .pipeline import NAMED_GROUPS_NOTE, Reading

# How a reason names the group a threat is aimed at: "a threat aimed at a group: Sikh boys
# (religion)".
THREAT_AT_GROUP = "a threat aimed at a group:"
# The line at which the screener decides a label (screener.THRESHOLD).
DECIDED_AT = 0.5


@dataclass(frozen=True)
class ThreatenedGroup:
    """A group a post names where a threat could be aimed at it: its words (`span`, labelled
    discrimination), how to name it ("Sikh boys (religion)"), and whether it is racial."""

    span: Span
    named: str
    racial: bool


def add_threat_to_group(reading: Reading, score: float) -> None:
    """Where violence is decided, no person is identified (a threat in a post naming someone is
    read as aimed at them) and the post names a group (NAMED_GROUPS_NOTE) that nothing else
    makes discrimination, add discrimination at `score` on the group's words."""
    groups: list[ThreatenedGroup] = reading.notes.get(NAMED_GROUPS_NOTE, [])
    if not groups or reading.people or reading.score("violence") < DECIDED_AT:
        return
    if reading.score("discrimination") >= DECIDED_AT:
        return
    for group in groups:
        span = group.span
        why = f"{THREAT_AT_GROUP} {group.named}"
        reading.add(
            "discrimination", score, Span(span.start, span.end, span.label, why, span.source)
        )
        if group.racial:
            reading.add(
                "police_racial_element",
                score,
                Span(
                    span.start,
                    span.end,
                    "police_racial_element",
                    f"racial element: {why}",
                    span.source,
                ),
            )
