"""What a case puts into its letters: the value of each {field}, and the letter ready to print."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.dateformat import format as format_date

from schoolgate.cases.models import Case, Letter, StepStatus
from schoolgate.documents.letters import LetterContent, LetterKind, fill
from schoolgate.policies.steps import StepKind, step_title
from schoolgate.schools.models import Membership, PersonKind
from schoolgate.schools.roles import Role

# The step of the policy's procedure each letter belongs to.
LETTER_STEP = {
    LetterKind.INVITATION: StepKind.INFORMAL_DISCUSSION,
    LetterKind.WRITTEN_WARNING: StepKind.WRITTEN_WARNING,
    LetterKind.FOLLOW_UP: StepKind.WRITTEN_WARNING,
    LetterKind.MONITORED_MAILBOX: StepKind.BLOCK_EMAIL,
    LetterKind.POLICE_COVER: StepKind.POLICE_REFERRAL,
    LetterKind.ADVISER_SUMMARY: StepKind.LEGAL_ADVICE,
}
DATE_FORMAT = "j F Y"


def long_date(value: datetime.date | datetime.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return format_date(value, DATE_FORMAT)


def posts_quoted(case: Case) -> str:
    """Each post of the case quoted ("> " lines), with where and when, and the lines it breaches."""
    document = case.policy_version.document
    blocks = []
    for incident in case.incidents.order_by("captured_at", "pk"):
        when = (
            f"posted {long_date(incident.posted_at)}"
            if incident.posted_at
            else f"captured {long_date(incident.captured_at)}"
        )
        where = f" at {incident.permalink}" if incident.permalink else ""
        lines = [f"On {incident.get_platform_display()}, {when}{where}:"]
        text = incident.text.strip() or "(a picture, without words)"
        quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())
        breaches = [
            f'- "{category.wording.rstrip(";. ")}"'
            for category in (document.category(c) for c in incident.categories)
            if category is not None
        ]
        block = "\n".join(lines) + "\n\n" + quoted
        if breaches:
            block += "\n\nThis breaches the policy, which lists as inappropriate:\n" + "\n".join(
                breaches
            )
        blocks.append(block)
    return "\n\n".join(blocks) or "(no posts recorded)"


def next_steps(case: Case) -> str:
    """The policy's steps after the written warning, in its own words, one line each."""
    steps = case.policy_version.document.procedure.steps
    kinds = [step.kind for step in steps]
    after = (
        steps[kinds.index(StepKind.WRITTEN_WARNING) + 1 :]
        if StepKind.WRITTEN_WARNING in kinds
        else steps
    )
    # Legal advice and legal action share their wording in the policy: say it once.
    wordings = dict.fromkeys(step.wording.rstrip(";. ") for step in after)
    return "\n".join(f"- {wording}." for wording in wordings)


def timeline(case: Case) -> str:
    entries: list[tuple[datetime.datetime, str]] = [
        (i.captured_at, f"Post on {i.get_platform_display()} logged") for i in case.incidents.all()
    ]
    entries += [
        (s.taken_at, step_title(s.kind) + ("" if s.status == StepStatus.DONE else " (requested)"))
        for s in case.steps.all()
    ]
    return "\n".join(f"- {long_date(when)}: {what}" for when, what in sorted(entries))


def signatory(letter: Letter) -> str:
    user = letter.finished_by or letter.created_by
    membership = Membership.objects.filter(user=user, school=letter.case.school).first()
    role = Role(membership.role).label if membership else ""
    return ", ".join(part for part in (user.full_name or user.email, role) if part)


def field_values(letter: Letter, *, today: datetime.date | None = None) -> dict[str, str]:
    """The value of every field a letter may name, from its case as it stands now."""
    case = letter.case
    school = case.school
    document = case.policy_version.document
    warning = (
        case.steps.filter(kind=StepKind.WRITTEN_WARNING).order_by("-taken_at").first()
        if letter.kind == LetterKind.FOLLOW_UP
        else None
    )
    block = case.steps.filter(kind=StepKind.BLOCK_EMAIL).order_by("-taken_at").first()
    incidents = list(case.incidents.order_by("captured_at"))
    first = min((i.posted_at or i.captured_at for i in incidents), default=None)
    staff = sorted(
        {
            person.display_name
            for incident in incidents
            for person in incident.targets.all()
            if person.kind == PersonKind.STAFF
        }
    )
    return {
        "parent_name": case.poster_label,
        "school_name": school.name,
        "school_email": school.contact_email,
        "today": long_date(today or timezone.localdate()),
        "signatory": signatory(letter),
        "case_number": str(case.number),
        "posts": posts_quoted(case),
        "removal_deadline": long_date(letter.removal_deadline) or "(no date set)",
        "next_steps": next_steps(case),
        "complaints_route": document.inappropriate_use.complaints_route,
        "warning_date": long_date(warning.taken_at) if warning else "(no warning recorded)",
        "blocked_address": str(block.details.get("address", "")) if block else "(no address)",
        "monitored_mailbox": school.contact_email,
        "timeline": timeline(case),
        "staff_name": " and ".join(staff) or "the member of staff",
        "first_published": long_date(first) or "(not known)",
    }


def letter_content(letter: Letter, *, today: datetime.date | None = None) -> LetterContent:
    """The letter with every field filled, on its school's letterhead, ready to render."""
    values = field_values(letter, today=today)
    school = letter.case.school
    return LetterContent(
        school_name=school.name,
        school_address=school.address,
        school_email=school.contact_email,
        recipient_name=letter.recipient_name,
        recipient_address=letter.recipient_address,
        date=values["today"],
        subject=fill(letter.subject, values),
        body=fill(letter.body, values),
        reference=f"Case {letter.case.number}",
    )


def letter_file_name(letter: Letter, extension: str) -> str:
    return f"letter-case-{letter.case.number}-{letter.pk}-{letter.kind}.{extension}"
