"""What a rule finds in a post's folded text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """Words a rule found: where they are in the folded text, why they matter, and what kind of
    thing they are (a threat's kind, a group's characteristic...)."""

    start: int
    end: int
    why: str
    extra: object = None
