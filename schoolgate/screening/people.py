"""Find the pupils, staff, governors and parents a post identifies, by name or by role."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .assessment import TEXT_SOURCE, Candidate, Identification, Span
from .categories import NAMING_FLAG_FOR_KIND
from .nicknames import other_forms
from .pipeline import Analyzer, Reading, ScreeningContext
from .roles import RoleMention, find_roles, role_key
from .roster import Person, Roster

TITLES = {
    "mr": "mr",
    "mrs": "mrs",
    "miss": "miss",
    "ms": "ms",
    "mx": "mx",
    "dr": "dr",
    "mister": "mr",
    "missus": "mrs",
    "mrss": "mrs",
}
FEMALE_TITLES = frozenset({"mrs", "miss", "ms"})

# Names that are also everyday words: matched only with a title, a full name, or a capital
# letter that is not the first word of a sentence.
ORDINARY_WORDS = frozenset(
    """
    wood woods bird rice hall green brown white black young king hill moss rose hope grace joy
    may holly ivy summer dawn bell cook baker fox lamb marsh field fields street stone long short
    little head page sharp swift hunt wells banks lane rich wise hood mills park frost snow rain
    day nice love oak ash birch pine reed rush sands shore church chase cross pope bishop knight
    mason cooper turner walker fisher hunter miller porter price best good hardy faith sky storm
    will bill mark pat sue rob art penny robin crow swan drake finch wren hawk lord noble major
    barber salt pepper sugar honey berry cherry apple lemon plum bush tree leaf root branch brook
    rivers pond lake heath moore grey gray gold silver steel iron amber ruby jade pearl daisy poppy
    lily violet heather hazel willow rowan autumn miles ray sunny star angel august june april
    carter dean guy jack jay kit lance norman rusty sandy sterling taylor victor wade ward
    west north south east ford bath dale fairy glass gill hay hart hale baker bond bridge brown
    case castle cole crane dyer fry gray hale hurst lee low marshall page pike read reading
    shepherd small smart spring stewart strong sweet tanner toms wall ware watts webb wilde
    """.split()  # noqa: SIM905 - a word list is easier to keep as text
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
_RELATIVE = re.compile(
    r"\s*(mum|mom|mam|mummy|dad|daddy|mother|father|parents?|step-?dad|step-?mum|nan|nana|gran|grandma|grandad|grandpa)\b",
    re.IGNORECASE,
)
DESCRIBED_PUPIL = re.compile(
    r"\b(?:the|that|this)\s+(?:new\s+|little\s+|other\s+)?(?:boy|girl|kid|child|lad|lass)\s+"
    r"(?:who|that|in|from|with|next to|sitting|sat)\b(?:\s+[a-z0-9']+){0,5}",
    re.IGNORECASE,
)
KIND_PREFERENCE_BY_NAME = ("pupil", "parent", "staff", "governor")
KIND_PREFERENCE_BY_TITLE = ("staff", "governor", "parent", "pupil")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int  # without the possessive
    word: str  # lower case, without the possessive
    is_capitalised: bool
    is_sentence_start: bool
    is_possessive: bool


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
    if len(name) >= 8:
        return 2
    if len(name) >= 5:
        return 1
    return 0


class PeopleMatcher:
    """Match a roster's people in text. With no roster only titles and roles are found."""

    def __init__(self, roster: Roster | None = None) -> None:
        self.roster = roster or Roster()
        self._first: dict[str, list[tuple[Person, str]]] = defaultdict(list)
        self._last: dict[str, list[Person]] = defaultdict(list)
        for person in self.roster:
            first = person.first_name.lower()
            if first:
                self._first[first].append((person, "first_name"))
            preferred = person.preferred_name.lower()
            if preferred and preferred != first:
                self._first[preferred].append((person, "preferred_name"))
            for form in other_forms(first) | other_forms(preferred):
                if form not in (first, preferred):
                    self._first[form].append((person, "nickname"))
            if person.last_name:
                self._last[person.last_name.lower()].append(person)
        self._first_by_letter = _by_letter(self._first)
        self._last_by_letter = _by_letter(self._last)
        self._roles: dict[str, list[Person]] = defaultdict(list)
        for person in self.roster:
            key = role_key(person.role, person.kind)
            if key:
                self._roles[key].append(person)

    def find(self, text: str, source: str = TEXT_SOURCE) -> list[Identification]:
        """Return the people `text` identifies, in order of appearance."""
        tokens = _tokens(text)
        found: list[Identification] = []
        index = 0
        while index < len(tokens):
            match, used = self._match_at(tokens, index, text, source)
            if match is not None:
                found.append(match)
                relatives = self._relatives(match, tokens[index + used - 1], text, source)
                found.extend(relatives)
                index += used
            else:
                index += 1
        # One mark per character already identified: checking a role against every earlier
        # match made a post full of names cost the square of its length.
        taken = bytearray(len(text))
        for match in found:
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
        for role in find_roles(text):
            if any(taken[role.start : role.end]):
                continue
            found.append(self._identify_role(role, text, source))
            taken[role.start : role.end] = b"\x01" * (role.end - role.start)
        for described in DESCRIBED_PUPIL.finditer(text):
            if any(taken[described.start() : described.end()]):
                continue
            found.append(
                Identification(
                    kind="pupil",
                    how="role",
                    start=described.start(),
                    end=described.end(),
                    text=described.group(),
                    source=source,
                )
            )
        found.sort(key=lambda m: m.start)
        return found

    def _match_at(
        self, tokens: list[_Token], index: int, text: str, source: str
    ) -> tuple[Identification | None, int]:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        adjacent = following is not None and _only_space_between(text, token, following)
        title = TITLES.get(token.word.rstrip("."))
        if title and following is not None and adjacent and not token.is_possessive:
            titled = self._match_titled(title, token, following, text, source)
            if titled is not None:
                return titled, 2
        if following is not None and adjacent and not token.is_possessive:
            full = self._match_full(token, following, text, source)
            if full is not None:
                return full, 2
        return self._match_single(token, text, source), 1

    def _match_titled(
        self, title: str, token: _Token, name: _Token, text: str, source: str
    ) -> Identification | None:
        start, end = token.start, name.end
        if len(name.word) == 1:
            people = [
                p
                for p in self.roster
                if p.last_name.lower().startswith(name.word) and _title_fits(p, title)
            ]
            if not people and not name.is_capitalised:
                return None
            if name.end < len(text) and text[name.end] == ".":
                end = name.end + 1
            return _identification(people, "initials", start, end, text, source, by_title=True)
        people = self._lookup(self._last, self._last_by_letter, name.word)
        fitting = [p for p in people if _title_fits(p, title)]
        if not people and not name.is_capitalised:
            return None
        return _identification(
            fitting or people, "surname_with_title", start, end, text, source, by_title=True
        )

    def _match_full(
        self, first: _Token, last: _Token, text: str, source: str
    ) -> Identification | None:
        if not self._first or first.word in TITLES:
            return None
        firsts = self._lookup_first(first.word, allow_typo=first.is_capitalised)
        if not firsts:
            return None
        lasts = {
            id(p)
            for p in self._lookup(self._last, self._last_by_letter, last.word, last.is_capitalised)
        }
        both = [(p, how) for p, how in firsts if id(p) in lasts]
        if not both:
            return None
        how = "full_name" if all(h == "first_name" for _, h in both) else both[0][1]
        return _identification(
            [p for p, _ in both], how, first.start, last.end, text, source, by_title=False
        )

    def _match_single(self, token: _Token, text: str, source: str) -> Identification | None:
        if token.word in TITLES or len(token.word) < 2:
            return None
        if token.word in ORDINARY_WORDS and not (
            token.is_capitalised and (not token.is_sentence_start or token.is_possessive)
        ):
            return None
        firsts = self._lookup_first(token.word, allow_typo=token.is_capitalised)
        if firsts:
            hows = {how for _, how in firsts}
            how = "first_name" if "first_name" in hows else sorted(hows)[0]
            return _identification(
                [p for p, _ in firsts], how, token.start, token.end, text, source, by_title=False
            )
        if len(token.word) >= 4:
            lasts = [
                p
                for p in self._lookup(
                    self._last, self._last_by_letter, token.word, token.is_capitalised
                )
                if p.kind in ("staff", "governor")
            ]
            if lasts:
                return _identification(
                    lasts, "surname", token.start, token.end, text, source, by_title=True
                )
        return None

    def _lookup_first(self, word: str, allow_typo: bool) -> list[tuple[Person, str]]:
        exact = self._first.get(word)
        if exact:
            return list(exact)
        if not allow_typo:
            return []
        limit = typo_allowance(word)
        if not limit:
            return []
        found: list[tuple[Person, str]] = []
        for name in self._first_by_letter.get(word[0], ()):
            if len(name) >= 5 and edit_distance(
                word, name, min(limit, typo_allowance(name))
            ) <= min(limit, typo_allowance(name)):
                found.extend(self._first[name])
        return found

    def _lookup(
        self,
        index: dict[str, list[Person]],
        by_letter: dict[str, list[str]],
        word: str,
        allow_typo: bool = True,
    ) -> list[Person]:
        exact = index.get(word)
        if exact:
            return list(exact)
        limit = typo_allowance(word)
        if not allow_typo or not limit or word in ORDINARY_WORDS:
            return []
        found: list[Person] = []
        for name in by_letter.get(word[0], ()):
            allowance = min(limit, typo_allowance(name))
            if allowance and edit_distance(word, name, allowance) <= allowance:
                found.extend(index[name])
        return found

    def _relatives(
        self, match: Identification, last: _Token, text: str, source: str
    ) -> list[Identification]:
        if match.kind != "pupil" or not (last.is_possessive or last.word.endswith("s")):
            return []
        relation = _RELATIVE.match(text, _after_possessive(text, last.end))
        if relation is None:
            return []
        pupil_ids = [c.person_id for c in match.candidates] or (
            [match.person_id] if match.person_id else []
        )
        parents: list[Person] = []
        for pupil_id in pupil_ids:
            parents.extend(p for p in self.roster.parents_of(pupil_id) if p not in parents)
        return [
            _identification(
                parents,
                "role",
                match.start,
                relation.end(),
                text,
                source,
                by_title=False,
                kind_if_unknown="parent",
            )
        ]

    def _identify_role(self, role: RoleMention, text: str, source: str) -> Identification:
        people = list(self._roles.get(role.key, ()))
        if role.year_group or role.class_name:
            people = [
                p
                for p in people
                if (role.year_group and _same_year(p.year_group, role.year_group))
                or (role.class_name and p.class_name.lower() == role.class_name.lower())
            ]
        return _identification(
            people,
            "role",
            role.start,
            role.end,
            text,
            source,
            by_title=True,
            kind_if_unknown=role.kind,
        )


