"""The fixed vocabulary of the engine: category ids, flag ids, docs/labelling.md's policy lines,
and the words staff read for each."""

from __future__ import annotations

from typing import Protocol

CATEGORY_IDS: tuple[str, ...] = (
    "allegation",
    "complaint",
    "defamation",
    "offensive_about_person",
    "violence",
    "discrimination",
    "photo_of_others",
    "dojo_photo",
)

NAMING_FLAGS: tuple[str, ...] = ("names_pupil", "names_staff", "names_governor", "names_parent")
POLICE_FLAGS: tuple[str, ...] = (
    "police_threat_of_violence",
    "police_racial_element",
    "police_grossly_obscene",
    "police_harassment",
)
FLAG_IDS: tuple[str, ...] = NAMING_FLAGS + POLICE_FLAGS

PERSON_KINDS: tuple[str, ...] = ("pupil", "staff", "governor", "parent")

NAMING_FLAG_FOR_KIND: dict[str, str] = {kind: f"names_{kind}" for kind in PERSON_KINDS}

# The "policy line" column of docs/labelling.md, used when no policy file is given.
DEFAULT_POLICY_LINES: dict[str, str] = {
    "allegation": "Making allegations about staff, governors or pupils / cyber-bullying",
    "complaint": (
        "Making complaints about staff, pupils, other parents or governors (and, by the policy's "
        "opening line, expressing frustrations or concerns about the school on social media)"
    ),
    "defamation": "Making defamatory statements",
    "offensive_about_person": (
        "Posting negative/offensive comments about specific pupils/staff/governors"
    ),
    "violence": "Posting comments which threaten violence or encourage violence",
    "discrimination": "Making discriminatory comments",
    "photo_of_others": (
        "Posting photographs taken at school performances etc. which include other pupils and staff"
    ),
    "dojo_photo": "Saving photographs from Dojo and then sharing on social media",
}

# The policy's police triggers, in the seed policy's words.
DEFAULT_POLICE_LINES: dict[str, str] = {
    "police_harassment": "if it considers a crime (such as harassment) has been committed",
    "police_racial_element": "in cases where the posting has a racial element",
    "police_grossly_obscene": "is considered to be grossly obscene",
    "police_threat_of_violence": "or is threatening violence",
}

# A police flag stands only on a post that is in the category it escalates.
POLICE_FLAG_NEEDS: dict[str, str | None] = {
    "police_threat_of_violence": "violence",
    "police_racial_element": "discrimination",
    "police_grossly_obscene": None,
    "police_harassment": None,
}

# Categories about a photograph. The text model cannot see a photo, so on a post without an
# image only a rule that found the photo mentioned in words may decide them.
PHOTO_CATEGORIES: tuple[str, ...] = ("photo_of_others", "dojo_photo")

# What staff read for each category and flag: the incident page and `schoolgate screen` show
# these words, never the ids.
CATEGORY_WORDS: dict[str, str] = {
    "allegation": "Allegation or cyber-bullying",
    "complaint": "Complaint about staff or the school",
    "defamation": "Defamatory statement",
    "offensive_about_person": "Offensive comment about a person",
    "violence": "Threatens or encourages violence",
    "discrimination": "Discriminatory comment",
    "photo_of_others": "Photo showing other children or staff",
    "dojo_photo": "Photo shared from Dojo or the school's app",
}
NAMING_FLAG_WORDS: dict[str, str] = {
    "names_pupil": "Names a pupil",
    "names_staff": "Names a member of staff",
    "names_governor": "Names a governor",
    "names_parent": "Names a parent or carer",
}
# What each police flag is about, as it reads inside a sentence ("the post may contain a threat
# of violence").
POLICE_INDICATOR_WORDS: dict[str, str] = {
    "police_threat_of_violence": "threat of violence",
    "police_racial_element": "racial element",
    "police_grossly_obscene": "grossly obscene content",
    "police_harassment": "harassment",
}
# Said wherever a police indicator is shown: the engine only advises, and the policy protects
# fair criticism, so staff must not read an indicator on a complaint as a reason to call the police.
POLICE_ADVICE = (
    "Staff decide whether to involve the police; criticism of the school or its staff alone is "
    "never a police matter."
)
FLAG_WORDS: dict[str, str] = {
    **NAMING_FLAG_WORDS,
    **{
        flag: f"{about[0].upper()}{about[1:]}: police indicator"
        for flag, about in POLICE_INDICATOR_WORDS.items()
    },
}
PERSON_KIND_WORDS: dict[str, str] = {
    "pupil": "Pupil",
    "staff": "Member of staff",
    "governor": "Governor",
    "parent": "Parent or carer",
}
# Adults the school knows by title and surname, so the roster's title is part of their name.
TITLED_KINDS: tuple[str, ...] = ("staff", "governor")
# Titles a roster's preferred name may open with ("Mrs K"): such a name already carries its title.
# people.TITLES also reads the spoken forms ("missus"), which a roster does not use.
_NAME_TITLES = frozenset({"mr", "mrs", "miss", "ms", "mx", "dr"})


def words_for(label: str) -> str:
    """The words staff read for a category or flag id.

    An id the engine no longer uses (in a screening kept from an older engine) reads as the id
    with spaces, so an old judgement still shows.
    """
    return (
        CATEGORY_WORDS.get(label) or FLAG_WORDS.get(label) or label.replace("_", " ").capitalize()
    )


class RosterEntry(Protocol):
    """A person on a school's roster: the engine's `roster.Person` and the app's model both fit."""

    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def preferred_name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def year_group(self) -> str: ...
    @property
    def class_name(self) -> str: ...


def person_words(person: RosterEntry) -> str:
    """The person as the roster describes them: "Mrs Rosa Fenwick, Class teacher, Year 5"."""
    first = person.preferred_name or person.first_name
    titled = person.kind in TITLED_KINDS and not _opens_with_title(first)
    title = person.title if titled else ""
    name = " ".join(part for part in (title, first, person.last_name) if part)
    details = [_capitalised(person.role) or PERSON_KIND_WORDS.get(person.kind, person.kind)]
    if person.year_group:
        details.append(f"Year {person.year_group}")
    if person.class_name:
        details.append(f"{person.class_name} class")
    return ", ".join([name, *details])


def _opens_with_title(name: str) -> bool:
    """Whether a name starts with a title ("Mrs K", "Mr. J"), so no other title goes before it."""
    words = name.split(maxsplit=1)
    return bool(words) and words[0].lower().rstrip(".") in _NAME_TITLES


def _capitalised(role: str) -> str:
    """A role as it opens a detail: "teaching assistant" reads "Teaching assistant"; the rest is
    kept as written, so "SENCO" and "PE coach" stay as the roster has them."""
    return role[:1].upper() + role[1:]
