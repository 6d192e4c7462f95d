"""Find the pupils, staff, governors and parents a post identifies, by name or by role.

A mention is read in three steps: the words that name someone (a title, names, initials, a
role), what the words beside them say (a year group, a class, a role in apposition) and what
the rest of the post says (the same person named in full elsewhere). Each step only narrows
the people a mention could be; one mention gives one identification.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .assessment import TEXT_SOURCE, Candidate, Identification, Span
from .categories import NAMING_FLAG_FOR_KIND, PERSON_KIND_WORDS, person_words
from .name_spellings import (
    DISGUISED,
    LESS_CERTAIN,
    MISSPELT,
    Token,
    by_first_letter,
    near_names,
    next_word,
    tokenize,
)
from .nicknames import other_forms
from .pipeline import Analyzer, Reading, ScreeningContext
from .roles import ClassContext, RoleMention, context_after, find_roles, role_key, same_year
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
# Titles that say nothing of whether the person is a man or a woman.
NEUTRAL_TITLES = frozenset({"mx", "dr"})

# Names that are also everyday words: matched only with a title, a full name, a possessive, a
# year or class beside them, or a capital letter mid-sentence with a verb after.
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
    max nat pip dot mo eve hal ted em frank chuck nick mick dick bob kitty don ken jan gene
    """.split()  # noqa: SIM905 - a word list is easier to keep as text
)
# Capitalised words never read as a misspelt name, though some are one letter from one
# ("Lovely" and Lovell, "March" and Marsh): sentence openers, greetings, months and days.
COMMON_WORDS = frozenset(
    """
    happy merry sorry thanks thank hello hiya dear please maybe today where there their these
    those which while would could should after before great lovely never every again about
    other first second third still really also just school class teacher parents children
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter diwali
    """.split()  # noqa: SIM905 - a word list is easier to keep as text
)
# Two capitals that are school words, not someone's initials.
ACRONYMS = frozenset(
    "pe re dt it ta ok uk us eu pm am tv id pc ps fb gp hr ks sa ae eg ie nb rs sm".split()  # noqa: SIM905
)
_RELATIVE = re.compile(
    r"\s*(mum|mom|mam|mummy|dad|daddy|mother|father|parents?|step-?dad|step-?mum|nan|nana|gran|grandma|grandad|grandpa)\b",
    re.IGNORECASE,
)
# A verb (or an adverb before one) right after a word makes it the subject: "Will said",
# "Summer never listens", "Rose pushed".
_NAME_CUE_AFTER = re.compile(
    r"[ \t]+(?:is|was|has|had|says|said|told|tells|asked|asks|hit|hits|kicks|bit|bites|pushes|"
    r"punches|keeps|kept|got|gets|does|did|cried|cries|calls|shouts|never|always|just|still|"
    r"really|also|will|would|can|could|should|[a-z]{2,}ed|[a-z]+n['\u2019]t)\b",
    re.IGNORECASE,
)
# What may stand between a name and a role in apposition: "Mrs Fenwick, the Year 5 teacher".
_APPOSITION_GAP = re.compile(r"[ \t]*(?:[,:(\u2013\u2014-][ \t]*)?")
_CLOSING_BRACKET = re.compile(r"[ \t]*\)")
DESCRIBED_PUPIL = re.compile(
    r"\b(?:the|that|this)\s+(?:new\s+|little\s+|other\s+)?(?:boy|girl|kid|child|lad|lass)\s+"
    r"(?:who|that|in|from|with|next to|sitting|sat)\b(?:\s+[a-z0-9']+){0,5}",
    re.IGNORECASE,
)
KIND_PREFERENCE_BY_NAME = ("pupil", "parent", "staff", "governor")
KIND_PREFERENCE_BY_TITLE = ("staff", "governor", "parent", "pupil")
# How well a title fits a roster entry, best first: the same title; another woman's title (Ms
# for a Mrs); a title that does not say, or none on the roster. Pupils are never given a title.
SAME_TITLE, WOMANS_TITLE, UNSTATED_TITLE = 0, 1, 2
# Distinct words whose near names are remembered between posts: more than the capitalised
# words of a busy term's posts, and each entry is a handful of names.
FUZZY_CACHE_SIZE = 8192


