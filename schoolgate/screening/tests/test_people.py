"""The people matcher's traps: case, typos, possessives, nicknames, initials, ordinary-word surnames, roles."""

from __future__ import annotations

import pytest

from schoolgate.screening import Roster
from schoolgate.screening.people import PeopleMatcher


@pytest.fixture(scope="module")
def matcher(roster: Roster) -> PeopleMatcher:
    return PeopleMatcher(roster)


def found(matcher: PeopleMatcher, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(m.text, m.person_id, m.kind, m.how) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Hale is late again", [("Mr Hale", "st-hale", "staff", "surname_with_title")]),
        ("mr hale is late again", [("mr hale", "st-hale", "staff", "surname_with_title")]),
        ("Mr Hael never replies", [("Mr Hael", None, "staff", "surname_with_title")]),
        (
            "Mrs Kowalcyzk said no",
            [("Mrs Kowalcyzk", "st-kowal", "staff", "misspelt_surname_with_title")],
        ),
        ("Mrs Kowalczyk's letter", [("Mrs Kowalczyk", "st-kowal", "staff", "surname_with_title")]),
        ("Tobias Hale again", [("Tobias Hale", "st-hale", "staff", "full_name")]),
        ("Kate Ward again", [("Kate Ward", "st-ward", "staff", "preferred_name")]),
        ("Katie Ward again", [("Katie Ward", "st-ward", "staff", "nickname")]),
        ("Mrs K never answers", [("Mrs K", "st-kowal", "staff", "initials")]),
        ("Lizzie was upset", [("Lizzie", "pu-liz", "pupil", "preferred_name")]),
        ("Beth was upset", [("Beth", "pu-liz", "pupil", "nickname")]),
        ("jacob was upset", [("jacob", "pu-jacob", "pupil", "first_name")]),
        ("Jacobb was upset", [("Jacobb", "pu-jacob", "pupil", "misspelt_first_name")]),
        ("Harriett Pellow", [("Harriett Pellow", "st-pell", "staff", "misspelt_full_name")]),
    ],
)
def test_it_finds_people_by_name(matcher: PeopleMatcher, text: str, expected: list) -> None:
    assert found(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we walked in the wood after school",
        "a bird got into the hall",
        "rice for lunch again",
        "Wood is cheaper than plastic",
        "i hit my head on the door",
    ],
)
def test_it_leaves_ordinary_words_alone(matcher: PeopleMatcher, text: str) -> None:
    assert found(matcher, text) == []


def test_it_takes_ordinary_word_surnames_with_a_title(matcher: PeopleMatcher) -> None:
    assert found(matcher, "Miss Wood and Mr Rice were great") == [
        ("Miss Wood", "st-wood", "staff", "surname_with_title"),
        ("Mr Rice", "st-rice", "staff", "surname_with_title"),
    ]


def test_it_reports_candidates_when_staff_and_a_pupil_share_a_first_name(
    matcher: PeopleMatcher,
) -> None:
    (emma,) = matcher.find("Emma was crying at pick up")

    assert emma.person_id is None
    assert emma.is_ambiguous
    assert {(c.person_id, c.kind) for c in emma.candidates} == {
        ("st-wood", "staff"),
        ("pu-emma", "pupil"),
    }
    assert emma.kind == "pupil"


def test_it_finds_a_parent_through_their_child(matcher: PeopleMatcher) -> None:
    people = found(matcher, "Jacob's mum is always shouting")

    assert ("Jacob's mum", "pa-dana", "parent", "role") in people
    assert ("Jacob", "pu-jacob", "pupil", "first_name") in people


@pytest.mark.parametrize(
    ("text", "person_id", "kind"),
    [
        ("the head is hopeless", "st-ward", "staff"),
        ("the headteacher is hopeless", "st-ward", "staff"),
        ("the Year 3 teacher is hopeless", "st-hale", "staff"),
        ("the Ash class teacher is hopeless", "st-pell", "staff"),
        ("the lollipop lady is hopeless", "st-bird", "staff"),
        ("the crossing patrol lady is hopeless", "st-bird", "staff"),
        ("the SENCO is hopeless", "st-kowal", "staff"),
        ("the caretaker is hopeless", "st-rice", "staff"),
        ("the site manager is hopeless", "st-rice", "staff"),
        ("the Year 3 TA is hopeless", "st-wood", "staff"),
        ("the chair of governors is hopeless", "gv-cast", "governor"),
        ("the dinner lady is hopeless", None, "staff"),
        ("the deputy head is hopeless", None, "staff"),
    ],
)
def test_it_finds_people_by_role(
    matcher: PeopleMatcher, text: str, person_id: str | None, kind: str
) -> None:
    (person,) = matcher.find(text)

    assert (person.person_id, person.kind, person.how) == (person_id, kind, "role")


def test_the_teachers_or_the_school_identify_nobody(matcher: PeopleMatcher) -> None:
    assert found(matcher, "the teachers at the school never listen") == []


def test_without_a_roster_titles_and_roles_still_identify_staff() -> None:
    matcher = PeopleMatcher()

    assert found(matcher, "Mrs Ashdown and the lollipop man") == [
        ("Mrs Ashdown", None, "staff", "surname_with_title"),
        ("the lollipop man", None, "staff", "role"),
    ]


def test_spans_point_at_the_original_text(matcher: PeopleMatcher) -> None:
    text = "Honestly, MR HALE's class again"
    (person,) = matcher.find(text)

    assert text[person.start : person.end] == "MR HALE"
