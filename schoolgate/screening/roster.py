"""The people of a school the engine can recognise: pupils, staff, governors and parents."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .categories import PERSON_KINDS
from .exceptions import RosterError

ROSTER_HEADER: tuple[str, ...] = (
    "person_id",
    "kind",
    "title",
    "first_name",
    "last_name",
    "preferred_name",
    "role",
    "year_group",
    "class_name",
    "related_to",
    "consent_dojo",
    "consent_website",
    "consent_social_media",
    "consent_press",
)
CONSENT_CHANNELS: tuple[str, ...] = ("dojo", "website", "social_media", "press")


# A spreadsheet runs a cell starting with one of these as a formula ("CSV injection", OWASP):
# `-` too, as `-2+3+cmd|...` is the classic payload; a name that starts with it is kept intact
# by the quote the export adds and the import removes.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_QUOTE = "'"


def neutralise_formula(value: str) -> str:
    """Quote a cell a spreadsheet would run as a formula, so it opens as text.

    A value that already starts with quotes before such a character gets one more, so that
    `restore_formula` gives every value back exactly.
    """
    if value.lstrip(FORMULA_QUOTE).startswith(FORMULA_STARTS):
        return FORMULA_QUOTE + value
    return value


def restore_formula(value: str) -> str:
    """Remove the quote `neutralise_formula` added; leave every other value as it is."""
    if value.startswith(FORMULA_QUOTE) and value[1:].lstrip(FORMULA_QUOTE).startswith(
        FORMULA_STARTS
    ):
        return value[1:]
    return value


@dataclass(frozen=True)
class Person:
    """One row of the roster."""

    person_id: str
    kind: str
    first_name: str
    last_name: str
    title: str = ""
    preferred_name: str = ""
    role: str = ""
    year_group: str = ""
    class_name: str = ""
    related_to: tuple[str, ...] = ()
    consents: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in PERSON_KINDS:
            raise RosterError(
                f"person {self.person_id!r}: kind {self.kind!r} is not one of "
                + ", ".join(PERSON_KINDS)
            )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Roster:
    """The people of one school, looked up by id."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self.people: tuple[Person, ...] = tuple(people)
        self._by_id = {person.person_id: person for person in self.people}
        if len(self._by_id) != len(self.people):
            seen: set[str] = set()
            for person in self.people:
                if person.person_id in seen:
                    raise RosterError(f"person_id {person.person_id!r} appears twice")
                seen.add(person.person_id)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def parents_of(self, pupil_id: str) -> list[Person]:
        return [p for p in self.people if p.kind == "parent" and pupil_id in p.related_to]

    @classmethod
    def from_csv(cls, path: str | Path) -> Roster:
        """Read a roster CSV (the MIS export); every bad row and column is reported at once."""
        path = Path(path)
        try:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                rows = list(csv.reader(handle))
        except OSError as error:
            raise RosterError(f"{path}: cannot read the roster ({error.strerror})") from error
        if not rows or tuple(cell.strip() for cell in rows[0]) != ROSTER_HEADER:
            raise RosterError(f"{path}: the header must be exactly {','.join(ROSTER_HEADER)}")
        problems: list[str] = []
        people: list[Person] = []
        for number, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(ROSTER_HEADER):
                problems.append(f"row {number}: {len(row)} columns, expected {len(ROSTER_HEADER)}")
                continue
            values = dict(
                zip(ROSTER_HEADER, (restore_formula(cell.strip()) for cell in row), strict=True)
            )
            row_problems = _check_row(values)
            problems.extend(f"row {number}, {column}: {reason}" for column, reason in row_problems)
            if row_problems:
                continue
            consents = {
                channel: values[f"consent_{channel}"].lower() == "yes"
                for channel in CONSENT_CHANNELS
                if values[f"consent_{channel}"]
            }
            people.append(
                Person(
                    person_id=values["person_id"],
                    kind=values["kind"],
                    first_name=values["first_name"],
                    last_name=values["last_name"],
                    title=values["title"],
                    preferred_name=values["preferred_name"],
                    role=values["role"],
                    year_group=values["year_group"],
                    class_name=values["class_name"],
                    related_to=tuple(
                        v.strip() for v in values["related_to"].split(";") if v.strip()
                    ),
                    consents=consents,
                )
            )
        if problems:
            raise RosterError(f"{path}: " + "; ".join(problems))
        return cls(people)


def _check_row(values: dict[str, str]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not values["person_id"]:
        problems.append(("person_id", "is empty"))
    if values["kind"] not in PERSON_KINDS:
        problems.append(("kind", f"{values['kind']!r} is not one of " + ", ".join(PERSON_KINDS)))
    if not values["first_name"] and not values["last_name"]:
        problems.append(("first_name", "a person needs a first or last name"))
    for channel in CONSENT_CHANNELS:
        column = f"consent_{channel}"
        if values[column] and values[column].lower() not in ("yes", "no"):
            problems.append((column, f"{values[column]!r} is not yes or no"))
    return problems
