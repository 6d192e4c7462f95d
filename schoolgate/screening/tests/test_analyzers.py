"""Analyzers are configured by dotted path, checked, and one failing never sinks a batch."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from schoolgate.screening import (
    CATEGORY_IDS,
    DEFAULT_ANALYZERS,
    POLICE_FLAGS,
    Analyzer,
    AnalyzerUnavailable,
    ConfigurationError,
    Policy,
    Post,
    Reading,
    Roster,
    Screener,
    ScreeningContext,
)
from schoolgate.screening.pipeline import FACES_NOTE, load_analyzers
from schoolgate.screening.tests import drawn
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


class FaceReader(Analyzer):
    """Reads the faces note, which the image analyzer writes."""

    name = "face-reader"
    reads = frozenset({FACES_NOTE})

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            reading.notes.get(FACES_NOTE)


class FaceWriter(Analyzer):
    name = "face-writer"
    writes = frozenset({FACES_NOTE})

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            reading.notes[FACES_NOTE] = {}


def test_an_analyzer_placed_before_the_one_writing_what_it_reads_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"analyzers\[0\].*reads notes \['faces'\]"):
        load_analyzers([{"name": f"{__name__}.FaceReader"}, {"name": f"{__name__}.FaceWriter"}])

    in_order = load_analyzers(
        [{"name": f"{__name__}.FaceWriter"}, {"name": f"{__name__}.FaceReader"}]
    )
    assert [a.name for a in in_order.analyzers] == ["face-writer", "face-reader"]


def test_an_analyzer_may_read_a_note_no_analyzer_writes() -> None:
    alone = load_analyzers([{"name": f"{__name__}.FaceReader"}])

    assert [a.name for a in alone.analyzers] == ["face-reader"]


class RecordingNotes(dict[str, Any]):
    """Reading.notes that remembers which notes were looked up and which were set."""

    def __init__(self) -> None:
        super().__init__()
        self.looked_up: set[str] = set()
        self.was_set: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.looked_up.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.looked_up.add(str(key))
        return super().__contains__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.looked_up.add(key)
        return super().get(key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        self.was_set.add(key)
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self.was_set.add(key)
        return super().setdefault(key, default)


@pytest.mark.parametrize("name", [entry["name"].rpartition(".")[2] for entry in DEFAULT_ANALYZERS])
def test_each_default_analyzer_touches_only_the_notes_it_declares(
    roster: Roster, name: str
) -> None:
    config = [
        {**entry, "options": {"ocr": False}} if entry["name"].endswith("ImageAnalyzer") else entry
        for entry in DEFAULT_ANALYZERS
    ]
    loaded = load_analyzers(config)
    if name not in {type(a).__name__ for a in loaded.analyzers}:
        pytest.skip(f"{name} is not available here: {loaded.skipped}")
    context = ScreeningContext(roster, Policy.default())
    reading = Reading.of(Post("Mr Hale at sports day", images=(drawn.as_bytes(drawn.faces(1)),)))
    notes = RecordingNotes()
    reading.notes = notes
    for analyzer in loaded.analyzers:
        analyzer.prepare(context)
        notes.looked_up.clear()
        notes.was_set.clear()
        analyzer.analyze([reading], context)
        if type(analyzer).__name__ == name:
            break

    assert notes.was_set <= analyzer.writes, f"{name} sets notes it does not declare in `writes`"
    assert notes.looked_up <= analyzer.reads | analyzer.writes, (
        f"{name} looks up notes it does not declare in `reads`"
    )


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
    """Scores every post as a complaint (0.9), as `police` says for the police flags, and as
    `offence` says for the public offence head (NaN: cleared by the first pass)."""

    thresholds = [0.5] * len(CATEGORY_IDS)
    police_thresholds = [0.5] * len(POLICE_FLAGS)

    def __init__(
        self,
        categories: dict[str, float] | None = None,
        police: float = 0.0,
        offence: float = float("nan"),
    ) -> None:
        self.seen: list[str] = []
        self.categories = categories or {"complaint": 0.9}
        self.police = police
        self.offence = offence

    def predict_detailed(self, texts: list[str]) -> SimpleNamespace:
        self.seen.extend(texts)
        return SimpleNamespace(
            categories=np.array(
                [[self.categories.get(c, 0.1) for c in CATEGORY_IDS] for _ in texts]
            ),
            police=np.full((len(texts), len(POLICE_FLAGS)), self.police),
            extra={"offence": np.full(len(texts), self.offence)},
        )


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


def test_a_police_flag_from_the_model_needs_a_category_that_carries_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Criticism of the school, however the model scores it, never gets a police flag."""
    from schoolgate.screening import classifier as classifier_module

    config = [{"name": "schoolgate.screening.model.ModelAnalyzer"}]
    criticism = FakeClassifier({"complaint": 0.95}, police=0.99)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: criticism)
    (complaint,) = Screener(analyzers=config).screen_many(["The head is useless, sack him"])
    assert complaint.labels == ["complaint"]
    assert not set(complaint.flags) & set(POLICE_FLAGS)

    threat = FakeClassifier({"violence": 0.95}, police=0.99)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: threat)
    (violent,) = Screener(analyzers=config).screen_many(["I'll be waiting for him at 3"])
    assert "police_threat_of_violence" in violent.flags
    # Racial element needs discrimination, which the model did not decide.
    assert "police_racial_element" not in violent.flags
    (why,) = [s.why for s in violent.spans if s.label == "police_threat_of_violence"]
    assert "text model scores 0.99" in why


