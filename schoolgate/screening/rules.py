"""The fast first pass: docs/labelling.md's categories and police flags read by rules, with reasons."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import group_words, threat_words
from . import lexicon as lx
from .assessment import TEXT_SOURCE, Identification, Span
from .complaint_rules import ComplaintRules
from .folding import FoldedText, fold
from .group_rules import NOT_THREATENED_AS_GROUPS, GroupRules
from .hits import Hit
from .lexicon import Conduct
from .named_groups import THREAT_AT_GROUP
from .photo_rules import PhotoRules, adult_in_school_photo
from .pipeline import (
    DEFENDS_GROUPS_NOTE,
    FACES_NOTE,
    GOOD_WISH_NOTE,
    HEAD_LICE_NOTE,
    NAMED_GROUPS_NOTE,
    NOT_A_COMPLAINT_NOTE,
    NOTES_FOR_THE_MODEL,
    NOTHING_TO_HARM_NOTE,
    REFERS_TO_NO_ONE_NOTE,
    THREAT_SPECIFICS_NOTE,
    Analyzer,
    Reading,
    ScreeningContext,
    Segment,
)
from .rule_scores import CERTAIN, DECIDED, LEANING, WEAK
from .sentences import Sentence, split_sentences
from .threat_words import Specific, Threat

_CLAUSE_BREAK = re.compile(r"[,;:()\-]|\bbut\b|\bso\b|\bbecause\b")
# A word that breaks a clause when the hit starts right after it ("so" in "sole"), seen only when
# the text is cut at the hit; 8 characters hold "because" and the boundary before it.
_CLAUSE_BREAK_AT_END = re.compile(r"\b(?:but|so|because)\Z")
_CLAUSE_BREAK_WORD = 8
# Negation is read in the last six words of the clause before a hit: enough for "I would never
# ever say that he is", few enough that a "not" earlier in the clause rarely reaches the hit.
NEGATION_WORDS = 6
# How much text _last_words reads first, and how much more each time it finds too few words:
# 64 characters usually hold six words, and growing fourfold keeps a long run of spaces linear.
_FIRST_READ = 64
_READ_GROWTH = 4
_CONDITIONAL = re.compile(r"\b(?:if|unless|when|next time)\b")
# The same words cut short by the hit ("if" in "iffy"), and the room they take with a boundary:
# 11 characters hold "next time" and the boundaries either side.
_CONDITIONAL_AT_END = re.compile(r"\b(?:if|unless|when|next time)\Z")
_CONDITIONAL_WORD = 11
_FIRST_PERSON_THREAT = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|im going to|i'm gonna|im gonna|gonna|i'd"
    r"|i would|i could|we'll|we will)\b"
)
# Read with match() right after a sexual word ("sex education"), which anchors it there.
_NOT_SEXUAL = re.compile(
    r"\s*(?:education|ed\b|health|abuse|offen|orientation|discrimination|and relationships?)"
)
# An insult is said of a person when the words just before it make it a predicate ("she is
# such an absolute"): 40 characters hold the longest such run of two words the lexicon reads.
_PERSON_BEFORE_CHARS = 40
# ...or when a person noun follows it ("lazy teacher"): 24 characters hold the longest noun.
_PERSON_NOUN_AFTER_CHARS = 24
# A group and what is said of it sit in one clause: up to six words between the group and the
# words that demean it ("Polish families at this school are"), or four after ("keep out the").
_GROUP_BEFORE_WORDS = 6
_GROUP_AFTER_WORDS = 4
# A threat is specific when the sentence holding it, or the one either side, gives a time, a
# place, a weapon or a home ("I'll be at the gates at 3. He's getting battered.").
_SPECIFIC_REACH_SENTENCES = 1
# A threat is aimed at a person when a pronoun for one follows it closely ("I'll be waiting for
# him"): 16 characters hold "down with them".
_PERSON_OBJECT_REACH = 16

# Threats the poster makes themselves: credible (a police matter without anything specific) when
# aimed at someone identified, or, in the first person, at a person ("I'll stab him").
_THREATS = frozenset({Threat.DIRECT, Threat.CONDITIONAL, Threat.OPEN, Threat.ARMED})
# Calls on others to hurt someone: credible when the someone is identified.
_CALLS = frozenset({Threat.CALL})
_SPECIFIC_ORDER = (Specific.TIME, Specific.PLACE, Specific.WEAPON, Specific.HOME)
# Kinds of person a post may contact again and again as a complaint (through the school).
_SCHOOL_KINDS = frozenset({"staff", "governor"})


class RulesAnalyzer(Analyzer):
    """Read each segment's text by docs/labelling.md's rules; write evidence spans with reasons."""

    name = "rules"
    needs = ("people",)
    adds = (
        "relevance",
        "allegation",
        "complaint",
        "defamation",
        "offensive_about_person",
        "violence",
        "discrimination",
        "photo_of_others",
        "dojo_photo",
        "police_threat_of_violence",
        "police_racial_element",
        "police_grossly_obscene",
        "police_harassment",
    )
    reads = frozenset({FACES_NOTE})
    writes = NOTES_FOR_THE_MODEL

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            readers = [_SegmentReader(reading, segment, context) for segment in reading.segments]
            # Whom a complaint is about may be in the caption or in an image's words: the
            # post's, read before any segment's complaint words are weighed.
            has_target = any(reader.has_complaint_target() for reader in readers)
            post_words = None
            for reader in readers:
                reader.post_has_target = has_target
                reader.read()
                if reader.segment.source == TEXT_SOURCE:
                    post_words = reader
                    named = reader.named_groups()
                    reading.notes[NAMED_GROUPS_NOTE] = named
                    reading.notes[DEFENDS_GROUPS_NOTE] = reader.defends_groups()
                    # Specifics matter only for a threat aimed at someone named or a group:
                    # the common post that names neither is not read for them.
                    aimed = bool(reading.people or named)
                    reading.notes[THREAT_SPECIFICS_NOTE] = (
                        reader.threat_specifics() if aimed else []
                    )
                    reading.notes[NOT_A_COMPLAINT_NOTE] = reader.not_a_complaint()
            # The model reads the text and the images' words together: so are these.
            refers_to_no_one = all(r.refers_to_no_one() for r in readers)
            reading.notes[REFERS_TO_NO_ONE_NOTE] = refers_to_no_one
            reading.notes[NOTHING_TO_HARM_NOTE] = (
                refers_to_no_one
                and not has_target
                and any(r.idioms for r in readers)
                and not any(r.harms_outside_idioms() for r in readers)
            )
            reading.notes[HEAD_LICE_NOTE] = any(
                lx.HEAD_LICE.search(r.text) for r in readers
            ) and all(r.speaks_only_of_head_lice() for r in readers)
            reading.notes[GOOD_WISH_NOTE] = (
                post_words is not None
                and post_words.wishes_a_day_well()
                and not any(r.names_unwished_groups() or r.points_at_someone() for r in readers)
            )
            adult_in_school_photo(reading, post_words)
            if reading.evidence or reading.people:
                reading.is_relevant = True


class _SegmentReader(ComplaintRules, PhotoRules, GroupRules):
    def __init__(self, reading: Reading, segment: Segment, context: ScreeningContext) -> None:
        self.reading = reading
        self.segment = segment
        self.context = context
        self.folded: FoldedText = fold(segment.text, lx.MASKABLE_WORDS)
        self.text = self.folded.text
        self.sentences = split_sentences(self.text)
        self.mention_people = [p for p in reading.people if p.source == segment.source]
        self.mentions = [
            (self.folded.folded_index(p.start), self.folded.folded_index(p.end))
            for p in self.mention_people
        ]
        self.deictic = [(m.start(), m.end()) for m in lx.DEICTIC.finditer(self.text)]
        self.idioms = [(s, e) for s, e, _, _ in lx.IDIOM_CUES.finditer(self.text)]
        # Indexes built once, so each hit is looked up rather than checked against the whole
        # post: a long post used to cost the square of its length.
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        self._idiom_starts = [start for start, _ in self.idioms]
        self._breaks = [m.end() for m in _CLAUSE_BREAK.finditer(self.text)]
        self._first_in_sentence: list[tuple[int, int] | None] = [None] * len(self.sentences)
        for start, end in self.mentions + self.deictic:
            index = self._sentence_index(start)
            if index is not None and self._first_in_sentence[index] is None:
                self._first_in_sentence[index] = (start, end)
        self._by_start = sorted(self.mentions + self.deictic)
        self._mention_spans = sorted(self.mentions)
        self._person_at: dict[tuple[int, int], Identification] = {}
        for span, person in zip(self.mentions, self.mention_people, strict=True):
            self._person_at.setdefault(span, person)
        self._conditionals = [(m.start(), m.end()) for m in _CONDITIONAL.finditer(self.text)]
        self._conditional_starts = [start for start, _ in self._conditionals]
        self._has_school_context: bool | None = None
        # Whether the whole post names anyone or anything a complaint could be about (set by
        # the analyzer from every segment's has_complaint_target before reading).
        self.post_has_target = True
        self._searched: dict[tuple[str, int], re.Match[str] | None] = {}
        self._specifics: dict[int, dict[object, list[Hit]]] = {}
        self._harassed_in: dict[tuple[int, object], str | None] = {}
        self._quotes: list[tuple[int, int]] | None = None
        self._groups: list[Hit] | None = None
        self._wished_sentences: frozenset[int] | None = None
        self._threatened: list[Hit] | None = None
        self._denial_ends: dict[int, list[int]] = {}
        self._condemns: bool | None = None
        self._endorses: bool | None = None
        self._quotes_are_reported: bool | None = None

    # -- the rules ---------------------------------------------------------------------------

    def read(self) -> None:
        self._complaints()
        self._insults()
        self._wrongdoing()
        self._ganging_up()
        self._insinuation_and_shunning()
        self._violence()
        self._discrimination()
        self._photos()
        self._harassment()
        self._obscenity()

    def _insults(self) -> None:
        hits = self._hits(lx.INSULT_CUES)
        hits += [h for h in self._hits(lx.PERSON_INSULT_CUES) if self._said_of_person(h)]
        for hit in hits:
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or sentence.is_reporting or self._is_negated(hit):
                continue
            if self._denied(hit, sentence):
                continue
            target = self._target(hit)
            if target:
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {target}")
            elif self._school_context():
                self._add("complaint", LEANING, hit, f"{hit.why} about the school")
                self._add("offensive_about_person", WEAK, hit, f"{hit.why}, no one identified")

    def _wrongdoing(self) -> None:
        # (hit, whether it would lower someone in reasonable people's eyes, whether it calls
        # someone a name).
        hits = [(h, h.extra is True, False) for h in self._hits(lx.WRONGDOING_CUES)]
        for match in lx.NAME_CALLING_CUE.finditer(self.text):
            if not self._in_idiom(match.start(), match.end()):
                severe = lx.MILD_NAME_CALLING.search(match.group()) is None
                why = _name_calling_reason(match.group())
                hits.append((Hit(match.start(), match.end(), why), severe, True))
        for hit, severe, name_calling in hits:
            sentence = self._sentence(hit.start)
            if self._is_negated(hit) or _overlaps(hit, sentence.counter_spans):
                continue
            target = self._target(hit)
            if not target:
                self._add("allegation", WEAK, hit, f"{hit.why}, no one identified")
                continue
            self._add("allegation", DECIDED, hit, f"{hit.why} ({target})")
            if name_calling and not sentence.is_reporting:
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {target}")
            if severe:
                if sentence.is_question:
                    self._add("defamation", WEAK, hit, f"{hit.why}, asked not stated")
                elif sentence.is_opinion or self._is_conditional(hit):
                    self._add("defamation", WEAK, hit, f"{hit.why}, given as opinion")
                else:
                    self._add("defamation", DECIDED, hit, f"{hit.why}, stated as fact ({target})")

    def _insinuation_and_shunning(self) -> None:
        """Wrongdoing hinted at, and calls to shun: allegations when aimed at someone."""
        found = [(m, "insinuates wrongdoing") for m in lx.INSINUATION.finditer(self.text)]
        found += [
            (m, "calls on others to exclude someone") for m in lx.SHUNNING.finditer(self.text)
        ]
        for match, why in found:
            hit = Hit(match.start(), match.end(), why)
            target = self._target(hit)
            if target and not self._sentence(hit.start).is_counter_speech:
                self._add("allegation", DECIDED, hit, f"{hit.why}, aimed at {target}")

    def _ganging_up(self) -> None:
        for hit in self._hits(lx.GANGING_UP_CUES):
            if self._sentence(hit.start).is_counter_speech:
                continue
            self._add("allegation", DECIDED, hit, f"cyber-bullying: {hit.why}")

    def _violence(self) -> None:
        for hit in self._hits(threat_words.VIOLENCE_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            threat = hit.extra
            target = self._target(hit)
            if threat is Threat.ARMED and not self._armed_against_someone(sentence, target):
                continue
            self._add("violence", CERTAIN, hit, hit.why)
            self._threat_to_group(hit)
            specifics = self._specifics_near(hit)
            reason = self._police_threat(hit, target, specifics)
            if reason is None:
                continue
            self._add("police_threat_of_violence", CERTAIN, hit, reason)
            for detail in specifics:
                self._add("police_threat_of_violence", CERTAIN, detail, f"specific: {detail.why}")

    def _threat_to_group(self, hit: Hit) -> None:
        """A threat at a group named for a protected characteristic (reading rule 11)."""
        if self._threatened is None:
            self._threatened = [
                group
                for group in self._group_hits()
                if group.extra not in NOT_THREATENED_AS_GROUPS and not self._is_own(group)
            ]
        group = self._group_for(hit, self._threatened)
        if group is None or self._is_reported_or_denied(group, self._sentence(group.start)):
            return
        named = f"{self._original(group)} ({group.why})"
        self._add("discrimination", DECIDED, group, f"{THREAT_AT_GROUP} {named}")
        if group.extra in group_words.RACIAL_CHARACTERISTICS:
            why = f"racial element: {THREAT_AT_GROUP} {named}"
            self._add("police_racial_element", DECIDED, group, why)

    def _police_threat(self, hit: Hit, target: str | None, specifics: list[Hit]) -> str | None:
        """Why a violent remark is a police matter, or None when it is not.

        Wishes, venting and veiled remarks are violence; police_threat_of_violence needs a threat
        that is specific (a time, a place, a weapon, a home) or credible: made by the poster
        against someone identified or against a person, or a call on others against someone
        identified. A vague angry remark at the school is neither.
        """
        threat = hit.extra
        reach = self.text[hit.start : hit.end + _PERSON_OBJECT_REACH]
        at_a_person = target is not None or threat_words.PERSON_OBJECT.search(reach) is not None
        first_person = _FIRST_PERSON_THREAT.search(self.text, hit.start, hit.end) is not None
        credible = (threat in _THREATS and (target or (first_person and at_a_person))) or (
            threat in _CALLS and target
        )
        if not (credible or specifics):
            return None
        if target:
            reason = f"a threat against {target}"
        else:
            reason = "a direct threat" if first_person else "a threat"
        if specifics:
            reason += f"; specific: {_specific_words({d.extra for d in specifics})}"
        return reason

    def _armed_against_someone(self, sentence: Sentence, target: str | None) -> bool:
        """Bringing a bat is a threat when it is aimed at someone, not for rounders."""
        if self._search_in(threat_words.HARMLESS_TOOL_USE, sentence):
            return False
        return (
            target is not None or self._search_in(threat_words.PERSON_OBJECT, sentence) is not None
        )

    def _discrimination(self) -> None:
        for hit in self._hits(group_words.SLUR_CUES):
            sentence = self._sentence(hit.start)
            if self._is_reported_or_denied(hit, sentence):
                continue
            self._add("discrimination", CERTAIN, hit, hit.why)
            target = self._target(hit)
            if target:
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {target}")
            slur = hit.extra
            if (
                isinstance(slur, group_words.Slur)
                and slur.characteristic in group_words.RACIAL_CHARACTERISTICS
            ):
                why = f"racial element: a slur aimed at {slur.aimed_at}"
                self._add("police_racial_element", CERTAIN, hit, why)
        for match in group_words.NATIONALITY_EXCLUSION.finditer(self.text):
            hit = Hit(match.start(), match.end(), "excludes people by nationality or language")
            if self._is_reported_or_denied(hit, self._sentence(hit.start)):
                continue
            self._add("discrimination", DECIDED, hit, hit.why)
            why = "racial element: aimed at people for their nationality or language"
            self._add("police_racial_element", DECIDED, hit, why)
            self._offensive_if_aimed(hit)
        groups = self._group_hits()
        if not groups:
            return
        for hit in self._hits(group_words.EXCLUSION_CUES):
            if self._is_reported_or_denied(hit, self._sentence(hit.start)):
                continue
            group = self._group_for(hit, groups)
            if group is None or (self._in_quote(group) and self._quotes_reported()):
                continue
            named = self._original(group)
            self._add("discrimination", DECIDED, hit, f"{hit.why}: {named} ({group.why})")
            self._add("discrimination", DECIDED, group, f"the group demeaned ({group.why})")
            self._offensive_if_aimed(hit)
            if group.extra in group_words.RACIAL_CHARACTERISTICS:
                why = f"racial element: aimed at {named} ({group.why})"
                self._add("police_racial_element", DECIDED, hit, why)
                self._add("police_racial_element", DECIDED, group, why)

    def _is_reported_or_denied(self, hit: Hit, sentence: Sentence) -> bool:
        """Rule 3: hate that is negated, condemned, reported or quoted to be condemned."""
        return (
            sentence.is_counter_speech
            or sentence.is_reporting
            or self._condemned_report(sentence)
            or self._denied(hit, sentence)
            or self._is_negated(hit)
            or (self._in_quote(hit) and self._quotes_reported())
        )

    def _offensive_if_aimed(self, hit: Hit) -> None:
        sentence = self._sentence(hit.start)
        first = bisect_left(self._mention_spans, (sentence.start, -1))
        if first < len(self._mention_spans) and self._mention_spans[first][0] < sentence.end:
            start, end = self._mention_spans[first]
            named = self.segment.text[slice(*self.folded.original_span(start, end))]
            self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {named}")

    def _harassment(self) -> None:
        for hit in self._hits(lx.HARASSMENT_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            conduct = hit.extra
            if conduct is Conduct.REPEAT and self._search_in(lx.COMPLAINT_CHANNEL, sentence):
                conduct = Conduct.CONTACT
            person = self._harassed(sentence, conduct)
            if person is not None:
                why = f"a course of conduct: {hit.why}, aimed at {person}"
                self._add("police_harassment", CERTAIN, hit, why)
                # A campaign of posts against a person is cyber-bullying.
                self._add(
                    "allegation", DECIDED, hit, f"cyber-bullying: {hit.why}, aimed at {person}"
                )
            elif self._search_in(lx.SCHOOL_OR_LEADERS, sentence):
                # Criticism of the school or its leaders, however persistent, is a complaint.
                self._add("complaint", DECIDED, hit, f"a persistent complaint: {hit.why}")

    def _harassed(self, sentence: Sentence, conduct: object) -> str | None:
        """Who a campaign the post announces is aimed at, when that is a police matter.

        Never the school or its leaders: pressing them, however persistently, is a complaint.
        Contact again and again (emails, calls) is a complaint when it goes to anyone at the
        school; posting about someone again and again is harassment of anyone but the leaders.
        Worked out once per sentence and conduct: one long sentence may announce many times.
        """
        key = (sentence.start, conduct)
        if key not in self._harassed_in:
            self._harassed_in[key] = self._harassed_person(sentence, conduct)
        return self._harassed_in[key]

    def _harassed_person(self, sentence: Sentence, conduct: object) -> str | None:
        first = bisect_left(self._by_start, (sentence.start, -1))
        last = bisect_left(self._by_start, (sentence.end, -1))
        people = self._by_start[first:last]
        if not people and not self._search_in(lx.SCHOOL_OR_LEADERS, sentence):
            pronoun = self._search_in(lx.PERSONAL_PRONOUN, sentence)
            if pronoun is None:
                return None
            if first == 0:
                return f'someone it calls "{pronoun.group()}"'
            people = [self._by_start[first - 1]]  # whom the pronoun points back at
        for start, end in people:
            person = self._person_at.get((start, end))
            words = self.text[start:end]
            if self._leads_the_school(person, words):
                continue
            at_school = (
                person.kind in _SCHOOL_KINDS
                if person
                else lx.SCHOOL_STAFF.search(words) is not None
            )
            if conduct is Conduct.CONTACT and at_school:
                continue
            return self.segment.text[slice(*self.folded.original_span(start, end))]
        return None

    def _leads_the_school(self, person: Identification | None, words: str) -> bool:
        entry = self.context.roster.get(person.person_id) if person and person.person_id else None
        if entry is not None:
            return entry.kind == "governor" or lx.LEADER_ROLE.search(entry.role) is not None
        return lx.SCHOOL_OR_LEADERS.search(words) is not None

    def _obscenity(self) -> None:
        for match in lx.SEXUAL.finditer(self.text):
            if _NOT_SEXUAL.match(self.text, match.end()):
                continue
            hit = Hit(match.start(), match.end(), "")
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            if lx.EXPLICIT.fullmatch(match.group()):
                self._add("police_grossly_obscene", CERTAIN, hit, "sexually explicit")
            elif self._search_in(lx.CHILDREN, sentence):
                self._add(
                    "police_grossly_obscene", CERTAIN, hit, "sexual content involving children"
                )
        for hit in self._hits(lx.SEXUAL_ACT_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or sentence.is_reporting or self._is_negated(hit):
                continue
            target = self._target(hit)
            if self._search_in(lx.CHILDREN, sentence):
                self._add("police_grossly_obscene", CERTAIN, hit, f"{hit.why}, involving children")
            elif target:
                self._add("police_grossly_obscene", CERTAIN, hit, f"{hit.why}, aimed at {target}")
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {target}")
            elif threat_words.PERSON_OBJECT.search(
                self.text, hit.start, hit.end
            ) or self._search_in(threat_words.PERSON_OBJECT, sentence):
                self._add("police_grossly_obscene", CERTAIN, hit, f"{hit.why}, aimed at a person")

    # -- reading aids --------------------------------------------------------------------------

    def _hits(self, cues: lx.CueSet) -> list[Hit]:
        return [
            Hit(start, end, why, extra)
            for start, end, why, extra in cues.finditer(self.text)
            if not self._in_idiom(start, end)
        ]

    def _in_idiom(self, start: int, end: int) -> bool:
        # Idioms do not overlap, so the last one starting before `end` reaches furthest.
        index = bisect_left(self._idiom_starts, end) - 1
        return index >= 0 and start < self.idioms[index][1]

    def _sentence_index(self, position: int) -> int | None:
        index = bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return index
        return None

    def _sentence(self, position: int) -> Sentence:
        index = self._sentence_index(position)
        return self.sentences[-1 if index is None else index]

    def _search_in(self, pattern: re.Pattern[str], sentence: Sentence) -> re.Match[str] | None:
        """Search a sentence once per pattern: a post of one long sentence has many hits."""
        key = (pattern.pattern, sentence.start)
        if key not in self._searched:
            self._searched[key] = pattern.search(sentence.text)
        return self._searched[key]

    def _specifics_near(self, hit: Hit) -> list[Hit]:
        """What makes a threat specific, in its sentence and the sentences either side: the
        nearest time, place, weapon and home, so a long post costs no more per threat."""
        index = self._sentence_index(hit.start)
        middle = len(self.sentences) - 1 if index is None else index
        first = max(0, middle - _SPECIFIC_REACH_SENTENCES)
        last = min(len(self.sentences) - 1, middle + _SPECIFIC_REACH_SENTENCES)
        nearest: dict[object, Hit] = {}
        for sentence_index in range(first, last + 1):
            for kind, found in self._specifics_in(sentence_index).items():
                # Found in order of start, so only the two either side of the hit can be nearest.
                at = bisect_left(found, hit.start, key=lambda detail: detail.start)
                for candidate in found[max(0, at - 1) : at + 1]:
                    best = nearest.get(kind)
                    if best is None or _distance(candidate, hit) < _distance(best, hit):
                        nearest[kind] = candidate
        return sorted(nearest.values(), key=lambda detail: detail.start)

    def threat_specifics(self) -> list[Span]:
        """The first time, place, weapon and home the text names, for a threat that only the
        text model reads (see THREAT_SPECIFICS_NOTE)."""
        first: dict[object, Hit] = {}
        for index in range(len(self.sentences)):
            for kind, found in self._specifics_in(index).items():
                first.setdefault(kind, found[0])
        spans = []
        for detail in sorted(first.values(), key=lambda detail: detail.start):
            start, end = self.folded.original_span(detail.start, detail.end)
            why = f"specific: {detail.why}"
            spans.append(Span(start, end, "police_threat_of_violence", why, self.segment.source))
        return spans

    def _specifics_in(self, index: int) -> dict[object, list[Hit]]:
        """Read each sentence once for times, places, weapons and homes, by kind."""
        if index not in self._specifics:
            sentence = self.sentences[index]
            by_kind: dict[object, list[Hit]] = {}
            for start, end, why, kind in threat_words.SPECIFIC_CUES.finditer(
                self.text, sentence.start, sentence.end
            ):
                by_kind.setdefault(kind, []).append(Hit(start, end, why, kind))
            self._specifics[index] = by_kind
        return self._specifics[index]

    def _in_quote(self, hit: Hit) -> bool:
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in group_words.QUOTED.finditer(self.text)]
        # Quotes do not overlap: only the last one starting at or before the hit can hold it.
        index = bisect_right(self._quotes, (hit.start, len(self.text))) - 1
        return index >= 0 and hit.end <= self._quotes[index][1]

    def _quotes_reported(self) -> bool:
        """Whether the post says who said what it quotes, or condemns it."""
        if self._quotes_are_reported is None:
            self._quotes_are_reported = bool(
                group_words.REPORTED_SPEECH.search(self.text)
                or group_words.CONDEMNATION.search(self.text)
            )
        return self._quotes_are_reported

    def _original(self, hit: Hit) -> str:
        """The words of a hit as the poster wrote them."""
        return self.segment.text[slice(*self.folded.original_span(hit.start, hit.end))]

    def refers_to_no_one(self) -> bool:
        """Whether the post names no group, identifies or singles out no one, and has no word
        for people (see REFERS_TO_NO_ONE_NOTE)."""
        return not (
            self._group_hits() or self._singles_out_someone() or lx.PEOPLE_WORDS.search(self.text)
        )

    def speaks_only_of_head_lice(self) -> bool:
        """Whether the segment names no group, calls no one lice and, outside the idioms the
        rules know, names no means of harm (see HEAD_LICE_NOTE): its words for lice, where it
        has them, are about lice."""
        return not (
            self._group_hits()
            or self._hits(group_words.SLUR_CUES)
            or lx.LICE_FOR_PEOPLE.search(self.text)
            or self._outside_idioms(lx.MEANS_OF_HARM)
        )

    def _singles_out_someone(self) -> bool:
        """Whether the segment identifies someone, singles someone out ("that teacher"), or
        names a handle or a hashtag."""
        return bool(
            self.mention_people or self.deictic or lx.HANDLE_OR_HASHTAG.search(self.segment.text)
        )

    def harms_outside_idioms(self) -> bool:
        """Whether, outside the idioms the rules know, the segment names a place or a thing a
        threat could be made against, or a means of harm (see NOTHING_TO_HARM_NOTE)."""
        return self._outside_idioms(lx.HARMABLE)

    def _outside_idioms(self, words: re.Pattern[str]) -> bool:
        """Whether `words` match anywhere outside the idioms the rules know."""
        return any(not self._in_idiom(m.start(), m.end()) for m in words.finditer(self.text))

    def points_at_someone(self) -> bool:
        """Whether the segment identifies or singles out someone, or has a pronoun for people."""
        return bool(self._singles_out_someone() or group_words.POINTS_AT_SOMEONE.search(self.text))

    def _school_context(self) -> bool:
        if self._has_school_context is None:
            self._has_school_context = lx.SCHOOL_CONTEXT.search(self.text) is not None
        return self._has_school_context

    def _clause_start(self, hit: Hit) -> int:
        """Where the clause holding the hit begins: after the last break before it in its sentence."""
        sentence_start = self._sentence(hit.start).start
        cut = max(sentence_start, hit.start - _CLAUSE_BREAK_WORD)
        if hit.start > cut and _CLAUSE_BREAK_AT_END.search(self.text, cut, hit.start):
            return hit.start
        index = bisect_right(self._breaks, hit.start) - 1
        if index >= 0 and self._breaks[index] > sentence_start:
            return self._breaks[index]
        return sentence_start

    def _is_conditional(self, hit: Hit) -> bool:
        """True when the clause before the hit says "if", "unless", "when" or "next time"."""
        start = self._clause_start(hit)
        if hit.start <= start:
            return False
        cut = max(start, hit.start - _CONDITIONAL_WORD)
        if _CONDITIONAL_AT_END.search(self.text, cut, hit.start):
            return True
        index = bisect_left(self._conditional_starts, start)
        return index < len(self._conditionals) and self._conditionals[index][1] <= hit.start

    def _is_negated(self, hit: Hit) -> bool:
        window = " ".join(_last_words(self.text, self._clause_start(hit), hit.start))
        window = lx.NOT_NEGATION.sub(" ", window)
        return lx.NEGATION.search(window) is not None

    def _said_of_person(self, hit: Hit) -> bool:
        before = self.text[max(0, hit.start - _PERSON_BEFORE_CHARS) : hit.start]
        after = self.text[hit.end : hit.end + _PERSON_NOUN_AFTER_CHARS]
        if lx.PERSON_NOUN_AFTER.match(after):
            return True
        if not lx.PERSON_BEFORE.search(before):
            return False
        return not (lx.NOUN_AFTER.match(after) and not after.lstrip().startswith(_JOINERS))

    def _target(self, hit: Hit) -> str | None:
        """Who the words are aimed at: someone named or singled out in the sentence, or a
        pronoun pointing back at someone named earlier in the post."""
        index = self._sentence_index(hit.start)
        sentence = self.sentences[-1 if index is None else index]
        first = self._first_in_sentence[len(self.sentences) - 1 if index is None else index]
        if first is not None:
            return self.segment.text[slice(*self.folded.original_span(*first))]
        if self._search_in(lx.PRONOUNS, sentence) or lx.EXCLAMATION.match(sentence.text):
            # The mention starting last before the sentence (the longest of those that tie).
            before = bisect_left(self._by_start, (sentence.start, -1)) - 1
            if before >= 0:
                start, end = self._by_start[before]
                return self.segment.text[slice(*self.folded.original_span(start, end))]
        return None

    def _group_for(self, hit: Hit, groups: list[Hit]) -> Hit | None:
        sentence = self._sentence(hit.start)
        # Groups come in order of start: only those inside the hit's sentence are read.
        first = bisect_left(groups, sentence.start, key=lambda group: group.start)
        last = bisect_left(groups, sentence.end, key=lambda group: group.start)
        for group in groups[first:last]:
            if hit.start <= group.start < hit.end:
                return group
            if group.end <= hit.start:
                between = self.text[group.end : hit.start]
                if len(between.split()) <= _GROUP_BEFORE_WORDS and not _SUBJECT_CHANGE.search(
                    between
                ):
                    return group
            elif (
                group.start >= hit.end
                and len(self.text[hit.end : group.start].split()) <= _GROUP_AFTER_WORDS
            ):
                return group
        return None

    def _add(self, label: str, score: float, hit: Hit, why: str) -> None:
        start, end = self.folded.original_span(hit.start, hit.end)
        self.reading.add(label, score, Span(start, end, label, why, self.segment.source))

    def _add_words(self, label: str, start: int, end: int, why: str) -> None:
        self._add(label, DECIDED, Hit(start, end, why), why)


_JOINERS = ("and", "or", "but", "to", "of", "at", "in", "with", "for", "when", "who", "because")
_SUBJECT_CHANGE = re.compile(r"\b(?:and|but|or|because|while|whereas|the school|school)\b|[,;]")


def _last_words(text: str, start: int, end: int) -> list[str]:
    """The last NEGATION_WORDS words of text[start:end], reading only as much as they need."""
    size = _FIRST_READ
    while True:
        cut = max(start, end - size)
        words = text[cut:end].split()
        # With more words than needed, only the first can be cut short, and it is not kept.
        if cut == start or len(words) > NEGATION_WORDS:
            return words[-NEGATION_WORDS:]
        size *= _READ_GROWTH


def _distance(detail: Hit, hit: Hit) -> int:
    """How far apart two stretches of text are; 0 when they touch or overlap."""
    return max(0, detail.start - hit.end, hit.start - detail.end)


def _overlaps(hit: Hit, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(hit.start < end and start < hit.end for start, end in spans)


def _name_calling_reason(words: str) -> str:
    return f"calls someone {' '.join(words.split()[-2:])}"


def _specific_words(kinds: set[object]) -> str:
    """What makes a threat specific, in words: "names a time and place; knows where they live"."""
    named = [kind for kind in _SPECIFIC_ORDER if kind in kinds and kind is not Specific.HOME]
    nouns = [kind.value for kind in named]
    if Specific.TIME in kinds and Specific.PLACE in kinds:
        nouns[0:2] = [f"{Specific.TIME.value} and place"]
    parts = [f"names {_and(nouns)}"] if nouns else []
    if Specific.HOME in kinds:
        parts.append("knows where they live")
    return "; ".join(parts)


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
