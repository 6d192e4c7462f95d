"""The rules' reading of the groups a post names: whether it speaks well of them, denies or
reports what is said of them (reading rules 3 and 10), and which of them a threat or
discrimination could be aimed at (NAMED_GROUPS_NOTE); mixed into the rules' segment reader."""

from __future__ import annotations

import re
from abc import abstractmethod
from bisect import bisect_right

from . import group_words
from . import lexicon as lx
from .assessment import Span
from .folding import FoldedText
from .hits import Hit
from .named_groups import NamedGroup
from .pipeline import Segment
from .sentences import Sentence

# A word of any kind: a sentence without one says nothing of the groups.
_ANY_WORD = re.compile(r"\w")

# Groups a threat at which is not read as discrimination (see named_groups).
NOT_THREATENED_AS_GROUPS = frozenset(
    {group_words.Characteristic.SEX, group_words.Characteristic.AGE}
)
# Groups whose provision at school parents complain about as of anything else (see
# said_of_a_group).
_COMPLAINT_ABOUT_PROVISION = NOT_THREATENED_AS_GROUPS | {group_words.Characteristic.DISABILITY}
# A group named as the poster's own ("my autistic son", "our Polish neighbours") is no target.
_OWN_BEFORE = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:\w+\s+)?$")
# The words between a complaint word and a group it is said of: "sick of (all the) Polish families".
_GROUP_OBJECT = re.compile(r"\s*(?:of|with|about|by)?\s*(?:the|all the|these|those|all)?\s*")


def said_of_a_group(after: str) -> bool:
    """Whether the words just after a complaint word name a group (see _GROUP_OBJECT) for whom
    a complaint is hate, not a complaint: not sex, age or disability ("frustrated with the
    special needs support", "disappointed with the girls' football" are complaints)."""
    lead = _GROUP_OBJECT.match(after)
    start = lead.end() if lead else 0
    for found, _, _, characteristic in group_words.GROUP_CUES.finditer(after, start, len(after)):
        return found == start and characteristic not in _COMPLAINT_ABOUT_PROVISION
    return False


