"""Letters: the school's wording of each kind, drafts in a case, and sending or printing them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions.evidence import add_evidence, open_evidence
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.procedure import StepRecord, record_step
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.letter_facts import LETTER_STEP, letter_content, letter_file_name
from schoolgate.cases.models import Case, EvidenceRole, Letter, LetterStatus, Step
from schoolgate.cases.procedure import has_discussion, step_option
from schoolgate.documents.letters import (
    DEFAULT_WORDING,
    LETTERS_TO_PARENT,
    LETTERS_WITH_DEADLINE,
    LetterKind,
    LetterRefused,
    check_wording,
    letter_pdf,
)
from schoolgate.documents.mail import Attachment, send_with_attachments
from schoolgate.documents.models import LetterTemplate
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission

# A week: long enough to take a post down whatever the parent's week holds, short enough that
# the post does not stay up for long. Staff change it on the letter.
DEFAULT_REMOVAL_DAYS = 7
# A letter still "sending" after this was left by a process that stopped mid-send (the SMTP
# timeout is 30 seconds): it may be sent again.
STALE_SENDING = datetime.timedelta(minutes=10)
FINISHING = {
    LetterStatus.PRINTED: "printed",
    LetterStatus.HANDED_OVER: "handed over",
}


@dataclass
class LetterDraft:
    """What staff change on a draft letter."""

    subject: str
    body: str
    recipient_name: str = ""
    recipient_email: str = ""
    recipient_address: str = ""
    removal_deadline: datetime.date | None = None


def _check(kind: str, *texts: str) -> None:
    try:
        check_wording(kind, *texts)
    except LetterRefused as refused:
        raise ActionRefused(str(refused)) from None


def save_letter_template(member: Member, kind: str, subject: str, body: str) -> LetterTemplate:
    """Save the school's wording of one kind of letter, refusing a field the kind does not have."""
    if not member.can(Permission.MANAGE_LETTER_TEMPLATES):
        raise ActionRefused("Only the headteacher changes the school's letters.")
    if not subject.strip() or not body.strip():
        raise ActionRefused("A letter needs a subject and a body.")
    _check(kind, subject, body)
    with transaction.atomic():
        template, created = LetterTemplate.objects.select_for_update().get_or_create(
            school=member.school,
            kind=kind,
            defaults={"subject": subject, "body": body, "updated_by": member.user},
        )
        if not created:
            template.subject, template.body = subject, body
            template.updated_by, template.updated_at = member.user, timezone.now()
            template.save(update_fields=["subject", "body", "updated_by", "updated_at"])
        record_event(
            member.school,
            member.user,
            "changed letter template",
            template,
            {"kind": kind, "subject": subject, "body": body},
        )
    return template


def restore_letter_template(member: Member, kind: str) -> None:
    """Go back to the wording shipped with Schoolgate for one kind of letter."""
    if not member.can(Permission.MANAGE_LETTER_TEMPLATES):
        raise ActionRefused("Only the headteacher changes the school's letters.")
    with transaction.atomic():
        LetterTemplate.objects.filter(school=member.school, kind=kind).delete()
        record_event(
            member.school,
            member.user,
            "restored letter template",
            None,
            {"kind": kind},
            object_type="letter template",
            object_id=kind,
        )


def _warning_step_refusals(member: Member, case: Case) -> list[str]:
    """Why the policy would refuse the written warning in this case now (none when it allows it)."""
    document = case.policy_version.document
    policy_step = next(
        (s for s in document.procedure.steps if s.kind == LETTER_STEP[LetterKind.WRITTEN_WARNING]),
        None,
    )
    if policy_step is None:
        return ["The case's policy has no written warning."]
    return list(step_option(case, member, policy_step, discussed=has_discussion(case)).refusals)


def start_letter(member: Member, case: Case, kind: str) -> Letter:
    """Start a draft of one kind of letter from the school's wording; an open draft is reused."""
    require_case_work(member)
    kind = LetterKind(kind)
    with transaction.atomic():
        if not locked(case).is_open:
            raise ActionRefused("The case is closed.")
        if kind == LetterKind.WRITTEN_WARNING and (
            refusals := _warning_step_refusals(member, case)
        ):
            raise ActionRefused(" ".join(refusals))
        # A double click, or a second member starting the same letter, edits the one draft.
        existing = case.letters.filter(kind=kind, status=LetterStatus.DRAFT).first()
        if existing is not None:
            return existing
        subject, body = LetterTemplate.objects.wording(case.school, kind)
        letter = Letter.objects.create(
            case=case,
            kind=kind,
            subject=subject,
            body=body,
            recipient_name=case.poster_label if kind in LETTERS_TO_PARENT else "",
            removal_deadline=timezone.localdate() + datetime.timedelta(days=DEFAULT_REMOVAL_DAYS)
            if kind in LETTERS_WITH_DEADLINE
            else None,
            created_by=member.user,
        )
        record_event(
            member.school,
            member.user,
            "started letter",
            letter,
            {
                "case": case.number,
                "kind": kind,
                "from_school_wording": (subject, body) != DEFAULT_WORDING[kind],
            },
        )
    return letter


