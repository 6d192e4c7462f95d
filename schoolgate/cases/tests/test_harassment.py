"""The harassment indicator: the same poster targeting the same person on two or more occasions."""

from __future__ import annotations

from schoolgate.cases.actions import add_to_case, open_case, open_case_for_poster
from schoolgate.cases.tests.conftest import member, parent, staff_member
from schoolgate.test import Cast


def test_two_incidents_against_the_same_person_raise_the_indicator(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    poster, teacher = parent(cast), staff_member(cast, "Class teacher, Year 3")
    first = logged("She can't teach.", poster=poster, targets=[teacher])
    case = open_case(alice, first)
    assert not case.has_harassment_indicator and not case.has_police_indicator
    second = logged("Still can't teach, still here.", poster=poster, targets=[teacher])
    assert open_case_for_poster(second) == case
    add_to_case(alice, second, case)
    case.refresh_from_db()
    assert case.has_harassment_indicator and case.has_police_indicator


def test_different_people_on_each_occasion_do_not(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    poster = parent(cast)
    case = open_case(
        alice, logged("one", poster=poster, targets=[staff_member(cast, "Class teacher, Year 3")])
    )
    add_to_case(
        alice,
        logged("two", poster=poster, targets=[staff_member(cast, "Class teacher, Year 4")]),
        case,
    )
    case.refresh_from_db()
    assert not case.has_harassment_indicator


def test_an_unknown_handle_is_followed_across_incidents(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    head = staff_member(cast, "Headteacher")
    case = open_case(alice, logged("a", account_handle="@gatewatcher", targets=[head]))
    second = logged("b", account_handle="@GateWatcher", targets=[head])
    assert open_case_for_poster(second) == case
    add_to_case(alice, second, case)
    case.refresh_from_db()
    assert case.has_harassment_indicator


def test_an_incident_joins_only_its_posters_case(cast: Cast, logged) -> None:
    import pytest

    from schoolgate.cases.actions import ActionRefused

    alice = member(cast, cast.alice)
    case = open_case(alice, logged(poster=parent(cast, 0)))
    with pytest.raises(ActionRefused, match="same poster"):
        add_to_case(alice, logged(poster=parent(cast, 1)), case)