class GroupRules:
    """How the post's words stand towards the groups they name. The reader supplies the folded
    text, its segment and sentences, and the reading aids below; the caches start empty."""

    text: str
    segment: Segment
    folded: FoldedText
    _groups: list[Hit] | None
    _wished_sentences: frozenset[int] | None
    sentences: list[Sentence]
    _denial_ends: dict[int, list[int]]
    _condemns: bool | None
    _endorses: bool | None

    @abstractmethod
    def _hits(self, cues: lx.CueSet) -> list[Hit]:
        """The cues' matches in the text, outside idioms."""

    @abstractmethod
    def _sentence(self, position: int) -> Sentence:
        """The sentence holding `position`."""

    @abstractmethod
    def _in_quote(self, hit: Hit) -> bool:
        """Whether the hit is inside quotation marks."""

    @abstractmethod
    def _quotes_reported(self) -> bool:
        """Whether the post says who said what it quotes, or condemns it."""

    @abstractmethod
    def _is_reported_or_denied(self, hit: Hit, sentence: Sentence) -> bool:
        """Rule 3: hate that is negated, condemned, reported or quoted to be condemned."""

    def _denied(self, hit: Hit, sentence: Sentence) -> bool:
        """Whether words that deny what follows them, or put it in someone else's mouth, come
        just before the hit (GROUP_DENIAL, REPORTED_CLAIM)."""
        if sentence.start not in self._denial_ends:
            patterns = [group_words.GROUP_DENIAL]
            if self._endorses is None:
                self._endorses = group_words.ENDORSEMENT.search(self.text) is not None
            if not self._endorses:
                patterns.append(group_words.REPORTED_CLAIM)
            self._denial_ends[sentence.start] = sorted(
                found.end()
                for pattern in patterns
                for found in pattern.finditer(self.text, sentence.start, sentence.end)
            )
        ends = self._denial_ends[sentence.start]
        # Only the last denial ending before the hit can be within reach of it.
        before = bisect_right(ends, hit.start) - 1
        if before < 0:
            return False
        between = self.text[ends[before] : hit.start]
        return len(between.split()) <= group_words.DENIED_GROUP_REACH

    def _condemned_report(self, sentence: Sentence) -> bool:
        """Whether the sentence reports what someone said ("Overheard at the gate: ...") in a
        post that condemns it."""
        if not group_words.REPORTED_OPENER.match(sentence.text):
            return False
        if self._condemns is None:
            self._condemns = group_words.CONDEMNATION.search(self.text) is not None
        return self._condemns

    def defends_groups(self) -> bool:
        """Whether every sentence naming a group speaks well of it, denies or condemns what is
        said of it, or reports it; False when no group is named (see DEFENDS_GROUPS_NOTE)."""
        groups = self._group_hits()
        return bool(groups) and all(self._defends(group) for group in groups)

    def wishes_a_day_well(self) -> bool:
        """Whether the text wishes a faith's or a community's day well (see GOOD_WISH_NOTE)."""
        return group_words.OCCASION_WISH.search(self.text) is not None

    def names_groups(self) -> bool:
        return bool(self._group_hits())

    def names_unwished_groups(self) -> bool:
        """Whether the text names a group other than as the people a good wish is for."""
        return any(not self._wished_to(group) for group in self._group_hits())

    def _wished_to(self, group: Hit) -> bool:
        """Whether the group is named as the people a good wish is for, in a post that is
        nothing but good wishes ("Happy Diwali to all our Hindu friends 🪔"): every sentence is
        a wish to the groups it names, or a wish to no one in particular. A later sentence of any other
        kind ("Eid Mubarak to all Muslims. Deport the lot") and no group in the post is wished."""
        if self._wished_sentences is None:
            self._wished_sentences = self._sentences_wishing_groups_well()
        return self._sentence(group.start).start in self._wished_sentences

    def _sentences_wishing_groups_well(self) -> frozenset[int]:
        """The starts of the sentences that wish the groups they name well, where every
        sentence of the text is a good wish; none otherwise."""
        wished = set()
        for sentence in self.sentences:
            groups = [g for g in self._group_hits() if sentence.start <= g.start < sentence.end]
            if not groups:
                # Besides the wishes to groups, only wishes to no one in particular, or emoji
                # alone ("Happy Vaisakhi to all our Sikh friends! 🧡").
                words = sentence.text.strip()
                if _ANY_WORD.search(words) and not group_words.WISH_ALONE.fullmatch(words):
                    return frozenset()
                continue
            marked, last = [], sentence.start
            for group in groups:
                marked += [self.text[last : group.start], group_words.GROUP_MARK]
                last = group.end
            marked.append(self.text[last : sentence.end])
            if not group_words.WISH_TO_GROUPS.fullmatch("".join(marked).strip()):
                return frozenset()
            wished.add(sentence.start)
        return frozenset(wished)

    def _group_hits(self) -> list[Hit]:
        """The groups the text names, read once."""
        if self._groups is None:
            self._groups = self._hits(group_words.GROUP_CUES)
        return self._groups

    def _defends(self, group: Hit) -> bool:
        sentence = self._sentence(group.start)
        # Not _is_reported_or_denied: a "not" before the group ("we don't need an African
        # teacher") denies nothing said of it.
        if (
            sentence.is_counter_speech
            or sentence.is_reporting
            or self._condemned_report(sentence)
            or self._denied(group, sentence)
            or (self._in_quote(group) and self._quotes_reported())
        ):
            return True
        if self._wished_to(group):
            return True
        if group_words.GROUP_PRAISE_BEFORE.search(self.text, sentence.start, group.start):
            return True
        praise = group_words.GROUP_PRAISE.search(self.text, group.end, sentence.end)
        # "... are not welcome": praise after a negation is no praise.
        return praise is not None and not lx.NEGATION.search(self.text, group.end, praise.start())

    def named_groups(self) -> list[NamedGroup]:
        """The groups named outside counter-speech, reports and denials, for a threat at them
        (see NAMED_GROUPS_NOTE). Sex and age are left out: "the boys", "the older kids" in a
        school post are children of a class, not a protected group."""
        found: list[NamedGroup] = []
        for hit in self._group_hits():
            characteristic = hit.extra
            if characteristic in NOT_THREATENED_AS_GROUPS or self._is_own(hit):
                continue
            if self._is_reported_or_denied(hit, self._sentence(hit.start)):
                continue
            start, end = self.folded.original_span(hit.start, hit.end)
            named = f"{self.segment.text[start:end]} ({hit.why})"
            racial = characteristic in group_words.RACIAL_CHARACTERISTICS
            found.append(
                NamedGroup(
                    Span(start, end, "discrimination", "", self.segment.source), named, racial
                )
            )
        return found

    def _is_own(self, group: Hit) -> bool:
        return _OWN_BEFORE.search(self.text, max(0, group.start - 24), group.start) is not None