def test_a_threat_only_the_model_reads_is_a_police_matter_when_specific_and_aimed(
    monkeypatch: pytest.MonkeyPatch, roster: Roster
) -> None:
    from schoolgate.screening import classifier as classifier_module

    # The model reads violence; its police head is silent; the rules read no threat here.
    threat = FakeClassifier({"violence": 0.95}, police=0.0)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: threat)
    config = [*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]
    screener = Screener(roster=roster, analyzers=config)

    text = "Mr Hale. Tomorrow at 8.40 at the gate. Let's see how brave he is then"
    specific, vague, at_no_one = screener.screen_many(
        [
            text,
            "Mr Hale. Let's see how brave he is then",
            "Tomorrow at 8.40 at the gate. Let's see how brave he is then",
        ]
    )

    assert "police_threat_of_violence" in specific.flags
    shown = {text[s.start : s.end]: s.why for s in specific.spans_for("police_threat_of_violence")}
    assert shown == {
        "Tomorrow": "a threat the text model reads; specific: names a time",
        "at the gate": "a threat the text model reads; specific: names a place",
    }
    assert "violence" in vague.labels and "police_threat_of_violence" not in vague.flags
    assert "violence" in at_no_one.labels
    assert "police_threat_of_violence" not in at_no_one.flags
    # Aimed at a group named for a racial characteristic: discrimination and a racial element.
    group = "The Kurdish families. Tomorrow at 8.40 at the gate. Let's see how brave he is then"
    (at_a_group,) = screener.screen_many([group])
    assert {"violence", "discrimination"} <= set(at_a_group.labels)
    assert {"police_threat_of_violence", "police_racial_element"} <= set(at_a_group.flags)
    (why,) = [s.why for s in at_a_group.spans if s.label == "discrimination"]
    assert why == "a threat aimed at a group: Kurdish families (ethnicity)"


def test_the_model_alone_cannot_call_praise_denial_or_reports_of_a_group_discrimination(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolgate.screening import classifier as classifier_module

    hostile_reader = FakeClassifier({"discrimination": 0.95}, police=0.99)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: hostile_reader)
    config = [*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]
    defended = [
        "I think Vietnamese families are wonderful neighbours",
        "Children with cerebral palsy make this school what it is",
        "Anyone claiming Sikh boys are stupid by nature is talking nonsense",
        "Overheard at the gate: Syrian refugees should be sent packing. Shameful",
    ]
    not_defended = [
        "Vietnamese families are not welcome here",
        "Vietnamese families, again",
        "Eastern Europeans are the kind who never pay for school trips",
        "We don't need an African woman telling us what our kids need",
    ]

    results = Screener(analyzers=config).screen_many(defended + not_defended)

    for text, result in zip(defended, results, strict=False):
        assert "discrimination" not in result.labels, text
        assert "police_racial_element" not in result.flags, text
    for text, result in zip(not_defended, results[len(defended) :], strict=True):
        assert "discrimination" in result.labels, text
    # Shown just below the line, so staff can still see what the model read.
    assert results[0].scores["discrimination"] == pytest.approx(0.49)


