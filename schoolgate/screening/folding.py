"""Undo the disguises people put on words (asterisks, leetspeak, s p a c i n g, repeated letters).

The folded text is lower case and keeps, for every folded character, the index of the original
character it came from, so evidence found in folded text points at the words the poster wrote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
# Cyrillic and Greek letters that look Latin, used to slip words past filters.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕкмтнвАЕОРСХІЈЅКМТНВιοναΙΟΝΑΒΕΚΜΤ", "aeopcyxijskmthbaeopcxijskmthbiovaionabekmt"
)
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

# Anything that may need more than lower-casing: non-ASCII, masks, digits or symbols inside
# words, letters spaced out, or a letter repeated three times.
_NEEDS_WORK = re.compile(
    r"[^\x00-\x7f]|[a-z][*@$!0-9]+[a-z*]|[*@$]|(?:\b[a-z][ .\-_]){3,}[a-z]\b|([a-z])\1\1",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z0-9@$!*]+", re.IGNORECASE)
_SPACED = re.compile(r"(?<![a-z])((?:[a-z][ .\-_]){3,}[a-z])(?![a-z])")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_ONE_LETTER_WORDS = frozenset("ai")


@dataclass(frozen=True)
class FoldedText:
    original: str
    text: str
    offsets: tuple[int, ...]  # offsets[i] = index in `original` of folded character i

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) back to the original text."""
        if not self.offsets or end <= start:
            return (start, end)
        first = self.offsets[min(start, len(self.offsets) - 1)]
        last = self.offsets[min(end, len(self.offsets)) - 1]
        return (first, last + 1)

    def folded_index(self, original_index: int) -> int:
        """The first folded character at or after an original index."""
        return bisect_left(self.offsets, original_index)


def fold(text: str, vocabulary: Collection[str] = ()) -> FoldedText:
    """Fold a text for matching; `vocabulary` holds the words a masked token may stand for."""
    if not _NEEDS_WORK.search(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            return FoldedText(text, lowered, tuple(range(len(text))))
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        char = _QUOTES.get(char, char)
        if not char.isascii():
            char = char.translate(_LOOKALIKES)
        if not char.isascii():
            decomposed = unicodedata.normalize("NFKD", char)
            char = "".join(c for c in decomposed if not unicodedata.combining(c)) or char
        for piece in char.lower():
            chars.append(piece)
            offsets.append(index)
    folded = "".join(chars)
    folded, offsets = _join_spaced_letters(folded, offsets, vocabulary)
    folded, offsets = _read_tokens(folded, offsets, vocabulary)
    return FoldedText(text, folded, tuple(offsets))


def _join_spaced_letters(
    text: str, offsets: list[int], vocabulary: Collection[str]
) -> tuple[str, list[int]]:
    out: list[str] = []
    out_offsets: list[int] = []
    position = 0
    for match in _SPACED.finditer(text):
        start = match.start()
        if _starts_with_a_word(match.group(), vocabulary):
            start += 2  # "a s l u t": the article stays a word of its own
        out.append(text[position:start])
        out_offsets.extend(offsets[position:start])
        for index in range(start, match.end()):
            if text[index].isalpha():
                out.append(text[index])
                out_offsets.append(offsets[index])
        position = match.end()
    out.append(text[position:])
    out_offsets.extend(offsets[position:])
    return "".join(out), out_offsets


def _starts_with_a_word(spaced: str, vocabulary: Collection[str]) -> bool:
    """Whether spaced-out letters begin with "a" or "I" before the word ("is a s l u t")."""
    letters = "".join(c for c in spaced if c.isalpha())
    return (
        spaced[0] in _ONE_LETTER_WORDS and letters not in vocabulary and letters[1:] in vocabulary
    )


def _read_tokens(
    text: str, offsets: list[int], vocabulary: Collection[str]
) -> tuple[str, list[int]]:
    out: list[str] = []
    out_offsets: list[int] = []
    position = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        reading = _read_token(token, vocabulary)
        if reading == token:
            continue
        out.append(text[position : match.start()])
        out_offsets.extend(offsets[position : match.start()])
        span = offsets[match.start() : match.end()]
        out.append(reading)
        # A reading of another length spreads its characters over the token as written.
        last = len(reading) - 1
        out_offsets.extend(
            span[-1] if i == last else span[min(i * len(span) // len(reading), len(span) - 1)]
            for i in range(len(reading))
        )
        position = match.end()
    out.append(text[position:])
    out_offsets.extend(offsets[position:])
    return "".join(out), out_offsets


def _read_token(token: str, vocabulary: Collection[str]) -> str:
    letters = sum(c.isalpha() for c in token)
    if letters == 0:
        return token
    if "*" in token:
        unmasked = _unmask(token, vocabulary)
        if unmasked:
            return unmasked
    stripped = token.rstrip("!")
    if letters >= 2 and any(c in LEET for c in stripped) and not stripped.isdigit():
        core = "".join(LEET.get(c, c) for c in stripped)
        token = core + token[len(stripped) :]
    if _REPEATS.search(token):
        once = _REPEATS.sub(r"\1", token)
        twice = _REPEATS.sub(r"\1\1", token)
        token = twice if twice in vocabulary and once not in vocabulary else once
    return token


def _unmask(token: str, vocabulary: Collection[str]) -> str | None:
    core = "".join(LEET.get(c, c) for c in token.strip("*")) if token.strip("*") else ""
    if not core:
        return None
    lead = len(token) - len(token.lstrip("*"))
    trail = len(token) - len(token.rstrip("*"))
    pattern = "".join("[a-z]{1,3}" if c == "*" else re.escape(c) for c in core)
    pattern = (f"[a-z]{{0,{lead}}}" if lead else "") + pattern + ("[a-z]*" if trail else "")
    compiled = re.compile(pattern + r"\Z")
    fits = [w for w in sorted(vocabulary) if (w[0] == core[0] or lead) and compiled.match(w)]
    # One letter to a star is how people mask ("f***" is "fuck", not "fag"), so a word as long
    # as the token comes first.
    same_length = [word for word in fits if len(word) == len(token)]
    best = same_length or fits
    return best[0] if best else None
