"""The roster CSV a school exports from its MIS: read whole, every cell checked, written back."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import CharField

from schoolgate.schools.models import Person, PersonKind
from schoolgate.screening.roster import (
    CONSENT_CHANNELS,
    ROSTER_HEADER,
    restore_formula,
)

# One definition of the MIS export format, shared with the screening engine's roster reader.
ROSTER_COLUMNS = ROSTER_HEADER
CONSENT_COLUMNS = tuple(f"consent_{channel}" for channel in CONSENT_CHANNELS)
YEAR_GROUPS = ("N", "R", "1", "2", "3", "4", "5", "6")
MAX_ROSTER_BYTES = 5 * 1024 * 1024
# The largest primary schools have about 1,000 pupils; with two carers each and the staff that
# is under 4,000 rows, so 10,000 leaves room while bounding the work one upload can cause.
MAX_ROSTER_ROWS = 10_000
# The longest roster field holds 100 characters; a cell ten times that is a pasted document or
# an attack, not a name, and is reported by its length rather than echoed back.
MAX_CELL_CHARS = 1_000
# What a header cell that is not a column's name is cut to when the error names it.
SHOWN_HEADER_CHARS = 40


def _max_length(column: str) -> int:
    field = Person._meta.get_field(column)
    assert isinstance(field, CharField) and field.max_length is not None
    return field.max_length


# Each column that is stored as it is read, with the longest value the database holds.
MAX_LENGTHS: dict[str, int] = {
    column: _max_length(column)
    for column in (
        "person_id",
        "title",
        "first_name",
        "last_name",
        "preferred_name",
        "role",
        "class_name",
    )
}
# How a refused `related_to` names the kind the person has instead of pupil.
KIND_PHRASES = {
    PersonKind.STAFF: "staff",
    PersonKind.GOVERNOR: "a governor",
    PersonKind.PARENT: "a parent or carer",
}


@dataclass
class RosterRow:
    row_number: int
    person_id: str
    kind: str
    title: str
    first_name: str
    last_name: str
    preferred_name: str
    role: str
    year_group: str
    class_name: str
    related_to: list[str]
    consents: dict[str, bool | None]


@dataclass
class RosterFile:
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_roster(
    content: bytes | str,
    existing_kinds: Mapping[str, str] | None = None,
    existing_links: Mapping[str, Iterable[str]] | None = None,
) -> RosterFile:
    """Read a roster CSV and check every row and column, collecting all errors in one pass.

    Row numbers are those a spreadsheet shows: the header is row 1. `existing_kinds` maps the
    `person_id` of everyone already on the school's roster to their kind, which `related_to`
    may name besides the file's own pupils; `existing_links` maps each parent already on the
    roster to the pupils they are related to, which a pupil in the file may not stop being
    unless the parent is in the file too.
    """
    result = RosterFile()
    if isinstance(content, bytes):
        if len(content) > MAX_ROSTER_BYTES:
            result.errors.append("the file is larger than 5 MB; is it a roster CSV?")
            return result
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            result.errors.append("the file is not UTF-8 text; save it from your MIS as CSV (UTF-8)")
            return result
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        result.errors.append(_unreadable(1, exc))
        return result
    if header is None:
        result.errors.append("the file is empty")
        return result
    header = [column.strip() for column in header]
    if tuple(header) != ROSTER_COLUMNS:
        result.errors.append(_header_error(header))
        return result

    seen_ids: dict[str, int] = {}
    # The kind each row gives its person_id, even on rows with other faults, so one mistake is
    # reported once; ids whose kind could not be read are not judged by it at all.
    file_kinds: dict[str, str] = {}
    file_rows: dict[str, int] = {}
    unreadable_kinds: set[str] = set()
    row_number = 1
    while True:
        row_number += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.errors.append(_unreadable(row_number, exc))
            continue
        if row_number > MAX_ROSTER_ROWS + 1:
            result.errors.append(
                f"the file has more than {MAX_ROSTER_ROWS:,} rows of people; is it a roster CSV?"
            )
            break
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(ROSTER_COLUMNS):
            result.errors.append(
                f"row {row_number}: has {len(cells)} columns, expected {len(ROSTER_COLUMNS)}"
            )
            continue
        values: dict[str, str] = {}
        faults: dict[str, str] = {}
        for column, cell in zip(ROSTER_COLUMNS, cells, strict=True):
            values[column], fault = _read_cell(column, cell)
            if fault:
                faults[column] = fault
        person_id, kind = values["person_id"], values["kind"].lower()
        if "person_id" not in faults and person_id:
            file_rows.setdefault(person_id, row_number)
            if "kind" not in faults and kind in PersonKind.values:
                file_kinds.setdefault(person_id, kind)
            else:
                unreadable_kinds.add(person_id)
        row = _check_row(row_number, values, faults, seen_ids, result.errors)
        if row is not None:
            result.rows.append(row)

    kinds = {**(existing_kinds or {}), **file_kinds}
    for row in result.rows:
        for related in row.related_to:
            related_kind = kinds.get(related)
            if related_kind == PersonKind.PUPIL or related in unreadable_kinds:
                continue
            if related_kind is None:
                result.errors.append(
                    f"row {row.row_number}, related_to: {related!r} is not a pupil's person_id"
                )
            else:
                result.errors.append(
                    f"row {row.row_number}, related_to: {related!r} is "
                    f"{KIND_PHRASES[PersonKind(related_kind)]}, not a pupil"
                )
    for parent_id, pupil_ids in (existing_links or {}).items():
        if parent_id in file_rows:
            continue
        for pupil_id in sorted(pupil_ids):
            new_kind = file_kinds.get(pupil_id)
            if new_kind is not None and new_kind != PersonKind.PUPIL:
                result.errors.append(
                    f"row {file_rows[pupil_id]}, kind: {pupil_id!r} cannot stop being a pupil "
                    f"while {parent_id!r}, a parent or carer not in this file, is related to "
                    f"them; add {parent_id!r} to the file with their related_to changed"
                )
    if not result.rows and not result.errors:
        result.errors.append("the file has a header but no people")
    return result


def _read_cell(column: str, cell: str) -> tuple[str, str]:
    """Return the cell's value and what is wrong with it whatever its column ("" if nothing)."""
    if len(cell) > MAX_CELL_CHARS:
        return (
            "",
            f"is {len(cell):,} characters long; a roster cell holds at most {MAX_CELL_CHARS:,}",
        )
    value = restore_formula(cell.strip())
    for character in value:
        if unicodedata.category(character) == "Cc":
            # NUL cannot be stored in PostgreSQL, and line breaks or escapes in a name corrupt
            # every letter, export and screen that shows it.
            return value, (
                f"contains a control character (U+{ord(character):04X}); retype the cell without it"
            )
    limit = MAX_LENGTHS.get(column)
    if limit is not None and len(value) > limit:
        return value, f"is {len(value)} characters long; the most is {limit}"
    return value, ""


