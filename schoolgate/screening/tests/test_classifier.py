"""The shipped text classifier: loads from disk without torch or network, and scores sensibly."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from schoolgate.screening.categories import CATEGORY_IDS, POLICE_FLAGS
from schoolgate.screening.classifier import (
    CONFIG_FILE,
    HEADS_FILE,
    MODELS_DIR,
    PROBE_TOLERANCE,
    TextClassifier,
    load_classifier,
)

THREAT = "If Mr Hale touches my son again I will smash his face in, I know where he lives"
REMINDER = "Just a reminder that the school gates open at 8.40 on Monday, bring a coat"


@pytest.fixture(scope="module")
def classifier() -> TextClassifier:
    return load_classifier()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the classifier tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def column(name: str) -> int:
    return CATEGORY_IDS.index(name)


def test_it_loads_from_disk_without_network(no_network: None) -> None:
    fresh = TextClassifier(MODELS_DIR)
    assert fresh.predict([REMINDER]).shape == (1, len(CATEGORY_IDS))
    assert fresh.predict_detailed([THREAT], full=True).categories.shape == (1, 8)


def test_it_does_not_need_torch(classifier: TextClassifier) -> None:
    classifier.predict_detailed([THREAT], full=True)
    assert "torch" not in sys.modules


def test_it_returns_one_row_of_probabilities_per_text(classifier: TextClassifier) -> None:
    scores = classifier.predict([REMINDER, THREAT, "", "ok"])
    assert scores.shape == (4, len(CATEGORY_IDS))
    assert scores.dtype == np.float32
    assert ((scores >= 0) & (scores <= 1)).all()


def test_it_handles_an_empty_batch(classifier: TextClassifier) -> None:
    assert classifier.predict([]).shape == (0, len(CATEGORY_IDS))


def test_it_is_deterministic_and_batch_independent(classifier: TextClassifier) -> None:
    texts = [THREAT, REMINDER, "Mrs Ward is a liar and a thief", "lovely nativity today"]
    together = classifier.predict(texts)
    again = classifier.predict(texts)
    one_by_one = np.vstack([classifier.predict([t]) for t in texts])
    np.testing.assert_array_equal(together, again)
    np.testing.assert_allclose(together, one_by_one, atol=1e-6)


def test_an_obvious_threat_scores_above_a_neutral_reminder(classifier: TextClassifier) -> None:
    scores = classifier.predict([THREAT, REMINDER])
    assert scores[0, column("violence")] > scores[1, column("violence")]
    decided = classifier.decide(scores)
    assert decided[0, column("violence")]
    assert not decided[1].any()


def test_slurs_against_a_group_score_as_discrimination(classifier: TextClassifier) -> None:
    hateful = "Keep those immigrant families out of our school, send them all back"
    friendly = "We have just moved here from Poland, how do school dinners work?"
    scores = classifier.predict([hateful, friendly])
    assert scores[0, column("discrimination")] > scores[1, column("discrimination")]


def test_it_gives_the_public_heads_for_posts_sent_to_the_encoder(
    classifier: TextClassifier,
) -> None:
    result = classifier.predict_detailed(["you are a disgusting idiot", REMINDER], full=True)
    assert set(result.extra) == set(classifier.extra_names)
    assert result.escalated.all()
    assert result.extra["offence"][0] > result.extra["offence"][1]


def test_it_refuses_heads_trained_for_other_categories(tmp_path: Path) -> None:
    def reversed_categories(config: dict[str, Any]) -> None:
        config["categories"] = list(reversed(config["categories"]))

    with pytest.raises(ValueError, match="retrain the models"):
        TextClassifier(models_with_config(tmp_path, reversed_categories))


def models_with_config(folder: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A models folder like the shipped one whose config `change` has altered."""
    for item in MODELS_DIR.iterdir():
        (folder / item.name).symlink_to(item)
    config = json.loads((MODELS_DIR / CONFIG_FILE).read_text())
    change(config)
    (folder / CONFIG_FILE).unlink()
    (folder / CONFIG_FILE).write_text(json.dumps(config))
    return folder


