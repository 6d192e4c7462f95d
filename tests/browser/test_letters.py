"""A DSL writes, edits and prints a warning letter; the head words the school's letters (axe-checked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from schoolgate.cases.actions import (
    IncidentReport,
    StepRecord,
    log_incident,
    open_case,
    record_step,
)
from schoolgate.schools.access import get_member
from schoolgate.schools.models import Person
from schoolgate.test import Cast, make_cast
from tests.browser.conftest import accessibility_violations, sign_in_as

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POST = "Mrs Ashdown shouts at our children, keep away from her class."


@pytest.fixture
def cast(transactional_db: None, settings: Any, tmp_path: Path) -> Cast:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return make_cast(with_roster=True, with_policy=True)


def test_a_dsl_writes_previews_and_prints_the_warning_letter(
    cast: Cast, live_server: Any, page: Page
) -> None:
    alice = get_member(cast.alice, "redscope")
    poster = Person.objects.filter(school=cast.school_a, kind="parent").order_by("pk").first()
    incident = log_incident(alice, IncidentReport(platform="facebook", text=POST, poster=poster))
    case = open_case(alice, incident)
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))

    sign_in_as(page, live_server.url, cast.alice)
    page.goto(f"{live_server.url}/s/redscope/cases/{case.number}/")
    page.get_by_role("button", name="Write the warning letter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Written warning")
    expect(page.get_by_role("heading", name="Preview")).to_be_visible()
    expect(page.locator(".sg-letter-preview")).to_contain_text(POST)
    assert accessibility_violations(page) == []

    body = page.get_by_label("Letter", exact=True)
    body.fill("Dear {parent_name},\n\n{posts}\n\nPlease remove it by {removal_deadline}. {oops}")
    page.get_by_role("button", name="Save and preview").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "A written warning has no field {oops}."
    )
    assert accessibility_violations(page) == []
    page.locator(".govuk-error-summary a").first.click()
    expect(page.get_by_label("Letter", exact=True)).to_be_focused()

    page.get_by_label("Letter", exact=True).fill(
        "Dear {parent_name},\n\n{posts}\n\nPlease remove it by {removal_deadline}."
    )
    page.get_by_label("Remove the posts by").fill("2026-12-07")
    page.get_by_role("button", name="Save and preview").click()
    expect(page.locator(".sg-letter-preview")).to_contain_text(
        "Please remove it by 7 December 2026."
    )
    page.get_by_role("button", name="Record as printed").click()
    expect(page.get_by_text("The letter is recorded as printed and posted")).to_be_visible()
    assert accessibility_violations(page) == []
    page.get_by_role("link", name=f"Case {case.number}").click()
    expect(page.locator("#letters + table")).to_contain_text("Printed and posted")


def test_the_head_edits_the_schools_wording(cast: Cast, live_server: Any, page: Page) -> None:
    sign_in_as(page, live_server.url, cast.hana)
    page.get_by_role("link", name="Letters").click()
    assert accessibility_violations(page) == []
    page.get_by_role("link", name="Invitation to meet").click()
    page.get_by_label("Letter", exact=True).fill("Dear {parent_name}, about {child}.")
    page.get_by_role("button", name="Save the wording").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "An invitation to meet has no field {child}."
    )
    assert accessibility_violations(page) == []
