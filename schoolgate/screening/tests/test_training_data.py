"""The contrastive training posts, the HatemojiBuild reader and our functional suite."""

from __future__ import annotations

import importlib.util
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import numpy as np
import pytest

from schoolgate.screening.categories import CATEGORY_IDS, FLAG_IDS, POLICE_FLAG_NEEDS
from schoolgate.screening.training import contrastive, corpora, finetune, hatemoji
from schoolgate.screening.training.corpora import Example

REPO = Path(__file__).resolve().parents[3]
SHARED_DATA = REPO.parent / "shared" / "data"


def _load_bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


suite = _load_bench("functional_suite")
service_posts = _load_bench("service_posts")
everyday_posts = _load_bench("everyday_posts")
school_complaints = _load_bench("school_complaints")


@pytest.fixture(scope="module")
def posts() -> list[Example]:
    return contrastive.generate(0)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def test_generation_is_deterministic_by_seed(posts):
    assert contrastive.generate(0) == posts
    assert contrastive.generate(1) != posts


def test_generation_does_not_depend_on_string_hashing(posts):
    # `make train` runs in a fresh process, where Python salts str hashes differently.
    script = (
        "from schoolgate.screening.training import contrastive;"
        "print(sum(len(e.text) * (i + 1) for i, e in enumerate(contrastive.generate(0))))"
    )
    expected = sum(len(e.text) * (i + 1) for i, e in enumerate(posts))
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        assert int(done.stdout) == expected


def test_the_set_is_the_size_the_fine_tuning_expects(posts):
    assert 6000 <= len(posts) <= 10000
    assert len({p.text for p in posts}) == len(posts)


def test_every_label_and_flag_is_a_known_id(posts):
    assert {label for p in posts for label in p.labels} <= set(CATEGORY_IDS)
    assert {flag for p in posts for flag in p.flags} <= set(FLAG_IDS)


def test_police_flags_stand_only_on_the_category_they_escalate(posts):
    for post in posts:
        for flag, needs in POLICE_FLAG_NEEDS.items():
            if flag in post.flags and needs:
                assert needs in post.labels, post.text


def test_every_police_flag_is_taught(posts):
    taught = {flag for p in posts for flag in p.flags}
    assert set(POLICE_FLAG_NEEDS) <= taught


def _names(group: contrastive.Group) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(rf"\b{re.escape(n.lower())}\b" for n in group.names) + ")")


def test_each_identity_group_has_hostile_and_non_hostile_twins(posts):
    for group in contrastive.GROUPS:
        names = _names(group)
        about = [p for p in posts if names.search(p.text.lower())]
        hostile = [p for p in about if "discrimination" in p.labels]
        kind = [p for p in about if not p.labels]
        assert hostile and kind, group.word
        # Negated and quoted hate repeat the hostile words exactly, without the label.
        said = {
            m.group()
            for p in hostile
            for pred in contrastive._hostile(group)
            if (m := re.search(rf"{names.pattern} {re.escape(pred)}", p.text.lower()))
        }
        assert any(s in p.text.lower() for s in said for p in kind), group.word


def test_hate_on_race_religion_or_nationality_is_racial_and_other_hate_is_not(posts):
    for group in contrastive.GROUPS:
        names = _names(group)
        hostile = [
            p for p in posts if "discrimination" in p.labels and names.search(p.text.lower())
        ]
        racial = ["police_racial_element" in p.flags for p in hostile]
        if group.is_racial:
            assert all(racial), group.word
        else:
            assert not any(racial), group.word


def test_threats_to_a_group_carry_both_police_flags(posts):
    threats = [p for p in posts if {"violence", "discrimination"} <= p.labels]
    assert threats
    assert all("police_threat_of_violence" in p.flags for p in threats)
    assert any("police_racial_element" in p.flags for p in threats)


def test_idioms_carry_no_label_and_no_flag(posts):
    snow_days = [p for p in posts if "kill for a snow day" in p.text.lower()]
    assert snow_days
    assert all(not p.labels and not p.flags for p in snow_days)


def test_police_flags_never_appear_on_criticism_of_the_school(posts):
    criticism = [p for p in posts if p.labels == {"complaint"} and not p.people]
    assert len(criticism) > 200
    assert all(not (p.flags & set(POLICE_FLAG_NEEDS)) for p in criticism)
    for case in suite.cases():
        if case.functionality in suite.NO_POLICE_CRITICISM:
            assert not case.police


