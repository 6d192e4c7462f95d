"""Case actions taken at the same moment by real threads: one wins, the rest are refused whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from schoolgate.cases.actions import (
    ActionRefused,
    StepRecord,
    close_case,
    dismiss_incident,
    open_case,
    record_step,
)
from schoolgate.cases.models import Case, CaseStatus, Incident, IncidentStatus, Step
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.cases.tests.threads import at_once
from schoolgate.schools.audit import verify_chain
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast, sign_in

# Enough requests to have reproduced every race on main (20 opens made 20 cases).
CROWD = 20
# Trials of the two-way races, each a fresh incident: one trial can win by luck, five rarely.
TRIALS = 5

pytestmark = pytest.mark.django_db(transaction=True)


def refusals(outcomes: list[Any]) -> list[str]:
    unexpected = [
        o for o in outcomes if isinstance(o, BaseException) and not isinstance(o, ActionRefused)
    ]
    assert not unexpected, unexpected
    return [str(o) for o in outcomes if isinstance(o, ActionRefused)]


def verbs(verb: str) -> int:
    return AuditEvent.objects.filter(verb=verb).count()


def assert_chain_holds(cast: Cast) -> None:
    check = verify_chain(cast.school_a)
    assert check.is_intact, check.problem
    assert check.checked == AuditEvent.objects.filter(school=cast.school_a).count()


def test_twenty_simultaneous_opens_make_one_case(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    incident = logged(poster=parent(cast))
    alice = member(cast, cast.alice)

    outcomes = at_once(CROWD, lambda _: open_case(alice, Incident.objects.get(pk=incident.pk)))

    assert refusals(outcomes) == ["This incident is already dismissed or in a case."] * (CROWD - 1)
    (case,) = Case.objects.all()
    assert [o.pk for o in outcomes if isinstance(o, Case)] == [case.pk]
    assert verbs("opened case") == 1 and verbs("added incident to case") == 1
    incident.refresh_from_db()
    assert (incident.status, incident.case_id) == (IncidentStatus.IN_CASE, case.pk)
    assert_chain_holds(cast)


def test_dismissing_while_opening_a_case_has_one_winner_and_no_half_state(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    alice, hana = member(cast, cast.alice), member(cast, cast.hana)
    for _ in range(TRIALS):
        incident = logged(poster=parent(cast))

        def act(index: int, pk: int = incident.pk) -> object:
            fresh = Incident.objects.get(pk=pk)
            if index == 0:
                return open_case(alice, fresh)
            return dismiss_incident(hana, fresh, "Fair criticism of the new rules.")

        opened, dismissed = at_once(2, act)
        incident.refresh_from_db()
        if isinstance(opened, Case):
            assert str(dismissed) == "Only a new incident can be dismissed."
            assert (incident.status, incident.case_id) == (IncidentStatus.IN_CASE, opened.pk)
            assert incident.dismissal_reason == ""
        else:
            assert str(opened) == "This incident is already dismissed or in a case."
            assert isinstance(dismissed, Incident)
            assert (incident.status, incident.case_id) == (IncidentStatus.DISMISSED, None)
    assert Case.objects.count() + verbs("dismissed incident") == TRIALS
    assert verbs("opened case") == Case.objects.count()
    assert_chain_holds(cast)


def test_twenty_simultaneous_closes_record_one_close(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(poster=parent(cast)))

    outcomes = at_once(
        CROWD,
        lambda i: close_case(
            alice, Case.objects.get(pk=case.pk), "no_action", f"Closed by request {i}."
        ),
    )

    assert refusals(outcomes) == ["The case is already closed."] * (CROWD - 1)
    assert verbs("closed case") == 1
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    (winner,) = [o for o in outcomes if isinstance(o, Case)]
    assert case.outcome_reason == winner.outcome_reason
    assert_chain_holds(cast)


def submission_token(page: str, step_id: str) -> str:
    found = re.search(rf'name="{step_id}-submission_token" value="([^"]+)"', page)
    assert found, f"the {step_id} form carries no submission token"
    return found.group(1)


DISCUSSION = {
    "step_id": "informal_discussion",
    "informal_discussion-date": "2026-11-20",
    "informal_discussion-attended": "Parent, DSL",
    "informal_discussion-outcome": "refused",
}


def test_a_step_form_sent_twice_records_one_step(
    cast: Cast, logged: Callable[..., Incident], client: Client
) -> None:
    open_case(member(cast, cast.alice), logged(poster=parent(cast)))
    page = sign_in(client, cast.alice).get("/s/redscope/cases/1/").content.decode()
    form = {
        **DISCUSSION,
        "informal_discussion-submission_token": submission_token(page, "informal_discussion"),
    }

    first = client.post("/s/redscope/cases/1/steps/", form)
    second = client.post("/s/redscope/cases/1/steps/", form, follow=True)

    assert first.status_code == 302 and second.status_code == 200
    assert "Done: informal discussion recorded." in second.content.decode()
    assert Step.objects.filter(kind="informal_discussion").count() == 1
    assert verbs("recorded step") == 1
    again = client.get("/s/redscope/cases/1/").content.decode()
    assert (
        submission_token(again, "informal_discussion")
        != form["informal_discussion-submission_token"]
    )
    assert_chain_holds(cast)


def test_a_step_form_sent_many_times_at_once_records_one_step(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = open_case(member(cast, cast.alice), logged(poster=parent(cast)))
    clients = [sign_in(Client(), cast.alice) for _ in range(CROWD)]
    page = clients[0].get("/s/redscope/cases/1/").content.decode()
    form = {
        **DISCUSSION,
        "informal_discussion-submission_token": submission_token(page, "informal_discussion"),
    }

    responses = at_once(CROWD, lambda i: clients[i].post("/s/redscope/cases/1/steps/", form))

    assert [getattr(r, "status_code", r) for r in responses] == [302] * CROWD
    assert case.steps.count() == 1 and verbs("recorded step") == 1
    assert_chain_holds(cast)


def test_steps_from_two_forms_are_both_recorded(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(poster=parent(cast)))

    record_step(alice, case, StepRecord("informal_discussion", submission_token="first-form"))
    record_step(
        alice,
        case,
        StepRecord(
            "informal_discussion",
            submission_token="second-form",
            relation="follow_up",
            relation_reason="The parent asked to meet again.",
        ),
    )

    assert case.steps.count() == 2
