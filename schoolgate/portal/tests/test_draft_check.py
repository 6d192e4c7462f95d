"""Think before you post: specific, kind feedback on a draft, within the rate limit."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from schoolgate.schools.models import Person
from schoolgate.test import Cast

pytestmark = pytest.mark.django_db
CHECK = "/parents/redscope/check/"


def staff_name(cast: Cast) -> str:
    person = Person.objects.filter(school=cast.school_a, kind="staff").exclude(title="").first()
    assert person is not None
    return f"{person.title} {person.last_name}"


def check(client: Client, draft: str) -> str:
    response = client.post(CHECK, {"check": "draft", "draft": draft})
    assert response.status_code == 200, response.content.decode()
    return response.content.decode()


def test_the_page_asks_the_policys_four_questions(cast: Cast, client: Client) -> None:
    page = client.get(CHECK).content.decode()
    assert page.count("<li>", page.index('id="questions"')) >= 4
    assert "Is the social networking site the appropriate channel to raise concerns" in page
    assert '<label class="govuk-label" for="id_draft">Your draft post</label>' in page


def test_a_draft_naming_staff_and_calling_them_a_liar_is_told_why(
    cast: Cast, client: Client
) -> None:
    name = staff_name(cast)
    page = check(client, f"{name} is a liar and everyone knows it.")
    assert f"“{name}” names a member of staff at the school." in page
    assert "This reads as an allegation" in page
    assert (
        "Making allegations about staff, governors or pupils at Redscope Primary School "
        "/cyber-bullying;" in page
    )
    assert f"<q>{name} is a liar and everyone knows it.</q>" in page
    assert '<mark class="sg-mark sg-mark--person">' + name in page
    # The better routes, with the draft ready to go to the concern form if the parent wishes.
    assert 'action="/parents/redscope/concern/"' in page
    assert (
        f'<input type="hidden" name="concern" value="{name} is a liar and everyone knows it.">'
        in page
    )
    assert "Make a formal complaint" in page


def test_only_the_parents_own_words_and_the_kind_of_person_are_shown(
    cast: Cast, client: Client
) -> None:
    person = Person.objects.filter(school=cast.school_a, kind="staff").exclude(title="").first()
    assert person is not None
    page = check(client, f"{person.title} {person.last_name} is a liar.")
    # Neither the first name nor the roster id the parent did not type is revealed.
    assert person.first_name not in page
    assert person.person_id not in page


def test_a_draft_that_breaches_nothing_is_told_so(cast: Cast, client: Client) -> None:
    page = check(client, "Lovely sports day today, well done to all the children!")
    assert "Nothing in this draft goes against the school's policy." in page


def test_an_empty_draft_is_refused_with_a_linked_error(cast: Cast, client: Client) -> None:
    response = client.post(CHECK, {"check": "draft", "draft": "   "})
    assert response.status_code == 400
    assert '<a href="#id_draft">Enter the post you want to check</a>' in response.content.decode()


def test_a_draft_in_the_query_string_is_never_checked(cast: Cast, client: Client) -> None:
    page = client.get(CHECK, {"draft": "Mr Nobody is a liar"}).content.decode()
    assert "What we noticed in your draft" not in page


def test_the_check_needs_the_forms_csrf_token(cast: Cast) -> None:
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(CHECK, {"check": "draft", "draft": "Hello"})
    assert response.status_code == 403
    page = strict.get(CHECK).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    response = strict.post(
        CHECK, {"check": "draft", "draft": "Hello", "csrfmiddlewaretoken": token[1]}
    )
    assert response.status_code == 200


def test_too_many_checks_from_one_address_get_a_kind_429(
    cast: Cast, client: Client, settings
) -> None:
    settings.PORTAL_CHECKS_PER_MINUTE = 2
    check(client, "First try")
    check(client, "Second try")
    response = client.post(CHECK, {"check": "draft", "draft": "Third try"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "You have checked a lot of posts in the last minute." in response.content.decode()
    # Another address is counted on its own.
    other = client.post(CHECK, {"check": "draft", "draft": "Hi"}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
