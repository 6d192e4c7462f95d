"""The policy page staff read, its overdue banner, and its earlier versions."""

from __future__ import annotations

from django.test import Client

from schoolgate.policies.actions import load_policy
from schoolgate.policies.library import redscope_policy_source
from schoolgate.test import Cast, sign_in


def test_staff_read_the_policy_with_an_overdue_banner_naming_the_reviewers(
    cast: Cast, client: Client, frozen_today
) -> None:
    page = sign_in(client, cast.tom).get("/s/redscope/policy/").content.decode()
    assert "This policy is overdue for review" in page
    assert "To be reviewed by: E. E. Cobley, A Bradbury." in page
    assert "Is the social networking site the appropriate channel" in page
    assert "Saving photographs from Dojo" in page
    assert "Contact the Police where the school feels it appropriate" in page


def test_earlier_versions_stay_readable(cast: Cast, client: Client, frozen_today) -> None:
    load_policy(
        cast.school_a,
        redscope_policy_source().replace("next_review: 2025-11", "next_review: 2027-11"),
    )
    sign_in(client, cast.gail)
    listing = client.get("/s/redscope/policy/versions/").content.decode()
    assert "Version 1" in listing and "Version 2" in listing
    old = client.get("/s/redscope/policy/versions/1/").content.decode()
    assert "This is version 1, kept for the record." in old
    assert "overdue for review" in old
    current = client.get("/s/redscope/policy/").content.decode()
    assert "overdue" not in current


def test_another_school_gets_404_on_redscopes_policy_versions(cast: Cast, client: Client) -> None:
    sign_in(client, cast.bob)
    assert client.get("/s/redscope/policy/").status_code == 404
    assert client.get("/s/redscope/policy/versions/1/").status_code == 404
    assert client.get("/s/hollowmere/policy/versions/9/").status_code == 404
