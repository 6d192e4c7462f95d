"""In a real browser: a WhatsApp export imported, a parent confirming the policy, in three languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from schoolgate.cases.models import Incident
from schoolgate.cases.tests.analyzers import TEXT_ANALYZERS
from schoolgate.policies.confirmations import confirmation_path, send_read_confirmations
from schoolgate.policies.models import ReadConfirmation
from schoolgate.schools.models import Person
from schoolgate.test import Cast, make_cast
from tests.browser.conftest import accessibility_violations
from tests.browser.test_case_flow import sign_in_as_alice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHAT = """\
12/03/2026, 09:14 - Priya Okafor: Has anyone else heard about the trip?
12/03/2026, 09:15 - Dev Halloran: The new pick-up rules are a joke
and nobody asked us
"""


@pytest.fixture
def cast(transactional_db: None, settings: Any, tmp_path: Path) -> Cast:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SCREENING_ANALYZERS = TEXT_ANALYZERS
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return make_cast(with_roster=True, with_policy=True)


def test_a_dsl_imports_a_chat_export_and_picks_a_message_by_keyboard(
    cast: Cast, live_server: Any, page: Page
) -> None:
    sign_in_as_alice(page, live_server.url, cast)
    page.goto(f"{live_server.url}/s/redscope/intake/chat/")
    assert accessibility_violations(page) == []
    page.get_by_label("WhatsApp chat export").set_input_files(
        {"name": "WhatsApp Chat with Year 3.txt", "mimeType": "text/plain", "buffer": CHAT.encode()}
    )
    page.get_by_role("button", name="Upload and read the chat").click()
    expect(page.get_by_role("heading", name="Pick the messages that matter")).to_be_visible()
    assert accessibility_violations(page) == []
    page.get_by_role("checkbox", name="Dev Halloran, 12/03/2026, 09:15").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Log the ticked messages as incidents").click()
    expect(
        page.get_by_text("1 incident logged from WhatsApp Chat with Year 3.txt.")
    ).to_be_visible()
    incident = Incident.objects.get()
    assert incident.text == "The new pick-up rules are a joke\nand nobody asked us"


@pytest.mark.parametrize(
    ("locale", "button", "direction"),
    [
        ("en-gb", "I have read the policy", "ltr"),
        ("pl", "Przeczytałem/przeczytałam politykę", "ltr"),
        ("ur", "میں نے پالیسی پڑھ لی ہے", "rtl"),
    ],
)
def test_a_parent_confirms_by_keyboard_in_their_language_on_a_small_screen(
    cast: Cast, live_server: Any, page: Page, locale: str, button: str, direction: str
) -> None:
    parent = (
        Person.objects.filter(school=cast.school_a, kind="parent", related_pupils__isnull=False)
        .order_by("person_id")
        .first()
    )
    assert parent is not None
    send_read_confirmations(cast.school_a, None, {parent.person_id: "ama.parent@example.org"})
    path = confirmation_path(ReadConfirmation.objects.order_by("pk").first())  # type: ignore[arg-type]
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}{path}?lang={locale}")

    assert page.evaluate("document.documentElement.dir") == direction
    assert accessibility_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.get_by_role("button", name=button).focus()
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-panel__title")).to_be_visible()
    assert accessibility_violations(page) == []
    assert ReadConfirmation.objects.confirmed().count() == 1
