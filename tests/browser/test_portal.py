"""The parents' pages in a real browser: axe-clean, keyboard order, 320 px wide, the draft check."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from schoolgate.cases.tests.analyzers import TEXT_ANALYZERS
from schoolgate.schools.models import Person
from schoolgate.test import Cast, make_cast
from tests.browser.conftest import accessibility_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGES = ["", "check/", "privacy/", "accessibility/"]


@pytest.fixture
def cast(transactional_db: None) -> Cast:
    settings.SCREENING_ANALYZERS = TEXT_ANALYZERS
    return make_cast(with_roster=True, with_policy=True)


@pytest.mark.parametrize("path", PAGES)
def test_each_parents_page_is_accessible_and_fits_320_pixels(
    cast: Cast, live_server, page: Page, path: str
) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/parents/redscope/{path}")
    assert accessibility_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Redscope Primary School")).to_be_focused()


def test_a_parent_checks_a_draft_by_keyboard_alone(cast: Cast, live_server, page: Page) -> None:
    person = Person.objects.filter(school=cast.school_a, kind="staff").exclude(title="").first()
    assert person is not None
    name = f"{person.title} {person.last_name}"
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(f"{live_server.url}/parents/redscope/check/")
    page.screenshot(path=str(SCREENSHOTS / "check.png"), full_page=True)
    draft = page.get_by_label("Your draft post")
    draft.focus()
    page.keyboard.type(f"{name} is a liar and everyone knows it.")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Check my draft")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="What we noticed in your draft")).to_be_visible()
    expect(page.get_by_text(f"“{name}” names a member of staff at the school.")).to_be_visible()
    expect(page.get_by_role("heading", name="This reads as an allegation")).to_be_visible()
    assert accessibility_violations(page) == []
    page.locator("#feedback").screenshot(path=str(SCREENSHOTS / "check-feedback.png"))
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
