"""The incident form's person search, typed into with a keyboard in a real browser."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from schoolgate.schools.models import Person
from schoolgate.test import Cast
from tests.browser.conftest import accessibility_violations
from tests.browser.test_case_flow import cast, sign_in_as_alice  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_dsl_types_part_of_a_pupils_name_and_chooses_them(
    cast: Cast,  # noqa: F811
    live_server: Any,
    page: Page,
) -> None:
    pupil = Person.objects.filter(school=cast.school_a, kind="pupil").order_by("person_id")[3]
    sign_in_as_alice(page, live_server.url, cast)
    page.goto(f"{live_server.url}/s/redscope/incidents/new/")
    search = page.get_by_role("searchbox", name="Search the roster by name")
    search.fill(pupil.last_name[:4])
    match = page.locator("#id_targets_matches").get_by_role("button", name=pupil.picker_label)
    match.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#id_targets_chosen")).to_have_text(f"Selected: {pupil.picker_label}.")
    expect(page.locator(f"#id_targets option[value='{pupil.pk}']")).to_have_js_property(
        "selected", True
    )
    search.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/s/redscope/incidents/new/")
    assert accessibility_violations(page) == []
