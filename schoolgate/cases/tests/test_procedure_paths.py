"""Whole paths through the policy's procedure, as a DSL and headteacher would walk them."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from schoolgate.cases.actions import (
    StepRecord,
    close_case,
    open_case,
    record_follow_up,
    record_step,
    screen_incident,
)
from schoolgate.cases.models import CaseStatus, IncidentStatus, Step, StepStatus
from schoolgate.cases.tests.conftest import member, parent, staff_member
from schoolgate.schools.audit import verify_chain
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast

CHECKLIST_YES = {
    "individual_harmed": True,
    "serious_harm": True,
    "within_one_year": True,
    "linked_incidents": False,
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
    assert case.has_police_indicator
    referral = record_step(
        alice,
        case,
        StepRecord(
            "police_referral",
            checklist=CHECKLIST_YES,
            details={
                "force": "Redscope Police",
                "how": "101",
                "crime_reference": "RS/2026/0042",
                "officer": "PC 1234",
            },
        ),
    )
    assert referral.status == StepStatus.AWAITING_APPROVAL
    approved = Step.objects.get(pk=referral.pk)
    from schoolgate.cases.actions import approve_step

    approve_step(hana, approved, approve=True, note="Agreed: a threat of violence.")
    approved.refresh_from_db()
    assert approved.status == StepStatus.DONE and approved.approved_by == cast.hana
    assert approved.checklist == CHECKLIST_YES
    close_case(hana, case, "referred_to_police", "Reported to police, reference RS/2026/0042.")
