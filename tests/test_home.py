"""The staff home page: school, policy version and review status, roster counts, navigation."""

from __future__ import annotations

from django.test import Client

from schoolgate.test import Cast, sign_in


def test_the_home_page_shows_the_school_policy_and_roster(
    cast: Cast, client: Client, frozen_today
) -> None:
    page = sign_in(client, cast.alice).get("/s/redscope/").content.decode()
    assert '<h1 class="govuk-heading-l">Redscope Primary School</h1>' in page
    assert "Designated safeguarding lead" in page
    assert "Review overdue" in page
    assert "was due for review in November 2025" in page
    for label, count in [("Pupil", 60), ("Staff", 30), ("Governor", 8), ("Parent or carer", 25)]:
        assert (
            f'<dt class="govuk-summary-list__key">{label}</dt><dd class="govuk-summary-list__value">{count}</dd>'
            in page
        )
    assert 'href="/s/redscope/people/"' in page
    assert 'href="/s/redscope/policy/"' in page


def test_navigation_offers_only_what_the_role_may_open(cast: Cast, client: Client) -> None:
    page = sign_in(client, cast.gail).get("/s/redscope/").content.decode()
    assert 'href="/s/redscope/people/"' not in page
    assert 'href="/s/redscope/policy/"' in page


def test_a_member_of_one_school_lands_on_it(cast: Cast, client: Client) -> None:
    response = sign_in(client, cast.alice).get("/")
    assert response["Location"] == "/s/redscope/"


def test_a_trust_admin_chooses_between_the_trusts_schools(cast: Cast, client: Client) -> None:
    page = sign_in(client, cast.trudy).get("/").content.decode()
    assert "Choose a school" in page
    assert "Hollowmere Primary School" in page and "Redscope Primary School" in page


def test_pages_carry_a_content_security_policy(cast: Cast, client: Client) -> None:
    response = client.get("/login/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
