"""Reaching a school's incidents, cases, evidence and audit events, scoped and authorised."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from schoolgate.cases.models import (
    Case,
    Evidence,
    Incident,
    Letter,
    SafeguardingConcern,
    Step,
)
from schoolgate.schools.access import Member
from schoolgate.schools.models import AuditEvent
from schoolgate.schools.roles import Permission


def incidents_visible_to(member: Member) -> QuerySet[Incident]:
    """Intake and case workers see the school's incidents; other staff see those they logged."""
    incidents = Incident.objects.filter(school=member.school)
    if member.can(Permission.WORK_INTAKE):
        hidden = cases_hidden_from(member)
        return incidents.exclude(case_id__in=hidden) if hidden else incidents
    if member.can(Permission.LOG_INCIDENT):
        return incidents.filter(captured_by=member.user)
    raise PermissionDenied("Your role does not include incidents.")


def cases_hidden_from(member: Member) -> list[int]:
    """Cases at the school whose allegation of harm to a child accuses this member (KCSIE Part 4)."""
    concerns = SafeguardingConcern.objects.filter(case__school=member.school).select_related(
        "accused"
    )
    return [concern.case_id for concern in concerns if concern.accuses(member.user)]


def get_incident(member: Member, pk: int) -> Incident:
    return get_object_or_404(incidents_visible_to(member).select_related("poster", "case"), pk=pk)


def get_case(member: Member, number: int) -> Case:
    if not member.can(Permission.SEE_CASES):
        raise PermissionDenied("Your role does not include cases.")
    case = get_object_or_404(
        Case.objects.select_related("poster", "policy_version", "opened_by"),
        school=member.school,
        number=number,
    )
    # KCSIE Part 4: the member of staff an allegation of harm to a child accuses never sees
    # the case, and cannot tell it exists.
    concern = SafeguardingConcern.objects.filter(case=case).select_related("accused").first()
    if concern is not None and concern.accuses(member.user):
        raise Http404
    return case


def get_step(member: Member, case: Case, pk: int) -> Step:
    return get_object_or_404(Step, case=case, pk=pk)


def get_evidence(member: Member, pk: int) -> Evidence:
    """Evidence of an incident the member may see, or of a case's steps for case workers."""
    evidence = get_object_or_404(
        Evidence.objects.select_related("incident", "step__case"), school=member.school, pk=pk
    )
    if evidence.incident_id is not None:
        get_incident(member, evidence.incident_id)
    elif evidence.step is not None:
        # Through the case, so a member of staff a case accuses cannot reach its letters either.
        get_case(member, evidence.step.case.number)
    elif not member.can(Permission.SEE_CASES):
        raise PermissionDenied("Your role does not include cases.")
    return evidence


def get_audit_event(member: Member, sequence: int) -> AuditEvent:
    if not member.can(Permission.SEE_NAMED_REPORTS):
        raise PermissionDenied("Your role does not include the audit log.")
    return get_object_or_404(AuditEvent, school=member.school, sequence=sequence)


def get_letter(member: Member, case: Case, pk: int) -> Letter:
    """A letter of a case the member may see (get_case has checked the case)."""
    return get_object_or_404(
        Letter.objects.select_related("case__school", "evidence"), case=case, pk=pk
    )
