"""Staff accounts by invitation: a signed link that works once, for a week, and only then a QR."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.schools.accounts import SPENT_LINK
from schoolgate.schools.models import AuditEvent, Membership, User
from schoolgate.schools.tests.conftest import NEW_PASSWORD, Inbox, body, link_path
from schoolgate.test import PASSWORD, Cast, sign_in

SET_PASSWORD = {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}


def invite(email: str, role: str = "staff", school: str = "redscope") -> str:
    out = StringIO()
    call_command("invite", school=school, email=email, role=role, stdout=out)
    return out.getvalue()


def test_a_head_invites_from_the_staff_accounts_page(cast: Cast, client: Client) -> None:
    sign_in(client, cast.hana)
    page = client.post("/s/redscope/staff/", {"email": "nia@redscope.example", "role": "dsl"})
    text = page.content.decode()
    assert "nia@redscope.example is invited as Designated safeguarding lead." in text
    assert "No mail server is set up, so give them this link yourself." in text
    link = link_path(text)
    assert Membership.objects.get(user__email="nia@redscope.example").role == "dsl"
    listed = client.get("/s/redscope/staff/").content.decode()
    assert "nia@redscope.example" in listed
    assert '<strong class="govuk-tag govuk-tag--blue">Invited</strong>' in listed
    event = AuditEvent.objects.get(verb="invited staff")
    assert (event.actor, event.details) == (
        cast.hana,
        {"email": "nia@redscope.example", "role": "dsl", "new_account": True},
    )
    assert Client().post(link, SET_PASSWORD)["Location"] == "/login/two-factor/"


def test_the_link_works_once(cast: Cast, client: Client) -> None:
    link = link_path(invite("nia@redscope.example"))
    assert client.post(link, SET_PASSWORD).status_code == 302
    again = Client().get(link).content.decode()
    assert "This link cannot be used" in again
    assert SPENT_LINK in again
    assert "new_password1" not in again
    replay = Client().post(
        link, {"new_password1": "another one entirely", "new_password2": "another one entirely"}
    )
    assert SPENT_LINK in replay.content.decode()
    assert User.objects.get(email="nia@redscope.example").check_password(NEW_PASSWORD)


def test_the_link_expires_after_seven_days(cast: Cast) -> None:
    sent = timezone.now()
    with time_machine.travel(sent, tick=False):
        link = link_path(invite("nia@redscope.example"))
    with time_machine.travel(sent + dt.timedelta(days=7, minutes=-1), tick=False):
        assert "Choose a password" in Client().get(link).content.decode()
    with time_machine.travel(sent + dt.timedelta(days=7, minutes=1), tick=False):
        late = Client().post(link, SET_PASSWORD).content.decode()
    assert SPENT_LINK in late
    assert not User.objects.get(email="nia@redscope.example").has_usable_password()


def test_a_password_alone_never_shows_a_qr_code(cast: Cast, client: Client, settings: Any) -> None:
    settings.RELAX_TWO_FACTOR = False
    client.post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    assert client.get("/s/redscope/")["Location"] == "/login/two-factor/?next=/s/redscope/"
    page = client.get("/login/two-factor/").content.decode()
    assert "Your authenticator app is not set up" in page
    assert (
        "the app can only be set up from the link in your invitation, or from a new link your "
        "headteacher or trust administrator sends when they reset your authenticator" in page
    )
    assert "QR code" not in page
    assert "<code" not in page
    assert not TOTPDevice.objects.filter(user=cast.alice).exists()
    assert client.post("/login/two-factor/", {"token": "123456"}).status_code == 200
    assert client.get("/s/redscope/").status_code == 302


def test_a_password_reset_by_email_does_not_set_up_an_authenticator(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    client.post("/login/reset/", {"email": "ALICE@redscope.example"})
    ((recipients, message),) = inbox.messages
    assert recipients == ["alice@redscope.example"]
    assert message["Subject"] == "Reset your Schoolgate password"
    (path,) = [w for w in body(message).split() if "/login/reset/" in w]
    form = client.get(path.split("testserver")[1], follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], SET_PASSWORD, follow=True)
    assert "Your password is changed" in done.content.decode()
    client.post("/login/", {"username": "alice@redscope.example", "password": NEW_PASSWORD})
    assert (
        "Your authenticator app is not set up" in client.get("/login/two-factor/").content.decode()
    )


def test_without_a_mail_server_the_reset_page_says_whom_to_ask(cast: Cast, client: Client) -> None:
    page = client.post("/login/reset/", {"email": "alice@redscope.example"}).content.decode()
    assert (
        "This Schoolgate cannot send email yet. Ask your headteacher or trust administrator" in page
    )


def test_inviting_someone_with_an_account_adds_them_without_a_new_password(
    cast: Cast, client: Client
) -> None:
    printed = invite("bob@hollowmere.example", role="office")
    assert printed == (
        "bob@hollowmere.example (Office staff at Redscope Primary School): they already have an "
        "account and can use it here now. No new password is needed.\n"
    )
    assert Membership.objects.get(user=cast.bob, school=cast.school_a).role == "office"
    assert cast.bob.check_password(PASSWORD)
    page = sign_in(client, cast.hana).post(
        "/s/redscope/staff/", {"email": "bob@hollowmere.example", "role": "staff"}
    )
    assert (
        "bob@hollowmere.example already has an account at Redscope Primary School, as Office "
        "staff. Change their role instead." in page.content.decode()
    )


def test_the_invitation_arrives_by_email(
    cast: Cast, client: Client, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        page = sign_in(client, cast.hana).post(
            "/s/redscope/staff/", {"email": "nia@redscope.example", "role": "staff"}
        )
    assert (
        "Invitation sent to nia@redscope.example (Staff). The link works once and expires in 7 days."
        in page.content.decode()
    )
    assert "/login/set-up/" not in page.content.decode()
    ((recipients, message),) = inbox.messages
    assert recipients == ["nia@redscope.example"]
    assert message["Subject"] == "You are invited to Schoolgate at Redscope Primary School"
    text = body(message)
    assert text.startswith("Redscope Primary School has invited you to use Schoolgate as Staff.")
    assert Client().post(link_path(text), SET_PASSWORD).status_code == 302


def test_the_invite_command_says_when_the_link_was_emailed(
    cast: Cast, inbox: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        printed = invite("nia@redscope.example", role="governor")
    assert (
        printed
        == "nia@redscope.example (Governor at Redscope Primary School): invitation e-mailed.\n"
    )
    assert len(inbox.messages) == 1


@pytest.mark.parametrize("who", ["alice", "olu", "tom", "gail"])
def test_staff_without_the_permission_cannot_invite(cast: Cast, client: Client, who: str) -> None:
    sign_in(client, getattr(cast, who))
    assert client.get("/s/redscope/staff/").status_code == 403
    refused = client.post("/s/redscope/staff/", {"email": "eve@example.org", "role": "headteacher"})
    assert refused.status_code == 403
    assert not User.objects.filter(email="eve@example.org").exists()


def test_a_trust_admin_invites_at_the_trusts_schools(cast: Cast, client: Client) -> None:
    sign_in(client, cast.trudy)
    page = client.post(
        "/s/hollowmere/staff/", {"email": "new.head@hollowmere.example", "role": "headteacher"}
    )
    assert "new.head@hollowmere.example is invited as Headteacher." in page.content.decode()


def test_another_schools_staff_page_is_404(cast: Cast, client: Client) -> None:
    sign_in(client, cast.hana)
    assert client.get("/s/hollowmere/staff/").status_code == 404
    assert (
        client.post("/s/hollowmere/staff/", {"email": "eve@example.org", "role": "dsl"}).status_code
        == 404
    )
    assert not User.objects.filter(email="eve@example.org").exists()


def test_the_invite_command_refuses_what_it_cannot_do(cast: Cast) -> None:
    with pytest.raises(CommandError, match=r"^'not-an-address' is not an e-mail address\.$"):
        invite("not-an-address")
    with pytest.raises(CommandError, match=r"^No school with slug 'nowhere' \(schools: "):
        invite("nia@redscope.example", school="nowhere")
    cast.tom.is_active = False
    cast.tom.save()
    with pytest.raises(
        CommandError,
        match=r"^tom@redscope\.example's account is switched off; it cannot be invited again\.$",
    ):
        invite("tom@redscope.example", school="hollowmere")
