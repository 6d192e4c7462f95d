"""The fast first pass: LABELLING.md's categories and police flags read by rules, with reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .assessment import Span, image_source
from .folding import FoldedText, fold
from .pipeline import Analyzer, Reading, ScreeningContext, Segment

DECIDED = 0.85
WEAK = 0.3
_CLAUSE_BREAK = re.compile(r"[,;:()\-]|\bbut\b|\bso\b|\bbecause\b")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|miss|dr|mx|st|no|vs|etc)\.$")
_CONDITIONAL = re.compile(r"\b(?:if|unless|when|next time)\b")
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
    """Read each segment's text by LABELLING.md's rules; write evidence spans with reasons."""

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
            elif lx.SCHOOL_CONTEXT.search(self.text):
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
                elif sentence.is_opinion or _CONDITIONAL.search(self._clause_before(hit)):
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
            weapon = lx.WEAPON.search(sentence.text)
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
            elif lx.CHILDREN.search(sentence.text):
                self._add("police_grossly_obscene", 0.9, hit, "sexual content involving children")

    # -- reading aids --------------------------------------------------------------------------

    def _hits(self, cues: lx.CueSet) -> list[_Hit]:
        return [
            _Hit(start, end, why, extra)
            for start, end, why, extra in cues.finditer(self.text)
            if not self._in_idiom(start, end)
        ]

    def _in_idiom(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.idioms)

    def _sentence(self, position: int) -> _Sentence:
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return self.sentences[-1]

    def _clause_before(self, hit: _Hit) -> str:
        sentence = self._sentence(hit.start)
        before = self.text[sentence.start : hit.start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        return before[breaks[-1].end() :] if breaks else before

    def _is_negated(self, hit: _Hit) -> bool:
        window = " ".join(self._clause_before(hit).split()[-6:])
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
        sentence = self._sentence(hit.start)
        for start, end in self.mentions + self.deictic:
            if sentence.start <= start < sentence.end:
                return self.segment.text[slice(*self.folded.original_span(start, end))]
        pronoun = lx.PRONOUNS.search(sentence.text)
        if pronoun:
            earlier = [m for m in self.mentions + self.deictic if m[0] < sentence.start]
            if earlier:
                start, end = max(earlier)
                return self.segment.text[slice(*self.folded.original_span(start, end))]
        return None

    def _group_for(self, hit: _Hit, groups: list[_Hit]) -> _Hit | None:
        sentence = self._sentence(hit.start)
        for group in groups:
            if not sentence.start <= group.start < sentence.end:
                continue
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


def _overlaps(hit: _Hit, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(hit.start < end and start < hit.end for start, end in spans)


def _name_calling_reason(words: str) -> str:
    return f"calls someone {' '.join(words.split()[-2:])}"
