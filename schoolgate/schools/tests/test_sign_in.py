"""Signing in by e-mail, the second factor, and throttling of guessed passwords."""

from __future__ import annotations

import datetime as dt
import re

import time_machine
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.schools.tokens import set_up_path
from schoolgate.test import PASSWORD, Cast, confirmed_device, current_code, sign_in


def missing_descriptions(page: str) -> list[str]:
    """Ids named by aria-describedby that no element on the page carries."""
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    named = [i for v in re.findall(r'aria-describedby="([^"]+)"', page) for i in v.split()]
    return [i for i in named if i not in ids]


def test_staff_sign_in_by_email_in_any_case(cast: Cast, client: Client) -> None:
    response = client.post("/login/", {"username": "ALICE@Redscope.example", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/s/redscope/").status_code == 302  # still owes the second factor


def test_a_wrong_password_says_so(cast: Cast, client: Client) -> None:
    response = client.post("/login/", {"username": "alice@redscope.example", "password": "nope"})
    assert "Enter a correct email address and password." in response.content.decode()


def test_a_set_up_link_leads_to_setting_up_the_authenticator(cast: Cast, client: Client) -> None:
    new_password = "a fresh passphrase for alice"
    chosen = client.post(
        set_up_path(cast.alice), {"new_password1": new_password, "new_password2": new_password}
    )
    assert chosen["Location"] == "/login/two-factor/"
    setup = client.get("/login/two-factor/")
    assert "Set up your authenticator app" in setup.content.decode()
    device = TOTPDevice.objects.get(user=cast.alice, confirmed=False)
    wrong = client.post(
        "/login/two-factor/", {"token": "000000" if current_code(device) != "000000" else "111111"}
    )
    assert "That code is not right" in wrong.content.decode()
    too_soon = client.post("/login/two-factor/", {"token": current_code(device)})
    assert "Too many wrong codes" in too_soon.content.decode()
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=10)):
        done = client.post("/login/two-factor/", {"token": current_code(device)})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/s/redscope/").status_code == 200


def test_a_wrong_code_and_hints_are_read_out_with_their_field(cast: Cast, client: Client) -> None:
    device = confirmed_device(cast.alice)
    client.post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    wrong = client.post(
        "/login/two-factor/", {"token": "000000" if current_code(device) != "000000" else "111111"}
    ).content.decode()
    assert 'aria-describedby="id_token_error"' in wrong
    assert missing_descriptions(wrong) == []
    upload_page = sign_in(Client(), cast.olu).get("/s/redscope/people/import/").content.decode()
    assert 'aria-describedby="id_file_helptext"' in upload_page
    assert missing_descriptions(upload_page) == []


def test_later_sign_ins_ask_for_the_code(cast: Cast, client: Client) -> None:
    device = confirmed_device(cast.alice)
    client.post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    page = client.get("/login/two-factor/").content.decode()
    assert "Enter the code from your authenticator app" in page
    client.post("/login/two-factor/", {"token": current_code(device)})
    assert client.get("/s/redscope/").status_code == 200


def test_the_code_leads_back_to_the_page_asked_for(cast: Cast, client: Client) -> None:
    device = confirmed_device(cast.alice)
    client.post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    code_page = client.get("/s/redscope/cases/?status=closed")["Location"]
    assert code_page == "/login/two-factor/?next=/s/redscope/cases/%3Fstatus%3Dclosed"
    done = client.post(code_page, {"token": current_code(device)})
    assert done["Location"] == "/s/redscope/cases/?status=closed"


def test_governors_see_no_cases_and_need_no_second_factor(cast: Cast, client: Client) -> None:
    client.post("/login/", {"username": "gail@redscope.example", "password": PASSWORD})
    assert client.get("/s/redscope/").status_code == 200


@override_settings(RELAX_TWO_FACTOR=True)
def test_the_demo_setting_relaxes_the_second_factor(cast: Cast, client: Client) -> None:
    client.post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    assert client.get("/s/redscope/").status_code == 200


def test_repeated_wrong_passwords_lock_the_account_out(cast: Cast, client: Client) -> None:
    for _ in range(5):
        client.post("/login/", {"username": "alice@redscope.example", "password": "guess"})
    locked = client.post("/login/", {"username": "alice@redscope.example", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