def _identification(
    people: Iterable[Person],
    how: str,
    start: int,
    end: int,
    text: str,
    source: str,
    by_title: bool,
    kind_if_unknown: str = "staff",
) -> Identification:
    unique: list[Person] = []
    for person in people:
        if person not in unique:
            unique.append(person)
    preference = KIND_PREFERENCE_BY_TITLE if by_title else KIND_PREFERENCE_BY_NAME
    kind = kind_if_unknown
    if unique:
        kinds = {p.kind for p in unique}
        kind = next(k for k in preference if k in kinds)
    candidates = tuple(Candidate(p.person_id, p.kind) for p in unique) if len(unique) > 1 else ()
    person_id = unique[0].person_id if len(unique) == 1 else None
    return Identification(
        kind=kind,
        how=how,
        start=start,
        end=end,
        text=text[start:end],
        person_id=person_id,
        candidates=candidates,
        source=source,
    )


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    first_visible = len(text) - len(text.lstrip())
    for match in _TOKEN.finditer(text):
        raw = match.group()
        possessive = _POSSESSIVE.search(raw) if len(raw) > 2 else None
        core = raw[: possessive.start()] if possessive else raw
        core = core.rstrip("-'\u2019")
        if not core:
            continue
        before = text[max(0, match.start() - 4) : match.start()]
        tokens.append(
            _Token(
                start=match.start(),
                end=match.start() + len(core),
                word=core.lower(),
                is_capitalised=core[0].isupper(),
                is_sentence_start=match.start() <= first_visible
                or bool(_SENTENCE_END.search(before)),
                is_possessive=possessive is not None,
            )
        )
    return tokens


