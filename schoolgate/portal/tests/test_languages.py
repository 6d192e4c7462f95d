"""The parents' pages in English, Polish and Urdu; the policy stays in the school's words."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from schoolgate.test import Cast, sign_in

pytestmark = pytest.mark.django_db

# The school's own sentence, which no translation may touch.
POLICY_SENTENCE = "Saving photographs from Dojo and then sharing on social media."


def html_tag(page: str) -> str:
    match = re.search(r"<html[^>]*>", page)
    assert match
    return match.group(0)


def test_a_browser_asking_for_polish_gets_polish_and_the_policy_unchanged(
    cast: Cast, client: Client
) -> None:
    english = client.get("/parents/redscope/").content.decode()
    response = client.get("/parents/redscope/", HTTP_ACCEPT_LANGUAGE="pl,en;q=0.5")
    page = response.content.decode()

    assert 'lang="pl"' in html_tag(page)
    assert 'dir="ltr"' in html_tag(page)
    assert ">Sprawdź przed publikacją</a>" in page
    assert ">Check before you post</a>" in english
    assert POLICY_SENTENCE in page and POLICY_SENTENCE in english
    assert response["Content-Language"] == "pl"
    assert "Accept-Language" in response["Vary"]


def test_urdu_is_right_to_left(cast: Cast, client: Client) -> None:
    page = client.get("/parents/redscope/", HTTP_ACCEPT_LANGUAGE="ur").content.decode()

    assert 'lang="ur"' in html_tag(page)
    assert 'dir="rtl"' in html_tag(page)
    assert ">پوسٹ کرنے سے پہلے جانچ لیں</a>" in page
    assert POLICY_SENTENCE in page


def test_the_switcher_link_changes_language_and_remembers_it(cast: Cast, client: Client) -> None:
    page = client.get("/parents/redscope/check/").content.decode()
    assert '<a class="govuk-link" href="/parents/redscope/check/?lang=ur" lang="ur"' in page

    switched = client.get("/parents/redscope/check/?lang=ur")
    assert 'dir="rtl"' in html_tag(switched.content.decode())
    assert switched.cookies["django_language"].value == "ur"
    # The choice outlasts the link, and beats the browser's own setting.
    later = client.get("/parents/redscope/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert 'lang="ur"' in html_tag(later)
    back = client.get("/parents/redscope/?lang=en-gb").content.decode()
    assert 'lang="en-gb"' in html_tag(back)
    assert ">Check before you post</a>" in back


def test_an_unknown_language_falls_back_to_english(cast: Cast, client: Client) -> None:
    response = client.get("/parents/redscope/?lang=xx", HTTP_ACCEPT_LANGUAGE="de")

    assert 'lang="en-gb"' in html_tag(response.content.decode())
    assert "django_language" not in response.cookies


def test_staff_pages_stay_english_whatever_the_browser_asks(cast: Cast, client: Client) -> None:
    sign_in(client, cast.olu).cookies["django_language"] = "pl"
    response = client.get("/s/redscope/", HTTP_ACCEPT_LANGUAGE="pl")

    assert 'lang="en-GB"' in html_tag(response.content.decode())
    assert "Content-Language" not in response
    refused = client.post("/s/redscope/intake/chat/", {}, HTTP_ACCEPT_LANGUAGE="ur")
    assert "Choose the chat export to upload." in refused.content.decode()
    login = Client().post("/login/", {}, HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert "This field is required." in login