@dataclass
class _Mention:
    """Words that may name someone, and the roster people they could be."""

    start: int
    end: int
    people: list[Person]
    how: str
    by_title: bool
    kind_if_unknown: str = "staff"
    # Bare initials ("RF") name someone only when the words beside them or the rest of the
    # post say who: two capitals are too often something else.
    needs_context: bool = False
    has_context: bool = False
    last_token: Token | None = None
    # The title said ("mrs"): which of the people it fits best is settled after the year,
    # class or role beside the mention has narrowed them ("Mrs S in Year 3").
    title: str = ""


class PeopleMatcher:
    """Match a roster's people in text. With no roster only titles and roles are found."""

    def __init__(self, roster: Roster | None = None) -> None:
        self.roster = roster or Roster()
        self._first: dict[str, list[tuple[Person, str]]] = defaultdict(list)
        self._last: dict[str, list[Person]] = defaultdict(list)
        self._initials: dict[str, list[Person]] = defaultdict(list)
        self._by_surname_initial: dict[str, list[Person]] = defaultdict(list)
        self._titled_alias: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self._roles: dict[str, list[Person]] = defaultdict(list)
        for person in self.roster:
            self._index(person)
        self._first_by_letter = by_first_letter(self._first)
        self._last_by_letter = by_first_letter(self._last)
        self._fuzzy_first: Callable[[str], tuple[str, ...]] = lru_cache(FUZZY_CACHE_SIZE)(
            lambda word: near_names(word, self._first_by_letter)
        )
        self._fuzzy_last: Callable[[str], tuple[str, ...]] = lru_cache(FUZZY_CACHE_SIZE)(
            lambda word: near_names(word, self._last_by_letter)
        )

    def _index(self, person: Person) -> None:
        first = person.first_name.lower()
        preferred = person.preferred_name.lower()
        alias = preferred.split()
        if len(alias) == 2 and alias[0].rstrip(".") in TITLES:
            # A preferred name like "Mrs K" is a title and a word, not a given name.
            self._titled_alias[(TITLES[alias[0].rstrip(".")], alias[1])].append(person)
            preferred = ""
        if first:
            self._first[first].append((person, "first_name"))
        if preferred and preferred != first:
            self._first[preferred].append((person, "preferred_name"))
        for form in other_forms(first) | other_forms(preferred):
            if form not in (first, preferred):
                self._first[form].append((person, "nickname"))
        last = person.last_name.lower()
        if last:
            self._last[last].append(person)
            self._by_surname_initial[last[0]].append(person)
            for given in {first, preferred} - {""}:
                self._initials[given[0] + last[0]].append(person)
        key = role_key(person.role, person.kind)
        if key:
            self._roles[key].append(person)

    def find(self, text: str, source: str = TEXT_SOURCE) -> list[Identification]:
        """Return the people `text` identifies, in order of appearance."""
        tokens = tokenize(text)
        mentions: list[_Mention] = []
        index = 0
        while index < len(tokens):
            mention, used = self._match_at(tokens, index, text)
            if mention is not None:
                mention.last_token = tokens[index + used - 1]
                mentions.append(mention)
            index += used
        roles = find_roles(text)
        merged_roles = self._place_in_school(mentions, roles, text)
        for mention in mentions:
            if mention.title:
                mention.people = _best_fits(mention.people, mention.title)
        _resolve_across_post(mentions)
        mentions = [m for m in mentions if not m.needs_context or _said_who(m)]
        relatives = [r for m in mentions if (r := self._relative(m, text)) is not None]
        found = [self._identification(m, text, source) for m in mentions + relatives]
        # One mark per character already identified: checking a role against every earlier
        # match made a post full of names cost the square of its length.
        taken = bytearray(len(text))
        for match in found:
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
        for role in roles:
            if role.start in merged_roles or any(taken[role.start : role.end]):
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

    # -- the words that name someone -----------------------------------------------------

    def _match_at(self, tokens: list[Token], index: int, text: str) -> tuple[_Mention | None, int]:
        token = tokens[index]
        following = next_word(tokens, index, text)
        title = TITLES.get(token.word)
        if title is not None and not token.is_possessive:
            if following is None:
                return None, 1
            return self._match_titled(title, tokens, index, text)
        if following is not None and not token.is_possessive:
            pair = self._match_pair(token, following, text)
            if pair is not None:
                return pair, 2
        return self._match_single(token, text), 1

    def _match_titled(
        self, title: str, tokens: list[Token], index: int, text: str
    ) -> tuple[_Mention | None, int]:
        said = tokens[index]
        name = tokens[index + 1]
        after = next_word(tokens, index + 1, text) if not name.is_possessive else None
        # "I miss Jacob": a lower-case "miss" is a title only before someone the roster has.
        is_surely_title = said.word != "miss" or said.is_capitalised
        start = said.start
        if after is not None:
            full = self._match_titled_full_name(title, said, name, after, is_surely_title)
            if full is not None:
                return full, 3
        surnamed, spelling = self._surname(name, allow_fuzzy=True)
        if surnamed:
            fitting = _fitting(surnamed, title)
            how = _how("surname_with_title", spelling)
            if fitting:
                return _Mention(start, name.end, fitting, how, by_title=True, title=title), 2
            if is_surely_title:
                kind = _stranger_kind(surnamed)
                return _Mention(start, name.end, [], how, by_title=True, kind_if_unknown=kind), 2
        alias = _fitting(self._titled_alias.get((title, name.word), []), title)
        if alias:
            return _Mention(start, name.end, alias, "preferred_name", by_title=True, title=title), 2
        if len(name.word) == 1 and name.word.isalpha():
            fitting = _fitting(self._by_surname_initial.get(name.word, []), title)
            if fitting or (is_surely_title and name.is_capitalised):
                end = name.end + 1 if text[name.end : name.end + 1] == "." else name.end
                return _Mention(start, end, fitting, "initials", by_title=True, title=title), 2
            return None, 1
        given, spelling = self._given(name, allow_fuzzy=False)
        fitting = _fitting([p for p, _ in given], title)
        if fitting:
            how = _given_how([(p, h) for p, h in given if p in fitting], spelling)
            return _Mention(start, name.end, fitting, how, by_title=True, title=title), 2
        if is_surely_title and (name.is_capitalised or name.is_disguised):
            # Someone with a title the roster does not have: still a member of staff, a
            # governor or a parent, whom the post names.
            if after is not None and _may_continue_name(after):
                return _Mention(start, after.end, [], "full_name", by_title=True), 3
            return _Mention(start, name.end, [], "surname_with_title", by_title=True), 2
        return None, 1

    def _match_titled_full_name(
        self, title: str, said: Token, first: Token, last: Token, is_surely_title: bool
    ) -> _Mention | None:
        surnamed, last_spelling = self._surname(last, allow_fuzzy=True)
        if not surnamed:
            return None
        if len(first.word) == 1 and first.word.isalpha():
            people = [p for p in surnamed if _initial_fits(p, first.word)]
            how = _how("initials", last_spelling)
        else:
            given, first_spelling = self._given(first, allow_fuzzy=first.is_capitalised)
            ids = {p.person_id for p in surnamed}
            named = [(p, h) for p, h in given if p.person_id in ids]
            people = [p for p, _ in named]
            how = _how(_full_name_how(named), first_spelling or last_spelling)
        if people:
            fitting = _fitting(people, title)
            # A full name outweighs a title: "Mr Rosa Fenwick" is still Rosa Fenwick.
            return _Mention(
                said.start,
                last.end,
                fitting or people,
                how,
                by_title=True,
                title=title if fitting else "",
            )
        if not (is_surely_title and first.is_capitalised) or len(first.word) == 1:
            return None
        # "Mrs Rosa Fenwick" when the roster's Fenwicks are others: not one of them.
        kind = _stranger_kind(surnamed)
        return _Mention(said.start, last.end, [], "full_name", by_title=True, kind_if_unknown=kind)

    def _match_pair(self, first: Token, last: Token, text: str) -> _Mention | None:
        if len(first.word) == 1:
            return self._match_initial_and_surname(first, last, text)
        if (
            first.word in ORDINARY_WORDS
            and last.word in ORDINARY_WORDS
            and not (first.is_capitalised and last.is_capitalised)
        ):
            return None
        given, first_spelling = self._given(first, allow_fuzzy=first.is_capitalised)
        if not given:
            return None
        surnamed, last_spelling = self._surname(last, allow_fuzzy=last.is_capitalised)
        ids = {p.person_id for p in surnamed}
        named = [(p, h) for p, h in given if p.person_id in ids]
        if not named:
            return None
        how = _how(_full_name_how(named), first_spelling or last_spelling)
        return _Mention(first.start, last.end, [p for p, _ in named], how, by_title=False)

    def _match_initial_and_surname(self, initial: Token, last: Token, text: str) -> _Mention | None:
        """ "R. Fenwick", "R Fenwick"; "A" and "I" only with a full stop, being words too."""
        has_stop = text[initial.end : initial.end + 1] == "."
        if not initial.is_capitalised or (initial.word in "ai" and not has_stop):
            return None
        surnamed, spelling = self._surname(last, allow_fuzzy=False)
        people = [p for p in surnamed if _initial_fits(p, initial.word)]
        if not people:
            return None
        return _Mention(initial.start, last.end, people, _how("initials", spelling), by_title=False)

    def _match_single(self, token: Token, text: str) -> _Mention | None:
        if token.word in TITLES or len(token.word) < 2:
            return None
        if token.is_initials and token.word not in ACRONYMS and token.word in self._initials:
            return _Mention(
                token.start,
                token.end,
                list(self._initials[token.word]),
                "initials",
                by_title=False,
                needs_context=True,
            )
        looks_named = token.is_capitalised and not token.is_shouted
        if token.word in ORDINARY_WORDS and not (
            looks_named and _is_named_here(token, text, verb_only_mid_sentence=True)
        ):
            return None
        # A misspelling is read only where a name is expected: "Lovely assembly" is not Lovell.
        allow_fuzzy = (
            looks_named
            and not token.is_disguised
            and token.word not in COMMON_WORDS
            and (not token.is_sentence_start or _is_named_here(token, text))
        )
        given, spelling = self._given(token, allow_fuzzy)
        if given:
            return _Mention(
                token.start,
                token.end,
                [p for p, _ in given],
                _given_how(given, spelling),
                by_title=False,
            )
        if len(token.word) >= 4:
            surnamed, spelling = self._surname(token, allow_fuzzy)
            adults = [p for p in surnamed if p.kind in ("staff", "governor")]
            if adults:
                return _Mention(
                    token.start, token.end, adults, _how("surname", spelling), by_title=True
                )
        return None

    # -- looking names up --------------------------------------------------------------------

    def _given(self, token: Token, allow_fuzzy: bool) -> tuple[list[tuple[Person, str]], str]:
        """The people a given name, preferred name or nickname could be, and how it was spelt."""
        for spelling in token.spellings:
            exact = self._first.get(spelling)
            if exact:
                return list(exact), DISGUISED if token.is_disguised else ""
        if not allow_fuzzy or token.word in ORDINARY_WORDS:
            return [], ""
        near = [entry for name in self._fuzzy_first(token.word) for entry in self._first[name]]
        return near, (MISSPELT if near else "")

    def _surname(self, token: Token, allow_fuzzy: bool) -> tuple[list[Person], str]:
        """The people a surname could be, and how it was spelt."""
        for spelling in token.spellings:
            exact = self._last.get(spelling)
            if exact:
                return list(exact), DISGUISED if token.is_disguised else ""
        if not allow_fuzzy or token.word in ORDINARY_WORDS or token.word in COMMON_WORDS:
            return [], ""
        near = [person for name in self._fuzzy_last(token.word) for person in self._last[name]]
        return near, ((DISGUISED if token.is_disguised else MISSPELT) if near else "")

    # -- what the words beside a mention say -------------------------------------------------

    def _place_in_school(
        self, mentions: list[_Mention], roles: list[RoleMention], text: str
    ) -> set[int]:
        """Narrow each mention by the role, year or class beside it; return the starts of the
        roles that became part of a mention ("Mrs Rosa Fenwick the Year 5 teacher")."""
        role_at = {role.start: role for role in roles}
        role_ending_before = {_past_gap(text, role.end): role for role in roles}
        merged: set[int] = set()
        for mention in mentions:
            if not mention.people:
                continue
            after = role_at.get(_past_gap(text, mention.end))
            if after is not None and after.start not in merged:
                holders, end = self._role_holders(after, text)
                if self._narrow(mention, holders):
                    mention.end = _past_closing_bracket(text, mention.end, end)
                    merged.add(after.start)
            if after is None:
                place = context_after(text, mention.end)
                if place is not None:
                    placed = [p for p in mention.people if self._is_placed(p, place)]
                    # "Mrs S in Year 3" works there before she is a Year 3 pupil's parent.
                    if self._narrow(mention, [p for p in placed if p.kind != "parent"] or placed):
                        mention.end = place.end
            before = role_ending_before.get(mention.start)
            if before is not None and before.start not in merged:
                holders, _ = self._role_holders(before, text)
                if self._narrow(mention, holders):
                    mention.start = before.start
                    merged.add(before.start)
        return merged

    @staticmethod
    def _narrow(mention: _Mention, fitting: list[Person]) -> bool:
        """Keep only the people of `mention` in `fitting`; False, changing nothing, if none is."""
        ids = {p.person_id for p in fitting}
        both = [p for p in mention.people if p.person_id in ids]
        if both:
            mention.people, mention.has_context = both, True
        return bool(both)

    def _is_placed(self, person: Person, place: ClassContext) -> bool:
        """True when `person` is in the year, class or role `place` names; a parent is placed
        by their children."""
        if place.role_key:
            return role_key(person.role, person.kind) == place.role_key
        if person.kind == "parent":
            children = (self.roster.get(pupil_id) for pupil_id in person.related_to)
            return any(child is not None and _in_place(child, place) for child in children)
        return _in_place(person, place)

    def _role_holders(self, role: RoleMention, text: str) -> tuple[list[Person], int]:
        """Who holds `role`, narrowed by a year or class in it or right after it, and where
        the words of the role end."""
        holders = list(self._roles.get(role.key, ()))
        if role.year_group or role.class_name:
            place = ClassContext(role.end, role.year_group, role.class_name)
            return [p for p in holders if _in_place(p, place)], role.end
        place_after = context_after(text, role.end)
        if place_after is not None and not place_after.role_key:
            placed = [p for p in holders if _in_place(p, place_after)]
            if placed:
                return placed, place_after.end
        return holders, role.end

    def _relative(self, mention: _Mention, text: str) -> _Mention | None:
        last = mention.last_token
        is_pupil = any(p.kind == "pupil" for p in mention.people)
        if last is None or not is_pupil or mention.end != last.end:
            return None
        if not (last.is_possessive or last.word.endswith("s")):
            return None
        relation = _RELATIVE.match(text, _after_possessive(text, last.end))
        if relation is None:
            return None
        parents: list[Person] = []
        for pupil in mention.people:
            parents.extend(self.roster.parents_of(pupil.person_id))
        return _Mention(
            mention.start,
            relation.end(),
            parents,
            "role",
            by_title=False,
            kind_if_unknown="parent",
        )

    # -- identifications ------------------------------------------------------------------

    def _identify_role(self, role: RoleMention, text: str, source: str) -> Identification:
        holders, end = self._role_holders(role, text)
        mention = _Mention(
            role.start, end, holders, "role", by_title=True, kind_if_unknown=role.kind
        )
        return self._identification(mention, text, source)

    def _identification(self, mention: _Mention, text: str, source: str) -> Identification:
        unique = list({p.person_id: p for p in mention.people}.values())
        preference = KIND_PREFERENCE_BY_TITLE if mention.by_title else KIND_PREFERENCE_BY_NAME
        kind = _kind_of(unique, preference) or mention.kind_if_unknown
        candidates = (
            tuple(Candidate(p.person_id, p.kind) for p in unique) if len(unique) > 1 else ()
        )
        named = unique[0] if len(unique) == 1 else None
        return Identification(
            kind=kind,
            how=mention.how,
            start=mention.start,
            end=mention.end,
            text=text[mention.start : mention.end],
            person_id=named.person_id if named else None,
            candidates=candidates,
            source=source,
            roster_label=person_words(named) if named else "",
        )


