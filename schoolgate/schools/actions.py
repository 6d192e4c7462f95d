"""Changes to schools and their people: each one atomic, all-or-nothing."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email, validate_slug
from django.db import IntegrityError, transaction

from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, PersonKind, School, Trust, User
from schoolgate.schools.roster import (
    CONSENT_COLUMNS,
    ROSTER_COLUMNS,
    consent_cell,
    read_roster,
)
from schoolgate.screening.roster import neutralise_formula


class ActionRefused(Exception):
    """A change the rules do not allow; the message is shown or printed as it is."""


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
    existing_kinds = dict(Person.objects.filter(school=school).values_list("person_id", "kind"))
    existing_links: dict[str, list[str]] = defaultdict(list)
    for parent_id, pupil_id in Person.related_pupils.through.objects.filter(
        from_person__school=school
    ).values_list("from_person__person_id", "to_person__person_id"):
        existing_links[parent_id].append(pupil_id)
    roster = read_roster(content, existing_kinds=existing_kinds, existing_links=existing_links)
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
            try:
                person.full_clean(exclude=["school", "related_pupils"], validate_unique=False)
            except ValidationError as invalid:
                # read_roster checks what the model does; should they ever disagree, the file
                # is refused by row and column rather than failing with half of it imported.
                raise RosterImportError(
                    [
                        f"row {row.row_number}, {column}: {message}"
                        for column, messages in invalid.message_dict.items()
                        for message in messages
                    ]
                ) from None
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
    # csv leaves a lone carriage return unquoted with a "\n" terminator, and a reader then
    # splits the row there; a row holding one is written fully quoted instead.
    quoting_writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(ROSTER_COLUMNS)
    people = Person.objects.filter(school=school).prefetch_related("related_pupils")
    for person in people:
        related = sorted(p.person_id for p in person.related_pupils.all())
        cells = [
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
        # The file is opened in spreadsheets: a name like =HYPERLINK(...) must stay text.
        row = [neutralise_formula(cell) for cell in cells]
        (quoting_writer if any("\r" in cell for cell in row) else writer).writerow(row)
    return buffer.getvalue()


def _check_name_and_slug(name: str, slug: str) -> None:
    if not name.strip():
        raise ActionRefused("A name is required.")
    try:
        validate_slug(slug)
    except ValidationError:
        raise ActionRefused(
            f"{slug!r} is not a slug: use lower-case letters, digits and hyphens."
        ) from None
    if slug != slug.lower():
        raise ActionRefused(f"{slug!r} is not a slug: use lower-case letters, digits and hyphens.")


def create_trust(name: str, slug: str) -> Trust:
    """Create a trust; refuse a taken slug. A trust has no audit chain of its own."""
    _check_name_and_slug(name, slug)
    try:
        with transaction.atomic():
            if Trust.objects.filter(slug=slug).exists():
                raise ActionRefused(f"A trust with slug {slug!r} already exists.")
            return Trust.objects.create(name=name.strip(), slug=slug)
    except IntegrityError:
        # Another command created the same slug between the check and the insert.
        raise ActionRefused(f"A trust with slug {slug!r} already exists.") from None


def create_school(
    name: str, slug: str, urn: str, email: str, trust_slug: str | None = None
) -> School:
    """Create a school, optionally in a trust, and open its audit chain; all or nothing."""
    _check_name_and_slug(name, slug)
    if not (len(urn) == 6 and urn.isascii() and urn.isdigit()):
        raise ActionRefused(f"A DfE URN is six digits, not {urn!r}.")
    try:
        validate_email(email)
    except ValidationError:
        raise ActionRefused(f"{email!r} is not an e-mail address.") from None
    try:
        with transaction.atomic():
            trust = None
            if trust_slug:
                trust = Trust.objects.filter(slug=trust_slug).first()
                if trust is None:
                    known = ", ".join(Trust.objects.values_list("slug", flat=True)) or "none yet"
                    raise ActionRefused(f"No trust with slug {trust_slug!r} (trusts: {known}).")
            if School.objects.filter(slug=slug).exists():
                raise ActionRefused(f"A school with slug {slug!r} already exists.")
            holder = School.objects.filter(urn=urn).first()
            if holder is not None:
                raise ActionRefused(f"URN {urn} is already {holder.name}'s.")
            school = School.objects.create(
                trust=trust, name=name.strip(), slug=slug, urn=urn, contact_email=email
            )
            record_event(
                school,
                None,
                "created school",
                school,
                {"name": school.name, "urn": urn, "trust": trust_slug or ""},
            )
            return school
    except IntegrityError:
        # Another command took the slug or URN between the check and the insert.
        raise ActionRefused(f"A school with slug {slug!r} or URN {urn} already exists.") from None
