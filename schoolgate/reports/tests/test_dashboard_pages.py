"""The dashboards as governors, the head and the trust see them, and who may see them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.test import Client

from schoolgate.reports.charts import Bar, bar_chart
from schoolgate.reports.figures import SUPPRESSED, shown
from schoolgate.reports.tests.figures_fixture import HANDLE, POST_TEXTS, build
from schoolgate.schools.models import Person
from schoolgate.test import Cast, sign_in

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
DASHBOARD = "/s/redscope/reports/"
TRUST_DASHBOARD = "/trust/brightwater/reports/"


@pytest.fixture
def figures_now(cast: Cast):
    build(cast)
    with time_machine.travel(NOW, tick=False):
        yield cast


def page(client: Client, user, url: str) -> str:
    response = sign_in(client, user).get(url)
    assert response.status_code == 200
    return response.content.decode()


def table_cell(html: str, row: str) -> str:
    """The first figure in the table row headed `row`."""
    match = re.search(
        rf'<th scope="row" class="govuk-table__header">{re.escape(row)}</th><td class="govuk-table__cell">([^<]*)</td>',
        html,
    )
    assert match, row
    return match[1]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, SUPPRESSED), (1, SUPPRESSED), (4, SUPPRESSED), (5, "5"), (1234, "1,234")],
)
def test_a_figure_under_5_is_shown_as_fewer_than_5(count: int, expected: str) -> None:
    assert shown(count, exact=False) == expected
    assert shown(count, exact=True) == f"{count:,}"


def test_a_suppressed_bar_has_no_length_and_says_fewer_than_5() -> None:
    svg = bar_chart(
        "Incidents by platform",
        "Facebook: fewer than 5.",
        [Bar("Facebook", None, SUPPRESSED), Bar("X", 7, "7")],
    )

    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" class="sg-chart" role="img"')
    assert "<title id=" in svg and "<desc id=" in svg
    assert re.findall(r'<rect [^>]*width="(\d+)"', svg) == ["0", "300"]
    assert ">fewer than 5</text>" in svg


def test_the_governor_sees_figures_suppressed_and_no_name_or_post(
    figures_now: Cast, client: Client
) -> None:
    html = page(client, figures_now.gail, DASHBOARD)

    assert table_cell(html, "Facebook") == SUPPRESSED
    assert table_cell(html, "Case opened") == SUPPRESSED
    assert 'role="img"' in html and "<title id=" in html
    assert 'To protect the people involved, any figure under 5 is shown as "fewer than 5".' in html
    assert_no_name_or_post(figures_now, html)


def test_the_head_sees_exact_figures(figures_now: Cast, client: Client) -> None:
    html = page(client, figures_now.hana, DASHBOARD)

    # The last 12 months: August's incident counts here, as it does not in the autumn term.
    assert table_cell(html, "Facebook") == "4"
    assert table_cell(html, "Case opened") == "4"
    assert table_cell(html, "October 2026") == "3"
    assert "6.5 days" in html
    assert_no_name_or_post(figures_now, html)


def test_the_trust_sees_its_schools_figures_suppressed(figures_now: Cast, client: Client) -> None:
    html = page(client, figures_now.trudy, TRUST_DASHBOARD)

    assert "Figures for Brightwater Learning Trust" in html
    assert "across 2 schools" in html
    assert table_cell(html, "Facebook") == SUPPRESSED
    assert_no_name_or_post(figures_now, html)


def assert_no_name_or_post(cast: Cast, html: str) -> None:
    for person in Person.objects.filter(school__in=[cast.school_a, cast.school_b]):
        assert person.last_name not in html, person.last_name
    for text in POST_TEXTS:
        assert text not in html
    assert HANDLE.lower() not in html.lower()


def test_roles_without_figures_are_refused_and_other_schools_see_nothing(
    cast: Cast, client: Client
) -> None:
    assert sign_in(client, cast.tom).get(DASHBOARD).status_code == 403
    assert sign_in(Client(), cast.olu).get(DASHBOARD).status_code == 403
    assert sign_in(Client(), cast.bob).get(DASHBOARD).status_code == 404
    assert sign_in(Client(), cast.bob).get(TRUST_DASHBOARD).status_code == 404
    assert sign_in(Client(), cast.hana).get(TRUST_DASHBOARD).status_code == 404
    assert sign_in(Client(), cast.gail).post(DASHBOARD).status_code == 405
    assert Client().get(TRUST_DASHBOARD).status_code == 302
