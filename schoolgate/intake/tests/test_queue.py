"""The staff concerns queue: who may see it, and reply, assign, close, turn into an incident."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from schoolgate.cases.models import Incident
from schoolgate.intake.actions import ConcernDetails, raise_concern
from schoolgate.intake.models import Concern, ConcernReply, ConcernStatus
from schoolgate.intake.tests.conftest import Inbox, body
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def concern(cast: Cast) -> Concern:
    return raise_concern(
        cast.school_a,
        ConcernDetails(
            name="Petra Quill",
            email="petra.quill@families.example",
            text="Parents in the Oak class chat are sharing photos from sports day.",
            relationship="parent",
            child_class="Oak",
        ),
    )


def page_of(concern: Concern, action: str = "") -> str:
    return f"/s/redscope/concerns/{concern.reference}/{action + '/' if action else ''}"


def test_the_queue_lists_open_concerns_and_says_they_are_not_incidents(
    cast: Cast, client: Client, concern: Concern
) -> None:
    sign_in(client, cast.olu)
    page = client.get("/s/redscope/concerns/").content.decode()
    assert concern.reference in page
    assert (
        "Concerns are not incidents. A parent or carer who raises a concern here is doing what the policy asks"
        in page
    )
    # The office works concerns but not the withheld folder.
    assert "Withheld messages" not in page


@pytest.mark.parametrize("who", ["tom", "gail"])
def test_staff_and_governors_may_not_see_concerns(
    cast: Cast, client: Client, concern: Concern, who: str
) -> None:
    sign_in(client, getattr(cast, who))
    for path in ["/s/redscope/concerns/", "/s/redscope/concerns/upload/", page_of(concern)]:
        assert client.get(path).status_code == 403
    for action in ["reply", "assign", "close", "incident"]:
        assert (
            client.post(page_of(concern, action), {"text": "x", "reason": "x"}).status_code == 403
        )


def test_another_schools_dsl_gets_not_found(cast: Cast, client: Client, concern: Concern) -> None:
    sign_in(client, cast.bob)
    assert client.get("/s/redscope/concerns/").status_code == 404
    assert client.get(page_of(concern)).status_code == 404
    for action in ["reply", "assign", "close", "incident"]:
        assert (
            client.post(page_of(concern, action), {"text": "x", "reason": "x"}).status_code == 404
        )
    assert client.get("/s/redscope/concerns/upload/").status_code == 404
    # At their own school, Redscope's concern does not exist.
    assert client.get(f"/s/hollowmere/concerns/{concern.reference}/").status_code == 404


def test_staff_reply_by_email_and_the_reply_is_kept(
    cast: Cast,
    client: Client,
    concern: Concern,
    inbox: Inbox,
    django_capture_on_commit_callbacks: Any,
) -> None:
    sign_in(client, cast.olu)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            page_of(concern, "reply"), {"text": "Thank you. Mrs Marchbank will call you today."}
        )
    assert response["Location"] == page_of(concern)
    ((to, message),) = inbox.messages
    assert to == ["petra.quill@families.example"]
    assert message["Subject"] == f"Re: your concern ({concern.reference})"
    assert body(message) == "Thank you. Mrs Marchbank will call you today."
    reply = ConcernReply.objects.get()
    assert reply.sent_at is not None and reply.sent_by == cast.olu
    assert (
        "Thank you. Mrs Marchbank will call you today."
        in client.get(page_of(concern)).content.decode()
    )
    assert AuditEvent.objects.filter(verb="replied to concern", actor=cast.olu).exists()

    empty = client.post(page_of(concern, "reply"), {"text": "  "})
    assert empty.status_code == 400
    assert "Write the reply before sending it." in empty.content.decode()


def test_staff_assign_a_concern_to_someone_who_works_concerns(
    cast: Cast, client: Client, concern: Concern
) -> None:
    sign_in(client, cast.olu)
    response = client.post(page_of(concern, "assign"), {"assignee": cast.alice.pk})
    assert response["Location"] == page_of(concern)
    assert Concern.objects.get().assigned_to == cast.alice
    # Tom (class staff) cannot work concerns, so cannot be given one.
    refused = client.post(page_of(concern, "assign"), {"assignee": cast.tom.pk})
    assert "Choose someone who works on concerns." in refused.content.decode()
    assert AuditEvent.objects.filter(verb="assigned concern").count() == 1


def test_staff_close_a_concern_with_a_reason(cast: Cast, client: Client, concern: Concern) -> None:
    sign_in(client, cast.alice)
    refused = client.post(page_of(concern, "close"), {"reason": ""})
    assert "Say why the concern is closed." in refused.content.decode()
    client.post(page_of(concern, "close"), {"reason": "Spoke to the parent; photos removed."})
    closed = Concern.objects.get()
    assert (closed.status, closed.close_reason) == (
        ConcernStatus.CLOSED,
        "Spoke to the parent; photos removed.",
    )
    again = client.post(page_of(concern, "close"), {"reason": "again"})
    assert "This concern is already closed." in again.content.decode()
    assert AuditEvent.objects.filter(verb="closed concern").count() == 1


def test_a_concern_that_is_itself_a_breach_becomes_an_incident(
    cast: Cast, client: Client, concern: Concern
) -> None:
    sign_in(client, cast.alice)
    refused = client.post(page_of(concern, "incident"), {"reason": ""})
    assert "Say which part of the policy the message itself breaches." in refused.content.decode()
    response = client.post(page_of(concern, "incident"), {"reason": "Threatens a member of staff."})
    incident = Incident.objects.get()
    assert response["Location"] == f"/s/redscope/incidents/{incident.pk}/"
    assert (incident.platform, incident.account_handle, incident.display_name) == (
        "school_website",
        "petra.quill@families.example",
        "Petra Quill",
    )
    assert incident.text == concern.text
    assert Concern.objects.get().incident == incident
    assert AuditEvent.objects.filter(verb="turned concern into incident").exists()
    assert (
        "Only an open concern can be turned into an incident."
        in client.post(page_of(concern, "incident"), {"reason": "again"}).content.decode()
    )


def test_action_endpoints_refuse_get(cast: Cast, client: Client, concern: Concern) -> None:
    sign_in(client, cast.alice)
    for action in ["reply", "assign", "close", "incident"]:
        assert client.get(page_of(concern, action)).status_code == 405
