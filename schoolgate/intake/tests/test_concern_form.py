"""The parents' private concern form: honeypot, rate limit, acknowledgement over SMTP, status link."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import time_machine
from django.test import Client

from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.tests.threads import at_once
from schoolgate.intake.actions.concerns import (
    MAX_CONCERNS_PER_ADDRESS,
    ConcernDetails,
    raise_concern,
)
from schoolgate.intake.models import Concern, ConcernSource
from schoolgate.intake.tests.conftest import Inbox, body
from schoolgate.intake.tokens import STATUS_LINK_LIFETIME
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast

pytestmark = pytest.mark.django_db
FORM = "/parents/redscope/concern/"


def fields(**changes: str) -> dict[str, str]:
    return {
        "step": "send",
        "name": "Petra Quill",
        "email": "Petra.Quill@families.example",
        "relationship": "parent",
        "child_class": "Oak",
        "concern": "My daughter says the class WhatsApp group has been unkind about a teacher.",
        "website": "",
    } | changes


def status_path(text: str) -> str:
    (link,) = re.findall(
        r"https://schoolgate\.example(/parents/redscope/concern/status/\S+/)", text
    )
    return link


def test_a_concern_is_kept_and_acknowledged_by_email_with_a_status_link(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    assert client.get(FORM).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, fields())
    assert response.status_code == 302
    assert response["Location"] == "/parents/redscope/concern/sent/"
    concern = Concern.objects.get()
    assert (concern.source, concern.email, concern.child_class, concern.is_withheld) == (
        ConcernSource.FORM,
        "petra.quill@families.example",
        "Oak",
        False,
    )
    assert AuditEvent.objects.filter(verb="received concern", object_id=str(concern.pk)).exists()

    ((recipients, message),) = inbox.messages
    assert recipients == ["petra.quill@families.example"]
    assert message["Subject"] == f"We have received your message ({concern.reference})"
    assert message["Auto-Submitted"] == "auto-replied"
    text = body(message)
    assert f"Reference: {concern.reference}" in text
    page = client.get(status_path(text))
    assert page.status_code == 200
    assert "Received: waiting to be read" in page.content.decode()
    # The status page never shows what the parent wrote.
    assert "WhatsApp" not in page.content.decode()
    assert Concern.objects.get().acknowledged_at is not None


def test_the_status_link_expires_and_a_tampered_one_is_not_found(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM, fields())
    path = status_path(body(inbox.messages[0][1]))

    tampered = path.replace(Concern.objects.get().reference, "C-AAAAAAAA")
    assert client.get(tampered).status_code == 404
    assert client.get(path[:-3] + "xx/").status_code == 404
    with time_machine.travel(
        dt.datetime.now(dt.UTC) + STATUS_LINK_LIFETIME + dt.timedelta(hours=1)
    ):
        expired = client.get(path)
    assert expired.status_code == 410
    assert "This link has expired" in expired.content.decode()
    # Another school's address with the same token is not found either.
    assert client.get(path.replace("/redscope/", "/hollowmere/")).status_code == 404


def test_the_honeypot_keeps_nothing_and_sends_nothing(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, fields(website="https://cheap-pills.example"))
    assert response["Location"] == "/parents/redscope/concern/sent/"
    assert not Concern.objects.exists()
    assert inbox.messages == []


def test_one_address_may_send_three_concerns_an_hour(cast: Cast, client: Client) -> None:
    for _ in range(MAX_CONCERNS_PER_ADDRESS):
        assert client.post(FORM, fields(email=" PETRA.quill@families.example")).status_code == 302
    refused = client.post(FORM, fields())
    assert refused.status_code == 200
    assert (
        "You have sent 3 concerns in the last hour. Please wait an hour before sending another, "
        "or telephone the school office."
    ) in refused.content.decode()
    assert Concern.objects.count() == MAX_CONCERNS_PER_ADDRESS
    # Someone else is not held back by it, and the same parent may write again an hour later.
    assert client.post(FORM, fields(email="sam.roe@families.example")).status_code == 302
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=61)):
        assert client.post(FORM, fields()).status_code == 302


def test_missing_fields_are_named(cast: Cast, client: Client) -> None:
    response = client.post(FORM, fields(name="", email="not an address", concern=""))
    page = response.content.decode()
    for message in [
        "Enter your name",
        "Enter an e-mail address like name@example.com",
        "Enter your concern",
    ]:
        assert message in page
    assert '<a href="#id_name">Enter your name</a>' in page
    assert not Concern.objects.exists()


def test_a_draft_from_the_check_page_arrives_in_the_form(cast: Cast, client: Client) -> None:
    draft = "The new pick-up rules are a joke and Mr Pendle does not care."
    response = client.post(FORM, {"concern": draft})
    page = response.content.decode()
    assert response.status_code == 200
    assert f"{draft}</textarea>" in page
    assert "There is a problem" not in page
    assert not Concern.objects.exists()


def test_an_unknown_school_has_no_form(cast: Cast, client: Client) -> None:
    assert client.get("/parents/nowhere/concern/").status_code == 404


def test_the_form_answers_only_get_head_and_post(cast: Cast, client: Client) -> None:
    assert client.put(FORM).status_code == 405
    assert client.post("/parents/redscope/concern/sent/").status_code == 405


@pytest.mark.django_db(transaction=True)
def test_simultaneous_submissions_cannot_pass_the_limit_together(cast: Cast) -> None:
    details = ConcernDetails(name="Petra Quill", email="petra.quill@families.example", text="Hello")
    outcomes = at_once(
        MAX_CONCERNS_PER_ADDRESS + 2, lambda _: raise_concern(cast.school_a, details)
    )
    refusals = [o for o in outcomes if isinstance(o, ActionRefused)]
    assert len(refusals) == 2, outcomes
    assert Concern.objects.count() == MAX_CONCERNS_PER_ADDRESS
    # Five writers and one school: references stay unique and the audit chain stays whole.
    assert AuditEvent.objects.filter(verb="received concern").count() == MAX_CONCERNS_PER_ADDRESS