def _resolve_across_post(mentions: list[_Mention]) -> None:
    """Let a mention that names one person settle the others that could be them: after "Rosa
    Fenwick", "Mrs Fenwick" and "RF" are Rosa Fenwick even with other Fenwicks on the roster."""
    named = {m.people[0].person_id for m in mentions if len(m.people) == 1 and not m.needs_context}
    for mention in mentions:
        if len(mention.people) > 1 or mention.needs_context:
            known = [p for p in mention.people if p.person_id in named]
            if len(known) == 1:
                mention.people, mention.has_context = known, True


def _is_named_here(token: Token, text: str, verb_only_mid_sentence: bool = False) -> bool:
    """True when the words around `token` make it a name: a possessive, a year or class after
    it, or a verb after it (with `verb_only_mid_sentence`, not at the start of a sentence,
    where "Will" and "May" open questions as often as they name someone)."""
    if token.is_possessive or context_after(text, token.end) is not None:
        return True
    if verb_only_mid_sentence and token.is_sentence_start:
        return False
    return _NAME_CUE_AFTER.match(text, token.end) is not None


def _past_gap(text: str, position: int) -> int:
    """Where the next words start after the punctuation of an apposition at `position`."""
    gap = _APPOSITION_GAP.match(text, position)
    return gap.end() if gap else position


