"""A long post is screened in time that grows with its length, and read only up to the limit."""

from __future__ import annotations

import time

import pytest

from schoolgate.screening import Post, Roster, Screener
from schoolgate.screening.screener import MAX_TEXT_CHARS
from schoolgate.screening.tests.conftest import seconds_to_screen

SENTENCES = (
    "Mr Hale is a drunk and someone should give him a slap. ",
    "Kate Ward never answers emails, the pick-up rules are a joke; ",
    "is it true Mrs Ward hits the kids? ",
    "Jacob Thornbury's mum said the nativity photos of Emma Fairweather went on Facebook ",
    "Lovely assembly today, well done Year 3! ",
    "that teacher is useless but I will punch her if she does it again\n",
)
# Generous for two shared cores: the whole engine reads 200 KB in about a second here.
LONG_POST_SECONDS = 10
# Four times the text may take at most this many times as long: linear, with room for noise.
LINEAR_RATIO = 6


def long_text(characters: int, *, spaces: bool = True) -> str:
    text = "".join(SENTENCES)
    if not spaces:
        text = text.replace(" ", "")
    return (text * (characters // len(text) + 1))[:characters]


@pytest.fixture(scope="module")
def whole_engine(roster: Roster) -> Screener:
    return Screener(roster=roster)


def test_a_200_kb_post_is_screened_in_seconds(whole_engine: Screener) -> None:
    started = time.perf_counter()
    assessment = whole_engine.screen(Post(long_text(200_000)))
    assert time.perf_counter() - started < LONG_POST_SECONDS
    assert "names_staff" in assessment.flags


@pytest.mark.parametrize("spaces", [True, False], ids=["sentences", "no-spaces"])
def test_screening_time_grows_linearly_up_to_the_limit(
    whole_engine: Screener, spaces: bool
) -> None:
    quarter = seconds_to_screen(whole_engine, long_text(MAX_TEXT_CHARS // 4, spaces=spaces))
    whole = seconds_to_screen(whole_engine, long_text(MAX_TEXT_CHARS, spaces=spaces))
    assert whole < LINEAR_RATIO * quarter


def test_a_post_over_the_limit_is_read_to_a_word_boundary(screener: Screener) -> None:
    text = long_text(MAX_TEXT_CHARS + 12_345)
    assessment = screener.screen(Post(text))
    assert assessment.truncated_at is not None
    assert MAX_TEXT_CHARS - 100 <= assessment.truncated_at <= MAX_TEXT_CHARS
    assert text[assessment.truncated_at].isspace()
    assert assessment.unread_characters == len(text) - assessment.truncated_at
    assert max(span.end for span in assessment.spans) <= assessment.truncated_at
    assert assessment.to_dict()["unread_characters"] == assessment.unread_characters


def test_a_post_within_the_limit_is_read_whole(screener: Screener) -> None:
    assessment = screener.screen(Post(long_text(MAX_TEXT_CHARS)))
    assert assessment.truncated_at is None
    assert assessment.unread_characters == 0