def _lock_draft(letter: Letter) -> Letter:
    """Lock the case, then the letter (the order record_step takes them in), and check both."""
    if not locked(letter.case).is_open:
        raise ActionRefused("The case is closed.")
    locked(letter)
    is_stale = (
        letter.status == LetterStatus.SENDING
        and letter.sending_since is not None
        and letter.sending_since < timezone.now() - STALE_SENDING
    )
    if letter.status == LetterStatus.SENDING and not is_stale:
        raise ActionRefused("This letter is being sent.")
    if not letter.is_draft and not is_stale:
        raise ActionRefused(f"This letter is already {letter.get_status_display().lower()}.")
    return letter


def edit_letter(member: Member, letter: Letter, draft: LetterDraft) -> Letter:
    """Save staff's changes to a draft, refusing a {field} the letter does not have."""
    require_case_work(member)
    if not draft.subject.strip() or not draft.body.strip():
        raise ActionRefused("A letter needs a subject and a body.")
    _check(letter.kind, draft.subject, draft.body)
    if letter.kind in LETTERS_WITH_DEADLINE and draft.removal_deadline is None:
        raise ActionRefused("Give the date by which the posts must be removed.")
    with transaction.atomic():
        _lock_draft(letter)
        letter.subject, letter.body = draft.subject, draft.body
        letter.recipient_name = draft.recipient_name
        letter.recipient_email = draft.recipient_email
        letter.recipient_address = draft.recipient_address
        if letter.kind in LETTERS_WITH_DEADLINE:
            letter.removal_deadline = draft.removal_deadline
        letter.updated_at = timezone.now()
        letter.save()
        record_event(
            member.school,
            member.user,
            "edited letter",
            letter,
            {
                "case": letter.case.number,
                "subject": letter.subject,
                "body": letter.body,
                "recipient": letter.recipient_name,
                "email": letter.recipient_email,
                "removal_deadline": str(letter.removal_deadline or ""),
            },
        )
    return letter


def _check_ready(member: Member, letter: Letter) -> None:
    if not letter.recipient_name.strip():
        raise ActionRefused("Say who the letter is to.")
    if letter.kind == LetterKind.WRITTEN_WARNING and (
        refusals := _warning_step_refusals(member, letter.case)
    ):
        raise ActionRefused(" ".join(refusals))


def send_letter(member: Member, letter: Letter) -> Letter:
    """E-mail the letter as a PDF; when the server accepts it, keep it as evidence.

    The letter is claimed ("sending") before the mail goes, so a second click sends nothing;
    the mail goes once the claim is committed, and the server's answer is recorded: accepted,
    with the time, or the failure, leaving the letter a draft to send again or print.
    """
    require_case_work(member)
    if not settings.HAS_MAIL_SERVER:
        raise ActionRefused(
            "No mail server is set up (SCHOOLGATE_EMAIL_HOST), so the letter cannot be e-mailed: "
            "print it or hand it over instead."
        )
    with transaction.atomic():
        _lock_draft(letter)
        if not letter.recipient_email:
            raise ActionRefused("Give the recipient's e-mail address before sending by e-mail.")
        _check_ready(member, letter)
        content = letter_content(letter)
        pdf = letter_pdf(content)
        letter.status, letter.sending_since = LetterStatus.SENDING, timezone.now()
        letter.save(update_fields=["status", "sending_since"])
        record_event(
            member.school,
            member.user,
            "sending letter",
            letter,
            {"case": letter.case.number, "to": letter.recipient_email},
        )
        letter_pk = letter.pk
        transaction.on_commit(lambda: _deliver(member, letter_pk, pdf))
    return letter


