"""The dashboards' figures against a hand-counted set of incidents and cases."""

from __future__ import annotations

import datetime as dt

import pytest

from schoolgate.reports import figures
from schoolgate.reports.figures import Span, Tally
from schoolgate.reports.tests.figures_fixture import build
from schoolgate.schools.models import School
from schoolgate.test import Cast

SPAN = Span.of_days(dt.date(2026, 9, 1), dt.date(2026, 11, 30))


@pytest.fixture
def redscope(cast: Cast):
    build(cast)
    return School.objects.filter(pk=cast.school_a.pk)


def counts(tallies: list[Tally]) -> dict[str, int]:
    return {t.label: t.count for t in tallies}


def test_incidents_are_counted_by_category_platform_and_month(redscope) -> None:
    incidents = figures.incidents_in(redscope, SPAN)

    assert counts(figures.incidents_by_category(incidents)) == {
        "Allegation or cyber-bullying": 1,
        "Complaint about staff or the school": 2,
        "Defamatory statement": 1,
        "Offensive comment about a person": 1,
        "Threatens or encourages violence": 1,
        "Discriminatory comment": 0,
        "Photo showing other children or staff": 1,
        "Photo shared from Dojo or the school's app": 0,
    }
    assert {k: v for k, v in counts(figures.incidents_by_platform(incidents)).items() if v} == {
        "Facebook": 3,
        "Instagram": 1,
        "X (Twitter)": 1,
        "WhatsApp": 1,
    }
    assert counts(figures.incidents_by_month(incidents, SPAN)) == {
        "September 2026": 2,
        "October 2026": 3,
        "November 2026": 1,
    }


def test_the_funnel_counts_how_far_cases_went_and_how_they_closed(redscope) -> None:
    assert counts(figures.procedure_funnel(figures.cases_opened_in(redscope, SPAN))) == {
        "Case opened": 4,
        "Informal discussion": 3,
        "Written warning": 1,
        "Report to the platform": 2,
        "Blocking": 0,
        "Legal advice or action": 0,
        "Police referral": 0,
        "Closed": 3,
    }
    assert {
        k: v
        for k, v in counts(figures.outcomes(figures.cases_closed_in(redscope, SPAN))).items()
        if v
    } == {"Removed after discussion": 1, "Removed by the platform": 1, "No action": 1}


def test_median_days_to_removal_runs_from_logging_to_the_follow_up(redscope) -> None:
    median = figures.median_days_to_removal(figures.cases_closed_in(redscope, SPAN))

    assert median == figures.Median(days=6.5, cases=2)  # 3 days and 10 days


def test_takedowns_are_counted_by_platform(redscope) -> None:
    assert figures.takedown_by_platform(redscope, SPAN) == [
        figures.Takedown("Facebook", reported=1, answered=0, removed=0),
        figures.Takedown("Instagram", reported=1, answered=1, removed=1),
    ]


def test_repeat_posters_are_counted_by_person_or_handle_in_any_spelling(redscope) -> None:
    assert figures.repeat_posters(figures.incidents_in(redscope, SPAN)) == figures.RepeatPosters(
        posters=4, repeat_posters=2, incidents_by_repeat_posters=4
    )


def test_another_schools_incidents_are_not_counted(cast: Cast, redscope) -> None:
    hollowmere = School.objects.filter(pk=cast.school_b.pk)

    assert figures.incidents_in(hollowmere, SPAN).count() == 0
    assert figures.incidents_in(School.objects.filter(trust=cast.trust), SPAN).count() == 6
