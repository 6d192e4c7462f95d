"""Logging incidents, reviewing their screening, and dismissing them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import transaction

from schoolgate.cases.actions.cases import refresh_case_indicators
from schoolgate.cases.actions.evidence import add_evidence
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.actions.screening import refresh_judgement
from schoolgate.cases.evidence import CheckedFile
from schoolgate.cases.models import (
    CategoryReview,
    Incident,
    IncidentStatus,
)
from schoolgate.schools.access import Member, people_visible_to
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, PersonKind
from schoolgate.schools.roles import Permission
from schoolgate.screening import CATEGORY_IDS


@dataclass
class IncidentReport:
    """What a member of staff, or an intake source, saw and captured."""

    platform: str
    text: str = ""
    permalink: str = ""
    account_handle: str = ""
    display_name: str = ""
    profile_url: str = ""
    posted_at_shown: str = ""
    posted_at: datetime.datetime | None = None
    capture_method: str = ""
    poster: Person | None = None
    targets: list[Person] = field(default_factory=list)
    screenshots: list[tuple[CheckedFile, str]] = field(default_factory=list)


def log_incident(member: Member, report: IncidentReport) -> Incident:
    """Record an incident with its screenshots, then queue its screening once it is saved."""
    if not member.can(Permission.LOG_INCIDENT):
        raise ActionRefused("Your role cannot log incidents.")
    if not report.text.strip() and not report.screenshots:
        raise ActionRefused("Paste the text of the post or add a screenshot of it.")
    if report.poster is not None and report.poster.kind != PersonKind.PARENT:
        raise ActionRefused(
            "The poster must be a parent or carer on the roster, or an unknown handle."
        )
    for person in [report.poster, *report.targets]:
        if person is not None and person.school_id != member.school.pk:
            raise ActionRefused("People named must be on this school's roster.")
    named = {person.pk for person in [report.poster, *report.targets] if person is not None}
    if named and people_visible_to(member).filter(pk__in=named).count() != len(named):
        # Staff without the roster may name staff and governors, never pick out a child or parent.
        raise ActionRefused(
            "Your role can name only staff and governors; give the poster's handle."
        )
    with transaction.atomic():
        incident = Incident.objects.create(
            school=member.school,
            platform=report.platform,
            permalink=report.permalink,
            account_handle=report.account_handle.strip(),
            display_name=report.display_name,
            profile_url=report.profile_url,
            text=report.text,
            posted_at_shown=report.posted_at_shown,
            posted_at=report.posted_at,
            captured_by=member.user,
            capture_method=report.capture_method,
            poster=report.poster,
        )
        incident.targets.set(report.targets)
        record_event(
            member.school,
            member.user,
            "logged incident",
            incident,
            {
                "platform": incident.platform,
                "permalink": incident.permalink,
                "handle": incident.account_handle,
                "text": incident.text,
            },
        )
        for checked, role in report.screenshots:
            add_evidence(member, checked, role=role, incident=incident)
        transaction.on_commit(lambda: _queue_screening(incident.pk))
    return incident


def _queue_screening(incident_id: int) -> None:
    from schoolgate.cases.actions.screening import queue_screening

    queue_screening(incident_id)


def review_category(
    member: Member, incident: Incident, category: str, applies: bool, reason: str
) -> CategoryReview:
    """Confirm or overrule the engine on one category; overruling needs a reason, which is kept."""
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot review the screening.")
    if category not in CATEGORY_IDS:
        raise ActionRefused(f"{category!r} is not one of the policy's categories.")
    with transaction.atomic():
        locked(incident)
        screening = incident.current_screening()
        if screening is None:
            raise ActionRefused("The incident has not been screened yet.")
        engine_said = category in screening.decided_categories()
        if applies != engine_said and not reason.strip():
            raise ActionRefused("Give a reason for overruling the screening.")
        review = CategoryReview.objects.create(
            incident=incident,
            screening=screening,
            category=category,
            applies=applies,
            engine_said=engine_said,
            reason=reason,
            reviewed_by=member.user,
        )
        refresh_judgement(incident)
        if incident.case_id:
            # A confirmed abusive category may make a course of conduct; an overruled one undo it.
            refresh_case_indicators(incident.case)  # type: ignore[arg-type]
        record_event(
            member.school,
            member.user,
            "reviewed category",
            incident,
            {
                "category": category,
                "applies": applies,
                "engine_said": engine_said,
                "reason": reason,
            },
        )
    return review


def dismiss_incident(member: Member, incident: Incident, reason: str) -> Incident:
    """Close an incident with no action, keeping the reason (the policy protects fair criticism)."""
    require_case_work(member)
    with transaction.atomic():
        if locked(incident).status != IncidentStatus.NEW:
            raise ActionRefused("Only a new incident can be dismissed.")
        if not reason.strip():
            raise ActionRefused("Give the reason for taking no action.")
        incident.status = IncidentStatus.DISMISSED
        incident.dismissal_reason = reason
        incident.save(update_fields=["status", "dismissal_reason"])
        record_event(member.school, member.user, "dismissed incident", incident, {"reason": reason})
    return incident
