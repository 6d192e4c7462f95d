"""A post's sentences as the rules read them: questions, opinions, counter-speech, reports."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import group_words
from . import lexicon as lx

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# A full stop after a title or a common abbreviation does not end a sentence.
ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|miss|dr|mx|st|no|vs|etc)\.$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a folded text, by its offsets, and how it is said."""

    start: int
    end: int
    text: str
    is_question: bool
    is_opinion: bool
    is_counter_speech: bool
    counter_spans: tuple[tuple[int, int], ...]
    is_reporting: bool


def split_sentences(text: str) -> list[Sentence]:
    """Split a folded text into sentences, with what the rules need to know of each."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE.finditer(text):
        end = match.end()
        if ABBREVIATION.search(text[start:end]) and end < len(text):
            continue
        if text[start:end].strip():
            pieces.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        pieces.append((start, len(text)))
    if not pieces:
        pieces = [(0, len(text))]
    sentences = []
    for start, end in pieces:
        body = text[start:end]
        counter = [
            (m.start() + start, m.end() + start) for m in group_words.COUNTER_SPEECH.finditer(body)
        ]
        sentences.append(
            Sentence(
                start=start,
                end=end,
                text=body,
                is_question="?" in body or bool(lx.QUESTION_OPENERS.match(body)),
                is_opinion=bool(lx.OPINION.search(body)),
                is_counter_speech=bool(counter),
                counter_spans=tuple(counter),
                is_reporting=bool(group_words.REPORTING.search(body)),
            )
        )
    return sentences
