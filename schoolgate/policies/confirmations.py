"""Parents confirming they have read the policy: sending the links, the click, the rates."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from schoolgate.policies.models import PolicyVersion, ReadConfirmation
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, PersonKind, School, User

LINK_SALT = "schoolgate.policies.confirmations.link"
# Sixty days covers a link sent before a half term and the holiday after it.
LINK_MAX_AGE = 60 * 24 * 60 * 60
# A primary school has a few hundred families; more rows than this is the wrong file.
MAX_CONTACT_ROWS = 10_000


class ConfirmationRefused(Exception):
    """Sending or confirming was refused; the message says why, for the person who asked."""


@dataclass(frozen=True)
class SendResult:
    sent: int
    already_confirmed: int
    without_address: int


@dataclass(frozen=True)
class ClassRate:
    class_name: str
    pupils: int
    confirmed: int

    @property
    def percent(self) -> int:
        return round(100 * self.confirmed / self.pupils) if self.pupils else 0


def read_contact_list(text: str) -> dict[str, str]:
    """Read a `person_id,email` CSV of parents' addresses; every problem is listed at once."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [cell.strip().lower() for cell in rows[0]] != ["person_id", "email"]:
        raise ConfirmationRefused("The first line must be exactly: person_id,email")
    if len(rows) - 1 > MAX_CONTACT_ROWS:
        raise ConfirmationRefused(f"The list has more than {MAX_CONTACT_ROWS:,} rows.")
    contacts: dict[str, str] = {}
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 2:
            problems.append(f"row {number}: has {len(row)} columns, expected 2")
            continue
        person_id, email = (cell.strip() for cell in row)
        try:
            validate_email(email)
        except ValidationError:
            problems.append(f"row {number}, email: {email!r} is not an e-mail address")
            continue
        contacts[person_id] = email
    if problems:
        raise ConfirmationRefused("; ".join(problems))
    return contacts


def confirmation_path(confirmation: ReadConfirmation) -> str:
    token = signing.dumps(confirmation.pk, salt=LINK_SALT, compress=True)
    return reverse("portal_read_policy", args=[confirmation.school.slug, token])


def send_read_confirmations(
    school: School, actor: User | None, contacts: dict[str, str]
) -> SendResult:
    """E-mail each parent on the list a link per child, for the published policy.

    A link already confirmed is not sent again; one sent but not confirmed is sent again (a
    reminder). Unknown ids, and parents with no child on the roster, are refused by name.
    """
    version = PolicyVersion.objects.published().filter(school=school).first()
    if version is None:
        raise ConfirmationRefused("Publish the policy before asking parents to confirm it.")
    parents = {
        person.person_id: person
        for person in Person.objects.filter(school=school, person_id__in=contacts).prefetch_related(
            "related_pupils"
        )
    }
    unknown = [pid for pid in contacts if pid not in parents]
    if unknown:
        raise ConfirmationRefused(f"Not on the roster: {', '.join(sorted(unknown)[:10])}.")
    not_parents = [pid for pid, p in parents.items() if p.kind != PersonKind.PARENT]
    if not_parents:
        raise ConfirmationRefused(
            f"Not a parent or carer on the roster: {', '.join(sorted(not_parents)[:10])}."
        )
    sent: list[ReadConfirmation] = []
    already = 0
    with transaction.atomic():
        for person_id, email in contacts.items():
            parent = parents[person_id]
            for pupil in parent.related_pupils.all():
                confirmation, _ = ReadConfirmation.objects.select_for_update().get_or_create(
                    version=version,
                    parent=parent,
                    pupil=pupil,
                    defaults={"school": school, "email": email},
                )
                if confirmation.confirmed_at is not None:
                    already += 1
                    continue
                confirmation.email = email
                confirmation.sent_at = timezone.now()
                confirmation.save(update_fields=["email", "sent_at"])
                sent.append(confirmation)
        without = (
            Person.objects.filter(school=school, kind=PersonKind.PARENT)
            .exclude(person_id__in=contacts)
            .filter(related_pupils__isnull=False)
            .distinct()
            .count()
        )
        record_event(
            school,
            actor,
            "sent policy read confirmations",
            version,
            {"sent": len(sent), "already_confirmed": already, "version": version.number},
        )
        mails = [_mail(confirmation) for confirmation in sent]
        transaction.on_commit(lambda: get_connection().send_messages(mails))
    return SendResult(sent=len(sent), already_confirmed=already, without_address=without)


def _mail(confirmation: ReadConfirmation) -> EmailMessage:
    school = confirmation.school
    pupil = confirmation.pupil.preferred_name or confirmation.pupil.first_name
    link = settings.SITE_URL + confirmation_path(confirmation)
    body = (
        f"Dear parent or carer,\n\n"
        f"{school.name} asks every family to read its policy on parents' use of social media. "
        f"Please read it and confirm, for {pupil}, that you have done so:\n\n{link}\n\n"
        "The link works for 60 days. If you have a concern about the school, please contact "
        "the school to discuss it.\n"
    )
    return EmailMessage(
        f"Please confirm you have read {school.name}'s social media policy",
        body,
        to=[confirmation.email],
        reply_to=[school.contact_email],
    )


def find_confirmation(school_slug: str, token: str) -> ReadConfirmation:
    """The confirmation a link names; refused when the link is altered, expired or another school's."""
    try:
        pk = signing.loads(token, salt=LINK_SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        raise ConfirmationRefused(
            "This link has expired or is not complete. Ask the school office for a new one."
        ) from None
    confirmation = (
        ReadConfirmation.objects.filter(pk=pk, school__slug=school_slug)
        .select_related("school", "pupil", "version")
        .first()
    )
    if confirmation is None:
        raise ConfirmationRefused(
            "This link has expired or is not complete. Ask the school office for a new one."
        )
    return confirmation


def confirm_read(school_slug: str, token: str) -> ReadConfirmation:
    """Record that the parent read the policy; a second click changes nothing."""
    with transaction.atomic():
        confirmation = find_confirmation(school_slug, token)
        confirmation = ReadConfirmation.objects.select_for_update().get(pk=confirmation.pk)
        if confirmation.confirmed_at is None:
            confirmation.confirmed_at = timezone.now()
            confirmation.save(update_fields=["confirmed_at"])
            record_event(
                confirmation.school,
                None,
                "parent confirmed reading the policy",
                confirmation,
                {"version": confirmation.version.number},
            )
    return confirmation


def rates_per_class(school: School) -> list[ClassRate]:
    """Per class, how many pupils have a parent who confirmed reading the published policy."""
    version = PolicyVersion.objects.published().filter(school=school).first()
    confirmed = ReadConfirmation.objects.confirmed().filter(version=version, pupil=OuterRef("pk"))
    pupils = (
        Person.objects.filter(school=school, kind=PersonKind.PUPIL)
        .annotate(is_confirmed=Exists(confirmed))
        .values_list("class_name", "is_confirmed")
    )
    counts: dict[str, list[int]] = {}
    for class_name, is_confirmed in pupils:
        tally = counts.setdefault(class_name or "No class", [0, 0])
        tally[0] += 1
        tally[1] += int(is_confirmed)
    return [ClassRate(name, total, yes) for name, (total, yes) in sorted(counts.items())]
