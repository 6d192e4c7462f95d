"""Police referrals: the policy's triggers and their evidence, approval before referring, telling the head."""

from __future__ import annotations

import datetime
import logging
import smtplib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.mail import get_connection, send_mail
from django.db import transaction

from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.actions.reminders import SMTP_TIMEOUT_SECONDS
from schoolgate.cases.models import Case, Step, StepStatus
from schoolgate.cases.procedure import PoliceRoute
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership
from schoolgate.schools.roles import Role

if TYPE_CHECKING:
    from schoolgate.cases.actions.procedure import StepRecord

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Offence:
    """An offence the police may consider, with the Act that creates it and what it covers now."""

    act: str
    covers: str


THREATENING_COMMUNICATIONS = Offence(
    "Online Safety Act 2023 s.181 (threatening communications)",
    "A threat of death, serious harm or serious financial loss, meant or likely to be feared.",
)
MENACING_MESSAGE = Offence(
    "Communications Act 2003 s.127(1)",
    "A grossly offensive, indecent, obscene or menacing message sent by a public network.",
)
MALICIOUS_COMMUNICATIONS = Offence(
    "Malicious Communications Act 1988 s.1",
    "An indecent or grossly offensive communication sent to cause distress or anxiety.",
)
RACIALLY_AGGRAVATED = Offence(
    "Crime and Disorder Act 1998 s.28 and s.32",
    "Racially or religiously aggravated harassment.",
)
STIRRING_UP_HATRED = Offence(
    "Public Order Act 1986 Part III",
    "Stirring up racial hatred with threatening, abusive or insulting material.",
)
HARASSMENT = Offence(
    "Protection from Harassment Act 1997 s.2, s.2A and s.4",
    "Harassment, stalking, or putting people in fear of violence, by a course of conduct "
    "(two or more occasions against one person).",
)
# The offences each of the policy's police triggers maps onto (offences in force since
# 31 January 2024). The police decide; the pack names these so the call is about conduct the
# law covers, never about criticism, which is no crime however persistent.
LIKELY_OFFENCES: dict[str, tuple[Offence, ...]] = {
    "police_threat_of_violence": (THREATENING_COMMUNICATIONS, MENACING_MESSAGE),
    "police_racial_element": (RACIALLY_AGGRAVATED, STIRRING_UP_HATRED),
    "police_grossly_obscene": (MENACING_MESSAGE, MALICIOUS_COMMUNICATIONS),
    "police_harassment": (HARASSMENT,),
}


def likely_offences(case: Case, trigger_ids: list[str]) -> list[Offence]:
    """The offences the chosen triggers map onto, each once, in the policy's order."""
    flags = [t.flag for t in case.policy_version.document.police_triggers if t.id in trigger_ids]
    offences: list[Offence] = []
    for flag in flags:
        for offence in LIKELY_OFFENCES.get(flag, ()):
            if offence not in offences:
                offences.append(offence)
    return offences


def check_referral(
    member: Member, case: Case, record: StepRecord, *, needs_approval: bool
) -> StepStatus:
    """Refuse a referral the policy does not support; say whether it is made or asks approval.

    Someone in immediate danger comes first: the referral is recorded as made (999 was called)
    and the head told. Otherwise a member who needs the head's approval asks for it before
    contacting the police, never after.
    """
    triggers = {t.id: t for t in case.policy_version.document.police_triggers}
    chosen = list(record.details.get("triggers") or [])
    unknown = [t for t in chosen if t not in triggers]
    if unknown:
        raise ActionRefused(f"The case's policy has no police trigger {unknown[0]!r}.")
    is_head_going_ahead = member.role == Role.HEADTEACHER and record.go_ahead_reason.strip()
    if not chosen and not is_head_going_ahead:
        raise ActionRefused(
            "Choose which of the policy's police triggers apply. Only the headteacher can "
            "go ahead without one, by recording the reason."
        )
    evidence = record.details.get("evidence") or {}
    for trigger_id in chosen:
        if not str(evidence.get(trigger_id, "")).strip():
            raise ActionRefused(f"Give the evidence that {triggers[trigger_id].wording.strip()}.")
    is_reported = bool(record.details.get("reported_at"))
    if record.details.get("immediate_danger"):
        if not is_reported or not record.details.get("route"):
            raise ActionRefused(
                "Call 999 now, then record when it was reported and the route used."
            )
        return StepStatus.DONE
    if needs_approval:
        if is_reported:
            raise ActionRefused(
                "The headteacher's approval comes before a referral when no one is in immediate "
                "danger: ask for approval now, and record the report once it is made."
            )
        return StepStatus.AWAITING_APPROVAL
    return StepStatus.DONE