def test_no_suite_text_occurs_in_the_contrastive_set(posts):
    trained = {_key(p.text) for p in posts}
    joined = "\n".join(trained)
    for case in suite.cases():
        key = _key(case.text)
        assert key not in trained, case.text
        # Near copies: a suite post inside a longer training post, or the other way round.
        assert key not in joined, case.text
        assert not any(t in key for t in trained if len(t) >= len(key) // 2), case.text


def test_the_suite_has_each_functionality_labelled_by_known_ids():
    cases = suite.cases()
    assert 600 <= len(cases) <= 1000
    assert len({c.text for c in cases}) == len(cases)
    for case in cases:
        assert case.categories <= set(CATEGORY_IDS)
        assert case.police <= set(POLICE_FLAG_NEEDS)
    functionalities = {c.functionality for c in cases}
    assert {
        "identity_positive",
        "negated_hate",
        "counter_speech_quote",
        "hate_as_question",
        "pronoun_reference",
        "spelling_noise",
        "idiom_not_threat",
        "specific_threat_police",
        "criticism_never_police",
        "polite_complaint",
        "praise_naming_staff",
        "courteous_misconduct",
        "ridicule_shunning",
        "own_child_photo",
    } <= functionalities


class _Answering:
    """A stand-in screener that answers every post by a rule, so the suite's sums can be checked."""

    def __init__(self, answer):
        self.answer = answer

    def screen_many(self, posts):
        by_text = {c.text: c for c in suite.cases()}
        return [self.answer(by_text[p.text]) for p in posts]


def _assessment(labels, flags):
    return SimpleNamespace(labels=sorted(labels), flags=tuple(sorted(flags)))


def test_a_screener_that_answers_as_labelled_passes_everything():
    results = suite.run(_Answering(lambda c: _assessment(c.categories, c.police)))
    assert results["pass_rate"] == 1.0
    assert results["hateful_caught"] == 1.0
    assert results["non_hateful_passed"] == 1.0
    assert results["police_flags_found"] == 1.0
    assert results["police_flags_on_jokes_or_idioms"] == 0.0
    assert results["police_flags_on_school_criticism"] == 0.0
    assert results["failures"] == []


def test_a_screener_that_reads_every_identity_word_as_hate_fails_the_non_hateful():
    def everything_is_hate(case):
        return _assessment({"discrimination"}, {"police_threat_of_violence"})

    results = suite.run(_Answering(everything_is_hate))
    assert results["hateful_caught"] == 1.0
    assert results["non_hateful_passed"] == 0.0
    assert results["police_flags_on_jokes_or_idioms"] == 1.0
    assert results["functionalities"]["negated_hate"]["pass_rate"] == 0.0


class _AnswersEveryPost:
    """A stand-in screener that gives every post the same categories and flags."""

    def __init__(self, labels=(), flags=()):
        self.labels, self.flags = labels, flags

    def screen_many(self, posts):
        return [_assessment(self.labels, self.flags) for _ in posts]


def test_the_service_posts_score_complaint_f1_and_name_what_was_missed():
    complaints = set(service_posts.COMPLAINTS)

    class AsWritten:
        def screen_many(self, posts):
            return [_assessment({"complaint"} if p.text in complaints else (), ()) for p in posts]

    everything = service_posts.run(_AnswersEveryPost({"complaint"}))
    assert everything["recall"] == 1.0
    assert everything["precision"] == 0.5
    assert everything["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert len(everything["invented"]) == len(service_posts.NOT_COMPLAINTS)
    exact = service_posts.run(AsWritten())
    assert (exact["f1"], exact["missed"], exact["invented"]) == (1.0, [], [])


def test_no_service_post_occurs_in_the_training_posts(posts):
    trained = {_key(p.text) for p in posts}
    written = corpora.read_examples(corpora.EXAMPLES_DIR / "train.txt")
    trained |= {_key(e.text) for e in written}
    for text in service_posts.COMPLAINTS + service_posts.NOT_COMPLAINTS:
        assert _key(text) not in trained, text


def test_the_everyday_posts_count_each_post_given_a_category_and_name_it():
    everything = everyday_posts.run(_AnswersEveryPost({"complaint"}))
    assert everything["unseen"]["share"] == 1.0
    assert [f["text"] for f in everything["unseen"]["flagged"]] == list(everyday_posts.UNSEEN)
    assert everything["unseen"]["flagged"][0]["categories"] == ["complaint"]
    # A naming flag is shown even on praise: it is not a wrong flag.
    naming = everyday_posts.run(_AnswersEveryPost(flags={"names_staff"}))
    assert all(naming[name]["wrongly_flagged"] == 0 for name, _, _ in everyday_posts.SETS)
    assert "0.0% wrongly flagged" in everyday_posts.render(naming)


def test_no_everyday_post_or_school_complaint_occurs_in_the_training_posts_or_the_dev_split(
    posts,
):
    trained = {_key(p.text) for p in posts}
    for split in ("train.txt", "dev.txt"):
        trained |= {_key(e.text) for e in corpora.read_examples(corpora.EXAMPLES_DIR / split)}
    seen_in_a_set: set[str] = set()
    sets = [texts for _, _, texts in everyday_posts.SETS]
    sets += [texts for _, texts in school_complaints.SETS]
    for texts in sets:
        keys = {_key(text) for text in texts}
        assert len(keys) == len(texts), "a set repeats a post"
        assert not keys & seen_in_a_set, "two sets share a post"
        seen_in_a_set |= keys
        for text in texts:
            assert _key(text) not in trained, text


needs_hatemoji = pytest.mark.skipif(
    not (SHARED_DATA / hatemoji.FOLDER).exists(), reason="../shared/data/hatemoji-build is absent"
)


@needs_hatemoji
def test_hatemoji_hate_is_discrimination_and_racial_when_the_target_is():
    rows = hatemoji.read(SHARED_DATA, "train")
    assert len(rows) > 4000
    hateful = [r for r in rows if r.labels]
    assert all("discrimination" in r.labels for r in hateful)
    assert any("police_racial_element" in r.flags for r in hateful)
    assert any("police_racial_element" not in r.flags for r in hateful)
    assert {flag for r in rows for flag in r.flags} <= set(FLAG_IDS)
    assert sum(not r.labels for r in rows) > 2000


@needs_hatemoji
def test_hatemoji_reads_no_test_split():
    with pytest.raises(ValueError, match="no split 'test'"):
        hatemoji.read(SHARED_DATA, "test")


def test_hatemoji_target_codes_group_as_the_policy_does():
    assert hatemoji.target_base("asi.south.pak") == "asi"
    assert hatemoji.target_base("blawom") == "bla"
    assert hatemoji.target_base("wom") == "wom"
    assert hatemoji.target_base("gayman") == "gay"
    assert "bla" in hatemoji.RACIAL_TARGETS
    assert "gay" not in hatemoji.RACIAL_TARGETS


def test_generated_posts_get_names_from_outside_the_roster_with_labels_kept() -> None:
    from schoolgate.screening.training import corpora, synthetic

    composed = synthetic.generate(3, 0)
    varied = corpora.vary_titled_names(composed, 0)
    roster_surnames = {
        row["last_name"].lower()
        for row in corpora.read_roster_names(corpora.EXAMPLES_DIR / "demo_roster.csv").values()
    }
    titled = [m["name"].lower() for e in varied for m in corpora.TITLED_NAME.finditer(e.text)]
    assert titled, "the composed posts name staff by title"
    assert not {name.lower() for name in corpora.SURNAME_POOL} & roster_surnames
    assert not set(titled) & roster_surnames
    assert [(e.labels, e.flags) for e in varied] == [(e.labels, e.flags) for e in composed]
    lower = corpora.vary_titled_names([corpora.Example("mr hale was rude", frozenset())], 1)
    assert lower[0].text.startswith("mr ") and lower[0].text[3:].split()[0].islower()


def test_harmless_public_rows_teach_the_school_abuse_columns_no_up_to_the_cap() -> None:
    cap = finetune.PUBLIC_HARMLESS_ROWS_PER_SOURCE
    n = cap + 5
    texts = [f"tweet {i}" for i in range(n)]
    # Every row harmless but the first two; the source itself says "yes" to discrimination on
    # row 1.
    harmless = [i > 1 for i in range(n)]
    said = [math.nan] * n
    said[1] = 1.0
    split = corpora.Split("public", texts, [0] * n)
    source = finetune.PublicSource(split, {"offence": [0.0] * n, "discrimination": said}, harmless)
    rows = finetune.build_rows([], [source], lambda text: False, seed=0)

    column = {name: finetune.TASKS.index(name) for name in finetune.TASKS}
    by_text = {text: i for i, text in enumerate(rows.texts)}
    for name in finetune.HARMLESS_PUBLIC_TEACHES_NO:
        taught = rows.mask[:, column[name]]
        assert taught.sum() == cap + (name == "discrimination"), name
        assert not taught[by_text["tweet 0"]], "a row its set calls harmful teaches no 'no'"
        assert (
            rows.targets[taught & (np.arange(len(texts)) != by_text["tweet 1"]), column[name]].max()
            == 0
        )
    assert rows.targets[by_text["tweet 1"], column["discrimination"]] == 1.0
    assert rows.mask[:, column["offence"]].all(), "the source's own column teaches every row"
    assert not rows.mask[:, column["complaint"]].any(), "no public row teaches a school complaint"
    assert np.isfinite(rows.targets).all()
