"""Blocks that hold: a blocked sender's messages are withheld, never dropped; statutory ones get through."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from schoolgate.cases.actions import StepRecord, approve_step, open_case, record_step
from schoolgate.cases.models import BlockedSender, Incident
from schoolgate.cases.tests.conftest import member
from schoolgate.intake.actions.mail import checked_message, receive_email
from schoolgate.intake.models import Concern, ConcernSource
from schoolgate.intake.tests.conftest import Inbox, body, sieve_actions
from schoolgate.intake.tests.test_concern_form import FORM, fields
from schoolgate.intake.tests.test_email_in import email
from schoolgate.schools.models import AuditEvent, User
from schoolgate.test import Cast, sign_in

pytestmark = pytest.mark.django_db


def block(cast: Cast, address: str) -> None:
    """Take and approve the policy's e-mail block step, as the DSL and the headteacher would."""
    alice, hana = member(cast, cast.alice), member(cast, cast.hana)
    incident = Incident.objects.create(
        school=cast.school_a, platform="email", text="Abusive e-mail", captured_by=cast.alice
    )
    case = open_case(alice, incident)
    record_step(alice, case, StepRecord("informal_discussion", details={"date": "2026-11-02"}))
    step = record_step(alice, case, StepRecord("block_email", details={"address": address}))
    approve_step(hana, step, approve=True)
    record_step(
        alice,
        case,
        StepRecord("block_on_x", details={"handle": "@angryparent", "date": "2026-11-20"}),
    )


def test_a_blocked_senders_form_concern_is_withheld_with_a_neutral_acknowledgement(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    block(cast, "petra.quill@families.example")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, fields())
    # The parent sees exactly what anyone else sees.
    assert response["Location"] == "/parents/redscope/concern/sent/"
    concern = Concern.objects.get()
    assert concern.is_withheld
    ((_, message),) = inbox.messages
    assert body(message) == (
        "Thank you for contacting Redscope Primary School. Your message has been received.\n\n"
        f"Reference: {concern.reference}"
    )

    sign_in(client, cast.olu)
    assert concern.reference not in client.get("/s/redscope/concerns/").content.decode()
    assert client.get(f"/s/redscope/concerns/{concern.reference}/").status_code == 404
    sign_in(client, cast.alice)
    assert concern.reference in client.get("/s/redscope/concerns/withheld/").content.decode()
    assert client.get(f"/s/redscope/concerns/{concern.reference}/").status_code == 200


def test_a_statutory_request_from_a_blocked_domain_still_reaches_staff(cast: Cast) -> None:
    block(cast, "@families.example")
    withheld = receive_email(
        cast.school_a, checked_message("a.eml", email(subject="Again")), ConcernSource.MAILBOX
    )
    request = receive_email(
        cast.school_a,
        checked_message(
            "b.eml",
            email(
                subject="Subject access request", text="Please send me all the data you hold on me."
            ),
        ),
        ConcernSource.MAILBOX,
    )
    complaint = receive_email(
        cast.school_a,
        checked_message(
            "c.eml",
            email(subject="Hello", text="I wish to make a formal complaint about the trip."),
        ),
        ConcernSource.MAILBOX,
    )
    assert withheld is not None and withheld.is_withheld
    assert request is not None and (request.is_withheld, request.is_statutory) == (False, True)
    assert complaint is not None and (complaint.is_withheld, complaint.is_statutory) == (
        False,
        True,
    )
    assert list(Concern.objects.in_queue().order_by("pk")) == [request, complaint]


def test_the_blocklist_page_explains_blocking_and_muting_on_x(cast: Cast, client: Client) -> None:
    block(cast, "petra.quill@families.example")
    sign_in(client, cast.hana)
    page = client.get("/s/redscope/concerns/blocklist/").content.decode()
    assert "petra.quill@families.example" in page
    assert "@angryparent" in page and "2026-11-20" in page
    assert "a blocked X account can still see the school's public posts" in page


def test_the_blocklist_exports_as_csv_and_sieve(cast: Cast, client: Client) -> None:
    block(cast, "petra.quill@families.example")
    BlockedSender.objects.create(
        school=cast.school_a, address="@=evil.example", step=BlockedSender.objects.get().step
    )
    sign_in(client, cast.alice)
    csv_response = client.get("/s/redscope/concerns/blocklist.csv")
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    lines = csv_response.content.decode().splitlines()
    assert lines[0] == "address,blocked_on,case,step"
    assert lines[1].startswith("'@=evil.example,")  # a spreadsheet never runs it as a formula
    assert lines[2].startswith("petra.quill@families.example,")

    sieve = client.get("/s/redscope/concerns/blocklist.sieve").content.decode()
    assert 'require ["fileinto", "mailbox"];' in sieve
    assert 'address :is "from" ["petra.quill@families.example"]' in sieve
    assert 'address :domain :is "from" ["=evil.example"]' in sieve
    assert (
        'not header :contains "subject" ["subject access", "freedom of information", "formal complaint"'
        in sieve
    )
    assert 'fileinto :create "Withheld";' in sieve
    assert "discard;" not in sieve
    assert AuditEvent.objects.filter(verb="exported blocklist").count() == 2


@pytest.mark.parametrize("who", ["olu", "tom", "gail"])
def test_only_the_dsl_and_head_see_the_blocklist_and_withheld(
    cast: Cast, client: Client, who: str
) -> None:
    sign_in(client, getattr(cast, who))
    for path in ["blocklist/", "blocklist.csv", "blocklist.sieve", "withheld/"]:
        assert client.get(f"/s/redscope/concerns/{path}").status_code == 403


def test_another_schools_dsl_sees_nothing(cast: Cast, client: Client) -> None:
    block(cast, "petra.quill@families.example")
    sign_in(client, cast.bob)
    for path in ["blocklist/", "blocklist.csv", "blocklist.sieve", "withheld/", ""]:
        assert client.get(f"/s/redscope/concerns/{path}").status_code == 404
    assert "petra" not in client.get("/s/hollowmere/concerns/blocklist.csv").content.decode()
    assert isinstance(cast.bob, User)


def test_the_sieve_script_files_blocked_mail_and_lets_statutory_requests_through(
    cast: Cast, client: Client
) -> None:
    block(cast, "petra.quill@families.example")
    sign_in(client, cast.alice)
    script = client.get("/s/redscope/concerns/blocklist.sieve").content.decode()

    blocked = sieve_actions(script, email(subject="Again"))
    assert "store message in folder: Withheld" in blocked
    request = sieve_actions(script, email(subject="Subject access request"))
    assert "store message in folder: Withheld" not in request
    assert "store message in folder: INBOX" in request
    other = sieve_actions(script, email(sender="sam.roe@families.example"))
    assert "store message in folder: INBOX" in other
