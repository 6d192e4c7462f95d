"""Raising a concern, and what staff do with it: reply, assign, close, or turn it into an incident."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import smtplib
from dataclasses import dataclass

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from schoolgate.cases.actions import ActionRefused, IncidentReport, is_withheld, log_incident
from schoolgate.cases.actions.blocks import STATUTORY_REQUEST
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.evidence import EMAIL_MESSAGE, CheckedFile, read_file
from schoolgate.cases.models import EvidenceRole, Incident, Platform
from schoolgate.intake.models import Concern, ConcernReply, ConcernSource, ConcernStatus
from schoolgate.intake.tokens import status_url
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership, School, User
from schoolgate.schools.roles import Permission
from schoolgate.schools.throttling import normalise_email

logger = logging.getLogger(__name__)

# Three concerns an hour from one address is more than any parent needs; a script filling the
# queue (or someone flooding it in another's name) is stopped at the fourth.
MAX_CONCERNS_PER_ADDRESS = 3
RATE_WINDOW = dt.timedelta(hours=1)
# Letters and digits that cannot be misread over the telephone (no 0/O, 1/I/L).
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_LENGTH = 8


@dataclass
class ConcernDetails:
    """What a parent wrote on the form, or what an e-mail said."""

    name: str
    email: str
    text: str
    relationship: str = ""
    child_class: str = ""
    subject: str = ""


def new_reference() -> str:
    return "C-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def raise_concern(school: School, details: ConcernDetails) -> Concern:
    """Record a concern from the form and acknowledge it by e-mail once it is saved.

    A blocked sender's concern is kept in the Withheld folder with a neutral acknowledgement,
    unless it is a statutory request (subject access, FOI, formal complaint), which always
    reaches staff.
    """
    address = normalise_email(details.email)
    with transaction.atomic():
        # The school's row is the lock: two submissions at once cannot both pass the limit.
        School.objects.select_for_update().filter(pk=school.pk).first()
        recent = Concern.objects.filter(
            school=school,
            source=ConcernSource.FORM,
            email=address,
            received_at__gte=timezone.now() - RATE_WINDOW,
        ).count()
        if recent >= MAX_CONCERNS_PER_ADDRESS:
            raise ActionRefused(
                _(
                    "You have sent %(count)d concerns in the last hour. Please wait an hour "
                    "before sending another, or telephone the school office."
                )
                % {"count": recent}
            )
        concern = new_concern(school, details, address, ConcernSource.FORM)
        record_event(
            school,
            None,
            "received concern",
            concern,
            {
                "reference": concern.reference,
                "source": concern.source,
                "withheld": concern.is_withheld,
            },
        )
        transaction.on_commit(lambda: send_acknowledgement(concern.pk))
    return concern


def new_concern(
    school: School,
    details: ConcernDetails,
    address: str,
    source: str,
    *,
    message_id: str = "",
    raw: CheckedFile | None = None,
) -> Concern:
    statutory = bool(STATUTORY_REQUEST.search(f"{details.subject}\n{details.text}"))
    return Concern.objects.create(
        school=school,
        reference=new_reference(),
        source=source,
        name=details.name[:200],
        email=address,
        relationship=details.relationship,
        child_class=details.child_class[:100],
        subject=details.subject[:300],
        text=details.text,
        is_withheld=is_withheld(school.pk, address, details.subject, details.text),
        is_statutory=statutory,
        message_id=message_id,
        raw_sha256=raw.sha256 if raw else "",
        raw_name=raw.name if raw else "",
    )


def send_acknowledgement(concern_id: int) -> None:
    """E-mail the acknowledgement, recording on the concern whether the mail server took it."""
    concern = Concern.objects.select_related("school").get(pk=concern_id)
    school = concern.school
    if concern.is_withheld:
        # Neutral: it neither confirms nor denies that the sender is blocked, and offers no link.
        body = _(
            "Thank you for contacting %(school)s. Your message has been received.\n\n"
            "Reference: %(reference)s\n"
        ) % {"school": school.name, "reference": concern.reference}
    else:
        body = _(
            "Thank you for raising your concern with %(school)s privately. Staff will read it "
            "and reply to this address.\n\n"
            "Reference: %(reference)s\n\n"
            "See its status at any time (the link works for 90 days):\n%(link)s\n"
        ) % {
            "school": school.name,
            "reference": concern.reference,
            "link": status_url(school.slug, concern.reference),
        }
    subject = _("We have received your message (%(reference)s)") % {"reference": concern.reference}
    message = EmailMessage(subject, body, to=[concern.email], reply_to=[school.contact_email])
    # A reply to an automatic acknowledgement must not start a loop of them (RFC 3834).
    message.extra_headers["Auto-Submitted"] = "auto-replied"
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("Acknowledgement of %s not sent: %s", concern.reference, error)
        Concern.objects.filter(pk=concern_id).update(acknowledgement_error=str(error)[:500])
        return
    Concern.objects.filter(pk=concern_id).update(
        acknowledged_at=timezone.now(), acknowledgement_error=""
    )


def _require_intake(member: Member, concern: Concern) -> None:
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot work on concerns.")
    if concern.is_withheld and not member.can(Permission.SEE_CASES):
        raise ActionRefused("Only the DSL and the headteacher deal with withheld messages.")


def reply_to_concern(member: Member, concern: Concern, text: str) -> ConcernReply:
    """E-mail a reply to whoever raised the concern; the reply is kept on the concern."""
    _require_intake(member, concern)
    if not text.strip():
        raise ActionRefused("Write the reply before sending it.")
    with transaction.atomic():
        if locked(concern).status == ConcernStatus.INCIDENT:
            raise ActionRefused("This concern is now an incident; reply from the incident's case.")
        reply = ConcernReply.objects.create(concern=concern, sent_by=member.user, text=text)
        record_event(
            member.school,
            member.user,
            "replied to concern",
            concern,
            {"reference": concern.reference, "reply": reply.pk},
        )
        transaction.on_commit(lambda: send_reply(reply.pk))
    return reply


def send_reply(reply_id: int) -> None:
    reply = ConcernReply.objects.select_related("concern__school").get(pk=reply_id)
    concern = reply.concern
    message = EmailMessage(
        f"Re: your concern ({concern.reference})",
        reply.text,
        to=[concern.email],
        reply_to=[concern.school.contact_email],
    )
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        ConcernReply.objects.filter(pk=reply_id).update(send_error=str(error)[:500])
        return
    ConcernReply.objects.filter(pk=reply_id).update(sent_at=timezone.now(), send_error="")


def assign_concern(member: Member, concern: Concern, assignee: User | None) -> Concern:
    """Give the concern to a member of staff who works intake (or to nobody)."""
    _require_intake(member, concern)
    if assignee is not None and not any(
        Member(assignee, member.school, role).can(Permission.WORK_INTAKE)
        for role in Membership.objects.filter(user=assignee, school=member.school).values_list(
            "role", flat=True
        )
    ):
        raise ActionRefused(
            "Concerns can only be assigned to the DSL, the headteacher or the office."
        )
    with transaction.atomic():
        if not locked(concern).is_open:
            raise ActionRefused("This concern is closed.")
        concern.assigned_to = assignee
        concern.save(update_fields=["assigned_to"])
        record_event(
            member.school,
            member.user,
            "assigned concern",
            concern,
            {"reference": concern.reference, "to": assignee.email if assignee else None},
        )
    return concern


def close_concern(member: Member, concern: Concern, reason: str) -> Concern:
    """Close a concern, keeping the reason."""
    _require_intake(member, concern)
    if not reason.strip():
        raise ActionRefused("Say why the concern is closed.")
    with transaction.atomic():
        if not locked(concern).is_open:
            raise ActionRefused("This concern is already closed.")
        concern.status, concern.close_reason = ConcernStatus.CLOSED, reason
        concern.closed_at = timezone.now()
        concern.save(update_fields=["status", "close_reason", "closed_at"])
        record_event(
            member.school,
            member.user,
            "closed concern",
            concern,
            {"reference": concern.reference, "reason": reason},
        )
    return concern


def turn_into_incident(member: Member, concern: Concern, reason: str) -> Incident:
    """Log the concern as an incident when it is itself a breach, keeping any e-mail as evidence."""
    _require_intake(member, concern)
    if not reason.strip():
        raise ActionRefused("Say which part of the policy the message itself breaches.")
    with transaction.atomic():
        if not locked(concern).is_open:
            raise ActionRefused("Only an open concern can be turned into an incident.")
        screenshots: list[tuple[CheckedFile, str]] = []
        if concern.raw_sha256:
            data = read_file(
                f"evidence/{concern.raw_sha256[:2]}/{concern.raw_sha256}", concern.raw_sha256
            )
            checked = CheckedFile(concern.raw_name, data, EMAIL_MESSAGE, concern.raw_sha256)
            screenshots.append((checked, EvidenceRole.POST))
        incident = log_incident(
            member,
            IncidentReport(
                platform=Platform.SCHOOL_WEBSITE
                if concern.source == ConcernSource.FORM
                else Platform.EMAIL,
                text=concern.text,
                account_handle=concern.email,
                display_name=concern.name,
                posted_at=concern.received_at,
                posted_at_shown=timezone.localtime(concern.received_at).strftime("%d %B %Y %H:%M"),
                capture_method=f"{concern.get_source_display()}, concern {concern.reference}",
                screenshots=screenshots,
            ),
        )
        concern.status, concern.incident = ConcernStatus.INCIDENT, incident
        concern.close_reason, concern.closed_at = reason, timezone.now()
        concern.save(update_fields=["status", "incident", "close_reason", "closed_at"])
        record_event(
            member.school,
            member.user,
            "turned concern into incident",
            concern,
            {"reference": concern.reference, "incident": incident.pk, "reason": reason},
        )
    return incident
