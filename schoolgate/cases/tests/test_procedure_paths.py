"""Whole paths through the policy's procedure, as a DSL and headteacher would walk them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from schoolgate.cases.actions import (
    ActionRefused,
    StepRecord,
    approve_step,
    close_case,
    confirm_indicator,
    open_case,
    record_follow_up,
    record_police_report,
    record_step,
    screen_incident,
)
from schoolgate.cases.models import CaseStatus, IncidentStatus, Step, StepStatus
from schoolgate.cases.tests.conftest import member, parent, staff_member
from schoolgate.schools.audit import verify_chain
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast

POLICE_CHECKLIST = {
    "evidence_kept": True,
    "course_of_conduct": False,
    "content_still_up": True,
}


def test_resolved_after_the_informal_discussion(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    incident = logged("Mrs Oakridge is useless and everyone knows it", poster=parent(cast))
    case = open_case(alice, incident)
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.IN_CASE and case.number == 1
    step = record_step(
        alice,
        case,
        StepRecord(
            "informal_discussion",
            note="Met after school; parent took the post down.",
            details={
                "date": "2026-11-20",
                "attended": "Parent, DSL",
                "outcome": "agreed_to_remove",
            },
        ),
    )
    assert step.status == StepStatus.DONE
    close_case(alice, case, "removed_after_discussion", "The post was removed the same evening.")
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.outcome == "removed_after_discussion"
    verbs = list(AuditEvent.objects.filter(school=cast.school_a).values_list("verb", flat=True))
    assert verbs[-5:] == [
        "logged incident",
        "opened case",
        "added incident to case",
        "recorded step",
        "closed case",
    ]
    assert verify_chain(cast.school_a).is_intact


def test_warning_then_platform_report_with_due_dates(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    case = open_case(
        alice, logged("The head lies to parents about the budget", poster=parent(cast))
    )
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    deadline = timezone.now() + dt.timedelta(days=5)
    warning = record_step(
        alice,
        case,
        StepRecord(
            "written_warning",
            details={"removal_deadline": deadline.date().isoformat()},
            due_at=deadline,
            due_reason="Removal deadline in the warning letter",
        ),
    )
    report = record_step(
        alice,
        case,
        StepRecord(
            "platform_report",
            details={
                "platform": "facebook",
                "route": "in-app report (bullying)",
                "reference": "FB-12345",
                "outcome": "",
            },
            due_at=timezone.now() - dt.timedelta(hours=1),
            due_reason="Platform's response window",
        ),
    )
    overdue = Step.objects.overdue(timezone.now()).filter(case__school=cast.school_a)
    assert list(overdue) == [report]
    record_follow_up(alice, report, "Facebook removed the post.")
    assert not Step.objects.overdue(timezone.now()).exists()
    assert warning.due_at == deadline
    close_case(alice, case, "removed_by_platform", "Facebook took it down after the report.")


def test_police_straight_away_on_a_threat(cast: Cast, logged) -> None:
    alice, hana = member(cast, cast.alice), member(cast, cast.hana)
    head = staff_member(cast, "Headteacher")
    incident = logged(
        f"If {head.title} {head.last_name} says one more word to my son I will smash her face in. Watch me.",
        poster=parent(cast),
        targets=[head],
    )
    screen_incident(incident.pk)
    incident.refresh_from_db()
    assert "violence" in incident.categories
    assert incident.has_police_indicator
    case = open_case(alice, incident)
    assert case.has_police_indicator and not case.is_police_confirmed
    referral = StepRecord(
        "police_referral",
        checklist=POLICE_CHECKLIST,
        details={
            "immediate_danger": False,
            "triggers": ["threatening_violence"],
            "evidence": {"threatening_violence": "Incident 1 threatens to smash her face in."},
        },
    )
    with pytest.raises(ActionRefused, match="The informal discussion with the parent comes first"):
        record_step(alice, case, referral)
    confirm_indicator(alice, case, "police", "A specific threat of violence to the head.")
    requested = record_step(alice, case, referral)
    assert requested.status == StepStatus.AWAITING_APPROVAL
    approve_step(hana, requested, approve=True, note="Agreed: a threat of violence.")
    requested.refresh_from_db()
    assert requested.status == StepStatus.DONE and requested.approved_by == cast.hana
    assert requested.checklist == POLICE_CHECKLIST
    record_police_report(
        alice,
        requested,
        reported_at=timezone.now(),
        route="101",
        force="Redscope Police",
        crime_reference="RS/2026/0042",
        officer="PC 1234",
    )
    requested.refresh_from_db()
    assert requested.details["crime_reference"] == "RS/2026/0042"
    close_case(hana, case, "referred_to_police", "Reported to police, reference RS/2026/0042.")
