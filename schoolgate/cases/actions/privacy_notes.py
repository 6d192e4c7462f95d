"""Notes to the parents of other pupils shown in a reposted photo: prepared, approved, then sent."""

from __future__ import annotations

import smtplib

from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.models import Case, PrivacyNote, PrivacyNoteStatus
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, PersonKind
from schoolgate.schools.roles import Permission

# The category the screening and staff give a post that shows other people's children.
PHOTO_OF_OTHERS = "photo_of_others"
# A mail server that does not answer in this time leaves the note approved and unsent, to retry.
SMTP_TIMEOUT_SECONDS = 20


def shows_other_pupils(case: Case) -> bool:
    return any(PHOTO_OF_OTHERS in incident.categories for incident in case.incidents.all())


def safe_link(case: Case) -> str:
    """The post's link, unless it carries the poster's handle or name: the note never names them."""
    incident = case.incidents.order_by("captured_at", "pk").first()
    if incident is None or not incident.permalink:
        return ""
    words = {incident.account_handle.lstrip("@"), incident.display_name, case.poster_handle}
    if case.poster is not None:
        words |= {case.poster.first_name, case.poster.last_name}
    link = incident.permalink.casefold()
    if any(word and word.casefold() in link for word in words):
        return ""
    return incident.permalink


def note_body(case: Case, pupil: Person, parent: Person) -> str:
    incident = case.incidents.order_by("captured_at", "pk").first()
    return render_to_string(
        "cases/privacy_note.txt",
        {
            "school": case.school,
            "pupil": pupil,
            "parent": parent,
            "platform": incident.get_platform_display() if incident else "social media",
            "link": safe_link(case),
        },
    ).strip()


def prepare_privacy_notes(member: Member, case: Case, pupils: list[Person]) -> list[PrivacyNote]:
    """Write a note to each parent on the roster of each pupil shown; they wait for the head."""
    require_case_work(member)
    if not pupils:
        raise ActionRefused("Choose the pupils shown in the photo.")
    with transaction.atomic():
        locked(case)
        if not shows_other_pupils(case):
            raise ActionRefused("No post in this case is marked as a photo of other pupils.")
        notes = []
        for pupil in pupils:
            if pupil.school_id != case.school_id or pupil.kind != PersonKind.PUPIL:
                raise ActionRefused("Choose pupils of the school from the roster.")
            parents = list(pupil.related_adults.filter(kind=PersonKind.PARENT))
            if not parents:
                raise ActionRefused(
                    f"The roster names no parent or carer for {pupil.display_name}."
                )
            for parent in parents:
                if parent.pk == case.poster_id:
                    continue  # the poster's own child: the warning letter is their note
                note, is_new = PrivacyNote.objects.get_or_create(
                    case=case,
                    pupil=pupil,
                    parent=parent,
                    defaults={"body": note_body(case, pupil, parent), "prepared_by": member.user},
                )
                if is_new:
                    notes.append(note)
        record_event(
            member.school,
            member.user,
            "prepared privacy notes",
            case,
            {
                "case": case.pk,
                "notes": [n.pk for n in notes],
                "pupils": [p.person_id for p in pupils],
            },
        )
    return notes


def approve_privacy_note(member: Member, note: PrivacyNote, recipient_email: str) -> PrivacyNote:
    """The headteacher approves a note to the address given; it is sent once that commits."""
    if not member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS):
        raise ActionRefused("Only the headteacher approves a note to another pupil's parent.")
    address = recipient_email.strip()
    if "@" not in address or " " in address:
        raise ActionRefused("Enter the parent's e-mail address, like name@example.com.")
    with transaction.atomic():
        locked(note)
        if note.status == PrivacyNoteStatus.SENT:
            raise ActionRefused("This note has already been sent.")
        note.recipient_email = address
        note.approved_by, note.approved_at = member.user, timezone.now()
        note.save(update_fields=["recipient_email", "approved_by", "approved_at"])
        record_event(
            member.school,
            member.user,
            "approved privacy note",
            note,
            {"case": note.case_id, "pupil": note.pupil.person_id, "to": address},
        )
        transaction.on_commit(lambda: deliver_privacy_note(note.pk))
    return note


def deliver_privacy_note(note_pk: int) -> bool:
    """Send an approved note; it counts as sent only once the mail server accepts it."""
    note = PrivacyNote.objects.select_related("case__school", "approved_by").get(pk=note_pk)
    if note.status == PrivacyNoteStatus.SENT or note.approved_at is None:
        return note.status == PrivacyNoteStatus.SENT
    try:
        send_mail(
            subject=f"A photo of your child shared online: {note.case.school.name}",
            message=note.body,
            from_email=None,
            recipient_list=[note.recipient_email],
            connection=get_connection(timeout=SMTP_TIMEOUT_SECONDS),
        )
    except (smtplib.SMTPException, OSError):
        return False
    with transaction.atomic():
        locked(note)
        if note.status == PrivacyNoteStatus.SENT:
            return True
        note.status, note.sent_at = PrivacyNoteStatus.SENT, timezone.now()
        note.save(update_fields=["status", "sent_at"])
        record_event(
            note.case.school,
            note.approved_by,
            "sent privacy note",
            note,
            {"case": note.case_id, "to": note.recipient_email},
        )
    return True
