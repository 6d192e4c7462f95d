"""A DSL opens their set-up link, sets up an authenticator, reaches the home page, reads the policy."""

from __future__ import annotations

import base64
import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import Page, expect

from schoolgate.schools.tokens import set_up_path
from schoolgate.test import PASSWORD, Cast, make_cast
from tests.browser.conftest import accessibility_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db: None) -> Cast:
    return make_cast(with_roster=True, with_policy=True)


def test_a_dsl_signs_in_with_two_factor_and_reads_the_home_page(
    cast: Cast, live_server, page: Page
) -> None:
    page.goto(f"{live_server.url}/login/")
    assert accessibility_violations(page) == []
    page.get_by_label("Email address").fill("alice@redscope.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    # A password alone never sets up an authenticator: that needs the link she was sent.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your authenticator app is not set up"
    )
    assert accessibility_violations(page) == []

    page.goto(f"{live_server.url}{set_up_path(cast.alice)}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Choose a new password")
    assert accessibility_violations(page) == []
    page.get_by_label("New password", exact=True).fill(PASSWORD + " again")
    page.get_by_label("Type the new password again").fill(PASSWORD + " again")
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Set up your authenticator app")
    assert accessibility_violations(page) == []
    key = page.locator("code").inner_text().strip()
    code = f"{totp(base64.b32decode(key)):06d}"
    page.get_by_label("Code from your authenticator app").fill(code)
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Redscope Primary School")
    expect(page.get_by_text("Review overdue")).to_be_visible()
    assert accessibility_violations(page) == []

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.get_by_role("link", name="Policy", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/s/redscope/policy/")
    expect(page.get_by_text(re.compile("This policy is overdue for review"))).to_be_visible()
    assert accessibility_violations(page) == []