def _past_closing_bracket(text: str, name_end: int, end: int) -> int:
    """Take in the ")" of "RF (Year 5 teacher)" when the bracket opened after the name."""
    if "(" in text[name_end:end]:
        closing = _CLOSING_BRACKET.match(text, end)
        if closing:
            return closing.end()
    return end


def _said_who(mention: _Mention) -> bool:
    return mention.has_context and len(mention.people) == 1


def _how(base: str, spelling: str) -> str:
    return f"{spelling}_{base}" if spelling else base


def _given_how(given: list[tuple[Person, str]], spelling: str) -> str:
    hows = {how for _, how in given}
    return _how("first_name" if "first_name" in hows else sorted(hows)[0], spelling)


def _full_name_how(named: list[tuple[Person, str]]) -> str:
    return "full_name" if all(how == "first_name" for _, how in named) else named[0][1]


def _title_fit(person: Person, said: str) -> int | None:
    if person.kind == "pupil":
        return None
    own = TITLES.get(person.title.lower().rstrip("."), "")
    if own == said:
        return SAME_TITLE
    if not own or own in NEUTRAL_TITLES or said in NEUTRAL_TITLES:
        return UNSTATED_TITLE
    if own in FEMALE_TITLES and said in FEMALE_TITLES:
        return WOMANS_TITLE
    return None


