"""The harassment indicator: the same poster targeting the same person on two or more occasions."""

from __future__ import annotations

import pytest

from schoolgate.cases.actions import (
    ActionRefused,
    StepRecord,
    add_to_case,
    confirm_indicator,
    open_case,
    open_case_for_poster,
    record_step,
    review_category,
    screen_incident,
)
from schoolgate.cases.models import Incident
from schoolgate.cases.tests.conftest import member, parent, staff_member
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast


def confirm(cast: Cast, incident: Incident, category: str) -> None:
    """A DSL confirms a category on a screened incident, as staff do on the incident page."""
    screen_incident(incident.pk)
    screening = incident.current_screening()
    assert screening is not None
    engine_said = category in screening.decided_categories()
    review_category(
        member(cast, cast.alice),
        incident,
        category,
        True,
        "" if engine_said else "Staff read it as abusive.",
    )


def test_two_critical_posts_about_the_same_teacher_raise_no_indicator(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    poster, teacher = parent(cast), staff_member(cast, "Class teacher, Year 3")
    first = logged("She can't teach.", poster=poster, targets=[teacher])
    case = open_case(alice, first)
    confirm(cast, first, "complaint")
    second = logged("Still can't teach, still here.", poster=poster, targets=[teacher])
    assert open_case_for_poster(second) == case
    add_to_case(alice, second, case)
    confirm(cast, second, "complaint")
    case.refresh_from_db()
    assert not case.has_harassment_indicator and not case.has_police_indicator


def test_two_confirmed_offensive_posts_raise_an_advisory_indicator_a_dsl_confirms(
    cast: Cast, logged
) -> None:
    alice = member(cast, cast.alice)
    poster, teacher = parent(cast), staff_member(cast, "Class teacher, Year 3")
    first = logged("She is a vile disgusting pig.", poster=poster, targets=[teacher])
    case = open_case(alice, first)
    confirm(cast, first, "offensive_about_person")
    second = logged("That pig should be ashamed.", poster=poster, targets=[teacher])
    add_to_case(alice, second, case)
    case.refresh_from_db()
    assert not case.has_harassment_indicator  # one confirmed occasion is not a course of conduct
    confirm(cast, second, "offensive_about_person")
    case.refresh_from_db()
    assert case.has_harassment_indicator and case.has_police_indicator
    assert not case.is_harassment_confirmed and not case.is_police_confirmed
    with pytest.raises(ActionRefused, match="The informal discussion with the parent comes first"):
        record_step(alice, case, StepRecord("written_warning"))
    with pytest.raises(ActionRefused, match="cannot act on cases"):
        confirm_indicator(member(cast, cast.olu), case, "harassment", "Looks like it.")
    with pytest.raises(ActionRefused, match="Give the reason for confirming"):
        confirm_indicator(alice, case, "harassment", " ")
    confirm_indicator(alice, case, "harassment", "Two abusive posts about Mrs X in a week.")
    case.refresh_from_db()
    assert case.is_harassment_confirmed and case.harassment_confirmed_by == cast.alice
    event = AuditEvent.objects.filter(school=cast.school_a, verb="confirmed indicator").get()
    assert event.details == {
        "indicator": "harassment",
        "reason": "Two abusive posts about Mrs X in a week.",
    }


def test_different_people_on_each_occasion_do_not(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    poster = parent(cast)
    first = logged("one", poster=poster, targets=[staff_member(cast, "Class teacher, Year 3")])
    case = open_case(alice, first)
    confirm(cast, first, "offensive_about_person")
    second = logged("two", poster=poster, targets=[staff_member(cast, "Class teacher, Year 4")])
    add_to_case(alice, second, case)
    confirm(cast, second, "offensive_about_person")
    case.refresh_from_db()
    assert not case.has_harassment_indicator


def test_an_unknown_handle_is_followed_across_incidents(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    head = staff_member(cast, "Headteacher")
    first = logged("a", account_handle="@gatewatcher", targets=[head])
    case = open_case(alice, first)
    confirm(cast, first, "discrimination")
    second = logged("b", account_handle="@GateWatcher", targets=[head])
    assert open_case_for_poster(second) == case
    add_to_case(alice, second, case)
    confirm(cast, second, "violence")
    case.refresh_from_db()
    assert case.has_harassment_indicator


def test_an_incident_joins_only_its_posters_case(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(poster=parent(cast, 0)))
    with pytest.raises(ActionRefused, match="same poster"):
        add_to_case(alice, logged(poster=parent(cast, 1)), case)
