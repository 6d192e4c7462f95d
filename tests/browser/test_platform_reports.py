"""A DSL copies a pre-filled platform report; the safeguarding banner and privacy notes (axe-checked)."""

from __future__ import annotations

import re
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
from schoolgate.cases.models import Incident
from schoolgate.schools.access import get_member
from schoolgate.schools.models import Person
from schoolgate.test import Cast, make_cast
from tests.browser.conftest import accessibility_violations, sign_in_as

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POST = "Mr Staff grabbed a child in the playground and hurt her."


@pytest.fixture
def cast(transactional_db: None, settings: Any, tmp_path: Path) -> Cast:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return make_cast(with_roster=True, with_policy=True)


def test_a_dsl_copies_the_pack_and_confirms_a_safeguarding_allegation(
    cast: Cast, live_server: Any, page: Page
) -> None:
    alice = get_member(cast.alice, "redscope")
    staff = Person.objects.filter(school=cast.school_a, kind="staff").order_by("pk").first()
    poster = Person.objects.filter(school=cast.school_a, kind="parent").order_by("pk").first()
    assert staff is not None
    incident = log_incident(
        alice,
        IncidentReport(
            platform="facebook",
            text=POST,
            permalink="https://facebook.example/posts/1",
            poster=poster,
            targets=[staff],
        ),
    )
    Incident.objects.filter(pk=incident.pk).update(categories=["allegation", "photo_of_others"])
    case = open_case(alice, incident)
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    base = f"{live_server.url}/s/redscope/cases/{case.number}"

    sign_in_as(page, live_server.url, cast.alice)
    page.goto(f"{base}/platform-report/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Report to the platform")
    expect(page.get_by_role("button", name="Copy the words of the post")).to_be_visible()
    copy = page.locator('button[data-copies="pack-words"]')
    copy.click()
    # Headless Chromium may refuse the clipboard; either way the button says what happened.
    expect(copy).to_have_text(re.compile("^(Copied|Select the text to copy it)$"))
    assert accessibility_violations(page) == []

    page.goto(f"{base}/")
    page.get_by_role("button", name="This alleges harm to a child").click()
    banner = page.get_by_role("region", name="Safeguarding")
    expect(banner).to_contain_text("harmed a child")
    assert accessibility_violations(page) == []

    page.goto(f"{base}/privacy-notes/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Notes to other pupils' parents")
    assert accessibility_violations(page) == []
    page.goto(f"{base}/operator-notice/")
    assert accessibility_violations(page) == []
