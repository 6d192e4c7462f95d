"""Bad roster data is refused by row and column, never a server error; the export stays text."""

from __future__ import annotations

import csv
import io
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils.html import escape

from schoolgate.schools.actions import RosterImportError, export_roster, import_roster
from schoolgate.schools.models import Person, School
from schoolgate.schools.tests.test_roster_import import GOOD, HEADER
from schoolgate.screening.roster import neutralise_formula, restore_formula
from schoolgate.test import Cast, make_cast, sign_in

LONG_NAME = "A" * 101
HUGE_CELL = "x" * 131_073


def roster(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


BAD_FILES = {
    "over-long field": (
        roster(f"S001,staff,Mrs,{LONG_NAME},Oakridge,,Headteacher,,,,,,,"),
        ["row 2, first_name: is 101 characters long; the most is 100"],
    ),
    "NUL byte": (
        roster("P001,pupil,,Am\x00ara,Lomax,,,3,Cedar,,yes,yes,no,no"),
        ["row 2, first_name: contains a control character (U+0000); retype the cell without it"],
    ),
    "line break in a name": (
        roster('P001,pupil,,"Amara\nLomax",Lomax,,,3,Cedar,,yes,yes,no,no'),
        ["row 2, first_name: contains a control character (U+000A); retype the cell without it"],
    ),
    "oversized cell": (
        roster("S001,staff,Mrs,Kathryn,Oakridge,,Head" + "d" * 997 + ",,,,,,,"),
        ["row 2, role: is 1,001 characters long; a roster cell holds at most 1,000"],
    ),
    "cell past the CSV reader's limit": (
        roster(
            "S001,staff,Mrs,Kathryn,Oakridge,,Headteacher,,,,,,,",
            f"S002,staff,Mr,Dev,{HUGE_CELL},,,,,,,,,",
            "S003,staff,Mr,Dev,Wood,,,,,,yes,,,",
        ),
        [
            "row 3: a cell is longer than 131,072 characters; a roster cell holds at most 1,000",
            "row 4, consent_dojo: photo consent is recorded for pupils only; leave it empty",
        ],
    ),
    "related_to a person who is not a pupil": (
        roster(
            "S001,staff,Mrs,Kathryn,Oakridge,,Headteacher,,,,,,,",
            "R001,parent,Ms,Nell,Lomax,,Parent,,,S001;R001,,,,",
        ),
        [
            "row 3, related_to: 'S001' is staff, not a pupil",
            "row 3, related_to: 'R001' is a parent or carer, not a pupil",
        ],
    ),
}


@pytest.fixture
def school(db):
    return make_cast().school_a


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_data_is_refused_by_row_and_column(school, name: str) -> None:
    content, errors = BAD_FILES[name]
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, content.encode())
    assert refused.value.errors == errors
    assert not Person.objects.filter(school=school).exists()


def test_every_kind_of_bad_data_is_reported_in_one_pass(school) -> None:
    content = roster(
        f"S001,staff,Mrs,{LONG_NAME},Oakridge,,Head" + "d" * 1000 + ",,,,,,,",
        "P001,pupil,,Am\x00ara,Lomax,,,3,Cedar,,maybe,yes,no,no",
        "R001,parent,Ms,Nell,Lomax,,Parent,,,S001,,,,",
    )
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, content)
    assert refused.value.errors == [
        "row 2, first_name: is 101 characters long; the most is 100",
        "row 2, role: is 1,004 characters long; a roster cell holds at most 1,000",
        "row 3, first_name: contains a control character (U+0000); retype the cell without it",
        "row 3, consent_dojo: 'maybe' is not yes or no",
        "row 4, related_to: 'S001' is staff, not a pupil",
    ]


def test_a_pupil_who_becomes_staff_in_this_import_cannot_stay_a_parents_child(school) -> None:
    import_roster(school, GOOD)
    changed = GOOD.replace(
        "P001,pupil,,Amara,Lomax,,,3,Cedar,,yes,yes,no,no",
        "P001,staff,Ms,Amara,Lomax,,Teaching assistant,,,,,,,",
    )
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, changed)
    assert refused.value.errors == ["row 6, related_to: 'P001' is staff, not a pupil"]
    assert Person.objects.get(school=school, person_id="P001").kind == "pupil"


def test_a_pupil_who_became_staff_earlier_cannot_be_named_as_a_child(school) -> None:
    import_roster(school, roster("P001,staff,Ms,Amara,Lomax,,Teaching assistant,,,,,,,"))
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, roster("R001,parent,Ms,Nell,Lomax,,Parent,,,P001,,,,"))
    assert refused.value.errors == ["row 2, related_to: 'P001' is staff, not a pupil"]


