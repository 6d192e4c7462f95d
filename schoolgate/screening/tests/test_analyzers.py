"""Analyzers are configured by dotted path, checked, and one failing never sinks a batch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schoolgate.screening import (
    CATEGORY_IDS,
    Analyzer,
    AnalyzerUnavailable,
    ConfigurationError,
    Post,
    Reading,
    Roster,
    Screener,
    ScreeningContext,
)
from schoolgate.screening.tests.conftest import TEXT_ANALYZERS

POSTS = [
    "Mr Hale is a drunk and someone should give him a slap",
    "Lovely assembly today, well done Year 3!",
    "boom",
    "The new pick-up rules are a joke",
    "Is it true Mrs Ward hits the kids?",
    "whole class in the nativity [photo]",
]


class ExplodingAnalyzer(Analyzer):
    """Fails on any post that says "boom", after writing half its findings."""

    name = "exploding"
    adds = ("complaint",)

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            reading.flags.add("police_harassment")
            if "boom" in reading.post.text:
                raise RuntimeError("it went boom")


class UnavailableAnalyzer(Analyzer):
    name = "unavailable"

    def __init__(self) -> None:
        raise AnalyzerUnavailable("its artefacts are not installed")

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        raise AssertionError("never runs: the analyzer refuses to load")


def test_screen_many_equals_screening_one_by_one(screener: Screener) -> None:
    together = screener.screen_many(POSTS)
    alone = [screener.screen(text) for text in POSTS]

    assert [a.to_dict() for a in together] == [a.to_dict() for a in alone]


def test_batches_split_without_changing_results(roster: Roster) -> None:
    small = Screener(roster=roster, analyzers=TEXT_ANALYZERS, batch_size=2)
    large = Screener(roster=roster, analyzers=TEXT_ANALYZERS, batch_size=100)

    assert [a.to_dict() for a in small.screen_many(POSTS)] == [
        a.to_dict() for a in large.screen_many(POSTS)
    ]


def test_a_failing_analyzer_is_reported_not_raised(roster: Roster) -> None:
    config = [*TEXT_ANALYZERS, {"name": f"{__name__}.ExplodingAnalyzer"}]
    screener = Screener(roster=roster, analyzers=config)

    results = screener.screen_many(POSTS)

    boom = results[POSTS.index("boom")]
    assert [(e.analyzer, e.message) for e in boom.errors] == [
        ("exploding", "RuntimeError: it went boom")
    ]
    assert "police_harassment" not in boom.flags
    others = [r for text, r in zip(POSTS, results, strict=True) if text != "boom"]
    assert all(not r.errors and "police_harassment" in r.flags for r in others)
    assert results[0].labels == ["allegation", "defamation", "offensive_about_person", "violence"]


def test_a_bad_dotted_path_names_the_entry() -> None:
    with pytest.raises(ConfigurationError, match=r"analyzers\[1\].*'schoolgate.nope.Missing'"):
        Screener(analyzers=[TEXT_ANALYZERS[0], {"name": "schoolgate.nope.Missing"}])


def test_bad_options_name_the_entry() -> None:
    with pytest.raises(ConfigurationError, match=r"analyzers\[0\]: bad options"):
        Screener(analyzers=[{"name": TEXT_ANALYZERS[0]["name"], "options": {"colour": "red"}}])


def test_something_that_is_not_an_analyzer_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="not an Analyzer"):
        Screener(analyzers=[{"name": "json.dumps"}])


def test_an_analyzer_missing_what_it_needs_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"needs \['people'\]"):
        Screener(analyzers=[TEXT_ANALYZERS[1]])


def test_an_unavailable_analyzer_is_skipped_with_its_reason() -> None:
    screener = Screener(analyzers=[*TEXT_ANALYZERS, {"name": f"{__name__}.UnavailableAnalyzer"}])

    assessment = screener.screen("Mr Hale is a useless teacher")

    assert assessment.skipped == {"unavailable": "its artefacts are not installed"}
    assert assessment.labels == ["complaint", "offensive_about_person"]


def test_the_model_analyzer_is_skipped_cleanly_when_its_files_are_absent(tmp_path: Path) -> None:
    config: list[dict[str, Any]] = [
        *TEXT_ANALYZERS,
        {
            "name": "schoolgate.screening.model.ModelAnalyzer",
            "options": {"model_dir": str(tmp_path)},
        },
    ]
    screener = Screener(analyzers=config)

    assessment = screener.screen("Mr Hale is a useless teacher")

    assert "model" in assessment.skipped
    assert "not available" in assessment.skipped["model"]


class FakeClassifier:
    thresholds = [0.5] * len(CATEGORY_IDS)

    def __init__(self) -> None:
        self.seen: list[str] = []

    def predict(self, texts: list[str]) -> list[list[float]]:
        self.seen.extend(texts)
        return [[0.9 if c == "complaint" else 0.1 for c in CATEGORY_IDS] for _ in texts]


def test_the_model_can_be_narrowed_to_relevant_posts_and_can_add_a_decision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolgate.screening import classifier as classifier_module

    fake = FakeClassifier()
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: fake)
    config = [
        *TEXT_ANALYZERS,
        {"name": "schoolgate.screening.model.ModelAnalyzer", "options": {"only_relevant": True}},
    ]
    screener = Screener(analyzers=config)

    quiet, relevant = screener.screen_many(["see you at pick up", "Mr Hale came in drunk"])

    assert fake.seen == ["Mr Hale came in drunk"]
    assert quiet.labels == []
    assert relevant.labels == ["allegation", "complaint", "defamation"]
    assert relevant.scores["complaint"] == pytest.approx(0.9)
    (model_span,) = relevant.spans_for("complaint")
    assert (model_span.start, model_span.end) == (0, len("Mr Hale came in drunk"))
    assert "text model scores 0.90" in model_span.why
    assert [(s.start, s.end) for s in relevant.spans_for("allegation")] == [(16, 21)]


def test_by_default_the_classifier_reads_posts_that_name_no_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolgate.screening import classifier as classifier_module

    fake = FakeClassifier()
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: fake)
    screener = Screener(
        analyzers=[*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]
    )

    screener.screen_many(["see you at pick up", "Mr Hale came in drunk"])

    assert fake.seen == ["see you at pick up", "Mr Hale came in drunk"]


def test_the_assessment_has_one_json_shape(screener: Screener) -> None:
    empty = screener.screen("")
    full = screener.screen(POSTS[0])

    assert set(empty.to_dict()) == set(full.to_dict())
    assert list(empty.scores) == list(CATEGORY_IDS)
    assert json.loads(full.to_json())["categories"]["violence"]["policy_line"]
    assert empty.is_appropriate
    assert Post("x", images=b"raw").images == (b"raw",)  # type: ignore[arg-type]
