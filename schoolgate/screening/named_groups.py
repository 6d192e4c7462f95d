"""What the groups a post names add to what the text model reads (docs/labelling.md).

A threat of violence at a group named for a protected characteristic is discrimination too
(reading rule 11), and discrimination where the post names a group for race, ethnicity,
nationality or religion carries a racial element. The rules read both beside their own findings;
for what only the text model reads, the rules leave the groups a post names in NAMED_GROUPS_NOTE
and the model analyzer calls these."""

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
class NamedGroup:
    """A group a post names, outside counter-speech and reports: its words (`span`), how to name
    it ("Sikh boys (religion)"), and whether its characteristic is racial."""

    span: Span
    named: str
    racial: bool


def add_threat_to_group(reading: Reading, score: float) -> None:
    """Where violence is decided, no person is identified (a threat in a post naming someone is
    read as aimed at them) and the post names a group (NAMED_GROUPS_NOTE) that nothing else
    makes discrimination, add discrimination at `score` on the group's words."""
    groups: list[NamedGroup] = reading.notes.get(NAMED_GROUPS_NOTE, [])
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


def add_racial_element(reading: Reading, score: float) -> None:
    """Where discrimination is decided without a racial element and the post names a group for
    race, ethnicity, nationality or religion, add the racial element on that group's words."""
    if reading.score("discrimination") < DECIDED_AT:
        return
    if reading.score("police_racial_element") >= DECIDED_AT:
        return
    groups: list[NamedGroup] = reading.notes.get(NAMED_GROUPS_NOTE, [])
    for group in groups:
        if group.racial:
            span = group.span
            why = f"racial element: discrimination aimed at {group.named}"
            reading.add(
                "police_racial_element",
                score,
                Span(span.start, span.end, "police_racial_element", why, span.source),
            )
