"""Subject access: the request and its one-month clock, and everything held about one person."""

from __future__ import annotations

import base64
import datetime
import hashlib
import io
import json
import re
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.utils import timezone
from PIL import Image, ImageFilter

from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import Case, Evidence, Incident
from schoolgate.documents.pdf import render_pdf
from schoolgate.reports.models import (
    MONTHS_TO_ANSWER,
    RequestStatus,
    SubjectAccessRequest,
    add_months,
)
from schoolgate.reports.retention import concern_model
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, School, User
from schoolgate.schools.roles import Permission
from schoolgate.screening.images import HaarFaceDetector, load_rgb

ANOTHER_PERSON = "[another person]"
# One- and two-letter names ("Al", initials) would blank out ordinary words; longer ones are names.
SHORTEST_NAME = 3


def require_subject_access(member: Member) -> None:
    if not member.can(Permission.SEE_NAMED_REPORTS):
        raise ActionRefused("Your role cannot answer subject access requests.")


def log_request(
    member: Member, person: Person, requester: str, received_on: datetime.date
) -> SubjectAccessRequest:
    """Record a request as received; it is due one calendar month from the day it arrived."""
    require_subject_access(member)
    if person.school_id != member.school.pk:
        raise ActionRefused("The person must be on this school's roster.")
    if not requester.strip():
        raise ActionRefused("Say who made the request.")
    if received_on > timezone.localdate():
        raise ActionRefused("The date the request was received cannot be in the future.")
    with transaction.atomic():
        request = SubjectAccessRequest.objects.create(
            school=member.school,
            person=person,
            requester=requester.strip(),
            received_on=received_on,
            due_on=add_months(received_on, MONTHS_TO_ANSWER),
            logged_by=member.user,
        )
        record_event(
            member.school,
            member.user,
            "logged subject access request",
            request,
            {"person": person.person_id, "received_on": received_on, "due_on": request.due_on},
        )
    return request


def mark_answered(member: Member, request: SubjectAccessRequest) -> SubjectAccessRequest:
    """Stop the clock: the answer has gone to the requester."""
    require_subject_access(member)
    with transaction.atomic():
        if locked(request).status == RequestStatus.ANSWERED:
            raise ActionRefused("The request is already answered.")
        request.status, request.answered_on = RequestStatus.ANSWERED, timezone.localdate()
        request.save(update_fields=["status", "answered_on"])
        record_event(
            member.school,
            member.user,
            "answered subject access request",
            request,
            {"answered_on": request.answered_on, "due_on": request.due_on},
        )
    return request


def _name_forms(person: Person) -> set[str]:
    firsts = {person.first_name, person.preferred_name} - {""}
    forms = {f"{first} {person.last_name}" for first in firsts}
    if person.title:
        forms.add(f"{person.title} {person.last_name}")
        forms |= {f"{person.title} {first} {person.last_name}" for first in firsts}
    return forms


def _pattern(words: set[str]) -> re.Pattern[str] | None:
    words = {w.strip() for w in words if len(w.strip()) >= SHORTEST_NAME}
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


class Redactor:
    """Replace every other person's names and handles with "[another person]".

    The subject's own full name is kept, even where a relative shares their surname; a
    surname or first name on its own is redacted when anyone else on the roster bears it.
    """

    def __init__(self, subject: Person, others: set[str]) -> None:
        self.keep = _pattern(_name_forms(subject))
        self.redact = _pattern(others)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        kept: list[str] = []

        def hold(match: re.Match[str]) -> str:
            kept.append(match.group(0))
            return f"\x00{len(kept) - 1}\x00"

        if self.keep is not None:
            text = self.keep.sub(hold, text)
        if self.redact is not None:
            text = self.redact.sub(ANOTHER_PERSON, text)
        return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def redactor_for(subject: Person) -> Redactor:
    school = subject.school
    others: set[str] = set()
    for person in Person.objects.filter(school=school).exclude(pk=subject.pk):
        others |= _name_forms(person)
        others |= {person.first_name, person.preferred_name, person.last_name}
    for user in User.objects.filter(memberships__school=school):
        others.add(user.full_name)
        others |= set(user.full_name.split())
    handles = Incident.objects.filter(school=school).exclude(poster=subject)
    for handle, display_name in handles.values_list("account_handle", "display_name"):
        others |= {handle, handle.lstrip("@"), display_name}
    return Redactor(subject, others)


