"""Read names as a post spells them: disguised with digits, misspelt, or as initials.

Each word of a post is read as it stands, as leetspeak read back to letters ("F3nw1ck"), and
with "1" as "l" where that gives another name ("Wi11iam"). A word that is no roster name may
still be one misspelt: a few letters from a roster name sharing its first letter ("Fenwik").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from .folding import LEET

# Typos read past in a name: one from five letters ("Fenwik"), two from eight ("Kowalcyzk").
# A shorter name is one letter from too many other words and names to allow any.
ONE_TYPO_FROM = 5
TWO_TYPOS_FROM = 8
# Leetspeak where "1" stands for "l" rather than "i" ("Wi11iam"); the folding module reads "i".
LEET_ONE_AS_L = "l"

# `how` gets one of these in front when the words differ from the roster's: a less certain
# identification that staff should check.
MISSPELT = "misspelt"
DISGUISED = "disguised"
LESS_CERTAIN = (MISSPELT, DISGUISED)

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9@$'\u2019\-]*")
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
# A time of day as a post writes it: "5am", "7.30pm", "11:15AM".
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?[ap]m", re.IGNORECASE)
_INITIALS = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Token:
    """One word of a post, read as a name may be spelt in it."""

    start: int
    end: int  # without the possessive
    word: str  # lower case, leetspeak read as letters, without the possessive
    is_capitalised: bool
    is_shouted: bool  # in capitals throughout: the capital says nothing about a name
    is_sentence_start: bool
    is_possessive: bool
    is_disguised: bool  # digits or symbols standing for letters ("F3nw1ck")
    is_initials: bool  # two capitals ("RF")
    other_spelling: str = ""  # the leetspeak read with "1" as "l"

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.word, self.other_spelling) if self.other_spelling else (self.word,)


def tokenize(text: str) -> list[Token]:
    """The words of `text` that could be names or initials, with leetspeak read as letters."""
    tokens: list[Token] = []
    first_visible = len(text) - len(text.lstrip())
    for match in _TOKEN.finditer(text):
        raw = match.group()
        possessive = _POSSESSIVE.search(raw) if len(raw) > 2 else None
        core = raw[: possessive.start()] if possessive else raw
        core = core.rstrip("-'\u2019")
        if core.isalpha():
            word, other, is_disguised = core.lower(), "", False
        else:
            read = read_disguise(core)
            if read is None:
                continue
            word, other, is_disguised = read
        before = text[max(0, match.start() - 4) : match.start()]
        tokens.append(
            Token(
                start=match.start(),
                end=match.start() + len(core),
                word=word,
                is_capitalised=core[0].isupper(),
                is_shouted=len(core) > 1 and core.isupper(),
                is_sentence_start=match.start() <= first_visible
                or bool(_SENTENCE_END.search(before)),
                is_possessive=possessive is not None,
                is_disguised=is_disguised,
                is_initials=_INITIALS.fullmatch(core) is not None,
                other_spelling=other,
            )
        )
    return tokens


def read_disguise(core: str) -> tuple[str, str, bool] | None:
    """A word with digits or symbols in it, read as letters ("F3nw1ck" as fenwick), with the
    other reading of "1", and whether it was disguised; None for a number."""
    letters = sum(c.isalpha() for c in core)
    if not letters:
        return None
    lower = core.lower()
    # Disguised only when letters carry the word: "F3nw1ck", not "10am" or "Y5"; and never a
    # time of day ("5am" is not Sam).
    if (
        letters * 2 < len(core)
        or letters < 2
        or not any(c in LEET for c in core)
        or _CLOCK_TIME.fullmatch(core)
    ):
        return lower, "", False
    other = ""
    if "1" in core:
        other = "".join(LEET_ONE_AS_L if c == "1" else LEET.get(c, c) for c in lower)
    return "".join(LEET.get(c, c) for c in lower), other, True


def next_word(tokens: list[Token], index: int, text: str) -> Token | None:
    """The token after `index` when only spaces or a full stop stand between them."""
    if index + 1 >= len(tokens):
        return None
    first, second = tokens[index], tokens[index + 1]
    between = text[first.end : second.start]
    if between.strip(" .") == "" or _POSSESSIVE.fullmatch(between.strip()) is not None:
        return second
    return None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance, giving up (returning limit + 1) once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def typo_allowance(name: str) -> int:
    if len(name) >= TWO_TYPOS_FROM:
        return 2
    if len(name) >= ONE_TYPO_FROM:
        return 1
    return 0


def near_names(word: str, by_letter: Mapping[str, list[str]]) -> tuple[str, ...]:
    """Roster names within the typos `word` and the name allow, sharing its first letter."""
    limit = typo_allowance(word)
    if not limit:
        return ()
    near: list[str] = []
    for name in by_letter.get(word[0], ()):
        allowance = min(limit, typo_allowance(name))
        if allowance and edit_distance(word, name, allowance) <= allowance:
            near.append(name)
    return tuple(near)


def by_first_letter(index: Mapping[str, object]) -> dict[str, list[str]]:
    """The names of `index` by their first letter: a misspelling keeps the first letter."""
    letters: dict[str, list[str]] = defaultdict(list)
    for name in index:
        letters[name[0]].append(name)
    return letters
