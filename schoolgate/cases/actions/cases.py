"""Opening cases, adding incidents to them, their indicators, and closing them."""

from __future__ import annotations

from collections import Counter

from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone

from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.models import (
    Case,
    CaseOutcome,
    CaseStatus,
    Incident,
    IncidentStatus,
    StepStatus,
)
from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import School


def open_case(member: Member, incident: Incident) -> Case:
    """Open a case about the incident's poster under the school's published policy."""
    require_case_work(member)
    with transaction.atomic():
        if locked(incident).status != IncidentStatus.NEW:
            raise ActionRefused("This incident is already dismissed or in a case.")
        version = PolicyVersion.objects.published().filter(school=member.school).first()
        if version is None:
            raise ActionRefused("Publish the school's policy before opening cases.")
        # Lock the school row so two cases opened at once cannot take the same number.
        School.objects.select_for_update().filter(pk=member.school.pk).first()
        number = (
            Case.objects.filter(school=member.school).aggregate(n=Max("number"))["n"] or 0
        ) + 1
        case = Case.objects.create(
            school=member.school,
            number=number,
            poster=incident.poster,
            poster_handle=incident.account_handle,
            policy_version=version,
            opened_by=member.user,
        )
        record_event(member.school, member.user, "opened case", case, {"incident": incident.pk})
        _attach(member, case, incident)
    return case


def open_case_for_poster(incident: Incident) -> Case | None:
    """The open case about the same poster, if there is one."""
    cases = Case.objects.filter(school=incident.school, status=CaseStatus.OPEN)
    if incident.poster_id:
        return cases.filter(poster_id=incident.poster_id).first()
    if incident.account_handle:
        return cases.filter(
            poster__isnull=True, poster_handle__iexact=incident.account_handle
        ).first()
    return None


def add_to_case(member: Member, incident: Incident, case: Case) -> Case:
    """Add a new incident to the open case of the same poster."""
    require_case_work(member)
    with transaction.atomic():
        # The incident before the case, the order open_case takes them in.
        if locked(incident).status != IncidentStatus.NEW:
            raise ActionRefused("This incident is already dismissed or in a case.")
        if not locked(case).is_open:
            raise ActionRefused("The case is closed.")
        if open_case_for_poster(incident) != case:
            raise ActionRefused("An incident joins only the open case of the same poster.")
        _attach(member, case, incident)
    return case


def _attach(member: Member, case: Case, incident: Incident) -> None:
    incident.case = case
    incident.status = IncidentStatus.IN_CASE
    incident.save(update_fields=["case", "status"])
    record_event(
        member.school, member.user, "added incident to case", case, {"incident": incident.pk}
    )
    refresh_case_indicators(case)


# Categories that, once a member of staff confirms them on an incident, are abusive conduct
# towards the people it targets. A complaint or criticism never is, however sharp or repeated
# (the Hertfordshire arrests of January 2025 over WhatsApp criticism were unlawful). An
# allegation counts only when staff also confirm it defamatory, that is untrue and harmful.
ABUSIVE_CATEGORIES = frozenset(
    {"offensive_about_person", "violence", "discrimination", "defamation"}
)
# A course of conduct (Protection from Harassment Act 1997 s.7): two or more occasions.
COURSE_OF_CONDUCT_OCCASIONS = 2


class CaseIndicator(models.TextChoices):
    HARASSMENT = "harassment", "Harassment"
    POLICE = "police", "Police indicator"


def staff_confirmed_categories(incident: Incident) -> set[str]:
    """The categories whose latest staff review on the incident says they apply."""
    latest: dict[str, bool] = {}
    for review in incident.reviews.all():  # ordered by reviewed_at
        latest[review.category] = review.applies
    return {category for category, applies in latest.items() if applies}


def is_abusive_conduct(incident: Incident) -> bool:
    return bool(staff_confirmed_categories(incident) & ABUSIVE_CATEGORIES)