def blur_faces(data: bytes) -> tuple[bytes, int]:
    """A PNG of the picture with every face the Haar cascade finds blurred beyond recognition."""
    import cv2

    rgb = load_rgb(data)
    boxes = HaarFaceDetector().detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    image = Image.fromarray(rgb)
    for x, y, w, h in boxes:
        # Widen each box: the cascade finds the eyes-to-mouth square, not the hair or chin.
        left, top = max(0, x - w // 4), max(0, y - h // 4)
        right, bottom = min(image.width, x + w + w // 4), min(image.height, y + h + h // 4)
        region = image.crop((left, top, right, bottom))
        image.paste(region.filter(ImageFilter.GaussianBlur(max(w, h) / 3)), (left, top))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue(), len(boxes)


@dataclass
class Export:
    """What the school holds about one person, as JSON and as a PDF, with others redacted."""

    person: Person
    content: dict[str, Any]
    pdf: bytes

    @property
    def json_bytes(self) -> bytes:
        return json.dumps(self.content, indent=2, ensure_ascii=False, default=str).encode()

    @property
    def stem(self) -> str:
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", self.person.person_id).strip("-") or "person"
        return f"subject-access-{safe}"


def _incident(incident: Incident, subject: Person, redact: Redactor) -> dict[str, Any]:
    own = incident.poster_id == subject.pk
    return {
        "incident": incident.pk,
        "platform": incident.get_platform_display(),
        "permalink": incident.permalink if own else redact(incident.permalink),
        "account_handle": incident.account_handle if own else redact(incident.account_handle),
        "display_name": incident.display_name if own else redact(incident.display_name),
        "posted_by": "you" if own else ANOTHER_PERSON,
        "text": redact(incident.text),
        "posted_at_shown": incident.posted_at_shown,
        "posted_at": incident.posted_at,
        "captured_at": incident.captured_at,
        "status": incident.get_status_display(),
        "dismissal_reason": redact(incident.dismissal_reason),
        "categories": [c.replace("_", " ") for c in incident.categories],
        "people_named": [
            subject.display_name if p.pk == subject.pk else ANOTHER_PERSON
            for p in incident.targets.all()
        ],
        "evidence": [
            {
                "file": e.original_name if own else "screenshot",
                "type": e.content_type,
                "sha256": e.sha256,
                "captured_at": e.captured_at,
            }
            for e in incident.evidence.all()
        ],
    }


def _case(case: Case, redact: Redactor) -> dict[str, Any]:
    return {
        "case": case.number,
        "status": case.get_status_display(),
        "opened_at": case.opened_at,
        "closed_at": case.closed_at,
        "outcome": case.get_outcome_display() if case.outcome else "",
        "outcome_reason": redact(case.outcome_reason),
        "steps": [
            {
                "step": step.kind.replace("_", " "),
                "taken_at": step.taken_at,
                "status": step.get_status_display(),
                "note": redact(step.note),
                "due_at": step.due_at,
            }
            for step in case.steps.all()
        ],
        "incidents": [i.pk for i in case.incidents.all()],
    }


def _concerns(subject: Person, redact: Redactor) -> list[dict[str, Any]]:
    """Concerns the person wrote, matched on their full name (the roster holds no e-mail)."""
    concern = concern_model()
    if concern is None:
        return []
    names = models.Q()
    for form in _name_forms(subject):
        names |= models.Q(name__iexact=form)
    rows = concern._default_manager.filter(names, school=subject.school)
    return [
        {
            "concern": getattr(row, "reference", row.pk),
            "received_at": getattr(row, "received_at", None),
            "subject": redact(getattr(row, "subject", "")),
            "text": redact(getattr(row, "text", "")),
            "closed_at": row.closed_at,  # type: ignore[attr-defined]
            "close_reason": redact(getattr(row, "close_reason", "")),
        }
        for row in rows
    ]


def gather(subject: Person) -> tuple[dict[str, Any], list[Evidence]]:
    """Everything held about the person: roster entry, posts, mentions, children, concerns."""
    redact = redactor_for(subject)
    incidents = Incident.objects.filter(school=subject.school).prefetch_related(
        "targets", "evidence"
    )
    as_poster = incidents.filter(poster=subject).order_by("captured_at")
    as_target = incidents.filter(targets=subject).exclude(poster=subject).order_by("captured_at")
    children = list(subject.related_pupils.all())
    about_children = (
        incidents.filter(targets__in=children)
        .exclude(pk__in=[i.pk for i in [*as_poster, *as_target]])
        .distinct()
        .order_by("captured_at")
    )
    cases = (
        Case.objects.filter(school=subject.school, poster=subject)
        .prefetch_related("steps", "incidents")
        .order_by("opened_at")
    )
    content = {
        "school": subject.school.name,
        "made_at": timezone.now(),
        "person": {
            "mis_person_id": subject.person_id,
            "name": subject.display_name,
            "kind": subject.get_kind_display(),
            "role": subject.role,
            "year_group": subject.year_group,
            "class": subject.class_name,
            "children_on_roster": len(children),
        },
        "posts_by_you": [_incident(i, subject, redact) for i in as_poster],
        "cases_about_you": [_case(c, redact) for c in cases],
        "posts_naming_you": [_incident(i, subject, redact) for i in as_target],
        "posts_naming_your_children": [_incident(i, subject, redact) for i in about_children],
        "concerns_you_raised": _concerns(subject, redact),
        "note": (
            "Other people's names and handles are replaced by "
            f"{ANOTHER_PERSON!r} and faces in pictures are blurred."
        ),
    }
    shown = [*as_poster, *as_target, *about_children]
    images = [e for i in shown for e in i.evidence.all() if e.is_image]
    return content, images


def export_for(school: School, actor: User | None, person: Person) -> Export:
    """Build the person's export, recorded in the audit chain with its counts and digests."""
    if person.school_id != school.pk:
        raise ActionRefused("The person must be on this school's roster.")
    content, images = gather(person)
    pictures = []
    faces = 0
    for evidence in images:
        blurred, found = blur_faces(read_file(evidence.storage_name, evidence.sha256))
        faces += found
        pictures.append(
            {
                "sha256": evidence.sha256,
                "src": "data:image/png;base64," + base64.b64encode(blurred).decode(),
            }
        )
    pdf = render_pdf("reports/subject_access.html", {"content": content, "pictures": pictures})
    export = Export(person, content, pdf)
    with transaction.atomic():
        record_event(
            school,
            actor,
            "exported subject access",
            person,
            {
                "posts_by_person": len(content["posts_by_you"]),
                "posts_naming_person": len(content["posts_naming_you"]),
                "posts_naming_children": len(content["posts_naming_your_children"]),
                "cases": len(content["cases_about_you"]),
                "concerns": len(content["concerns_you_raised"]),
                "pictures": len(pictures),
                "faces_blurred": faces,
                "json_sha256": hashlib.sha256(export.json_bytes).hexdigest(),
                "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            },
        )
    return export


def export_for_member(member: Member, person: Person) -> Export:
    require_subject_access(member)
    return export_for(member.school, member.user, person)
