"""The roster CSV a school exports from its MIS: read whole, every cell checked, written back."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from schoolgate.schools.models import PersonKind
from schoolgate.screening.roster import CONSENT_CHANNELS, ROSTER_HEADER

# One definition of the MIS export format, shared with the screening engine's roster reader.
ROSTER_COLUMNS = ROSTER_HEADER
CONSENT_COLUMNS = tuple(f"consent_{channel}" for channel in CONSENT_CHANNELS)
YEAR_GROUPS = ("N", "R", "1", "2", "3", "4", "5", "6")
MAX_ROSTER_BYTES = 5 * 1024 * 1024


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


def read_roster(content: bytes | str, known_pupil_ids: set[str] = frozenset()) -> RosterFile:  # type: ignore[assignment]
    """Read a roster CSV and check every row and column, collecting all errors in one pass.

    Row numbers are those a spreadsheet shows: the header is row 1. `known_pupil_ids` are
    pupils already on the school's roster, which `related_to` may name besides the file's own.
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
    header = next(reader, None)
    if header is None:
        result.errors.append("the file is empty")
        return result
    header = [column.strip() for column in header]
    if tuple(header) != ROSTER_COLUMNS:
        missing = [c for c in ROSTER_COLUMNS if c not in header]
        unexpected = [c for c in header if c not in ROSTER_COLUMNS]
        detail = []
        if missing:
            detail.append("missing " + ", ".join(missing))
        if unexpected:
            detail.append("unexpected " + ", ".join(unexpected))
        if not detail:
            detail.append("the columns are in a different order")
        result.errors.append(
            "row 1: the header must be exactly "
            + ",".join(ROSTER_COLUMNS)
            + " ("
            + "; ".join(detail)
            + ")"
        )
        return result

    seen_ids: dict[str, int] = {}
    # Pupils declared on rows that have other faults still count, so one mistake is reported once.
    declared_pupils: set[str] = set(known_pupil_ids)
    for row_number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(ROSTER_COLUMNS):
            result.errors.append(
                f"row {row_number}: has {len(cells)} columns, expected {len(ROSTER_COLUMNS)}"
            )
            continue
        values = {column: cell.strip() for column, cell in zip(ROSTER_COLUMNS, cells, strict=True)}
        if values["kind"].lower() == PersonKind.PUPIL:
            declared_pupils.add(values["person_id"])
        row = _check_row(row_number, values, seen_ids, result.errors)
        if row is not None:
            result.rows.append(row)

    for row in result.rows:
        for related in row.related_to:
            if related not in declared_pupils:
                result.errors.append(
                    f"row {row.row_number}, related_to: {related!r} is not a pupil's person_id"
                )
    if not result.rows and not result.errors:
        result.errors.append("the file has a header but no people")
    return result


def _check_row(
    row_number: int, values: dict[str, str], seen_ids: dict[str, int], errors: list[str]
) -> RosterRow | None:
    start = len(errors)

    def error(column: str, message: str) -> None:
        errors.append(f"row {row_number}, {column}: {message}")

    person_id = values["person_id"]
    if not person_id:
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

    if len(errors) > start:
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
