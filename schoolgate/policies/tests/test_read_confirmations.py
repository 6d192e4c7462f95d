"""Parents confirm they have read the policy through a link per child; staff see rates per class."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from schoolgate.policies.confirmations import confirmation_path, find_confirmation, rates_per_class
from schoolgate.policies.models import ReadConfirmation
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.schools.tests.conftest import Inbox, body, inbox  # noqa: F401
from schoolgate.test import Cast, sign_in


def family(cast: Cast) -> tuple[Person, list[Person]]:
    parent = (
        Person.objects.filter(school=cast.school_a, kind="parent", related_pupils__isnull=False)
        .order_by("person_id")
        .first()
    )
    assert parent is not None
    return parent, list(parent.related_pupils.order_by("person_id"))


def contacts_file(rows: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("contacts.csv", f"person_id,email\n{rows}".encode())


def link_in(text: str) -> str:
    (link,) = re.findall(r"https?://\S+/parents/redscope/read/\S+/", text)
    return urlsplit(link).path


def test_office_sends_a_link_per_child_and_the_parent_confirms(
    cast: Cast,
    client: Client,
    inbox: Inbox,  # noqa: F811
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    parent, children = family(cast)
    sign_in(client, cast.olu)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/s/redscope/policy/read-confirmations/",
            {"contacts": contacts_file(f"{parent.person_id},ama.parent@example.org\n")},
        )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    others = Person.objects.filter(
        school=cast.school_a, kind="parent", related_pupils__isnull=False
    )
    without = others.distinct().count() - 1
    assert (
        f"Sent {len(children)} link{'s' if len(children) != 1 else ''}. 0 already confirmed; "
        f"{without} parents with a child on the roster had no address in the list."
    ) in page

    assert len(inbox.messages) == len(children)
    recipients, mail = inbox.messages[0]
    assert recipients == ["ama.parent@example.org"]
    assert str(mail["Subject"]).replace("\r\n", "") == (
        "Please confirm you have read Redscope Primary School's social media policy"
    )
    path = link_in(body(mail))
    client.logout()

    parent_page = client.get(path).content.decode()
    token = path.rstrip("/").rsplit("/", 1)[1]
    pupil = find_confirmation("redscope", token).pupil
    assert f"This link is for {pupil.preferred_name or pupil.first_name}." in parent_page
    assert "I have read the policy</button>" in parent_page
    assert "Please contact the school to discuss any concerns you may have." in parent_page
    assert client.post(path).status_code == 302
    assert client.post(path).status_code == 302  # a second click changes nothing
    confirmed = ReadConfirmation.objects.confirmed().get()
    assert confirmed.pupil == pupil
    assert "You have confirmed that you have read the policy" in client.get(path).content.decode()
    assert AuditEvent.objects.filter(verb="parent confirmed reading the policy").count() == 1

    rate = next(
        r for r in rates_per_class(cast.school_a) if r.class_name == confirmed.pupil.class_name
    )
    assert rate.confirmed == 1
    staff_page = sign_in(client, cast.olu).get("/s/redscope/policy/read-confirmations/")
    assert f'<th scope="row" class="govuk-table__header">{rate.class_name}</th>' in (
        staff_page.content.decode()
    )

    # Sending again reminds only the child whose link is not yet confirmed.
    inbox.messages.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/s/redscope/policy/read-confirmations/",
            {"contacts": contacts_file(f"{parent.person_id},ama.parent@example.org\n")},
        )
    assert len(inbox.messages) == len(children) - 1


def test_an_altered_link_or_another_schools_link_is_refused(
    cast: Cast, client: Client, tmp_path: Path
) -> None:
    parent, _ = family(cast)
    call_command_with(parent, tmp_path)
    confirmation = ReadConfirmation.objects.first()
    assert confirmation is not None
    path = confirmation_path(confirmation)
    response = client.get(path[:-3] + "xx/")
    assert response.status_code == 404
    assert "This link has expired or is not complete." in response.content.decode()
    assert client.get(path.replace("redscope", "hollowmere")).status_code == 404
    assert client.post(path.replace("redscope", "hollowmere")).status_code == 404
    assert not ReadConfirmation.objects.confirmed().exists()


def call_command_with(parent: Person, folder: Path) -> str:
    contacts = folder / "contacts.csv"
    contacts.write_text(f"person_id,email\n{parent.person_id},ama.parent@example.org\n")
    out = io.StringIO()
    call_command(
        "send_policy_confirmations", "--school", "redscope", "--contacts", str(contacts), stdout=out
    )
    return out.getvalue()


def test_the_command_sends_and_refuses_unknown_ids(cast: Cast, tmp_path: Path) -> None:
    parent, children = family(cast)
    output = call_command_with(parent, tmp_path)
    assert output.startswith(f"Sent {len(children)} link(s); 0 already confirmed;")

    bad = tmp_path / "bad.csv"
    bad.write_text("person_id,email\nNOBODY-1,x@example.org\nP1,not-an-address\n")
    with pytest.raises(CommandError) as refused:
        call_command("send_policy_confirmations", "--school", "redscope", "--contacts", str(bad))
    assert str(refused.value) == "row 3, email: 'not-an-address' is not an e-mail address"


@pytest.mark.parametrize(
    ("user", "status"), [("tom", 403), ("gail", 403), ("bob", 404), ("hana", 200), ("alice", 403)]
)
def test_who_sees_the_rates_page(cast: Cast, client: Client, user: str, status: int) -> None:
    response = sign_in(client, getattr(cast, user)).get("/s/redscope/policy/read-confirmations/")
    assert response.status_code == status
