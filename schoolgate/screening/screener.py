"""The one obvious call: Screener(roster, policy).screen(post) -> Assessment."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .assessment import (
    AnalyzerError,
    Assessment,
    CategoryJudgement,
    Post,
    Span,
    ordered_flags,
)
from .categories import CATEGORY_IDS, FLAG_IDS, POLICE_FLAG_NEEDS
from .pipeline import (
    DEFAULT_ANALYZERS,
    Analyzer,
    Reading,
    ScreeningContext,
    load_analyzers,
)
from .policy import Policy
from .roster import Roster
from .version import ENGINE_VERSION

THRESHOLD = 0.5


class Screener:
    """Judge posts against a school's policy.

    `roster` is a Roster, a path to a roster CSV, or None; `policy` a Policy, a path to a policy
    YAML file, or None for LABELLING.md's wording; `analyzers` a list of {"name", "options"}
    entries (DEFAULT_ANALYZERS when None).
    """

    def __init__(
        self,
        roster: Roster | str | Path | None = None,
        policy: Policy | str | Path | None = None,
        analyzers: Sequence[Mapping[str, Any]] | None = None,
        batch_size: int = 256,
    ) -> None:
        if isinstance(roster, (str, Path)):
            roster = Roster.from_csv(roster)
        if isinstance(policy, (str, Path)):
            policy = Policy.from_yaml(policy)
        self.context = ScreeningContext(roster or Roster(), policy or Policy.default())
        loaded = load_analyzers(DEFAULT_ANALYZERS if analyzers is None else analyzers)
        self.analyzers: tuple[Analyzer, ...] = loaded.analyzers
        self.skipped: dict[str, str] = dict(loaded.skipped)
        self.batch_size = batch_size
        for analyzer in self.analyzers:
            analyzer.prepare(self.context)

    def screen(self, post: Post | str) -> Assessment:
        """Judge one post."""
        return self.screen_many([post])[0]

    def screen_many(self, posts: Iterable[Post | str]) -> list[Assessment]:
        """Judge many posts in batches; the results equal screening each post on its own."""
        items = [post if isinstance(post, Post) else Post(post) for post in posts]
        results: list[Assessment] = []
        for first in range(0, len(items), self.batch_size):
            results.extend(self._screen_batch(items[first : first + self.batch_size]))
        return results

    def _screen_batch(self, posts: list[Post]) -> list[Assessment]:
        readings = [Reading.of(post) for post in posts]
        errors: list[list[AnalyzerError]] = [[] for _ in posts]
        for analyzer in self.analyzers:
            points = [reading.checkpoint() for reading in readings]
            try:
                analyzer.analyze(readings, self.context)
                continue
            except Exception:  # noqa: S110 - retried one by one below to find the culprit
                pass
            for index, reading in enumerate(readings):
                reading.restore(points[index])
                point = reading.checkpoint()
                try:
                    analyzer.analyze([reading], self.context)
                except Exception as error:  # one analyzer must not sink a batch
                    reading.restore(point)
                    errors[index].append(
                        AnalyzerError(analyzer.name, f"{type(error).__name__}: {error}")
                    )
        return [self._assess(reading, errs) for reading, errs in zip(readings, errors, strict=True)]

    def _assess(self, reading: Reading, errors: list[AnalyzerError]) -> Assessment:
        policy = self.context.policy
        categories: dict[str, CategoryJudgement] = {}
        for category in CATEGORY_IDS:
            score = round(min(1.0, reading.score(category)), 4)
            categories[category] = CategoryJudgement(
                score=score,
                decided=score >= THRESHOLD,
                policy_line=policy.category_lines[category],
            )
        flags = set(reading.flags)
        flags.update(
            e.label for e in reading.evidence if e.label in FLAG_IDS and e.score >= THRESHOLD
        )
        for flag, needs in POLICE_FLAG_NEEDS.items():
            if flag in flags and needs is not None and not categories[needs].decided:
                flags.discard(flag)
        shown = {c for c, j in categories.items() if j.decided} | flags
        spans: list[Span] = []
        for evidence in reading.evidence:
            if evidence.label in shown and evidence.span and evidence.span not in spans:
                spans.append(evidence.span)
        spans = [s for s in spans if not any(_inside(s, other) for other in spans)]
        spans.sort(key=lambda s: (s.source != "text", s.source, s.start, s.end, s.label))
        return Assessment(
            categories=categories,
            flags=ordered_flags(flags),
            people=tuple(reading.people),
            spans=tuple(spans),
            engine=ENGINE_VERSION,
            police_lines={
                f: policy.police_lines[f] for f in ordered_flags(flags) if f in policy.police_lines
            },
            errors=tuple(errors),
            skipped=dict(self.skipped),
        )


def _inside(span: Span, other: Span) -> bool:
    """True when `other` is a longer span with the same label that already covers `span`."""
    return (
        other is not span
        and other.label == span.label
        and other.source == span.source
        and other.box is None
        and span.box is None
        and other.start <= span.start
        and span.end <= other.end
        and (other.end - other.start) > (span.end - span.start)
    )
