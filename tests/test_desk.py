"""The home page as a desk: what waits for this member, by role, each linked to where to act."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from schoolgate.cases.actions import (
    IncidentReport,
    StepRecord,
    log_incident,
    open_case,
    record_step,
)
from schoolgate.cases.models import Case, Step
from schoolgate.schools.access import get_member
from schoolgate.schools.models import Person, School, User
from schoolgate.test import Cast, sign_in


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def case_with_waiting_steps(school: School, dsl: User) -> tuple[Case, Step, Step]:
    """A case whose block waits for the head's approval and whose warning is past its deadline."""
    dsl_member = get_member(dsl, school.slug)
    poster = Person.objects.filter(school=school, kind="parent").order_by("person_id").first()
    incident = log_incident(
        dsl_member, IncidentReport(platform="facebook", text="The rules are a joke.", poster=poster)
    )
    case = open_case(dsl_member, incident)
    record_step(dsl_member, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    warning = record_step(
        dsl_member,
        case,
        StepRecord(
            "written_warning",
            due_at=timezone.now() - dt.timedelta(days=1),
            due_reason="Removal deadline",
        ),
    )
    block = record_step(
        dsl_member, case, StepRecord("block_email", details={"address": "angry@example.org"})
    )
    return case, block, warning


def desk(client: Client, user: User) -> str:
    return sign_in(client, user).get("/s/redscope/").content.decode()


def test_the_head_sees_a_step_waiting_for_approval_linked_to_its_case(
    cast: Cast, client: Client
) -> None:
    case, block, _ = case_with_waiting_steps(cast.school_a, cast.alice)

    page = desk(client, cast.hana)

    assert (
        '<h2 class="govuk-heading-m" id="awaiting-approval-title">Waiting for your approval</h2>'
        in page
    )
    assert (
        f'<li><a class="govuk-link" href="/s/redscope/cases/1/#awaiting-approval">Case 1 '
        f"({case.poster_label})</a>: Block e-mail through the school website, recorded by "
        f"alice@redscope.example on {block.taken_at:%-d %B %Y}</li>"
    ) in page
    assert '<span class="sg-stat">1</span> open' in page
    assert 'href="/s/redscope/cases/">Go to the cases</a>' in page


def test_a_dsl_sees_overdue_steps_and_new_incidents_but_approves_nothing(
    cast: Cast, client: Client
) -> None:
    case, _, warning = case_with_waiting_steps(cast.school_a, cast.alice)
    log_incident(
        get_member(cast.alice, "redscope"),
        IncidentReport(platform="x", text="I will find the teacher after school."),
    )

    page = desk(client, cast.alice)

    assert (
        f'<a class="govuk-link" href="/s/redscope/cases/1/#follow-up">Case 1 ({case.poster_label})</a>: '
        f"Written warning was due {warning.due_at:%-d %B %Y} (Removal deadline)"
    ) in page
    assert '<span class="sg-stat">1</span> waiting for triage' in page
    assert 'href="/s/redscope/incidents/">Go to the triage queue</a>' in page
    assert "Waiting for your approval" not in page


def test_the_head_with_nothing_waiting_is_told_so(cast: Cast, client: Client) -> None:
    page = desk(client, cast.hana)

    assert "No step is waiting for your approval." in page
    assert "No step is overdue." in page
    assert '<span class="sg-stat">0</span> open' in page


def test_a_governor_sees_none_of_the_casework(cast: Cast, client: Client) -> None:
    case_with_waiting_steps(cast.school_a, cast.alice)

    page = desk(client, cast.gail)

    for words in [
        "Waiting for your approval",
        "Overdue steps",
        "New incidents",
        "Open cases",
        "Case 1",
        "/s/redscope/cases/",
        "/s/redscope/incidents/",
    ]:
        assert words not in page, words


def test_nothing_from_another_school_appears(cast: Cast, client: Client) -> None:
    other, _, _ = case_with_waiting_steps(cast.school_b, cast.bob)

    page = desk(client, cast.hana)

    assert other.poster_label not in page
    assert "No step is waiting for your approval." in page
    assert "No step is overdue." in page
    assert '<span class="sg-stat">0</span> open' in page
    assert '<span class="sg-stat">0</span> waiting for triage' in page
