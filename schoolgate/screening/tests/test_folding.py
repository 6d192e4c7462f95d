"""Disguised words are read as what they stand for, and evidence points at what was written."""

from __future__ import annotations

import pytest

from schoolgate.screening.folding import fold
from schoolgate.screening.lexicon import MASKABLE_WORDS


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("i d i o t", "idiot"),
        ("p.a.e.d.o", "paedo"),
        ("f*cking", "fucking"),
        ("b1tch", "bitch"),
        ("1d10t", "idiot"),
        ("stuuuupid", "stupid"),
        ("l@zy", "lazy"),
        ("\u0399DIOT", "idiot"),
        ("Year 3", "year 3"),
        ("Mr Hale's", "mr hale's"),
        # One star to a letter: "f***" is the four-letter word, not any word starting with f.
        ("f*** you", "fuck you"),
        ("sh*t", "shit"),
        ("c**t", "cunt"),
        ("s*ck my d*ck", "suck my dick"),
        # A one-letter word before spaced-out letters stays a word of its own.
        ("is a s l u t", "is a slut"),
        ("s u c k", "suck"),
    ],
)
def test_it_reads_disguises(written: str, read: str) -> None:
    assert fold(written, MASKABLE_WORDS).text == read


def test_offsets_map_back_to_the_original() -> None:
    text = "She is a total b*tch and an i d i o t!"
    folded = fold(text, MASKABLE_WORDS)

    start = folded.text.index("bitch")
    assert text[slice(*folded.original_span(start, start + 5))] == "b*tch"
    start = folded.text.index("idiot")
    assert text[slice(*folded.original_span(start, start + 5))] == "i d i o t"


def test_plain_text_is_only_lower_cased() -> None:
    folded = fold("Thanks Mrs Ward")

    assert folded.text == "thanks mrs ward"
    assert folded.offsets == tuple(range(15))
