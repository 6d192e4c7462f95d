"""The engine's assessment of a draft, told to the parent who wrote it in their own words.

Only what the parent typed is shown back: the kind of person a word names, never who the
roster says it is, so the check cannot be used to find out who is in which class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from schoolgate.policies.schema import PolicyDocument
from schoolgate.screening import Assessment
from schoolgate.screening.assessment import TEXT_SOURCE

# What each kind of person a draft names is called on the page.
KIND_LABELS: dict[str, Promise] = {
    "pupil": _("a pupil"),
    "staff": _("a member of staff"),
    "governor": _("a governor"),
    "parent": _("a parent or carer"),
}

# The categories a draft's words can fall in (the photo categories come from the photo check),
# each with how the page says a line reads, in the policy's order.
TEXT_CATEGORY_LABELS: dict[str, Promise] = {
    "complaint": _("reads as a complaint"),
    "allegation": _("reads as an allegation"),
    "defamation": _("may be defamatory"),
    "offensive_about_person": _("reads as offensive about a person"),
    "violence": _("reads as threatening"),
    "discrimination": _("reads as discriminatory"),
}

SENTENCE_END = re.compile(r"[.!?\n]")
# A quoted line longer than this is cut, so one long paragraph does not fill the page.
LONGEST_QUOTE = 300


@dataclass(frozen=True)
class Mention:
    words: str
    kind: str
    kind_label: Promise


@dataclass(frozen=True)
class Reading:
    """How some of the draft reads against one line of the policy."""

    category: str
    reads_as: Promise
    policy_line: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Piece:
    """A stretch of the draft as the page shows it; `mark` is "", "person" or "policy"."""

    text: str
    mark: str = ""
    note: str = ""


@dataclass(frozen=True)
class DraftFeedback:
    pieces: tuple[Piece, ...]
    mentions: tuple[Mention, ...]
    readings: tuple[Reading, ...]
    police_lines: tuple[str, ...]
    unread_characters: int

    @property
    def breaches_nothing(self) -> bool:
        return not self.readings and not self.mentions


def feedback_for(draft: str, assessment: Assessment, document: PolicyDocument) -> DraftFeedback:
    mentions: list[Mention] = []
    marks: list[tuple[int, int, str, str]] = []
    for person in assessment.people:
        if person.source != TEXT_SOURCE or person.kind not in KIND_LABELS:
            continue
        words = draft[person.start : person.end]
        mention = Mention(words, person.kind, KIND_LABELS[person.kind])
        if mention not in mentions:
            mentions.append(mention)
        marks.append((person.start, person.end, "person", str(KIND_LABELS[person.kind])))
    readings: list[Reading] = []
    for category, reads_as in TEXT_CATEGORY_LABELS.items():
        judgement = assessment.categories.get(category)
        if judgement is None or not judgement.decided:
            continue
        lines: list[str] = []
        for span in assessment.spans_for(category):
            if span.source != TEXT_SOURCE:
                continue
            line = sentence_around(draft, span.start, span.end)
            if line and line not in lines:
                lines.append(line)
            marks.append((span.start, span.end, "policy", str(reads_as)))
        wording = document.category(category)
        readings.append(
            Reading(
                category=category,
                reads_as=reads_as,
                policy_line=wording.wording if wording else judgement.policy_line,
                lines=tuple(lines),
            )
        )
    triggers = {trigger.flag: trigger.wording for trigger in document.police_triggers}
    police_lines = tuple(triggers[flag] for flag in assessment.flags if flag in triggers)
    return DraftFeedback(
        pieces=tuple(pieces_of(draft, marks)),
        mentions=tuple(mentions),
        readings=tuple(readings),
        police_lines=police_lines,
        unread_characters=assessment.unread_characters,
    )


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end], trimmed."""
    before = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after_match = SENTENCE_END.search(text, end)
    after = after_match.end() if after_match else len(text)
    sentence = text[before:after].strip()
    if len(sentence) > LONGEST_QUOTE:
        sentence = sentence[:LONGEST_QUOTE].rstrip() + "…"
    return sentence


def pieces_of(text: str, marks: list[tuple[int, int, str, str]]) -> list[Piece]:
    """Cut the draft into plain and marked stretches; where marks overlap the first one wins."""
    pieces: list[Piece] = []
    position = 0
    for start, end, mark, note in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position or end <= start:
            continue
        if start > position:
            pieces.append(Piece(text[position:start]))
        pieces.append(Piece(text[start:end], mark, note))
        position = end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return pieces
