"""The head or trust admin keeps staff accounts: reset, unlock, change role, deactivate."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.schools.models import AuditEvent, Membership, User
from schoolgate.schools.tests.conftest import NEW_PASSWORD, Inbox, body, link_path
from schoolgate.test import PASSWORD, Cast, confirmed_device, sign_in

ACTIONS = ["reset-authenticator", "unlock", "role", "deactivate"]


def lock_out(email: str) -> None:
    for _ in range(5):
        Client().post("/login/", {"username": email, "password": "guess"})


def last_event(verb: str) -> AuditEvent:
    return AuditEvent.objects.filter(verb=verb).latest("sequence")


def test_the_list_shows_each_accounts_role_and_status(cast: Cast, client: Client) -> None:
    cast.tom.is_active = False
    cast.tom.save()
    lock_out("olu@redscope.example")
    page = sign_in(client, cast.hana).get("/s/redscope/staff/").content.decode()
    rows = {
        name: page.split(name, 1)[1].split("</tr>", 1)[0]
        for name in ["Tom Pendle", "Olu Garside", "Alice Marchbank"]
    }
    assert "Deactivated" in rows["Tom Pendle"]
    assert "Staff" in rows["Tom Pendle"]
    assert "Locked" in rows["Olu Garside"]
    assert "Active" in rows["Alice Marchbank"]
    assert "Designated safeguarding lead" in rows["Alice Marchbank"]
    assert "Bob Carrow" not in page


def test_resetting_an_authenticator_lets_a_new_one_be_set_up(cast: Cast, client: Client) -> None:
    confirmed_device(cast.alice)
    page = sign_in(client, cast.hana).post(
        f"/s/redscope/staff/{cast.alice.pk}/reset-authenticator/"
    )
    text = page.content.decode()
    assert "Authenticator reset." in text
    assert not TOTPDevice.objects.filter(user=cast.alice).exists()
    event = last_event("reset authenticator")
    assert (event.actor, event.object_id, event.details) == (
        cast.hana,
        str(cast.alice.pk),
        {"devices_removed": 1},
    )
    alice = Client()
    alice.post(link_path(text), {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert "Set up your authenticator app" in alice.get("/login/two-factor/").content.decode()


def test_a_reset_link_is_emailed_when_there_is_a_mail_server(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        page = sign_in(client, cast.trudy).post(
            f"/s/redscope/staff/{cast.tom.pk}/reset-authenticator/"
        )
    assert (
        "Authenticator reset. A set-up link was sent to tom@redscope.example; it works once and "
        "expires in 7 days." in page.content.decode()
    )
    ((recipients, message),) = inbox.messages
    assert recipients == ["tom@redscope.example"]
    assert message["Subject"] == "Set up your authenticator for Schoolgate"
    assert link_path(body(message)).startswith("/login/set-up/")


def test_unlocking_lets_a_locked_out_member_sign_in(cast: Cast, client: Client) -> None:
    lock_out("Alice@Redscope.example")
    assert (
        Client()
        .post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
        .status_code
        == 429
    )
    sign_in(client, cast.hana)
    done = client.post(f"/s/redscope/staff/{cast.alice.pk}/unlock/", follow=True)
    assert "Alice Marchbank can sign in again." in done.content.decode()
    assert not AccessAttempt.objects.exists()
    assert last_event("unlocked account").actor == cast.hana
    signed_in = Client().post(
        "/login/", {"username": "alice@redscope.example", "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    again = client.post(f"/s/redscope/staff/{cast.alice.pk}/unlock/")
    assert "Alice Marchbank is not locked out." in again.content.decode()


def test_the_locked_out_page_says_who_can_unlock(cast: Cast) -> None:
    lock_out("alice@redscope.example")
    page = Client().post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    text = page.content.decode()
    assert "signing in is paused for 30 minutes. Wait, then try again." in text
    assert (
        "If you cannot wait, ask your headteacher or trust administrator: they can unlock your "
        "account from Staff accounts." in text
    )


def test_changing_a_role(cast: Cast, client: Client) -> None:
    sign_in(client, cast.hana)
    done = client.post(f"/s/redscope/staff/{cast.tom.pk}/role/", {"role": "office"}, follow=True)
    assert "Tom Pendle is now Office staff." in done.content.decode()
    assert Membership.objects.get(user=cast.tom, school=cast.school_a).role == "office"
    assert last_event("changed role").details == {"from": "staff", "to": "office"}
    same = client.post(f"/s/redscope/staff/{cast.tom.pk}/role/", {"role": "office"})
    assert "Tom Pendle is already Office staff." in same.content.decode()


def test_the_only_headteacher_cannot_demote_or_deactivate_themselves(
    cast: Cast, client: Client
) -> None:
    sign_in(client, cast.hana)
    message = (
        "Hana Lomax is the school&#x27;s only headteacher: make someone else headteacher first."
    )
    demoted = client.post(f"/s/redscope/staff/{cast.hana.pk}/role/", {"role": "dsl"})
    assert message in demoted.content.decode()
    switched_off = client.post(f"/s/redscope/staff/{cast.hana.pk}/deactivate/")
    assert message in switched_off.content.decode()
    assert Membership.objects.get(user=cast.hana, school=cast.school_a).role == "headteacher"
    client.post(f"/s/redscope/staff/{cast.alice.pk}/role/", {"role": "headteacher"})
    client.post(f"/s/redscope/staff/{cast.hana.pk}/role/", {"role": "dsl"})
    assert Membership.objects.get(user=cast.hana, school=cast.school_a).role == "dsl"


def test_a_deactivated_leaver_cannot_sign_in_and_their_history_stays(
    cast: Cast, client: Client
) -> None:
    tom = sign_in(Client(), cast.tom)
    assert tom.get("/s/redscope/").status_code == 200
    done = sign_in(client, cast.hana).post(
        f"/s/redscope/staff/{cast.tom.pk}/deactivate/", follow=True
    )
    assert (
        "Tom Pendle&#x27;s account is switched off. Their history is kept." in done.content.decode()
    )
    assert not User.objects.get(pk=cast.tom.pk).is_active
    assert Membership.objects.filter(user=cast.tom, school=cast.school_a).exists()
    assert last_event("deactivated account").details == {"email": "tom@redscope.example"}
    assert tom.get("/s/redscope/").status_code == 302  # the open session ends
    refused = Client().post("/login/", {"username": "tom@redscope.example", "password": PASSWORD})
    assert refused.status_code == 200
    assert "_auth_user_id" not in refused.wsgi_request.session


def test_an_account_used_at_another_school_is_not_switched_off_from_one(
    cast: Cast, client: Client
) -> None:
    Membership.objects.create(user=cast.bob, school=cast.school_a, role="staff")
    refused = sign_in(client, cast.hana).post(f"/s/redscope/staff/{cast.bob.pk}/deactivate/")
    assert (
        "Bob Carrow also has a role at another school or trust, so their account cannot be "
        "switched off from here." in refused.content.decode()
    )
    assert User.objects.get(pk=cast.bob.pk).is_active


@pytest.mark.parametrize("action", ACTIONS)
def test_another_schools_member_is_404(cast: Cast, client: Client, action: str) -> None:
    sign_in(client, cast.hana)
    assert client.get(f"/s/redscope/staff/{cast.bob.pk}/").status_code == 404
    assert (
        client.post(f"/s/redscope/staff/{cast.bob.pk}/{action}/", {"role": "staff"}).status_code
        == 404
    )
    sign_in(client, cast.bob)
    assert (
        client.post(f"/s/redscope/staff/{cast.tom.pk}/{action}/", {"role": "staff"}).status_code
        == 404
    )
    assert User.objects.get(pk=cast.bob.pk).is_active
    assert not AuditEvent.objects.filter(object_type="user").exists()


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("who", ["alice", "olu", "tom", "gail"])
def test_a_role_without_the_permission_is_403(
    cast: Cast, client: Client, action: str, who: str
) -> None:
    sign_in(client, getattr(cast, who))
    assert client.get(f"/s/redscope/staff/{cast.tom.pk}/").status_code == 403
    assert (
        client.post(f"/s/redscope/staff/{cast.tom.pk}/{action}/", {"role": "office"}).status_code
        == 403
    )
    assert not AuditEvent.objects.filter(object_type="user").exists()


@pytest.mark.parametrize("action", ACTIONS)
def test_changes_are_post_only(cast: Cast, client: Client, action: str) -> None:
    sign_in(client, cast.hana)
    assert client.get(f"/s/redscope/staff/{cast.tom.pk}/{action}/").status_code == 405
    assert User.objects.get(pk=cast.tom.pk).is_active


def test_the_server_can_reset_an_authenticator_when_no_head_can_sign_in(cast: Cast) -> None:
    confirmed_device(cast.hana)
    out = StringIO()
    call_command(
        "reset_authenticator", school="redscope", email="HANA@redscope.example", stdout=out
    )
    printed = out.getvalue()
    assert printed.startswith(
        "hana@redscope.example: authenticator reset. Give them this link "
        "(it works once and expires in 7 days):\n"
    )
    assert not TOTPDevice.objects.filter(user=cast.hana).exists()
    assert last_event("reset authenticator").actor_label == "system"
    hana = Client()
    hana.post(link_path(printed), {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert "Set up your authenticator app" in hana.get("/login/two-factor/").content.decode()
