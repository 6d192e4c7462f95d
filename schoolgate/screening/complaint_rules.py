"""The complaint rules (docs/labelling.md, reading rules 12 and 14): a complaint word counts when
it is about someone or something, is not answered by credit, and is not said of the poster's own
life (themselves, the weather, their household); mixed into the rules' segment reader."""

from __future__ import annotations

import re
from abc import abstractmethod
from itertools import islice

from . import lexicon as lx
from . import photo_words
from .assessment import Identification
from .group_rules import said_of_a_group
from .hits import Hit
from .pipeline import Segment
from .rule_scores import DECIDED, WEAK
from .sentences import Sentence

# How many words either side of a complaint word are read for the poster's own household ("the
# cat is not impressed", "disgraceful behaviour from our dog"): four hold a verb or a preposition
# and the household's words, and no more of the sentence.
HOUSEHOLD_REACH_WORDS = 4
_WORD = re.compile(r"\S+")
# How far after a complaint word the weather is looked for: "the " and the longest weather word.
WEATHER_REACH_CHARS = 16


class ComplaintRules:
    """Whether a post's complaint words make it a complaint. The reader supplies the folded
    text, its segment, whom it names, whether the post names any complaint target at all, and
    how to find hits and add evidence."""

    text: str
    segment: Segment
    mention_people: list[Identification]
    mentions: list[tuple[int, int]]
    deictic: list[tuple[int, int]]
    post_has_target: bool
    # Complaint words read, and how many were answered by credit or said of the poster's own life.
    _complaint_words = 0
    _credited = 0
    _own_life = 0

    @abstractmethod
    def _hits(self, cues: lx.CueSet) -> list[Hit]:
        """The cues' hits outside idioms."""

    @abstractmethod
    def _sentence(self, position: int) -> Sentence:
        """The sentence holding `position`."""

    @abstractmethod
    def _is_negated(self, hit: Hit) -> bool:
        """Whether the hit's clause denies it."""

    @abstractmethod
    def _add(self, label: str, score: float, hit: Hit, why: str) -> None:
        """Add evidence for `label` on the hit's words."""

    def _complaints(self) -> None:
        self._complaint_words = 0
        self._credited = 0
        self._own_life = 0
        for hit in self._hits(lx.COMPLAINT_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            after = self.text[hit.end : min(sentence.end, hit.end + lx.CREDIT_TURN_REACH)]
            if said_of_a_group(after):
                # "Sick of Polish families ...": said of a group, not of the school.
                continue
            self._complaint_words += 1
            if hit.extra is not True and not self.post_has_target:
                # "Fed up of the rain": a feeling about no one the policy protects.
                self._add("complaint", WEAK, hit, f"{hit.why}, about no one at the school")
                continue
            if lx.CREDIT_TURN.search(after):
                self._credited += 1
                # Kept to show staff, deciding nothing: the text model may still call it one.
                self._add(
                    "complaint", WEAK, hit, f"{hit.why}, then gives credit or asks whom to ask"
                )
                continue
            if hit.extra is not True and self._said_of_own_life(hit, sentence):
                self._own_life += 1
                self._add("complaint", WEAK, hit, f"{hit.why}, of the poster's own life")
                continue
            self._add("complaint", DECIDED, hit, hit.why)

    def _said_of_own_life(self, hit: Hit, sentence: Sentence) -> bool:
        """Whether the complaint word is said of the poster themselves ("I'm useless at combing
        curls"), of the weather ("shocking forecast for sports day"), or of their own household
        (their partner, pet, home or things: "disgraceful behaviour from our dog") in words that
        name no one and not the school."""
        if lx.SELF_JUDGEMENT.search(self.text, hit.start, hit.end) and lx.SAID_OF_ONESELF.search(
            self.text, sentence.start, hit.start
        ):
            return True
        if lx.WEATHER_AFTER.search(self.text[hit.end : hit.end + WEATHER_REACH_CHARS]):
            return True
        before = _WORD.findall(self.text, sentence.start, hit.start)[-HOUSEHOLD_REACH_WORDS:]
        after = list(islice(_WORD.finditer(self.text, hit.end), HOUSEHOLD_REACH_WORDS))
        # The two sides apart, so that no household's words are made across the complaint word.
        near = f"{' '.join(before)} | {' '.join(word.group() for word in after)}"
        if not lx.OWN_HOUSEHOLD.search(near):
            return False
        # The words read may reach into the next sentence ("Fuming!!! Left my purse at ..."):
        # neither sentence may name the school or anyone.
        end = self._sentence(after[-1].start()).end if after else sentence.end
        if lx.SCHOOL_CONTEXT.search(self.text, sentence.start, end):
            return False
        return not any(sentence.start <= start < end for start, _ in self.mentions + self.deictic)

    def not_a_complaint(self) -> str | None:
        """Why the post is no complaint, whatever a model reads in it (NOT_A_COMPLAINT_NOTE)."""
        if photo_words.SCHOOLS_OWN_PUBLIC_POST.search(self.text):
            return "it shares the school's own post"
        if self._complaint_words and self._credited == self._complaint_words:
            return "its complaint words are answered by credit"
        if (
            self._complaint_words
            and self._own_life
            and (self._credited + self._own_life == self._complaint_words)
        ):
            return "its complaint words are said of the poster's own life"
        if not self.post_has_target:
            return "it names no one and nothing a complaint could be about"
        return None

    def has_complaint_target(self) -> bool:
        """Whether the segment names anyone or anything a complaint can be about: someone it
        identifies or singles out, the school or what it provides, other parents, a service."""
        text = lx.NOT_A_COMPLAINT_TARGET.sub(" ", self.text)
        return bool(
            self.mention_people
            or self.deictic
            or lx.SCHOOL_CONTEXT.search(text)
            or lx.COMPLAINT_TARGET.search(text)
            or lx.ADDRESSED_HANDLE.search(self.segment.text)
        )
