"""The figures, the governors' report page and the policy review page in a real browser, with axe."""

from __future__ import annotations

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from schoolgate.reports.tests.figures_fixture import build
from schoolgate.schools.models import User
from schoolgate.test import Cast, make_cast, sign_in
from tests.browser.conftest import accessibility_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db: None) -> Cast:
    made = make_cast(with_roster=True, with_policy=True)
    build(made)
    return made


def signed_in(page: Page, live_server, user: User) -> None:
    """Carry a session with both factors given into the browser, as after a real sign-in."""
    client = sign_in(Client(), user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_a_governor_reads_the_figures_and_each_chart_has_its_table(
    cast: Cast, live_server, page: Page
) -> None:
    signed_in(page, live_server, cast.gail)
    page.goto(f"{live_server.url}/s/redscope/reports/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Figures")
    expect(page.get_by_role("img", name="Incidents by platform")).to_be_visible()
    page.get_by_text("Incidents by platform as a table").click()
    expect(page.get_by_role("row", name="Facebook fewer than 5")).to_be_visible()
    assert accessibility_violations(page) == []

    page.goto(f"{live_server.url}/s/redscope/reports/governors/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The governors' report")
    assert accessibility_violations(page) == []


def test_the_head_records_welfare_support_and_a_review_with_errors_linked(
    cast: Cast, live_server, page: Page
) -> None:
    signed_in(page, live_server, cast.hana)
    page.goto(f"{live_server.url}/s/redscope/reports/welfare-support/")
    page.get_by_role("button", name="Record support").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert accessibility_violations(page) == []

    page.goto(f"{live_server.url}/s/redscope/policy/review/")
    page.get_by_label("Month of the next review").fill("2027")
    page.get_by_role("button", name="Record the review and publish").click()
    page.get_by_role("link", name="Enter the month and year, for example 11/2027.").click()
    expect(page.get_by_label("Month of the next review")).to_be_focused()
    assert accessibility_violations(page) == []


def test_the_trust_reads_its_figures(cast: Cast, live_server, page: Page) -> None:
    signed_in(page, live_server, cast.trudy)
    page.goto(f"{live_server.url}/trust/brightwater/reports/")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Figures for Brightwater Learning Trust"
    )
    assert accessibility_violations(page) == []
