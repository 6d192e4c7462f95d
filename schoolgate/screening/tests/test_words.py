"""The words staff read: every category and flag has them, and people read as on the roster."""

from __future__ import annotations

from pathlib import Path

import pytest

from schoolgate.screening import CATEGORY_IDS, FLAG_IDS, POLICE_FLAGS, Person, Roster
from schoolgate.screening.categories import (
    CATEGORY_WORDS,
    FLAG_WORDS,
    person_words,
    words_for,
)
from schoolgate.screening.lexicon import CueSet
from schoolgate.screening.tests.conftest import cast_member


def test_every_category_and_flag_has_its_own_words() -> None:
    assert list(CATEGORY_WORDS) == list(CATEGORY_IDS)
    assert list(FLAG_WORDS) == list(FLAG_IDS)
    words = [words_for(label) for label in (*CATEGORY_IDS, *FLAG_IDS)]
    assert len(set(words)) == len(words)


def test_the_words_staff_read() -> None:
    assert words_for("complaint") == "Complaint about staff or the school"
    assert words_for("names_staff") == "Names a member of staff"
    assert words_for("police_threat_of_violence") == "Threat of violence: police indicator"
    assert words_for("police_racial_element") == "Racial element: police indicator"
    assert all(words_for(flag).endswith(": police indicator") for flag in POLICE_FLAGS)


def test_an_id_from_an_older_engine_still_reads_as_words() -> None:
    assert words_for("rude_about_school") == "Rude about school"


def test_a_teacher_reads_with_title_name_role_and_year() -> None:
    teacher = Person(
        "st-fenwick",
        "staff",
        "Rosa",
        "Fenwick",
        title="Mrs",
        role="Class teacher",
        year_group="5",
    )

    assert person_words(teacher) == "Mrs Rosa Fenwick, Class teacher, Year 5"


def test_the_preferred_name_and_class_are_used(roster: Roster) -> None:
    assert person_words(cast_member(roster, "st-ward")) == "Mrs Kate Ward, Headteacher"
    assert (
        person_words(cast_member(roster, "pu-liz")) == "Lizzie Marchetti, Pupil, Year 2, Ash class"
    )


def test_only_staff_and_governors_are_named_with_their_title(roster: Roster) -> None:
    assert person_words(cast_member(roster, "gv-cast")) == (
        "Mr Rupert Castellane, Chair of governors"
    )
    assert person_words(cast_member(roster, "pa-dana")) == "Dana Thornbury, Parent or carer"


DEMO_ROSTER = Path(__file__).parents[1] / "training" / "examples" / "demo_roster.csv"


@pytest.fixture(scope="module")
def demo_roster() -> Roster:
    return Roster.from_csv(str(DEMO_ROSTER))


def test_a_preferred_name_with_its_own_title_is_not_given_the_title_again(
    demo_roster: Roster,
) -> None:
    assert person_words(cast_member(demo_roster, "S05")) == (
        "Mrs K Kowalski, Teaching assistant, Year 3, Willow class"
    )


def test_no_demo_roster_name_repeats_its_title(demo_roster: Roster) -> None:
    for person in demo_roster.people:
        name = person_words(person).split(",")[0].split()
        assert name[0] != name[1], name


def test_a_role_in_lower_case_reads_with_a_capital_and_a_capitalised_role_as_written(
    demo_roster: Roster,
) -> None:
    assert person_words(cast_member(demo_roster, "S01")) == "Mrs Helen Ward, Headteacher"
    assert person_words(cast_member(demo_roster, "G01")) == (
        "Mr Richard Hughes, Chair of governors"
    )
    assert person_words(cast_member(demo_roster, "S08")) == "Ms Aisha Okafor, SENCO"
    assert person_words(cast_member(demo_roster, "S13")) == "Mr Ian Pickering, PE coach"


def test_a_cue_set_finds_cues_at_the_start_of_the_text_and_at_word_starts_in_order() -> None:
    """Cues anchored at the start of the post ("am I imagining it") match only there, beside
    cues that match wherever a word starts; the reasons come back in the order of the text."""
    cues = CueSet.build(
        [
            (r"\bstill waiting\b", "waits"),
            (r"^\W*(?:am i imagining it)\b", "hedges"),
            (r"\bnot impressed\b", "is unimpressed"),
        ]
    )
    found = cues.finditer("... am i imagining it, still waiting and not impressed")
    assert [(start, why) for start, _, why, _ in found] == [
        (0, "hedges"),
        (23, "waits"),
        (41, "is unimpressed"),
    ]
    assert [why for _, _, why, _ in cues.finditer("so, am i imagining it? still waiting")] == [
        "waits"
    ]
    assert cues.finditer("unimpressed, stillwaiting") == []