def refresh_case_indicators(case: Case) -> Case:
    """Raise the advisory police and harassment indicators from the poster's whole history.

    Harassment is a course of conduct: the same poster's conduct, which staff have confirmed as
    abusive, against the same person on two or more occasions (Protection from Harassment Act
    1997), so it comes from linked incidents and never from how often someone is mentioned.
    Both indicators stay advisory until a DSL or the headteacher confirms them.
    """
    incidents = Incident.objects.filter(school=case.school)
    if case.poster_id:
        incidents = incidents.filter(poster_id=case.poster_id)
    else:
        incidents = incidents.filter(poster__isnull=True, account_handle__iexact=case.poster_handle)
    incidents = incidents.exclude(status=IncidentStatus.DISMISSED) | Incident.objects.filter(
        case=case
    )
    targeted = Counter(
        target
        for incident in incidents.distinct().prefetch_related("targets", "reviews")
        if is_abusive_conduct(incident)
        for target in {t.pk for t in incident.targets.all()}
    )
    has_harassment = any(count >= COURSE_OF_CONDUCT_OCCASIONS for count in targeted.values())
    has_police = has_harassment or case.incidents.filter(has_police_indicator=True).exists()
    if (has_harassment, has_police) != (case.has_harassment_indicator, case.has_police_indicator):
        case.has_harassment_indicator = has_harassment
        case.has_police_indicator = has_police
        case.save(update_fields=["has_harassment_indicator", "has_police_indicator"])
        record_event(
            case.school,
            None,
            "raised indicators",
            case,
            {"harassment": has_harassment, "police": has_police},
        )
    return case


def confirm_indicator(member: Member, case: Case, indicator: str, reason: str) -> Case:
    """A DSL or the headteacher confirms an advisory indicator, with the reason, so it counts."""
    require_case_work(member)
    with transaction.atomic():
        if not locked(case).is_open:
            raise ActionRefused("The case is closed.")
        if indicator not in CaseIndicator.values:
            raise ActionRefused("Choose the indicator to confirm.")
        kind = CaseIndicator(indicator)
        is_raised = (
            case.has_harassment_indicator
            if kind == CaseIndicator.HARASSMENT
            else case.has_police_indicator
        )
        if not is_raised:
            raise ActionRefused(f"The case has no {kind.label.lower()} to confirm.")
        if not reason.strip():
            raise ActionRefused("Give the reason for confirming the indicator.")
        now = timezone.now()
        if kind == CaseIndicator.HARASSMENT:
            case.harassment_confirmed_at, case.harassment_confirmed_by = now, member.user
            fields = ["harassment_confirmed_at", "harassment_confirmed_by"]
        else:
            case.police_confirmed_at, case.police_confirmed_by = now, member.user
            fields = ["police_confirmed_at", "police_confirmed_by"]
        case.save(update_fields=fields)
        record_event(
            member.school,
            member.user,
            "confirmed indicator",
            case,
            {"indicator": kind.value, "reason": reason},
        )
    return case


def record_skip_reason(member: Member, case: Case, reason: str) -> Case:
    """Record why the informal discussion is skipped (for example, the parent cannot be reached safely)."""
    require_case_work(member)
    with transaction.atomic():
        if not locked(case).is_open:
            raise ActionRefused("The case is closed.")
        if not reason.strip():
            raise ActionRefused("Give the reason for skipping the informal discussion.")
        case.skip_discussion_reason = reason
        case.save(update_fields=["skip_discussion_reason"])
        record_event(
            member.school,
            member.user,
            "recorded reason to skip discussion",
            case,
            {"reason": reason},
        )
    return case


def close_case(member: Member, case: Case, outcome: str, reason: str) -> Case:
    """Close the case with its outcome and the reason, once no step waits for approval."""
    require_case_work(member)
    with transaction.atomic():
        if not locked(case).is_open:
            raise ActionRefused("The case is already closed.")
        if outcome not in CaseOutcome.values:
            raise ActionRefused("Choose the outcome of the case.")
        if not reason.strip():
            raise ActionRefused("Give the reason for closing the case.")
        if case.steps.filter(status=StepStatus.AWAITING_APPROVAL).exists():
            raise ActionRefused("A step is still waiting for the headteacher's approval.")
        case.status, case.outcome, case.outcome_reason = CaseStatus.CLOSED, outcome, reason
        case.closed_at = timezone.now()
        case.save(update_fields=["status", "outcome", "outcome_reason", "closed_at"])
        record_event(
            member.school, member.user, "closed case", case, {"outcome": outcome, "reason": reason}
        )
    return case