def _fitting(people: Iterable[Person], said: str) -> list[Person]:
    return [person for person in people if _title_fit(person, said) is not None]


def _best_fits(people: Iterable[Person], said: str) -> list[Person]:
    """The people a title fits best: only a tie among them leaves a mention ambiguous."""
    best: int | None = None
    chosen: list[Person] = []
    for person in people:
        fit = _title_fit(person, said)
        if fit is None or (best is not None and fit > best):
            continue
        if best is None or fit < best:
            best, chosen = fit, []
        chosen.append(person)
    return chosen


def _kind_of(people: Iterable[Person], preference: tuple[str, ...]) -> str:
    kinds = {p.kind for p in people}
    return next((kind for kind in preference if kind in kinds), "")


def _stranger_kind(namesakes: list[Person]) -> str:
    """The kind of someone titled whom the roster lacks, from the people sharing the surname:
    theirs where adults share it, a parent where only pupils do ("Mrs Adeyemi")."""
    adults = _kind_of([p for p in namesakes if p.kind != "pupil"], KIND_PREFERENCE_BY_TITLE)
    return adults or "parent"


def _initial_fits(person: Person, letter: str) -> bool:
    return any(
        name.lower().startswith(letter)
        for name in (person.first_name, person.preferred_name)
        if name
    )


