"""The sign-in lock-out: one counter per address however it is typed, per real client address."""

from __future__ import annotations

from typing import Any

from django.test import Client, override_settings

from schoolgate.test import PASSWORD, Cast

SPELLINGS = [
    "Alice@redscope.example",
    " alice@redscope.example ",
    "ALICE@REDSCOPE.EXAMPLE",
    "alice@Redscope.Example",
    "aLiCe@redscope.example",
    "alice @redscope.example",
    "al ice@redscope.example",
    "\talice@redscope.example\n",
]
LOCKED_HEADING = "Too many attempts to sign in"
PROXY = "10.0.0.2"


def attempt(client: Client, username: str, password: str, **headers: Any) -> Any:
    return client.post("/login/", {"username": username, "password": password}, **headers)


def test_every_spelling_of_an_address_shares_one_lockout(cast: Cast, client: Client) -> None:
    wrong = [attempt(client, spelling, "guess").status_code for spelling in SPELLINGS[:5]]
    assert wrong == [200, 200, 200, 200, 429]
    for spelling in SPELLINGS:
        locked = attempt(Client(), spelling, PASSWORD)
        assert locked.status_code == 429, spelling
        assert LOCKED_HEADING in locked.content.decode()


def test_any_spelling_signs_in_before_the_limit(cast: Cast, client: Client) -> None:
    for spelling in SPELLINGS[:4]:
        attempt(client, spelling, "guess")
    assert attempt(client, SPELLINGS[6], PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(cast.alice.pk)


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_the_client_is_read_from_x_forwarded_for(
    cast: Cast, client: Client
) -> None:
    for forged in range(5):
        # The left part is whatever the client sent; the proxy appends what it saw.
        forwarded = f"198.51.100.{forged}, 203.0.113.7"
        attempt(
            client,
            "alice@redscope.example",
            "guess",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=forwarded,
        )
    same_client = attempt(
        Client(),
        "alice@redscope.example",
        PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7",
    )
    assert same_client.status_code == 429
    colleague = attempt(
        Client(),
        "alice@redscope.example",
        PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.8",
    )
    assert colleague.status_code == 302


def test_without_a_trusted_proxy_a_forged_x_forwarded_for_is_ignored(
    cast: Cast, client: Client
) -> None:
    for forged in range(5):
        attempt(
            client, "alice@redscope.example", "guess", HTTP_X_FORWARDED_FOR=f"203.0.113.{forged}"
        )
    escaped = attempt(
        Client(), "alice@redscope.example", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert escaped.status_code == 429
    assert LOCKED_HEADING in escaped.content.decode()