def _unreadable(row_number: int, exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return (
            f"row {row_number}: a cell is longer than {csv.field_size_limit():,} characters; "
            f"a roster cell holds at most {MAX_CELL_CHARS:,}"
        )
    return f"row {row_number}: cannot be read as CSV ({exc})"


def _header_error(header: list[str]) -> str:
    missing = [c for c in ROSTER_COLUMNS if c not in header]
    unexpected = [_shown(c) for c in header if c not in ROSTER_COLUMNS]
    detail = []
    if missing:
        detail.append("missing " + ", ".join(missing))
    if unexpected:
        detail.append("unexpected " + ", ".join(unexpected))
    if not detail:
        detail.append("the columns are in a different order")
    return (
        "row 1: the header must be exactly "
        + ",".join(ROSTER_COLUMNS)
        + " ("
        + "; ".join(detail)
        + ")"
    )


def _shown(text: str) -> str:
    """A header cell as an error may quote it: short, with control characters replaced."""
    shown = "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in text)
    return shown if len(shown) <= SHOWN_HEADER_CHARS else shown[:SHOWN_HEADER_CHARS] + "…"


def _check_row(
    row_number: int,
    values: dict[str, str],
    faults: dict[str, str],
    seen_ids: dict[str, int],
    errors: list[str],
) -> RosterRow | None:
    # Errors are listed in column order; a cell already at fault is not judged again.
    found: list[tuple[int, str]] = []

    def error(column: str, message: str) -> None:
        if column not in faults:
            found.append((ROSTER_COLUMNS.index(column), f"row {row_number}, {column}: {message}"))

    for column, fault in faults.items():
        found.append((ROSTER_COLUMNS.index(column), f"row {row_number}, {column}: {fault}"))

    person_id = values["person_id"]
    if "person_id" in faults:
        pass
    elif not person_id:
        error("person_id", "is empty")
    elif person_id in seen_ids:
        error("person_id", f"{person_id!r} is also on row {seen_ids[person_id]}")
    else:
        seen_ids[person_id] = row_number

    kind = values["kind"].lower()
    if kind not in PersonKind.values:
        error("kind", f"{values['kind']!r} is not one of {', '.join(PersonKind.values)}")
    for column in ("first_name", "last_name"):
        if not values[column]:
            error(column, "is empty")

    year_group = values["year_group"].upper()
    if year_group.startswith("Y") and year_group[1:] in YEAR_GROUPS:
        year_group = year_group[1:]
    is_required = kind == PersonKind.PUPIL
    if (is_required or year_group) and year_group not in YEAR_GROUPS:
        error("year_group", f"{values['year_group']!r} is not one of {', '.join(YEAR_GROUPS)}")

    related_to = [item.strip() for item in values["related_to"].split(";") if item.strip()]
    if related_to and kind != PersonKind.PARENT:
        error("related_to", "only parents and carers are related to pupils")

    consents: dict[str, bool | None] = {}
    for column in CONSENT_COLUMNS:
        raw = values[column].lower()
        if kind == PersonKind.PUPIL:
            if raw in ("yes", "y"):
                consents[column] = True
            elif raw in ("no", "n"):
                consents[column] = False
            else:
                error(column, f"{values[column]!r} is not yes or no")
        else:
            if raw:
                error(column, "photo consent is recorded for pupils only; leave it empty")
            consents[column] = None

    if found:
        errors.extend(message for _, message in sorted(found, key=lambda item: item[0]))
        return None
    return RosterRow(
        row_number=row_number,
        person_id=person_id,
        kind=kind,
        title=values["title"],
        first_name=values["first_name"],
        last_name=values["last_name"],
        preferred_name=values["preferred_name"],
        role=values["role"],
        year_group=year_group,
        class_name=values["class_name"],
        related_to=related_to,
        consents=consents,
    )


def consent_cell(value: bool | None) -> str:
    if value is None:
        return ""
    return "yes" if value else "no"