def test_a_pupil_cannot_stop_being_one_while_a_parent_not_in_the_file_is_theirs(school) -> None:
    import_roster(school, GOOD)
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, roster("P002,staff,Mr,Jasper,Lomax,,Caretaker,,,,,,,"))
    assert refused.value.errors == [
        "row 2, kind: 'P002' cannot stop being a pupil while 'R001', a parent or carer not in "
        "this file, is related to them; add 'R001' to the file with their related_to changed"
    ]
    moved = GOOD.replace(
        "P002,pupil,,Jasper,Lomax,Jas,,R,Acorns,,yes,no,no,no",
        "P002,staff,Mr,Jasper,Lomax,,Caretaker,,,,,,,",
    ).replace("P001;P002", "P001")
    import_roster(school, moved)
    parent = Person.objects.get(school=school, person_id="R001")
    assert [p.person_id for p in parent.related_pupils.all()] == ["P001"]


def test_a_file_of_too_many_rows_is_refused(school) -> None:
    rows = [f"S{n:05},staff,Mr,Dev,Wood,,,,,,,,," for n in range(10_001)]
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, roster(*rows))
    assert refused.value.errors == [
        "the file has more than 10,000 rows of people; is it a roster CSV?"
    ]


def test_a_header_cell_is_quoted_short_and_without_control_characters(school) -> None:
    content = GOOD.replace("person_id,", "id\x00" + "x" * 200 + ",", 1)
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, content)
    assert refused.value.errors[0].endswith(
        "(missing person_id; unexpected id\ufffd" + "x" * 37 + "…)"
    )


@pytest.mark.parametrize("name", BAD_FILES)
def test_the_upload_page_lists_bad_data_and_imports_nothing(
    cast: Cast, client: Client, name: str
) -> None:
    content, errors = BAD_FILES[name]
    before = Person.objects.filter(school=cast.school_a).count()
    upload = SimpleUploadedFile("roster.csv", content.encode(), content_type="text/csv")
    response = sign_in(client, cast.olu).post("/s/redscope/people/import/", {"file": upload})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was imported" in page
    for error in errors:
        assert f"<li>{escape(error)}</li>" in page
    assert Person.objects.filter(school=cast.school_a).count() == before


def test_the_command_lists_bad_data_and_imports_nothing(school, tmp_path: Path) -> None:
    file = tmp_path / "roster.csv"
    content, errors = BAD_FILES["NUL byte"]
    file.write_bytes(content.encode())
    err = StringIO()
    with pytest.raises(CommandError, match=r"^1 problem\(s\) in .*; nothing was imported\.$"):
        call_command("import_roster", str(file), school="redscope", stderr=err)
    assert err.getvalue() == errors[0] + "\n"
    assert not Person.objects.exists()


FORMULAS = [
    '=HYPERLINK("http://evil.example","Click")',
    "+44 1632 960000",
    "-Smith",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturned",
    "'=quoted by hand",
    "'t Hooft",
]


def cells(csv_text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(csv_text, newline="")))


def staff_named(school: School, first_names: list[str]) -> None:
    """Staff with these names as they might already be stored, whatever the import allows."""
    for n, first_name in enumerate(first_names):
        Person.objects.create(
            school=school, person_id=f"S{n}", kind="staff", first_name=first_name, last_name="Oak"
        )


def test_the_export_quotes_cells_a_spreadsheet_would_run(school) -> None:
    staff_named(school, FORMULAS)
    exported = cells(export_roster(school))[1:]
    assert [row[3] for row in exported] == [
        '\'=HYPERLINK("http://evil.example","Click")',
        "'+44 1632 960000",
        "'-Smith",
        "'@SUM(A1:A2)",
        "'\tTabbed",
        "'\rReturned",
        "''=quoted by hand",
        "'t Hooft",
    ]


def test_an_exported_roster_imports_back_unchanged(db) -> None:
    cast = make_cast()
    school, other = cast.school_a, cast.school_b
    printable = [name for name in FORMULAS if not name.startswith(("\t", "\r"))]
    staff_named(school, printable)
    import_roster(school, roster("P001,pupil,,-Ada,Lomax,,,3,Cedar,,yes,no,no,no"))
    import_roster(school, roster("R001,parent,,Nell,=Lomax,,,,,P001,,,,"))
    exported = export_roster(school)
    import_roster(other, exported)
    assert export_roster(other) == exported
    names = dict(Person.objects.filter(school=other).values_list("person_id", "first_name"))
    assert [names[f"S{n}"] for n in range(len(printable))] == printable
    assert names["P001"] == "-Ada"
    assert Person.objects.get(school=other, person_id="R001").last_name == "=Lomax"


def test_control_characters_exported_from_old_data_are_refused_on_import(school) -> None:
    staff_named(school, ["\tTabbed"])
    with pytest.raises(RosterImportError) as refused:
        import_roster(school, export_roster(school))
    assert refused.value.errors == [
        "row 2, first_name: contains a control character (U+0009); retype the cell without it"
    ]


@pytest.mark.parametrize("value", [*FORMULAS, "", "'", "''", "-", "plain", "'''+x", " =x"])
def test_quoting_and_unquoting_give_back_every_value(value: str) -> None:
    assert restore_formula(neutralise_formula(value)) == value
