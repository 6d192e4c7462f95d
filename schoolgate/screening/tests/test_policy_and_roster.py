"""The policy lines and the roster the engine reads from a school's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from schoolgate.screening import CATEGORY_IDS, Policy, PolicyError, Roster, RosterError, Screener
from schoolgate.screening.categories import DEFAULT_POLICY_LINES
from schoolgate.screening.tests.conftest import ROSTER_HEADER

REDSCOPE = Path(__file__).resolve().parents[2] / "policies" / "library" / "redscope.yaml"


def test_each_category_points_to_the_schools_own_policy_line() -> None:
    screener = Screener(policy=REDSCOPE, analyzers=[])

    assessment = screener.screen("anything")

    assert assessment.categories["dojo_photo"].policy_line.startswith(
        "Saving photographs from Dojo and then sharing on social media."
    )
    assert set(assessment.categories) == set(CATEGORY_IDS)


def test_without_a_policy_the_lines_are_labelling_mds() -> None:
    assessment = Screener(analyzers=[]).screen("anything")

    assert {c: j.policy_line for c, j in assessment.categories.items()} == DEFAULT_POLICY_LINES


def test_police_flags_carry_the_police_trigger_wording(roster: Roster) -> None:
    screener = Screener(roster=roster, policy=REDSCOPE)

    assessment = screener.screen("Mr Hale is a drunk and someone should give him a slap")

    assert assessment.police_lines == {"police_threat_of_violence": "or is threatening violence"}


def test_an_unknown_category_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("categories:\n  - id: gossip\n    wording: Gossiping\n", encoding="utf-8")

    with pytest.raises(PolicyError, match=r"categories\[0\]: unknown category id 'gossip'"):
        Policy.from_yaml(path)


def test_a_roster_with_bad_rows_reports_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    rows = [
        ROSTER_HEADER,
        "p1,pupil,,Ada,Lovegood,,,3,Oak,,maybe,yes,no,no",
        "p2,alien,,Zed,Zorg,,,3,Oak,,yes,yes,no,no",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    with pytest.raises(RosterError) as raised:
        Roster.from_csv(path)

    assert "row 2, consent_dojo: 'maybe' is not yes or no" in str(raised.value)
    assert "row 3, kind: 'alien'" in str(raised.value)


def test_a_roster_with_the_wrong_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("id,name\n1,Ada\n", encoding="utf-8")

    with pytest.raises(RosterError, match="header must be exactly"):
        Roster.from_csv(path)


def test_the_roster_keeps_relations_and_consents(roster: Roster) -> None:
    dana = roster.get("pa-dana")
    jacob = roster.get("pu-jacob")

    assert dana is not None and dana.related_to == ("pu-jacob",)
    assert jacob is not None and jacob.consents == {
        "dojo": True,
        "website": True,
        "social_media": False,
        "press": False,
    }


def test_the_roster_reader_takes_back_the_quote_the_export_adds(tmp_path) -> None:
    from schoolgate.screening.roster import ROSTER_HEADER, Roster, neutralise_formula

    path = tmp_path / "roster.csv"
    row = dict.fromkeys(ROSTER_HEADER, "")
    row.update(person_id="S9", kind="staff", title="Mrs", first_name="-Ada", last_name="=Vale")
    cells = [neutralise_formula(row[column]) for column in ROSTER_HEADER]
    assert cells[ROSTER_HEADER.index("first_name")] == "'-Ada"
    path.write_text(",".join(ROSTER_HEADER) + "\n" + ",".join(cells) + "\n")
    person = Roster.from_csv(path).get("S9")
    assert person is not None
    assert (person.first_name, person.last_name) == ("-Ada", "=Vale")