def test_this_machine_scores_posts_as_the_training_machine_did(
    classifier: TextClassifier,
) -> None:
    # The encoder's integer products are computed exactly on any CPU (training/export.py); with
    # signed weights a CPU without VNNI, like this project's, scored these posts 0.07 apart.
    assert classifier.probe_drift() <= PROBE_TOLERANCE


def test_a_machine_that_scores_otherwise_is_caught(tmp_path: Path) -> None:
    def recorded_elsewhere(config: dict[str, Any]) -> None:
        config["probes"]["scores"][1][0] += 0.01

    drift = TextClassifier(models_with_config(tmp_path, recorded_elsewhere)).probe_drift()
    assert drift == pytest.approx(0.01, abs=PROBE_TOLERANCE)


def test_models_without_recorded_probe_scores_must_be_retrained(tmp_path: Path) -> None:
    def recorded_nothing(config: dict[str, Any]) -> None:
        del config["probes"]

    with pytest.raises(ValueError, match="retrain the models"):
        TextClassifier(models_with_config(tmp_path, recorded_nothing)).probe_drift()


def test_the_heads_hold_no_pickled_objects() -> None:
    with np.load(MODELS_DIR / HEADS_FILE, allow_pickle=False) as heads:
        assert all(heads[name].dtype != object for name in heads.files)


def test_the_first_pass_clears_most_harmless_posts_without_the_encoder(
    classifier: TextClassifier,
) -> None:
    harmless = [
        REMINDER,
        "What time does the christmas fair start on saturday?",
        "Lovely harvest festival this morning, well done to all the kids",
        "Anyone got a spare PE top age 7-8?",
        "Does anyone know if year 6 need a packed lunch for the museum trip?",
        "Great turnout at the summer fete, the PTA raised over 2,000 pounds",
        "Parents evening sign up is open on the app now",
        "Lost: blue lunchbox with a dinosaur on it, please message me if found",
    ]
    result = classifier.predict_detailed(harmless)
    # The gate keeps 98% of breaches, so some harmless posts go on to the encoder too.
    assert result.escalated.mean() <= 0.25
    assert not classifier.decide(result.categories).any()
    # A cleared post has no public heads' scores and no police scores.
    cleared = ~result.escalated
    assert np.isnan(result.extra["offence"][cleared]).all()
    assert (result.police[cleared] == 0).all()


def test_posts_naming_an_identity_group_always_reach_the_encoder(
    classifier: TextClassifier,
) -> None:
    friendly = [
        "Eid Mubarak to all our Muslim families from everyone in Year 2",
        "So proud of the Polish families who cooked for the international evening",
    ]
    assert classifier.predict_detailed(friendly).escalated.all()


def test_police_scores_come_with_their_flags_in_order(classifier: TextClassifier) -> None:
    result = classifier.predict_detailed([THREAT, REMINDER], full=True)
    assert result.police.shape == (2, len(POLICE_FLAGS))
    threat = POLICE_FLAGS.index("police_threat_of_violence")
    assert result.police[0, threat] > result.police[1, threat]
    assert result.police[0, threat] >= classifier.police_thresholds[threat]


def test_the_static_first_pass_reads_each_post_alone(classifier: TextClassifier) -> None:
    texts = [THREAT, REMINDER, "lovely nativity today"]
    together = classifier.static.embed(texts)
    alone = np.vstack([classifier.static.embed([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-6)


def test_the_encoder_runs_on_one_thread_unless_the_machine_says_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolgate.screening.classifier import ENCODER_THREADS_VARIABLE, Encoder

    monkeypatch.delenv(ENCODER_THREADS_VARIABLE, raising=False)
    assert Encoder(MODELS_DIR).session.get_session_options().intra_op_num_threads == 1
    monkeypatch.setenv(ENCODER_THREADS_VARIABLE, "")
    assert Encoder(MODELS_DIR).session.get_session_options().intra_op_num_threads == 1
    monkeypatch.setenv(ENCODER_THREADS_VARIABLE, "2")
    encoder = Encoder(MODELS_DIR)
    assert encoder.session.get_session_options().intra_op_num_threads == 2
    assert encoder.embed([REMINDER]).shape == (1, 384)
    monkeypatch.setenv(ENCODER_THREADS_VARIABLE, "two")
    with pytest.raises(ValueError, match="whole number of threads"):
        Encoder(MODELS_DIR)
