"""The fast first pass: docs/labelling.md's categories and police flags read by rules, with reasons."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from . import lexicon as lx
from .assessment import Span, image_source
from .folding import FoldedText, fold
from .pipeline import Analyzer, Reading, ScreeningContext, Segment

DECIDED = 0.85
WEAK = 0.3
_CLAUSE_BREAK = re.compile(r"[,;:()\-]|\bbut\b|\bso\b|\bbecause\b")
# A word that breaks a clause when the hit starts right after it ("so" in "sole"), seen only when
# the text is cut at the hit; 8 characters hold "because" and the boundary before it.
_CLAUSE_BREAK_AT_END = re.compile(r"\b(?:but|so|because)\Z")
_CLAUSE_BREAK_WORD = 8
# Negation is read in the last six words of the clause before a hit.
NEGATION_WORDS = 6
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|miss|dr|mx|st|no|vs|etc)\.$")
_CONDITIONAL = re.compile(r"\b(?:if|unless|when|next time)\b")
# The same words cut short by the hit ("if" in "iffy"), and the room they take with a boundary.
_CONDITIONAL_AT_END = re.compile(r"\b(?:if|unless|when|next time)\Z")
_CONDITIONAL_WORD = 11
_FIRST_PERSON_THREAT = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|im going to|i'm gonna|im gonna|gonna|i'd"
    r"|i would|i could|we'll|we will)\b"
)
_NOT_SEXUAL = re.compile(r"^\s*(?:education|ed\b|health|abuse|offen|orientation|discrimination)")
_SCHOOL_OWN_PAGE = re.compile(
    r"\b(?:on|from)\s+(?:the\s+)?school(?:'s)?\s+(?:own\s+)?(?:website|facebook|page|twitter|instagram|blog)\b"
    r"|\b(?:on|to)\s+(?:their|its)\s+own\s+(?:page|website|facebook|site)\b|\bhave a look there\b"
)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    why: str
    extra: object = None


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    is_question: bool
    is_opinion: bool
    is_counter_speech: bool
    counter_spans: tuple[tuple[int, int], ...]
    is_reporting: bool


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

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        for reading in readings:
            for segment in reading.segments:
                _SegmentReader(reading, segment).read()
            _adult_in_school_photo(reading)
            if reading.evidence or reading.people:
                reading.is_relevant = True


class _SegmentReader:
    def __init__(self, reading: Reading, segment: Segment) -> None:
        self.reading = reading
        self.segment = segment
        self.folded: FoldedText = fold(segment.text, lx.MASKABLE_WORDS)
        self.text = self.folded.text
        self.sentences = _sentences(self.text, segment.text, self.folded)
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
        self._conditionals = [(m.start(), m.end()) for m in _CONDITIONAL.finditer(self.text)]
        self._conditional_starts = [start for start, _ in self._conditionals]
        self._has_school_context: bool | None = None
        self._searched: dict[tuple[str, int], re.Match[str] | None] = {}

    # -- the rules ---------------------------------------------------------------------------

    def read(self) -> None:
        self._complaints()
        self._insults()
        self._wrongdoing()
        self._ganging_up()
        self._violence()
        self._discrimination()
        self._photos()
        self._harassment()
        self._obscenity()

    def _complaints(self) -> None:
        for hit in self._hits(lx.COMPLAINT_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            self._add("complaint", DECIDED, hit, hit.why)

    def _insults(self) -> None:
        hits = self._hits(lx.INSULT_CUES)
        hits += [h for h in self._hits(lx.PERSON_INSULT_CUES) if self._said_of_person(h)]
        for hit in hits:
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or sentence.is_reporting or self._is_negated(hit):
                continue
            target = self._target(hit)
            if target:
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {target}")
            elif self._school_context():
                self._add("complaint", 0.6, hit, f"{hit.why} about the school")
                self._add("offensive_about_person", WEAK, hit, f"{hit.why}, no one identified")

    def _wrongdoing(self) -> None:
        hits = [(h, bool(h.extra)) for h in self._hits(lx.WRONGDOING_CUES)]
        for match in lx.NAME_CALLING_CUE.finditer(self.text):
            if not self._in_idiom(match.start(), match.end()):
                severe = lx.MILD_NAME_CALLING.search(match.group()) is None
                hits.append((_Hit(match.start(), match.end(), "name-calling", "name"), severe))
        for hit, severe in hits:
            sentence = self._sentence(hit.start)
            if self._is_negated(hit) or _overlaps(hit, sentence.counter_spans):
                continue
            target = self._target(hit)
            if not target:
                self._add("allegation", WEAK, hit, f"{hit.why}, no one identified")
                continue
            why = (
                _name_calling_reason(self.text[hit.start : hit.end])
                if hit.extra == "name"
                else hit.why
            )
            self._add("allegation", DECIDED, hit, f"{why} ({target})")
            if hit.extra == "name" and not sentence.is_reporting:
                self._add("offensive_about_person", DECIDED, hit, f"{why}, aimed at {target}")
            if severe:
                if sentence.is_question:
                    self._add("defamation", WEAK, hit, f"{why}, asked not stated")
                elif sentence.is_opinion or self._is_conditional(hit):
                    self._add("defamation", WEAK, hit, f"{why}, given as opinion")
                else:
                    self._add("defamation", DECIDED, hit, f"{why}, stated as fact ({target})")

    def _ganging_up(self) -> None:
        for hit in self._hits(lx.GANGING_UP_CUES):
            if self._sentence(hit.start).is_counter_speech:
                continue
            self._add("allegation", DECIDED, hit, f"cyber-bullying: {hit.why}")

    def _violence(self) -> None:
        for hit in self._hits(lx.VIOLENCE_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            self._add("violence", 0.9, hit, hit.why)
            target = self._target(hit)
            weapon = self._search_in(lx.WEAPON, sentence)
            first_person = _FIRST_PERSON_THREAT.search(self.text[hit.start : hit.end])
            # Wishes and veiled remarks are violence; police_threat_of_violence needs a threat
            # that is credible or specific: made in person, called for against someone named,
            # or with a weapon.
            is_threat = hit.why.startswith(("threatens", "a conditional", "an open"))
            is_call = hit.why.startswith("calls")
            if weapon or (is_threat and (target or first_person)) or (is_call and target):
                reason = f"a threat against {target}" if target else "a direct threat"
                if weapon:
                    reason += f" with a weapon ({weapon.group()})"
                self._add("police_threat_of_violence", 0.9, hit, reason)

    def _discrimination(self) -> None:
        for hit in self._hits(lx.SLUR_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or sentence.is_reporting or self._is_negated(hit):
                continue
            self._add("discrimination", 0.9, hit, hit.why)
            target = self._target(hit)
            if target:
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {target}")
            if hit.extra in lx.RACIAL_CHARACTERISTICS:
                self._add("police_racial_element", 0.9, hit, f"racial slur ({hit.extra})")
        for match in lx.NATIONALITY_EXCLUSION.finditer(self.text):
            hit = _Hit(match.start(), match.end(), "excludes people by nationality or language")
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or sentence.is_reporting:
                continue
            self._add("discrimination", DECIDED, hit, hit.why)
            self._add("police_racial_element", DECIDED, hit, "nationality or language")
            self._offensive_if_aimed(hit)
        groups = self._hits(lx.GROUP_CUES)
        if not groups:
            return
        for hit in self._hits(lx.EXCLUSION_CUES):
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or sentence.is_reporting or self._is_negated(hit):
                continue
            group = self._group_for(hit, groups)
            if group is None:
                continue
            named = self.text[group.start : group.end]
            self._add("discrimination", DECIDED, hit, f"{hit.why}: {named} ({group.extra})")
            self._add("discrimination", DECIDED, group, f"the group demeaned ({group.extra})")
            self._offensive_if_aimed(hit)
            if group.extra in lx.RACIAL_CHARACTERISTICS:
                self._add(
                    "police_racial_element", DECIDED, hit, f"aimed at {named} ({group.extra})"
                )

    def _offensive_if_aimed(self, hit: _Hit) -> None:
        sentence = self._sentence(hit.start)
        for start, end in self.mentions:
            if sentence.start <= start < sentence.end:
                named = self.segment.text[slice(*self.folded.original_span(start, end))]
                self._add("offensive_about_person", DECIDED, hit, f"{hit.why}, aimed at {named}")
                return

    def _photos(self) -> None:
        text = self.text
        if lx.SCHOOLS_OWN_PUBLIC_POST.search(text) or _SCHOOL_OWN_PAGE.search(text):
            return
        if lx.ASKS_FOR_MEDIA.search(text):
            return
        media = (
            lx.MEDIA_MARKER.search(text)
            or lx.CAPTURED.search(text)
            or lx.CAPTION.match(text)
            or (lx.MEDIA.search(text) if lx.SHARING.search(text) else None)
        )
        app = lx.SCHOOL_APP.search(text)
        if app and (lx.SCHOOL_APP_MEDIA.search(text) or lx.SHARING.search(text)):
            why = f"an image taken from {app.group()}"
            self._add("dojo_photo", DECIDED, _Hit(app.start(), app.end(), why), why)
            media = media or lx.SHARING.search(text) or lx.SCHOOL_APP_MEDIA.search(text)
        if media is None or lx.OWN_CHILD_ONLY.search(text):
            return
        others = lx.OTHERS_IN_SHOT.search(text)
        shown = (
            (text[others.start() : others.end()].strip(), others.start(), others.end())
            if others
            else None
        )
        if shown is None:
            staff_or_pupils = [
                (start, end)
                for (start, end), person in zip(self.mentions, self.mention_people, strict=True)
                if person.kind in ("staff", "pupil", "governor")
            ]
            if staff_or_pupils:
                start, end = staff_or_pupils[0]
                shown = (text[start:end], start, end)
        if shown is None:
            return
        words, start, end = shown
        self._add(
            "photo_of_others",
            DECIDED,
            _Hit(media.start(), media.end(), ""),
            "shares a photo or video",
        )
        self._add("photo_of_others", DECIDED, _Hit(start, end, ""), f"it shows others: {words}")

    def _harassment(self) -> None:
        for hit in self._hits(lx.HARASSMENT_CUES):
            if self._sentence(hit.start).is_counter_speech or self._is_negated(hit):
                continue
            self._add("police_harassment", 0.9, hit, f"a course of conduct: {hit.why}")

    def _obscenity(self) -> None:
        for match in lx.SEXUAL.finditer(self.text):
            if _NOT_SEXUAL.match(self.text, match.end()):
                continue
            hit = _Hit(match.start(), match.end(), "")
            sentence = self._sentence(hit.start)
            if sentence.is_counter_speech or self._is_negated(hit):
                continue
            if lx.EXPLICIT.fullmatch(match.group()):
                self._add("police_grossly_obscene", 0.9, hit, "sexually explicit")
            elif self._search_in(lx.CHILDREN, sentence):
                self._add("police_grossly_obscene", 0.9, hit, "sexual content involving children")

    # -- reading aids --------------------------------------------------------------------------

    def _hits(self, cues: lx.CueSet) -> list[_Hit]:
        return [
            _Hit(start, end, why, extra)
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

    def _sentence(self, position: int) -> _Sentence:
        index = self._sentence_index(position)
        return self.sentences[-1 if index is None else index]

    def _search_in(self, pattern: re.Pattern[str], sentence: _Sentence) -> re.Match[str] | None:
        """Search a sentence once per pattern: a post of one long sentence has many hits."""
        key = (pattern.pattern, sentence.start)
        if key not in self._searched:
            self._searched[key] = pattern.search(sentence.text)
        return self._searched[key]

    def _school_context(self) -> bool:
        if self._has_school_context is None:
            self._has_school_context = lx.SCHOOL_CONTEXT.search(self.text) is not None
        return self._has_school_context

    def _clause_start(self, hit: _Hit) -> int:
        """Where the clause holding the hit begins: after the last break before it in its sentence."""
        sentence_start = self._sentence(hit.start).start
        cut = max(sentence_start, hit.start - _CLAUSE_BREAK_WORD)
        if hit.start > cut and _CLAUSE_BREAK_AT_END.search(self.text, cut, hit.start):
            return hit.start
        index = bisect_right(self._breaks, hit.start) - 1
        if index >= 0 and self._breaks[index] > sentence_start:
            return self._breaks[index]
        return sentence_start

    def _is_conditional(self, hit: _Hit) -> bool:
        """True when the clause before the hit says "if", "unless", "when" or "next time"."""
        start = self._clause_start(hit)
        if hit.start <= start:
            return False
        cut = max(start, hit.start - _CONDITIONAL_WORD)
        if _CONDITIONAL_AT_END.search(self.text, cut, hit.start):
            return True
        index = bisect_left(self._conditional_starts, start)
        return index < len(self._conditionals) and self._conditionals[index][1] <= hit.start

    def _is_negated(self, hit: _Hit) -> bool:
        window = " ".join(_last_words(self.text, self._clause_start(hit), hit.start))
        window = lx.NOT_NEGATION.sub(" ", window)
        return lx.NEGATION.search(window) is not None

    def _said_of_person(self, hit: _Hit) -> bool:
        before = self.text[max(0, hit.start - 40) : hit.start]
        after = self.text[hit.end : hit.end + 24]
        if lx.PERSON_NOUN_AFTER.match(after):
            return True
        if not lx.PERSON_BEFORE.search(before):
            return False
        return not (lx.NOUN_AFTER.match(after) and not after.lstrip().startswith(_JOINERS))

    def _target(self, hit: _Hit) -> str | None:
        """Who the words are aimed at: someone named or singled out in the sentence, or a
        pronoun pointing back at someone named earlier in the post."""
        index = self._sentence_index(hit.start)
        sentence = self.sentences[-1 if index is None else index]
        first = self._first_in_sentence[len(self.sentences) - 1 if index is None else index]
        if first is not None:
            return self.segment.text[slice(*self.folded.original_span(*first))]
        if self._search_in(lx.PRONOUNS, sentence):
            # The mention starting last before the sentence (the longest of those that tie).
            before = bisect_left(self._by_start, (sentence.start, -1)) - 1
            if before >= 0:
                start, end = self._by_start[before]
                return self.segment.text[slice(*self.folded.original_span(start, end))]
        return None

    def _group_for(self, hit: _Hit, groups: list[_Hit]) -> _Hit | None:
        sentence = self._sentence(hit.start)
        # Groups come in order of start: only those inside the hit's sentence are read.
        first = bisect_left(groups, sentence.start, key=lambda group: group.start)
        last = bisect_left(groups, sentence.end, key=lambda group: group.start)
        for group in groups[first:last]:
            if hit.start <= group.start < hit.end:
                return group
            if group.end <= hit.start:
                between = self.text[group.end : hit.start]
                if len(between.split()) <= 6 and not _SUBJECT_CHANGE.search(between):
                    return group
            elif group.start >= hit.end and len(self.text[hit.end : group.start].split()) <= 4:
                return group
        return None

    def _add(self, label: str, score: float, hit: _Hit, why: str) -> None:
        start, end = self.folded.original_span(hit.start, hit.end)
        self.reading.add(label, score, Span(start, end, label, why, self.segment.source))


def _adult_in_school_photo(reading: Reading) -> None:
    """One face is a photo of others when the post puts a member of staff in it."""
    staff = [p for p in reading.people if p.kind in ("staff", "governor")]
    if not staff:
        return
    for index, faces in reading.notes.get("faces", {}).items():
        if len(faces) == 1:
            why = f"one face, and the post names {staff[0].text}: an adult in a school setting"
            span = Span(0, 0, "photo_of_others", why, image_source(index), tuple(faces[0]))
            reading.add("photo_of_others", DECIDED, span)


_JOINERS = ("and", "or", "but", "to", "of", "at", "in", "with", "for", "when", "who", "because")
_SUBJECT_CHANGE = re.compile(r"\b(?:and|but|or|because|while|whereas|the school|school)\b|[,;]")


def _sentences(text: str, original: str, folded: FoldedText) -> list[_Sentence]:
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE.finditer(text):
        end = match.end()
        if _ABBREVIATION.search(text[start:end]) and end < len(text):
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
        counter = [(m.start() + start, m.end() + start) for m in lx.COUNTER_SPEECH.finditer(body)]
        sentences.append(
            _Sentence(
                start=start,
                end=end,
                text=body,
                is_question="?" in body or bool(lx.QUESTION_OPENERS.match(body)),
                is_opinion=bool(lx.OPINION.search(body)),
                is_counter_speech=bool(counter),
                counter_spans=tuple(counter),
                is_reporting=bool(lx.REPORTING.search(body)),
            )
        )
    return sentences


def _last_words(text: str, start: int, end: int) -> list[str]:
    """The last NEGATION_WORDS words of text[start:end], reading only as much as they need."""
    size = 64
    while True:
        cut = max(start, end - size)
        words = text[cut:end].split()
        # With more words than needed, only the first can be cut short, and it is not kept.
        if cut == start or len(words) > NEGATION_WORDS:
            return words[-NEGATION_WORDS:]
        size *= 4


def _overlaps(hit: _Hit, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(hit.start < end and start < hit.end for start, end in spans)


def _name_calling_reason(words: str) -> str:
    return f"calls someone {' '.join(words.split()[-2:])}"
