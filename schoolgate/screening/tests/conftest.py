"""The fictional cast of Redscope the tests screen posts about."""

from __future__ import annotations

import time
from typing import Any

import pytest

from schoolgate.screening import Person, Post, Roster, Screener

TEXT_ANALYZERS: list[dict[str, Any]] = [
    {"name": "schoolgate.screening.people.PeopleAnalyzer"},
    {"name": "schoolgate.screening.rules.RulesAnalyzer"},
]

# Runs a timing test takes the best of: a busy machine (another process on both cores) slowed
# one of two runs enough to fail a linear reading.
TIMED_RUNS = 3


def seconds_to_screen(screener: Screener, text: str) -> float:
    """The best of TIMED_RUNS times to screen `text`, in seconds."""
    best = float("inf")
    for _ in range(TIMED_RUNS):
        started = time.perf_counter()
        screener.screen(Post(text))
        best = min(best, time.perf_counter() - started)
    return best


ROSTER_HEADER = (
    "person_id,kind,title,first_name,last_name,preferred_name,role,year_group,class_name,"
    "related_to,consent_dojo,consent_website,consent_social_media,consent_press"
)
ROSTER_ROWS = [
    "st-hale,staff,Mr,Tobias,Hale,,Class teacher,3,Oak,,,,,",
    "st-ward,staff,Mrs,Kathryn,Ward,Kate,Headteacher,,,,,,,",
    "st-wood,staff,Miss,Emma,Wood,,Teaching assistant,3,Oak,,,,,",
    "st-bird,staff,Mrs,Brenda,Bird,,Crossing patrol,,,,,,,",
    "st-kowal,staff,Mrs,Krystyna,Kowalczyk,,SENCO,,,,,,,",
    "st-rice,staff,Mr,Declan,Rice,,Site manager,,,,,,,",
    "st-pell,staff,Miss,Harriet,Pellow,,Class teacher,2,Ash,,,,,",
    "gv-cast,governor,Mr,Rupert,Castellane,,Chair of governors,,,,,,,",
    "pu-jacob,pupil,,Jacob,Thornbury,,,3,Oak,,yes,yes,no,no",
    "pu-emma,pupil,,Emma,Fairweather,,,3,Oak,,yes,no,no,no",
    "pu-liz,pupil,,Elizabeth,Marchetti,Lizzie,,2,Ash,,yes,yes,yes,yes",
    "pa-dana,parent,Ms,Dana,Thornbury,,,,,pu-jacob,,,,",
]


@pytest.fixture(scope="session")
def roster_csv(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("roster") / "roster.csv"
    path.write_text("\n".join([ROSTER_HEADER, *ROSTER_ROWS]) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="session")
def roster(roster_csv: str) -> Roster:
    return Roster.from_csv(roster_csv)


@pytest.fixture(scope="session")
def screener(roster: Roster) -> Screener:
    return Screener(roster=roster, analyzers=TEXT_ANALYZERS)


@pytest.fixture(scope="session")
def bare_screener() -> Screener:
    return Screener(analyzers=TEXT_ANALYZERS)


def cast_member(roster: Roster, person_id: str) -> Person:
    person = roster.get(person_id)
    assert person is not None
    return person