def _deliver(member: Member, letter_pk: int, pdf: bytes) -> None:
    letter = Letter.objects.select_related("case__school").get(pk=letter_pk)
    content = letter_content(letter)
    delivery = send_with_attachments(
        subject=content.subject,
        body=(
            f"{content.body}\n\n"
            f"This letter from {content.school_name} is attached as a PDF. "
            f"Please reply to {content.school_email}."
        ),
        to=letter.recipient_email,
        reply_to=content.school_email,
        attachments=[Attachment(letter_file_name(letter, "pdf"), pdf, "application/pdf")],
    )
    with transaction.atomic():
        locked(letter.case)
        if locked(letter).status != LetterStatus.SENDING:
            return
        if not delivery.is_accepted:
            letter.status, letter.sending_since = LetterStatus.DRAFT, None
            letter.delivery_failure = delivery.failure
            letter.delivery_failed_at = timezone.now()
            letter.save(
                update_fields=[
                    "status",
                    "sending_since",
                    "delivery_failure",
                    "delivery_failed_at",
                ]
            )
            record_event(
                member.school,
                member.user,
                "letter not delivered",
                letter,
                {"case": letter.case.number, "to": letter.recipient_email, "why": delivery.failure},
            )
            return
        letter.delivered_at, letter.delivery_failure = delivery.accepted_at, ""
        try:
            with transaction.atomic():
                _finish(member, letter, LetterStatus.SENT, pdf)
        except ActionRefused as refused:
            # The letter has gone: keep it as evidence and say why no step was recorded.
            letter.delivery_failure = f"Sent, but the step was not recorded: {refused}"
            _finish(member, letter, LetterStatus.SENT, pdf, with_step=False)


def finish_letter(member: Member, letter: Letter, status: str) -> Letter:
    """Record that the letter was printed and posted, or handed over, and keep it as evidence."""
    require_case_work(member)
    if status not in FINISHING:
        raise ActionRefused("Choose printed or handed over.")
    with transaction.atomic():
        _lock_draft(letter)
        _check_ready(member, letter)
        pdf = letter_pdf(letter_content(letter))
        _finish(member, letter, LetterStatus(status), pdf)
    return letter


def _finish(
    member: Member, letter: Letter, status: LetterStatus, pdf: bytes, *, with_step: bool = True
) -> None:
    """Inside the caller's transaction: keep the PDF as evidence, and record the warning step."""
    checked = check_upload(letter_file_name(letter, "pdf"), pdf)
    step: Step | None = None
    how = "e-mail" if status == LetterStatus.SENT else FINISHING[status]
    if with_step and letter.kind == LetterKind.WRITTEN_WARNING:
        deadline = letter.removal_deadline
        step = record_step(
            member,
            letter.case,
            StepRecord(
                step_id=_policy_step_id(letter.case, LetterKind.WRITTEN_WARNING),
                note=f"Letter {how}: {letter.subject}",
                details={
                    "date": timezone.localdate().isoformat(),
                    "removal_deadline": deadline.isoformat() if deadline else "",
                    "letter_sent_as": how,
                    "letter_sha256": checked.sha256,
                },
                due_at=timezone.make_aware(
                    datetime.datetime.combine(deadline, datetime.time(17, 0))
                )
                if deadline
                else None,
                due_reason="Removal deadline in the warning letter" if deadline else "",
                attachments=[checked],
            ),
        )
        evidence = step.attachments.get(sha256=checked.sha256)
    else:
        step = (
            letter.case.steps.filter(kind=LETTER_STEP[LetterKind(letter.kind)])
            .order_by("-taken_at")
            .first()
        )
        evidence = add_evidence(member, checked, role=EvidenceRole.LETTER, step=step)
    letter.status, letter.sending_since = status, None
    letter.finished_by, letter.finished_at = member.user, timezone.now()
    letter.evidence, letter.step = evidence, step
    letter.save()
    record_event(
        member.school,
        member.user,
        "sent letter" if status == LetterStatus.SENT else f"{FINISHING[status]} letter",
        letter,
        {
            "case": letter.case.number,
            "kind": letter.kind,
            "sha256": checked.sha256,
            "step": step.pk if step else None,
            "to": letter.recipient_email if status == LetterStatus.SENT else letter.recipient_name,
            "accepted_at": letter.delivered_at.isoformat() if letter.delivered_at else None,
        },
    )


def _policy_step_id(case: Case, kind: LetterKind) -> str:
    steps = case.policy_version.document.procedure.steps
    return next((s.id for s in steps if s.kind == LETTER_STEP[kind]), "")


def read_sent_letter(member: Member, letter: Letter) -> bytes:
    """The PDF that went out, read from the evidence store (the reading is audited)."""
    if letter.evidence is None:
        raise ActionRefused("This letter has not gone out yet.")
    return open_evidence(member, letter.evidence, is_download=True)
