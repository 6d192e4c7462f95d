"""Reporting a case's post to its platform: the pre-filled pack, the filing, the response, escalation."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.procedure import StepRecord, record_step
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.models import (
    Case,
    CaseStatus,
    Incident,
    Platform,
    SafeguardingConcern,
    Step,
    StepStatus,
)
from schoolgate.documents.operator_notice import OperatorNotice
from schoolgate.documents.platforms import (
    ESCALATIONS,
    PLATFORM_ACTION_WAIT,
    RHC_PLATFORM_WAIT,
    Escalation,
    FilingAuthority,
    PackField,
    Route,
    route,
)
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import School

# The route offered first for each platform an incident may be logged on.
FIRST_ROUTE: dict[str, str] = {
    Platform.FACEBOOK: "facebook_report",
    Platform.INSTAGRAM: "instagram_report",
    Platform.X: "x_abuse",
    Platform.TIKTOK: "tiktok_report",
    Platform.WHATSAPP: "whatsapp_report",
}
DEFAULT_ROUTE = "other_website"
# Education Act 2002 s.141F: nobody may publish what would identify a teacher accused by a
# pupil at the school of a criminal offence until charged; a report must not repeat it publicly.
S141F_RESTRICTION = (
    "Reporting restriction: the post alleges that a teacher at the school harmed a pupil. "
    "Under section 141F of the Education Act 2002, nothing that could identify a teacher "
    "accused by a pupil of a criminal offence may be published until they are charged. Tell "
    "the platform so: the post may itself break the restriction."
)


@dataclass(frozen=True)
class PackLine:
    field: PackField
    label: str
    value: str


@dataclass(frozen=True)
class PlatformPack:
    """A route with each of its fields filled in from the case, ready to copy."""

    route: Route
    lines: tuple[PackLine, ...]
    restriction: str


def first_incident(case: Case) -> Incident | None:
    return case.incidents.order_by("captured_at", "pk").first()


def default_route_id(case: Case) -> str:
    incident = first_incident(case)
    return FIRST_ROUTE.get(incident.platform, DEFAULT_ROUTE) if incident else DEFAULT_ROUTE


def ground(case: Case) -> str:
    """The policy lines the posts breach, in the policy's words, to quote as the ground."""
    document = case.policy_version.document
    ids = sorted({c for incident in case.incidents.all() for c in incident.categories})
    lines = [c.wording for c in (document.category(i) for i in ids) if c is not None]
    return (
        "The post breaks the platform's rules on bullying and harassment of a named person. "
        + " ".join(f"The school's policy: {line}" for line in lines)
    ).strip()


def prefill(case: Case, incident: Incident | None) -> dict[PackField, str]:
    if incident is None:
        return {}
    posted = incident.posted_at or incident.captured_at
    evidence = incident.evidence.filter(original__isnull=True).count()
    return {
        PackField.POST_URL: incident.permalink,
        PackField.HANDLE: incident.account_handle or incident.display_name,
        PackField.PROFILE_URL: incident.profile_url,
        PackField.WORDS: incident.text,
        PackField.GROUND: ground(case),
        PackField.POSTED_ON: f"{posted:%d %B %Y %H:%M} UTC"
        + (f" (shown as {incident.posted_at_shown})" if incident.posted_at_shown else ""),
        PackField.RELATIONSHIP: (
            "I am (or act with the consent of) the member of staff the post is about, at "
            f"{case.school.name}."
        ),
        PackField.COUNTRY: "United Kingdom (England)",
        PackField.LAW: "Defamation Act 2013; Protection from Harassment Act 1997; UK GDPR.",
        PackField.EVIDENCE: f"{evidence} screenshot(s) kept by the school, each with its SHA-256.",
    }


def platform_pack(case: Case, route_id: str) -> PlatformPack:
    chosen = route(route_id)
    if chosen is None:
        raise ActionRefused("Choose a platform route from the list.")
    values = prefill(case, first_incident(case))
    lines = tuple(PackLine(f, f.label, values.get(f, "")) for f in chosen.fields)
    return PlatformPack(chosen, lines, S141F_RESTRICTION if has_s141f_restriction(case) else "")


def has_s141f_restriction(case: Case) -> bool:
    """Whether the case holds a confirmed allegation that a member of staff harmed a pupil."""
    return SafeguardingConcern.objects.filter(case=case).exists()


@dataclass(frozen=True)
class PlatformFiling:
    route_id: str
    authority: str
    reported_on: datetime.date
    reference: str = ""
    consent_from: str = ""
    note: str = ""


