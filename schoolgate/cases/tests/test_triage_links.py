"""The triage queue's links and buttons lead where they say, with the page's own CSRF token."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from schoolgate.cases.actions import open_case
from schoolgate.cases.models import Incident, IncidentStatus
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.test import Cast, sign_in

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_every_row_links_to_its_incident_and_case_and_posts_to_its_own_actions(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    in_case = logged("The head is a liar.", poster=parent(cast, 0))
    case = open_case(member(cast, cast.alice), in_case)
    same_poster = logged("Still a liar.", poster=parent(cast, 0))
    alone = logged("Pick-up is chaos.", poster=parent(cast, 1))

    page = sign_in(client, cast.alice).get("/s/redscope/incidents/?status=").content.decode()

    for incident in (in_case, same_poster, alone):
        assert f'href="{reverse("incident", args=["redscope", incident.pk])}"' in page
    assert (
        f'href="{reverse("case", args=["redscope", case.number])}">case {case.number}</a>' in page
    )
    assert f'action="{reverse("add_to_case", args=["redscope", same_poster.pk])}"' in page
    assert f'action="{reverse("open_case", args=["redscope", alone.pk])}"' in page
    for incident in (same_poster, alone):
        assert f'action="{reverse("dismiss_incident", args=["redscope", incident.pk])}"' in page
    assert client.get(reverse("incident", args=["redscope", alone.pk])).status_code == 200
    assert client.get(reverse("case", args=["redscope", case.number])).status_code == 200


def test_a_dsl_dismisses_from_the_queue_with_the_token_the_page_gave(
    cast: Cast, logged: Callable[..., Incident]
) -> None:
    first = logged("Pick-up is chaos.", poster=parent(cast, 1))
    second = logged("The fair was badly run.", poster=parent(cast, 2))
    client = sign_in(Client(enforce_csrf_checks=True), cast.alice)
    page = client.get("/s/redscope/incidents/").content.decode()
    tokens = set(TOKEN.findall(page))
    # One token serves every form on the page, so each row's form is accepted.
    assert len(tokens) == 1

    response = client.post(
        reverse("dismiss_incident", args=["redscope", second.pk]),
        {"csrfmiddlewaretoken": tokens.pop(), "reason": "A fair complaint", "next": "triage"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/s/redscope/incidents/"
    second.refresh_from_db()
    first.refresh_from_db()
    assert (second.status, first.status) == (IncidentStatus.DISMISSED, IncidentStatus.NEW)
    page = client.get(response["Location"]).content.decode()
    assert "The incident is dismissed with no action; the reason is kept." in page
