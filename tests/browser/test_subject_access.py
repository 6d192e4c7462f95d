"""Subject access pages and a case's legal hold in a real browser, with axe."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from schoolgate.cases.actions import IncidentReport, close_case, log_incident, open_case
from schoolgate.schools.access import get_member
from schoolgate.schools.models import User
from schoolgate.test import Cast, make_cast, sign_in
from tests.browser.conftest import accessibility_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db: None) -> Cast:
    return make_cast(with_roster=True, with_policy=True)


def signed_in(page: Page, live_server, user: User) -> None:
    client = sign_in(Client(), user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_the_dsl_logs_a_request_with_errors_linked_and_sees_its_clock(
    cast: Cast, live_server, page: Page
) -> None:
    signed_in(page, live_server, cast.alice)
    page.goto(f"{live_server.url}/s/redscope/reports/subject-access/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Subject access requests")
    page.get_by_role("button", name="Log the request").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert accessibility_violations(page) == []

    page.get_by_label("MIS person id of the person the request is about").fill("R001")
    page.get_by_label("Who made the request").fill("Theo Fairhurst")
    page.get_by_label("Date the request was received").fill(dt.date.today().isoformat())
    page.get_by_role("button", name="Log the request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("About Theo Fairhurst")
    expect(page.get_by_role("link", name="Download as PDF")).to_be_visible()
    assert accessibility_violations(page) == []


def test_the_head_puts_a_closed_case_on_a_legal_hold(cast: Cast, live_server, page: Page) -> None:
    hana = get_member(cast.hana, "redscope")
    incident = log_incident(hana, IncidentReport(platform="facebook", text="A fictional post."))
    case = close_case(hana, open_case(hana, incident), "no_action", "Nothing more to do.")
    signed_in(page, live_server, cast.hana)
    page.goto(f"{live_server.url}/s/redscope/cases/{case.number}/")
    page.get_by_label("Why the case must be kept beyond its retention period").fill(
        "A claim is being considered."
    )
    page.get_by_role("button", name="Put the case on a legal hold").click()
    expect(page.get_by_text(f"Case {case.number} is on a legal hold.")).to_be_visible()
    expect(page.get_by_role("button", name="Lift the legal hold")).to_be_visible()
    assert accessibility_violations(page) == []
