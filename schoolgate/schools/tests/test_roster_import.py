"""Importing and exporting the roster CSV: all or nothing, every error in one pass."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from schoolgate.schools.actions import RosterImportError, export_roster, import_roster
from schoolgate.schools.models import Person
from schoolgate.schools.roster import ROSTER_COLUMNS
from schoolgate.test import make_cast

HEADER = ",".join(ROSTER_COLUMNS)
GOOD = (
    "\n".join(
        [
            HEADER,
            "S001,staff,Mrs,Kathryn,Oakridge,Kate,Headteacher,,,,,,,",
            "S002,staff,Mr,Dev,Wood,,Class teacher,3,Cedar,,,,,",
            "P001,pupil,,Amara,Lomax,,,3,Cedar,,yes,yes,no,no",
            "P002,pupil,,Jasper,Lomax,Jas,,R,Acorns,,yes,no,no,no",
            "R001,parent,Ms,Nell,Lomax,,Parent,,,P001;P002,,,,",
            "G001,governor,Dr,Quinn,Varley,,Chair of governors,,,,,,,",
        ]
    )
    + "\n"
)


@pytest.fixture
def school(db):
    return make_cast().school_a


def test_it_imports_every_kind_of_person(school) -> None:
    result = import_roster(school, GOOD)
    assert (result.created, result.updated) == (6, 0)
    parent = Person.objects.get(school=school, person_id="R001")
    assert sorted(p.person_id for p in parent.related_pupils.all()) == ["P001", "P002"]
    pupil = Person.objects.get(school=school, person_id="P001")
    assert (pupil.consent_dojo, pupil.consent_social_media) == (True, False)
    assert Person.objects.get(person_id="S001").consent_dojo is None


def test_one_bad_row_refuses_the_whole_file_and_names_row_and_column(school) -> None:
    bad = GOOD.replace(
        "P001,pupil,,Amara,Lomax,,,3,Cedar,,yes,", "P001,pupil,,Amara,Lomax,,,3,Cedar,,maybe,"
    )
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, bad)
    assert refused.value.errors == ["row 4, consent_dojo: 'maybe' is not yes or no"]
    assert Person.objects.filter(school=school).count() == 0


def test_every_problem_is_reported_in_one_pass(school) -> None:
    bad = "\n".join(
        [
            HEADER,
            "S001,teacher,Mrs,Kathryn,,,,,,,,,,",
            "P001,pupil,,Amara,Lomax,,,9,Cedar,,yes,yes,no,",
            "P001,pupil,,Amir,Lomax,,,3,Cedar,,yes,yes,no,no",
            "R001,parent,Ms,Nell,Lomax,,Parent,,,P404,,,,",
            "S002,staff,Mr,Dev,Wood,,,,,,yes,,,",
            "X1,staff,Mr",
        ]
    )
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, bad)
    assert refused.value.errors == [
        "row 2, kind: 'teacher' is not one of pupil, staff, governor, parent",
        "row 2, last_name: is empty",
        "row 3, year_group: '9' is not one of N, R, 1, 2, 3, 4, 5, 6",
        "row 3, consent_press: '' is not yes or no",
        "row 4, person_id: 'P001' is also on row 3",
        "row 6, consent_dojo: photo consent is recorded for pupils only; leave it empty",
        "row 7: has 3 columns, expected 14",
        "row 5, related_to: 'P404' is not a pupil's person_id",
    ]


def test_a_wrong_header_is_refused_with_what_differs(school) -> None:
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, GOOD.replace("person_id,kind", "id,kind"))
    assert "missing person_id; unexpected id" in refused.value.errors[0]


def test_a_file_that_is_not_text_is_refused(school) -> None:
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    assert refused.value.errors == [
        "the file is not UTF-8 text; save it from your MIS as CSV (UTF-8)"
    ]


def test_reimporting_updates_people_without_duplicates(school) -> None:
    import_roster(school, GOOD)
    changed = GOOD.replace("Dev,Wood,,Class teacher,3,Cedar", "Dev,Wood,,Class teacher,4,Elm")
    result = import_roster(school, changed)
    assert (result.created, result.updated) == (0, 6)
    assert Person.objects.filter(school=school).count() == 6
    assert Person.objects.get(school=school, person_id="S002").class_name == "Elm"


def test_export_gives_the_same_csv_back(school) -> None:
    import_roster(school, GOOD)
    assert export_roster(school) == GOOD


def test_the_command_imports_and_reports(school, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(GOOD)
    out = StringIO()
    call_command("import_roster", str(roster), school="redscope", stdout=out)
    assert "6 people added, 0 updated" in out.getvalue()


def test_the_command_refuses_a_bad_file_naming_each_error(school, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(GOOD.replace(",yes,yes,no,no", ",yes,yes,no,perhaps"))
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_roster", str(roster), school="redscope", stderr=err)
    assert "row 4, consent_press: 'perhaps' is not yes or no" in err.getvalue()
    assert not Person.objects.exists()


def test_the_command_names_the_schools_when_the_slug_is_wrong(school, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"No school with slug 'redscop'.*hollowmere, redscope"):
        call_command("import_roster", str(tmp_path / "x.csv"), school="redscop")
