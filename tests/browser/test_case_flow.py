"""A DSL logs an incident with a screenshot, opens a case, holds the discussion and sends a warning."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import FilePayload, Page, expect

from schoolgate.schools.models import Person
from schoolgate.test import Cast, make_cast
from tests.browser.conftest import accessibility_violations, sign_in_as

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db: None, settings: Any, tmp_path: Path) -> Cast:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return make_cast(with_roster=True, with_policy=True)


def png_file(name: str, text: str) -> FilePayload:
    return {"name": name, "mimeType": "image/png", "buffer": png(text)}


def png(text: str) -> bytes:
    image = Image.new("RGB", (640, 200), "white")
    ImageDraw.Draw(image).text((20, 80), text, fill="black", font_size=28)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def sign_in_as_alice(page: Page, base: str, cast: Cast) -> None:
    sign_in_as(page, base, cast.alice)


def test_a_dsl_takes_an_incident_from_screenshot_to_written_warning(
    cast: Cast, live_server: Any, page: Page
) -> None:
    poster = (
        Person.objects.filter(school=cast.school_a, kind="parent").order_by("last_name").first()
    )
    assert poster is not None
    sign_in_as_alice(page, live_server.url, cast)

    page.get_by_role("link", name="Incidents").click()
    page.get_by_role("link", name="Log an incident").click()
    page.get_by_label("Platform").select_option("facebook")
    page.get_by_label("Account handle").fill("@cross_parent")
    page.get_by_label("Text of the post").fill("Mr Wood is a liar and everyone should know it")
    page.get_by_label("Who posted it").select_option(str(poster.pk))
    page.get_by_label("Screenshots of the post").set_input_files(
        files=[png_file("post.png", "Mr Wood is a liar")]
    )
    page.get_by_role("button", name="Log the incident").click()

    expect(page.get_by_text("Screening is under way")).to_be_visible()
    expect(page.get_by_role("heading", name="Screening", exact=True)).to_be_visible()
    expect(page.get_by_text("Screened by engine")).to_be_visible()
    show = page.locator("button[aria-controls='screened-text']")
    expect(page.locator("#screened-text")).to_have_class("govuk-inset-text sg-blurred sg-pre")
    show.focus()
    page.keyboard.press("Enter")
    expect(show).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#screened-text")).not_to_have_class("govuk-inset-text sg-blurred sg-pre")
    assert accessibility_violations(page) == []

    page.get_by_role("button", name="Open a case").click()
    expect(page.get_by_text("Case 1 is open.")).to_be_visible()

    discussion = page.locator("#step-informal_discussion")
    discussion.get_by_text("Record the informal discussion").click()
    discussion.get_by_label("Date of the discussion").fill("2026-11-20")
    discussion.get_by_label("Who attended").fill("Parent, DSL")
    discussion.get_by_label("Outcome").select_option("refused")
    discussion.get_by_label("Note").fill("The parent would not take the post down.")
    discussion.get_by_role("button", name="Save the informal discussion").click()
    expect(page.get_by_text("Done: informal discussion recorded.")).to_be_visible()

    warning = page.locator("#step-written_warning")
    warning.get_by_text("Record the written warning").click()
    warning.get_by_label("Date the letter was sent").fill("2026-11-21")
    warning.get_by_label("Deadline for removing the post").fill("2026-11-28")
    warning.get_by_label("The letter sent").set_input_files(
        files=[png_file("warning-letter.png", "Dear parent")]
    )
    warning.get_by_role("button", name="Save the written warning").click()

    expect(page.get_by_text("Done: written warning recorded.")).to_be_visible()
    timeline = page.locator(".sg-timeline")
    expect(timeline.get_by_role("link", name="warning-letter.png")).to_be_visible()
    expect(timeline.get_by_text("The parent would not take the post down.")).to_be_visible()
    expect(timeline.get_by_text("(Removal deadline)")).to_be_visible()
    assert accessibility_violations(page) == []