def test_an_offensive_post_addressed_to_someone_is_offensive_about_that_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading rule 13: a reply to an @handle, or a "you", singles out who it is said to."""
    from schoolgate.screening import classifier as classifier_module

    config = [*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]
    # Offensive to the public head, with police heads at their highest.
    offensive = FakeClassifier({}, police=0.99, offence=0.9)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: offensive)
    addressed = [
        "@jo_runs what a load of rubbish, get lost",
        "Honestly your attitude stinks",
        "Thank you for nothing. You are a waste of space",
    ]
    to_no_one = [
        "What a load of rubbish, get lost",
        "You know what, this weather stinks",
        "Thank  you, the rubbish collection was early",
        "You couldn't make it up, the bypass is shut again",
        "Ask office@redscope.example about the rubbish collection",
        "RT @news_desk: the bypass stinks of rubbish again",
        "Rubbish, the lot of you, all of you",
        # Criticism of the school said to "you" is a complaint (reading rule 8).
        "You are a disgrace, this school is a joke",
    ]

    results = Screener(analyzers=config).screen_many(addressed + to_no_one)

    for text, result in zip(addressed, results, strict=False):
        assert "offensive_about_person" in result.labels, text
        # An insult read this way supports no police flag.
        assert not set(result.flags) & set(POLICE_FLAGS), text
    (why,) = [s.why for s in results[0].spans_for("offensive_about_person")]
    assert why == (
        "the text model reads the post as offensive (0.90) and it is addressed to someone "
        "(“@jo_runs”)"
    )
    (why,) = [s.why for s in results[2].spans_for("offensive_about_person")]
    assert why.endswith("(“You”)")
    for text, result in zip(to_no_one, results[len(addressed) :], strict=True):
        assert "offensive_about_person" not in result.labels, text

    # Below the head's line, cleared by the first pass (no reading), or below the operator's
    # `alone_above`: nothing.
    for score, options in ((0.3, {}), (float("nan"), {}), (0.9, {"alone_above": 0.95})):
        quiet = FakeClassifier({}, offence=score)
        monkeypatch.setattr(
            classifier_module, "load_classifier", lambda model_dir=None, fake=quiet: fake
        )
        model = {"name": "schoolgate.screening.model.ModelAnalyzer", "options": options}
        (result,) = Screener(analyzers=[*TEXT_ANALYZERS, model]).screen_many([addressed[0]])
        assert "offensive_about_person" not in result.labels, (score, options)


def test_the_model_alone_cannot_call_a_shared_school_post_or_credit_a_complaint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolgate.screening import classifier as classifier_module

    complainer = FakeClassifier({"complaint": 0.95})
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: complainer)
    config = [*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]

    shared, credited, plain = Screener(analyzers=config).screen_many(
        [
            "Shared the school's post about the open day, please pass it on",
            "I'm livid about the trip cancellation but to be fair they emailed everyone",
            "The trip was cancelled with a day's notice",
        ]
    )

    assert "complaint" not in shared.labels
    assert "complaint" not in credited.labels
    assert "complaint" in plain.labels


def test_discrimination_the_model_reads_at_a_racial_group_carries_a_racial_element(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolgate.screening import classifier as classifier_module

    # The model reads discrimination; its police heads are silent.
    reader = FakeClassifier({"discrimination": 0.95}, police=0.0)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: reader)
    config = [*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]

    racial, on_sex = Screener(analyzers=config).screen_many(
        [
            "Something in me says Ghanaian parents should eat their lunch apart",
            "Something in me says women teachers should eat their lunch apart",
        ]
    )

    assert "police_racial_element" in racial.flags
    (why,) = [s.why for s in racial.spans if s.label == "police_racial_element"]
    assert why == "racial element: discrimination aimed at Ghanaian parents (nationality)"
    assert "discrimination" in on_sex.labels
    assert "police_racial_element" not in on_sex.flags


def test_the_assessment_has_one_json_shape(screener: Screener) -> None:
    empty = screener.screen("")
    full = screener.screen(POSTS[0])

    assert set(empty.to_dict()) == set(full.to_dict())
    assert list(empty.scores) == list(CATEGORY_IDS)
    assert json.loads(full.to_json())["categories"]["violence"]["policy_line"]
    assert empty.is_appropriate
    assert Post("x", images=b"raw").images == (b"raw",)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("reads", "ruled_out", "stands"),
    [
        pytest.param(
            {"complaint": 0.95},
            [
                # The rules' complaint words, and the model, read a feeling about one's own day.
                "Fed up of the rain, the dog is fed up, roll on spring",
                "Sorry for the moan but my son has lost another jumper, third one this year",
                "Roads are awful this morning, leave ten minutes early",
                # Said of the poster's own household, though the post names something of the
                # school's.
                "Disgraceful behaviour from our dog, who has eaten the reading book",
                "Shocking news... my husband has volunteered for the dads' race",
            ],
            [
                "The car park is still an assault course, fed up of it",
                "@TidyTrains the 07:45 was forty minutes late again, fed up",
                "Some parents park on the zigzags every single morning, it's awful",
                "Three hours of homework for a seven year old is ridiculous",
                # A complaint whose target is only implied: what was done, or not done.
                "The way my son has been treated this year is a disgrace",
                "Three weeks and still no reply, this is a joke",
                "Absolutely sick of the chaos outside school every morning",
                # The household beside the school, or beside a second complaint word.
                "Disgraceful, my husband was ignored at the school office again",
                "Disgraceful behaviour from our dog. The homework policy is a joke too",
            ],
            id="a complaint needs someone or something at the school or a service",
        ),
        pytest.param(
            {"discrimination": 0.95},
            [
                "Head lice going round again apparently, nit comb at the ready",
                "Just a heads up, the path by the allotments is flooded so go round by the shops",
            ],
            [
                "Face facts, over-60s are a drain on everything",
                "Not being funny but there are too many of them in reception now",
                "Half the class fasting this month, this is England",
                # Said to someone, of a group in a hashtag, or in the words that dehumanise.
                "Know your place and stay in the kitchen",
                "#SendThemBack already",
                "Send em all back",
                "Filthy cockroaches everywhere, breeding like rats",
            ],
            id="discrimination needs people",
        ),
        pytest.param(
            {"discrimination": 0.95, "violence": 0.95},
            [
                "Ramadan Kareem to everyone fasting, iftar at my sister's tonight",
                "Chag Pesach sameach to everyone celebrating Passover this week!",
                "Wishing all our families a very happy Diwali",
            ],
            [
                # The day named without a wish; a wish beside the rules' own words for hate, or
                # beside someone the model's hate or threat could be aimed at.
                "Diwali fireworks again at midnight, they do it on purpose",
                "Happy Eid I suppose, now go back where you came from",
                "Eid Mubarak. They breed like rats though",
                "Merry Christmas everyone. Next time he pushes my son I'll put him through the fence",
                "Happy Easter. I will end Miss Shah",
            ],
            id="a good wish for a faith's day is neither hate nor a threat",
        ),
        pytest.param(
            {"discrimination": 0.95},
            [
                # A post of nothing but good wishes, to the groups it names.
                "Happy Diwali to all our Hindu friends 🪔",
                "Eid Mubarak to all the Muslim families 🌙",
                "Wishing our Jewish neighbours a happy Rosh Hashanah",
                "Happy Vaisakhi to our Sikh and Hindu friends and neighbours! 🧡",
                "Shana tova to all our Jewish friends 🍎🍯",
                "Happy Rosh Hashanah to our Jewish neighbours, shanah tovah 🍎🍯",
                "Wishing our Ukrainian neighbours a happy Independence Day 💙💛",
                "Happy Diwali to all our Hindu friends. Happy Diwali everyone! 🪔",
            ],
            [
                # A group named beside the wish, not as those it is for; or a wish to a group
                # with anything but good wishes after it.
                "Happy Diwali, Hindus should go back home",
                "Eid Mubarak to the Muslim families. The rest of them can leave",
                "Merry Christmas to all except the Polish families",
                "Merry Christmas, death to all Jews",
                "Happy Easter, say goodbye to the Muslims",
                "Happy Eid to the Muslim scum and their kids",
                "Happy Diwali to all our Hindu friends who stink of curry",
                "Eid Mubarak to all Muslims. Deport the lot",
                "Eid Mubarak to all Muslims. Happy Eid, now deport the lot",
                "Happy Hanukkah to all the Jews. Enjoy the gas",
                "Eid Mubarak to all Muslims 💣💥",
                "Happy Rosh Hashanah to our Jewish neighbours, shanah tovah, now leave",
                "Wishing our Polish neighbours a happy Independence Day, now go home",
            ],
            id="a group is spoken well of only in a post of nothing but good wishes to it",
        ),
        pytest.param(
            {"violence": 0.95},
            [
                "I could murder a takeaway right now",
                "Absolutely smashing it at the gym today",
            ],
            [
                # Violent words outside an idiom; something of the school's, a place, property
                # or a means of harm; or anyone at all.
                "I'm going to kill Dave tonight",
                "Gonna shoot up the skool tmrw",
                "Nobody is getting out alive on Friday",
                "I could murder a takeaway. It all goes up in flames tonight, got the petrol ready",
                "I could burn this place down",
                "I'll smash every window in that building",
                "Someone is going to get hurt",
                "There will be blood at sports day",
                "Wait till pickup tomorrow, bat in the boot",
                "Next time he pushes my son I'll put him through the fence",
            ],
            id="violence needs someone or something to harm",
        ),
        pytest.param(
            {"discrimination": 0.95, "violence": 0.95},
            [
                "Heads up, nits going round Reception again, get the combs out tonight everyone!",
                "Nits. Again. I give up. Conditioner and a nit comb tonight for all four of us",
            ],
            [
                # Lice as a word for people, beside a group, or beside a means of harm.
                "Those families are like lice, get them out of our school",
                "The nits are back and the Polish kids brought them",
                "Nits again, I'll kill whoever sent their kid in with them",
            ],
            id="head lice are neither hate nor a threat",
        ),
    ],
)
def test_the_model_alone_cannot_decide_what_reading_rules_10_and_14_rule_out(
    monkeypatch: pytest.MonkeyPatch,
    reads: dict[str, float],
    ruled_out: list[str],
    stands: list[str],
) -> None:
    from schoolgate.screening import classifier as classifier_module

    reader = FakeClassifier(reads, police=0.0)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: reader)
    config = [*TEXT_ANALYZERS, {"name": "schoolgate.screening.model.ModelAnalyzer"}]

    results = Screener(analyzers=config).screen_many(ruled_out + stands)

    for text, result in zip(ruled_out, results, strict=False):
        assert not set(reads) & set(result.labels), text
        # Shown to staff as the model's reading, deciding nothing.
        for category in reads:
            assert 0.0 < result.categories[category].score < 0.5, (text, category)
    for text, result in zip(stands, results[len(ruled_out) :], strict=True):
        assert set(reads) & set(result.labels), text


@pytest.mark.filterwarnings("ignore")
def test_the_words_of_a_screenshot_count_for_whom_a_post_is_about(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from schoolgate.screening import classifier as classifier_module
    from schoolgate.screening.tests import drawn

    reader = FakeClassifier({"complaint": 0.95, "discrimination": 0.95}, police=0.0)
    monkeypatch.setattr(classifier_module, "load_classifier", lambda model_dir=None: reader)
    images = {"name": "schoolgate.screening.images.ImageAnalyzer", "options": {"ocr": True}}
    model = {"name": "schoolgate.screening.model.ModelAnalyzer"}
    screener = Screener(analyzers=[images, *TEXT_ANALYZERS, model])
    letter, hate = tmp_path / "letter.png", tmp_path / "hate.png"
    drawn.text(["Letter from the office: the trip is off"]).save(letter)
    drawn.text(["They breed like rats"]).save(hate)

    # The caption names no one; the screenshot does.
    fed_up, seen = screener.screen_many(
        [Post("Absolutely fed up", images=(str(letter),)), Post("Seen this?", images=(str(hate),))]
    )

    assert "complaint" in fed_up.labels
    assert "discrimination" in seen.labels