def _only_space_between(text: str, first: _Token, second: _Token) -> bool:
    between = text[first.end : second.start]
    return between.strip(" .") == "" or _POSSESSIVE.fullmatch(between.strip()) is not None


def _after_possessive(text: str, end: int) -> int:
    possessive = re.compile(r"['\u2019]?s?['\u2019]?")
    match = possessive.match(text, end)
    return match.end() if match else end


def _title_fits(person: Person, title: str) -> bool:
    own = TITLES.get(person.title.lower().rstrip("."), "") if person.title else ""
    if not own:
        return True
    if own == title:
        return True
    return own in FEMALE_TITLES and title in FEMALE_TITLES


def _same_year(roster_year: str, mentioned: str) -> bool:
    digits = re.sub(r"\D", "", roster_year)
    if digits:
        return digits == mentioned
    return roster_year.strip().lower() == mentioned.lower()


def _by_letter(index: Mapping[str, object]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for name in index:
        letters[name[0]].append(name)
    return letters


class PeopleAnalyzer(Analyzer):
    """Find who each post identifies and raise the names_* flags."""

    name = "people"
    adds = ("people", "names_pupil", "names_staff", "names_governor", "names_parent")

    def __init__(self) -> None:
        self._matcher: PeopleMatcher | None = None

    def prepare(self, context: ScreeningContext) -> None:
        self._matcher = PeopleMatcher(context.roster)

    def analyze(self, readings: list[Reading], context: ScreeningContext) -> None:
        matcher = self._matcher or PeopleMatcher(context.roster)
        for reading in readings:
            for segment in reading.segments:
                for person in matcher.find(segment.text, segment.source):
                    reading.people.append(person)
                    flag = NAMING_FLAG_FOR_KIND[person.kind]
                    reading.flags.add(flag)
                    reading.add(
                        flag,
                        1.0,
                        Span(person.start, person.end, flag, _naming_reason(person), person.source),
                    )


def _naming_reason(person: Identification) -> str:
    how = person.how.replace("_", " ")
    if person.is_ambiguous:
        kinds = ", ".join(f"{c.person_id} ({c.kind})" for c in person.candidates)
        return f"identifies a {person.kind} by {how}; could be {kinds}"
    who = f" {person.person_id}" if person.person_id else ""
    return f"identifies a {person.kind}{who} by {how}"