def is_reported(step: Step) -> bool:
    return step.kind == StepKind.POLICE_REFERRAL and bool(step.details.get("reported_at"))


def record_police_report(
    member: Member,
    step: Step,
    *,
    reported_at: datetime.datetime,
    route: str,
    force: str = "",
    crime_reference: str = "",
    officer: str = "",
) -> Step:
    """Record when an approved referral was made, how, and the crime reference and officer."""
    require_case_work(member)
    if route not in PoliceRoute.values:
        raise ActionRefused("Choose how it was reported.")
    with transaction.atomic():
        if not locked(step.case).is_open:
            raise ActionRefused("The case is closed.")
        locked(step)
        if step.kind != StepKind.POLICE_REFERRAL:
            raise ActionRefused("Only a police referral records a report to the police.")
        if step.status != StepStatus.DONE:
            raise ActionRefused("The headteacher's approval comes before the referral is made.")
        if is_reported(step):
            raise ActionRefused("The report to the police is already recorded.")
        report = {
            "reported_at": reported_at.astimezone(datetime.UTC).isoformat(),
            "route": route,
            "force": force,
            "crime_reference": crime_reference,
            "officer": officer,
        }
        step.details = {**step.details, **report}
        step.save(update_fields=["details"])
        record_event(member.school, member.user, "recorded police report", step, report)
    return step


def tell_headteacher_on_commit(member: Member, step: Step) -> None:
    """Once the referral is saved, e-mail the school's headteachers (but not the one who recorded it)."""
    recipients = sorted(
        Membership.objects.filter(school=step.case.school, role=Role.HEADTEACHER)
        .exclude(user=member.user)
        .values_list("user__email", flat=True)
    )
    if recipients:
        transaction.on_commit(lambda: _mail_headteacher(step.pk, recipients))


def _mail_headteacher(step_id: int, recipients: list[str]) -> None:
    """Name the case number only: e-mail leaves the school's systems, the case page does not."""
    step = Step.objects.select_related("case__school").get(pk=step_id)
    case = step.case
    if step.status == StepStatus.AWAITING_APPROVAL:
        subject = f"Case {case.number} at {case.school.name}: approval asked for a police referral"
        body = (
            f"Case {case.number}: your approval is asked before the school refers it to the "
            "police. Approve or refuse it on the case page in Schoolgate."
        )
    else:
        subject = f"Case {case.number} at {case.school.name}: police referral recorded"
        body = (
            f"Case {case.number}: a police referral is recorded"
            + (
                " because someone was in immediate danger"
                if step.details.get("immediate_danger")
                else ""
            )
            + ". Read it on the case page in Schoolgate."
        )
    try:
        send_mail(
            subject=subject,
            message=body + "\n\nNo details of the case are sent by e-mail.",
            from_email=None,
            recipient_list=recipients,
            connection=get_connection(timeout=SMTP_TIMEOUT_SECONDS),
        )
    except (smtplib.SMTPException, OSError) as error:
        # The referral stands; the failure is kept where the head will see it (the audit chain).
        logger.warning("Could not tell the headteacher about case %s: %s", case.number, error)
        with transaction.atomic():
            record_event(
                case.school, None, "could not e-mail headteacher", step, {"error": str(error)}
            )
        return
    with transaction.atomic():
        record_event(case.school, None, "told headteacher", step, {"to": recipients})