def file_platform_report(member: Member, case: Case, filing: PlatformFiling) -> Step:
    """Record the report to the platform as the policy's step, with whose authority it was made."""
    require_case_work(member)
    chosen = route(filing.route_id)
    if chosen is None:
        raise ActionRefused("Choose a platform route from the list.")
    if filing.authority not in FilingAuthority.values:
        raise ActionRefused("Say whose report this is.")
    if filing.authority not in chosen.may_file:
        raise ActionRefused(
            f"{chosen.platform} takes this report only from the person affected: file it as "
            "them, or on their behalf with their consent."
        )
    if filing.authority == FilingAuthority.ON_BEHALF_WITH_CONSENT and not filing.consent_from:
        raise ActionRefused("Name the member of staff who gave their consent, and when.")
    policy_step = next(
        (
            s
            for s in case.policy_version.document.procedure.steps
            if s.kind == StepKind.PLATFORM_REPORT
        ),
        None,
    )
    if policy_step is None:
        raise ActionRefused("The case's policy has no step to report to a platform.")
    details = {
        "platform": chosen.platform,
        "route": chosen.name,
        "route_id": chosen.id,
        "authority": FilingAuthority(filing.authority).label,
        "consent_from": filing.consent_from,
        "reference": filing.reference,
        "date": filing.reported_on.isoformat(),
        "outcome": "",
    }
    with transaction.atomic():
        return record_step(
            member, case, StepRecord(policy_step.id, note=filing.note, details=details)
        )


def record_platform_response(
    member: Member, step: Step, *, reference: str, outcome: str, has_acted: bool
) -> Step:
    """Keep the platform's reference and what it did; a platform that acted ends escalation."""
    require_case_work(member)
    with transaction.atomic():
        locked(step)
        if step.kind != StepKind.PLATFORM_REPORT:
            raise ActionRefused("This step is not a report to a platform.")
        if not outcome.strip() and not reference.strip():
            raise ActionRefused("Give the platform's reference or what it did.")
        details = dict(step.details)
        if reference.strip():
            details["reference"] = reference.strip()
        if outcome.strip():
            details["outcome"] = outcome.strip()
        details["platform_acted"] = "yes" if has_acted else ""
        step.details = details
        step.save(update_fields=["details"])
        record_event(
            member.school,
            member.user,
            "recorded platform response",
            step,
            {"case": step.case_id, "reference": reference, "outcome": outcome, "acted": has_acted},
        )
    return step


@dataclass(frozen=True)
class EscalationDue:
    step: Step
    reported_on: datetime.date
    escalations: tuple[Escalation, ...]
    text: str


def reported_on(step: Step) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(step.details.get("date", "")))
    except ValueError:
        return None


def escalations_due(case: Case, now: datetime.datetime | None = None) -> list[EscalationDue]:
    """Platform reports with no action 7 days on, each with the escalation text pre-filled."""
    steps = case.steps.filter(kind=StepKind.PLATFORM_REPORT, status=StepStatus.DONE)
    return [due for step in steps if (due := escalation_due(step, now or timezone.now()))]


def escalations_at_school(
    school: School, hidden_case_ids: list[int], now: datetime.datetime | None = None
) -> list[EscalationDue]:
    """Every open case's platform reports due for escalation, for the head's desk."""
    steps = (
        Step.objects.filter(
            case__school=school,
            case__status=CaseStatus.OPEN,
            kind=StepKind.PLATFORM_REPORT,
            status=StepStatus.DONE,
        )
        .exclude(case_id__in=hidden_case_ids)
        .select_related("case", "case__school", "case__poster")
        .order_by("taken_at", "pk")
    )
    return [due for step in steps if (due := escalation_due(step, now or timezone.now()))]


def escalation_due(step: Step, now: datetime.datetime) -> EscalationDue | None:
    day = reported_on(step)
    if day is None or step.details.get("platform_acted"):
        return None
    reported_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
    if now - reported_at < PLATFORM_ACTION_WAIT:
        return None
    waited = now - reported_at >= RHC_PLATFORM_WAIT
    return EscalationDue(
        step,
        day,
        tuple(e for e in ESCALATIONS if e.id != "rhc" or waited),
        escalation_text(step.case, step, day),
    )


def escalation_text(case: Case, step: Step, day: datetime.date) -> str:
    incident = first_incident(case)
    link = incident.permalink if incident else ""
    lines = [
        f"School: {case.school.name}",
        f"Platform: {step.details.get('platform', '')}",
        f"Link to the post: {link or 'not captured'}",
        f"Reported to the platform on {day:%d %B %Y} by {step.details.get('route', '')}; "
        f"reference {step.details.get('reference') or 'none given'}.",
        f"No action by the platform in the {PLATFORM_ACTION_WAIT.days} days since.",
        "The post targets a member of staff at the school; screenshots with their SHA-256 "
        "are kept and can be sent.",
    ]
    if has_s141f_restriction(case):
        lines.append(S141F_RESTRICTION)
    return "\n".join(lines)


def prepare_operator_notice(member: Member, case: Case, notice: OperatorNotice) -> OperatorNotice:
    """Record that the school prepared a notice for the affected person to send themselves."""
    require_case_work(member)
    with transaction.atomic():
        record_event(
            member.school,
            member.user,
            "prepared notice to a website operator",
            case,
            {
                "case": case.pk,
                "operator": notice.operator,
                "served_at": notice.served_at.isoformat(),
                "operator_due": notice.operator_due.isoformat(),
            },
        )
    return notice