def _in_place(person: Person, place: ClassContext) -> bool:
    if place.year_group and not same_year(person.year_group, place.year_group):
        return False
    return not place.class_name or person.class_name.lower() == place.class_name.lower()


def _may_continue_name(token: Token) -> bool:
    return (
        token.is_capitalised
        and not token.is_sentence_start
        and token.word not in TITLES
        and token.word not in COMMON_WORDS
    )


def _after_possessive(text: str, end: int) -> int:
    possessive = re.compile(r"['\u2019]?s?['\u2019]?")
    match = possessive.match(text, end)
    return match.end() if match else end


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
                        Span(
                            person.start,
                            person.end,
                            flag,
                            _naming_reason(person, context.roster),
                            person.source,
                        ),
                    )


def _naming_reason(person: Identification, roster: Roster) -> str:
    spelling, _, base = person.how.partition("_")
    if spelling in LESS_CERTAIN:
        how = f"{base.replace('_', ' ')}, {spelling} (less certain: check it is them)"
    else:
        how = person.how.replace("_", " ")
    kind = "a " + PERSON_KIND_WORDS[person.kind].lower()
    if person.is_ambiguous:
        on_roster = [roster.get(c.person_id) for c in person.candidates]
        could_be = "; or ".join(person_words(p) for p in on_roster if p is not None)
        return f"identifies {kind} by {how}; could be {could_be}"
    if person.roster_label:
        return f"identifies {person.roster_label} by {how}"
    return f"identifies {kind} not on the roster by {how}"
