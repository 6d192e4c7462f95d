"""What goes into the engine (a Post) and what comes out (an Assessment), in one fixed shape."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .categories import CATEGORY_IDS, FLAG_IDS

# An identification, or its dict as an assessment's JSON holds it (see one_per_person).
MentionT = TypeVar("MentionT")

ImageInput = str | Path | bytes

# Where a span's offsets point: the post's own text, or the text OCR read from image N.
TEXT_SOURCE = "text"


def image_source(index: int) -> str:
    return f"image:{index}"


@dataclass(frozen=True)
class Post:
    """One piece of text someone published or is about to publish, optionally with images."""

    text: str
    images: tuple[ImageInput, ...] = ()
    source: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Post.text must be a string, not {type(self.text).__name__}")
        if isinstance(self.images, (str, bytes, Path)):
            object.__setattr__(self, "images", (self.images,))
        else:
            object.__setattr__(self, "images", tuple(self.images))


@dataclass(frozen=True)
class Span:
    """Evidence: a labelled stretch of text, or a region of an image, with the reason for it.

    `source` is "text" for the post's text, "image:N" for text read from image N or for a region
    of image N (then `box` is (x, y, width, height) in pixels and start == end == 0).
    """

    start: int
    end: int
    label: str
    why: str
    source: str = TEXT_SOURCE
    box: tuple[int, int, int, int] | None = None

    @property
    def image(self) -> int | None:
        if self.source.startswith("image:"):
            return int(self.source.split(":", 1)[1])
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "why": self.why,
        }
        if self.source != TEXT_SOURCE:
            out["image"] = self.image
        if self.box is not None:
            out["box"] = list(self.box)
        return out


@dataclass(frozen=True)
class Candidate:
    person_id: str
    kind: str


@dataclass(frozen=True)
class Identification:
    """A person the post identifies, how, and where.

    `person_id` is None when no roster entry fits or several do (then `candidates` lists them).
    `how` is one of full_name, first_name, surname_with_title, surname, nickname, preferred_name,
    initials, role; prefixed misspelt_ or disguised_ (leetspeak) when the words differ from the
    roster's, a less certain identification. `roster_label` is the person as the roster
    describes them ("Mrs Rosa Fenwick, Class teacher, Year 5"), empty unless `person_id` is set.
    """

    kind: str
    how: str
    start: int
    end: int
    text: str
    person_id: str | None = None
    candidates: tuple[Candidate, ...] = ()
    source: str = TEXT_SOURCE
    roster_label: str = ""

    @property
    def is_ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["candidates"] = [asdict(c) for c in self.candidates]
        out["is_ambiguous"] = self.is_ambiguous
        return out


@dataclass(frozen=True)
class CategoryJudgement:
    score: float
    decided: bool
    policy_line: str


@dataclass(frozen=True)
class AnalyzerError:
    analyzer: str
    message: str


@dataclass(frozen=True)
class Assessment:
    """The engine's advice on one post. Same fields whatever the input."""

    categories: dict[str, CategoryJudgement]
    flags: tuple[str, ...]
    people: tuple[Identification, ...]
    spans: tuple[Span, ...]
    engine: str
    police_lines: dict[str, str] = field(default_factory=dict)
    errors: tuple[AnalyzerError, ...] = ()
    skipped: dict[str, str] = field(default_factory=dict)
    # Set when the post was longer than the screener reads: where reading stopped, and how
    # many characters after that were not read.
    truncated_at: int | None = None
    unread_characters: int = 0

    @property
    def labels(self) -> list[str]:
        """The categories decided, in CATEGORY_IDS order; empty means appropriate."""
        return [c for c in CATEGORY_IDS if self.categories[c].decided]

    @property
    def scores(self) -> dict[str, float]:
        return {c: self.categories[c].score for c in CATEGORY_IDS}

    @property
    def is_appropriate(self) -> bool:
        return not self.labels

    @property
    def person_ids(self) -> list[str]:
        ids: list[str] = []
        for person in self.people:
            if person.person_id and person.person_id not in ids:
                ids.append(person.person_id)
        return ids

    def spans_for(self, label: str) -> list[Span]:
        return [span for span in self.spans if span.label == label]

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "scores": self.scores,
            "flags": list(self.flags),
            "categories": {
                c: {"score": j.score, "decided": j.decided, "policy_line": j.policy_line}
                for c, j in self.categories.items()
            },
            "police_lines": dict(self.police_lines),
            "people": [person.to_dict() for person in self.people],
            "spans": [span.to_dict() for span in self.spans],
            "engine": self.engine,
            "errors": [asdict(error) for error in self.errors],
            "skipped": dict(self.skipped),
            "truncated_at": self.truncated_at,
            "unread_characters": self.unread_characters,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def ordered_flags(flags: set[str]) -> tuple[str, ...]:
    return tuple(flag for flag in FLAG_IDS if flag in flags)


def one_per_person(
    mentions: Iterable[MentionT],
    person_of: Callable[[MentionT], str | None],
    words_of: Callable[[MentionT], str],
) -> list[tuple[list[str], MentionT]]:
    """Each person a post names once, as staff read them: the first mention of each roster
    person, with every different wording of them in order ("Mr Hale", "Tom Hale"). A mention of
    no one on the roster, or of several people at once, is grouped with the same words only."""
    grouped: dict[tuple[str, str], tuple[list[str], MentionT]] = {}
    for mention in mentions:
        words = words_of(mention)
        person = person_of(mention)
        key = ("person", person) if person else ("words", words.casefold())
        if key not in grouped:
            grouped[key] = ([words], mention)
        elif words not in grouped[key][0]:
            grouped[key][0].append(words)
    return list(grouped.values())
