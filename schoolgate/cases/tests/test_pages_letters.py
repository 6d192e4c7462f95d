"""Letter pages: the head words the school's letters; a DSL writes, previews and sends one."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from docx import Document
from pypdf import PdfReader

from schoolgate.cases.actions import StepRecord, open_case, record_step
from schoolgate.cases.actions.letters import start_letter
from schoolgate.cases.models import Case, Incident, Letter, LetterStatus
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.cases.tests.test_letters import free_port, use_smtp
from schoolgate.documents.letters import LetterKind
from schoolgate.policies.steps import StepKind
from schoolgate.test import Cast, sign_in

POST = "Miss Ashdown shouts at the children, avoid her class."


@pytest.fixture
def case(cast: Cast, logged: Callable[..., Incident]) -> Case:
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(POST, poster=parent(cast)))
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    return case


@pytest.fixture
def letter(cast: Cast, case: Case) -> Letter:
    return start_letter(member(cast, cast.alice), case, LetterKind.WRITTEN_WARNING)


def letter_urls(letter: Letter, slug: str = "redscope") -> list[tuple[str, str]]:
    base = f"/s/{slug}/cases/{letter.case.number}/letters"
    return [
        ("post", f"{base}/"),
        ("get", f"{base}/{letter.pk}/"),
        ("post", f"{base}/{letter.pk}/"),
        ("get", f"{base}/{letter.pk}/letter.pdf"),
        ("get", f"{base}/{letter.pk}/letter.docx"),
        ("post", f"{base}/{letter.pk}/send/"),
        ("post", f"{base}/{letter.pk}/finish/"),
    ]


def test_another_schools_dsl_gets_404_for_every_letter_address(
    cast: Cast, client: Client, letter: Letter
) -> None:
    sign_in(client, cast.bob)
    for method, url in letter_urls(letter) + letter_urls(letter, "hollowmere"):
        assert getattr(client, method)(url).status_code == 404, url
    assert letter.__class__.objects.get(pk=letter.pk).status == LetterStatus.DRAFT


def test_staff_who_do_not_work_cases_get_403(cast: Cast, client: Client, letter: Letter) -> None:
    for user in (cast.tom, cast.olu, cast.gail):
        sign_in(client, user)
        for method, url in letter_urls(letter):
            assert getattr(client, method)(url).status_code == 403, (user, url)
        for url in ("/s/redscope/letters/", "/s/redscope/letters/written_warning/"):
            assert client.get(url).status_code == 403


def test_only_the_head_opens_the_schools_letters(cast: Cast, client: Client) -> None:
    sign_in(client, cast.alice)
    assert client.get("/s/redscope/letters/").status_code == 403
    sign_in(client, cast.bob)
    assert client.get("/s/redscope/letters/").status_code == 404


def test_the_head_saves_wording_and_a_field_the_letter_lacks_is_refused_on_the_page(
    cast: Cast, client: Client
) -> None:
    sign_in(client, cast.hana)
    page = client.get("/s/redscope/letters/").content.decode()
    assert "Written warning" in page and "Schoolgate's default" in page
    response = client.post(
        "/s/redscope/letters/invitation/",
        {"subject": "Let us talk", "body": "Dear {parent_name}, about {child_name}."},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert (
        "An invitation to meet has no field {child_name}. Use only {parent_name}, {school_name}, "
        "{school_email}, {today}, {signatory}, {case_number}, {posts}, {complaints_route}."
    ) in page
    assert 'href="#id_body"' in page
    response = client.post(
        "/s/redscope/letters/invitation/",
        {"subject": "Let us talk", "body": "Dear {parent_name}, please call us."},
    )
    assert response.status_code == 302
    assert "The school's own, changed" in client.get("/s/redscope/letters/").content.decode()
    assert client.get("/s/redscope/letters/no_such_kind/").status_code == 404


def test_the_case_offers_to_write_the_warning_letter(
    cast: Cast, client: Client, case: Case
) -> None:
    sign_in(client, cast.alice)
    page = client.get(f"/s/redscope/cases/{case.number}/").content.decode()
    assert "Write the warning letter" in page
    assert "upload the letter sent below" in page
    response = client.post(
        f"/s/redscope/cases/{case.number}/letters/", {"kind": LetterKind.WRITTEN_WARNING}
    )
    letter = Letter.objects.get(case=case)
    assert response["Location"] == f"/s/redscope/cases/{case.number}/letters/{letter.pk}/"


def test_a_dsl_edits_previews_downloads_and_prints_the_warning(
    cast: Cast, client: Client, letter: Letter
) -> None:
    sign_in(client, cast.alice)
    url = f"/s/redscope/cases/{letter.case.number}/letters/{letter.pk}/"
    page = client.get(url).content.decode()
    assert "Preview" in page and POST in page

    form = {
        "recipient_name": "Ms Parent",
        "recipient_address": "2 Hill Road",
        "recipient_email": "",
        "removal_deadline": "2026-12-07",
        "subject": "Your posts",
        "body": "Dear {parent_name},\n\n{posts}\n\nRemove them by {removal_deadline}. {oops}",
    }
    response = client.post(url, form)
    assert response.status_code == 400
    assert "A written warning has no field {oops}." in response.content.decode()

    form["body"] = "Dear {parent_name},\n\n{posts}\n\nRemove them by {removal_deadline}."
    assert client.post(url, form).status_code == 302
    page = client.get(url).content.decode()
    assert "Remove them by 7 December 2026." in page

    pdf = client.get(f"{url}letter.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"].endswith(f'letter-case-1-{letter.pk}-written_warning.pdf"')
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert POST in text and "Remove them by 7 December 2026." in text
    docx = client.get(f"{url}letter.docx")
    paragraphs = [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    assert "Your posts" in paragraphs and "Remove them by 7 December 2026." in paragraphs

    response = client.post(f"{url}send/")
    assert response.status_code == 400
    assert "No mail server is set up (SCHOOLGATE_EMAIL_HOST)" in response.content.decode()

    response = client.post(f"{url}finish/", {"status": LetterStatus.PRINTED})
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.status == LetterStatus.PRINTED
    assert letter.step is not None and letter.step.kind == StepKind.WRITTEN_WARNING
    kept = client.get(f"{url}letter.pdf").content
    assert letter.evidence is not None
    assert letter.evidence.sha256 == letter.step.details["letter_sha256"]
    assert hashlib.sha256(kept).hexdigest() == letter.evidence.sha256
    case_page = client.get(f"/s/redscope/cases/{letter.case.number}/").content.decode()
    assert "Printed and posted" in case_page
    assert letter.evidence.original_name in case_page
    assert client.post(f"{url}finish/", {"status": LetterStatus.PRINTED}).status_code == 400


def test_a_failed_send_is_shown_on_the_letter(
    cast: Cast,
    client: Client,
    letter: Letter,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    use_smtp(settings, free_port())
    Letter.objects.filter(pk=letter.pk).update(recipient_email="parent@families.example")
    sign_in(client, cast.alice)
    url = f"/s/redscope/cases/{letter.case.number}/letters/{letter.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"{url}send/").status_code == 302
    page = client.get(url).content.decode()
    assert "The letter was not sent" in page
    assert "The mail server could not be reached or refused the letter:" in page
