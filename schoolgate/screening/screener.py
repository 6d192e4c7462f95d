"""The one obvious call: Screener(roster, policy).screen(post) -> Assessment."""

from __future__ import annotations

import dataclasses
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
from .categories import CATEGORY_IDS, FLAG_IDS, PHOTO_CATEGORIES, POLICE_FLAG_NEEDS
from .model import ModelAnalyzer
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
# Analyzers that judge the words as a whole with a learned model, rather than finding evidence.
TEXT_MODELS: tuple[type[Analyzer], ...] = (ModelAnalyzer,)
# The most of a post's text that is read: about 8,000 words, beyond any real post or comment
# thread, and about a second of screening, so one pasted book cannot hold up the next post
# (which may be a threat) for minutes. The rest is reported as not read.
MAX_TEXT_CHARS = 50_000
# How far back from the limit to look for a space, so the cut does not split a word.
WORD_BOUNDARY_REACH = 100


class Screener:
    """Judge posts against a school's policy.

    `roster` is a Roster, a path to a roster CSV, or None; `policy` a Policy, a path to a policy
    YAML file, or None for docs/labelling.md's wording; `analyzers` a list of {"name", "options"}
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
            batch = items[first : first + self.batch_size]
            cut = [_within_limit(post) for post in batch]
            for post, read, assessment in zip(batch, cut, self._screen_batch(cut), strict=True):
                if len(read.text) < len(post.text):
                    assessment = dataclasses.replace(
                        assessment,
                        truncated_at=len(read.text),
                        unread_characters=len(post.text) - len(read.text),
                    )
                results.append(assessment)
        return results

    def _screen_batch(self, posts: list[Post]) -> list[Assessment]:
        readings = [Reading.of(post) for post in posts]
        errors: list[list[AnalyzerError]] = [[] for _ in posts]
        # Which evidence, by position in each reading, the text model wrote.
        from_text_model: list[set[int]] = [set() for _ in posts]
        for analyzer in self.analyzers:
            starts = [len(reading.evidence) for reading in readings]
            self._run(analyzer, readings, errors)
            if isinstance(analyzer, TEXT_MODELS):
                for reading, start, written in zip(readings, starts, from_text_model, strict=True):
                    written.update(range(start, len(reading.evidence)))
        return [
            self._assess(reading, errs, written)
            for reading, errs, written in zip(readings, errors, from_text_model, strict=True)
        ]

    def _run(
        self, analyzer: Analyzer, readings: list[Reading], errors: list[list[AnalyzerError]]
    ) -> None:
        """Run one analyzer over the batch; if it fails, over each reading alone."""
        points = [reading.checkpoint() for reading in readings]
        try:
            analyzer.analyze(readings, self.context)
            return
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

    def _assess(
        self, reading: Reading, errors: list[AnalyzerError], from_text_model: set[int]
    ) -> Assessment:
        policy = self.context.policy
        categories: dict[str, CategoryJudgement] = {}
        for category in CATEGORY_IDS:
            score = round(min(1.0, _score(reading, category, from_text_model)), 4)
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
        # dict.fromkeys keeps the first of equal spans, in order, without a scan per span.
        unique = dict.fromkeys(
            e.span for e in reading.evidence if e.label in shown and e.span is not None
        )
        spans = _outermost(list(unique))
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


def _score(reading: Reading, category: str, from_text_model: set[int]) -> float:
    """The strongest evidence for the category.

    A photo category on a post without an image stands only on what another analyzer found in
    the words (the rules: "saved this off Dojo"); the text model may then add its confidence, but
    it cannot see a photo that is not there.
    """
    if category not in PHOTO_CATEGORIES or reading.post.images:
        return reading.score(category)
    found = max(
        (
            evidence.score
            for index, evidence in enumerate(reading.evidence)
            if evidence.label == category and index not in from_text_model
        ),
        default=0.0,
    )
    return reading.score(category) if found >= THRESHOLD else found


def _within_limit(post: Post) -> Post:
    """The post cut to MAX_TEXT_CHARS at a word boundary; the post itself when it fits."""
    if len(post.text) <= MAX_TEXT_CHARS:
        return post
    end = MAX_TEXT_CHARS
    if not post.text[end].isspace():
        space = max(
            post.text.rfind(" ", end - WORD_BOUNDARY_REACH, end),
            post.text.rfind("\n", end - WORD_BOUNDARY_REACH, end),
        )
        if space > 0:
            end = space
    return dataclasses.replace(post, text=post.text[:end])


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop each text span that a longer span with the same label and source already covers.

    One sweep per label and source, in order of start, so a long post costs n log n, not n².
    """
    covered: set[int] = set()
    groups: dict[tuple[str, str], list[int]] = {}
    for index, span in enumerate(spans):
        if span.box is None:
            groups.setdefault((span.label, span.source), []).append(index)
    for members in groups.values():
        members.sort(key=lambda i: (spans[i].start, -spans[i].end))
        reach = -1  # the furthest end of the spans that start strictly before this one
        position = 0
        while position < len(members):
            start = spans[members[position]].start
            same_start = [members[position]]
            position += 1
            while position < len(members) and spans[members[position]].start == start:
                same_start.append(members[position])
                position += 1
            longest = spans[same_start[0]].end
            for index in same_start:
                end = spans[index].end
                if reach >= end or longest > end:
                    covered.add(index)
            reach = max(reach, longest)
    return [span for index, span in enumerate(spans) if index not in covered]
