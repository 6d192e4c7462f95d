"""Changes to schools and their people: each one atomic, all-or-nothing."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.db import transaction

from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, PersonKind, School, User
from schoolgate.schools.roster import CONSENT_COLUMNS, ROSTER_COLUMNS, consent_cell, read_roster


class RosterImportError(Exception):
    """A roster file was refused; `errors` names every row and column at fault."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} problem(s) in the roster file; nothing was imported")
        self.errors = errors


@dataclass(frozen=True)
class RosterImport:
    created: int
    updated: int
    not_in_file: int


def import_roster(school: School, content: bytes | str, actor: User | None = None) -> RosterImport:
    """Create or update the school's people from a roster CSV, matched by `person_id`.

    Any error refuses the whole file. People on the roster but absent from the file are
    kept (they may be named in incidents) and counted in `not_in_file`.
    """
    existing_pupils = set(
        Person.objects.filter(school=school, kind=PersonKind.PUPIL).values_list(
            "person_id", flat=True
        )
    )
    roster = read_roster(content, known_pupil_ids=existing_pupils)
    if roster.errors:
        raise RosterImportError(roster.errors)

    with transaction.atomic():
        existing = {p.person_id: p for p in Person.objects.filter(school=school)}
        created = updated = 0
        people: dict[str, Person] = {}
        for position, row in enumerate(roster.rows):
            person = existing.get(row.person_id) or Person(school=school, person_id=row.person_id)
            is_new = person.pk is None
            person.kind = row.kind
            person.title = row.title
            person.first_name = row.first_name
            person.last_name = row.last_name
            person.preferred_name = row.preferred_name
            person.role = row.role
            person.year_group = row.year_group
            person.class_name = row.class_name
            person.roster_position = position
            for column, value in row.consents.items():
                setattr(person, column, value)
            person.full_clean(exclude=["school", "related_pupils"], validate_unique=False)
            person.save()
            people[row.person_id] = person
            created += is_new
            updated += not is_new
        pupils_by_id = {
            p.person_id: p for p in Person.objects.filter(school=school, kind=PersonKind.PUPIL)
        }
        for row in roster.rows:
            people[row.person_id].related_pupils.set([pupils_by_id[i] for i in row.related_to])
        not_in_file = len(set(existing) - set(people))
        record_event(
            school,
            actor,
            "imported roster",
            object_type="roster",
            object_id=school.slug,
            details={"created": created, "updated": updated, "not_in_file": not_in_file},
        )
    return RosterImport(created=created, updated=updated, not_in_file=not_in_file)


def export_roster(school: School, actor: User | None = None) -> str:
    """Write the school's roster in the import format, so a round trip gives the same file."""
    with transaction.atomic():
        record_event(school, actor, "exported roster", object_type="roster", object_id=school.slug)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ROSTER_COLUMNS)
    people = Person.objects.filter(school=school).prefetch_related("related_pupils")
    for person in people:
        related = sorted(p.person_id for p in person.related_pupils.all())
        writer.writerow(
            [
                person.person_id,
                person.kind,
                person.title,
                person.first_name,
                person.last_name,
                person.preferred_name,
                person.role,
                person.year_group,
                person.class_name,
                ";".join(related),
                *(consent_cell(getattr(person, column)) for column in CONSENT_COLUMNS),
            ]
        )
    return buffer.getvalue()
