"""The parents' pages: the policy in public, its PDF, the privacy and accessibility pages."""

from __future__ import annotations

import io

import pytest
from django.test import Client
from pypdf import PdfReader

from schoolgate.policies.models import PolicyVersion
from schoolgate.test import Cast

pytestmark = pytest.mark.django_db


def test_the_policy_is_public_in_the_schools_own_words(cast: Cast, client: Client) -> None:
    response = client.get("/parents/redscope/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Parental Use of Social Networking and Internet Sites Policy" in page
    assert "Saving photographs from Dojo and then sharing on social media." in page
    assert "Primary aged pupils should not have access to certain Social Networking Sites" in page
    assert 'href="/parents/redscope/concern/"' in page
    assert "First, someone from the school talks with you" in page
    assert 'href="mailto:office@redscope.example"' in page
    assert 'media="print"' in page
    # No staff menu and no session for a parent who just reads.
    assert "Sign out" not in page
    assert "sessionid" not in response.cookies


@pytest.mark.parametrize(
    "path", ["/parents/nowhere/", "/parents/nowhere/check/", "/parents/nowhere/privacy/"]
)
def test_an_unknown_school_is_not_found(cast: Cast, client: Client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_a_school_without_a_published_policy_has_no_parents_pages(
    cast: Cast, client: Client
) -> None:
    PolicyVersion.objects.filter(school=cast.school_b).update(is_published=False)
    assert client.get("/parents/hollowmere/").status_code == 404
    assert client.get("/parents/hollowmere/check/").status_code == 404


def test_the_policy_downloads_as_a_pdf(cast: Cast, client: Client) -> None:
    response = client.get("/parents/redscope/policy.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="redscope-policy.pdf"'
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Parental Use of Social Networking and Internet Sites Policy" in text
    assert "What the school will do if a post breaks the policy" in text


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/parents/redscope/privacy/", "Privacy notice"),
        ("/parents/redscope/accessibility/", "Accessibility statement"),
    ],
)
def test_privacy_notice_and_accessibility_statement(
    cast: Cast, client: Client, path: str, heading: str
) -> None:
    page = client.get(path).content.decode()
    assert f'<h1 class="govuk-heading-l">{heading}</h1>' in page


def test_reading_pages_answer_get_and_head_only(cast: Cast, client: Client) -> None:
    assert client.head("/parents/redscope/").status_code == 200
    assert client.post("/parents/redscope/").status_code == 405
    assert client.delete("/parents/redscope/check/").status_code == 405
