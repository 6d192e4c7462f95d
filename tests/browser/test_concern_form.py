"""A parent raises a concern with the keyboard alone, on a 320 px wide screen, and axe finds nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from schoolgate.intake.models import Concern
from schoolgate.test import Cast, make_cast
from tests.browser.conftest import accessibility_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db: None) -> Cast:
    return make_cast(with_policy=True)


def has_no_horizontal_scroll(page: Page) -> bool:
    return bool(
        page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
    )


def test_a_parent_raises_a_concern_by_keyboard_at_320_px(
    cast: Cast, live_server, page: Page
) -> None:
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{live_server.url}/parents/redscope/concern/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Raise a concern privately")
    assert accessibility_violations(page) == []
    assert has_no_horizontal_scroll(page)

    # An empty form: the error summary takes focus and links to each field.
    page.get_by_role("button", name="Send your concern").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter your name")
    assert accessibility_violations(page) == []
    assert has_no_horizontal_scroll(page)

    page.get_by_label("Your name").focus()
    page.keyboard.type("Petra Quill")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Your e-mail address")).to_be_focused()
    page.keyboard.type("petra.quill@families.example")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Parent or carer of a pupil")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Your child's class (optional)")).to_be_focused()
    page.keyboard.type("Oak")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Your concern")).to_be_focused()
    page.keyboard.type("Photos from sports day are being shared in the class chat.")
    page.keyboard.press("Tab")
    # The honeypot is hidden: the next stop is the button.
    expect(page.get_by_role("button", name="Send your concern")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your message has been sent")
    assert accessibility_violations(page) == []
    assert has_no_horizontal_scroll(page)
    concern = Concern.objects.get()
    assert (concern.name, concern.relationship, concern.child_class) == (
        "Petra Quill",
        "parent",
        "Oak",
    )
