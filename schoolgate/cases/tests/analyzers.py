"""Analyzers for tests only: an engine that cannot start, and one slow enough to be interrupted."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from schoolgate.screening import Analyzer, Reading, ScreeningContext

TEXT_ANALYZERS: list[dict[str, Any]] = [
    {"name": "schoolgate.screening.people.PeopleAnalyzer", "options": {}},
    {"name": "schoolgate.screening.rules.RulesAnalyzer", "options": {}},
]


class BrokenAnalyzer(Analyzer):
    """Fails to prepare, as an analyzer whose model file is unreadable would."""

    name = "broken"

    def prepare(self, context: ScreeningContext) -> None:
        raise RuntimeError("the model file is unreadable")

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        return


class SlowAnalyzer(Analyzer):
    """Leaves a file at `marker` when it starts, then takes `seconds` over each batch."""

    name = "slow"

    def __init__(self, seconds: float, marker: str = "") -> None:
        self.seconds = seconds
        self.marker = marker

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        if self.marker:
            Path(self.marker).write_text("started", encoding="utf-8")
        time.sleep(self.seconds)


def broken() -> list[dict[str, Any]]:
    return [*TEXT_ANALYZERS, {"name": f"{__name__}.BrokenAnalyzer", "options": {}}]


def slow(seconds: float, marker: str = "") -> list[dict[str, Any]]:
    return [
        *TEXT_ANALYZERS,
        {"name": f"{__name__}.SlowAnalyzer", "options": {"seconds": seconds, "marker": marker}},
    ]
