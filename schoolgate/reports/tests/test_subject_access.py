"""Subject access: the export names the person and redacts everyone else; the one-month clock."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from pypdf import PdfReader

from schoolgate.cases.actions import ActionRefused, IncidentReport, log_incident
from schoolgate.cases.evidence import check_upload
from schoolgate.reports.models import SubjectAccessRequest
from schoolgate.reports.subject_access import blur_faces, log_request
from schoolgate.schools.access import get_member
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.screening.images import HaarFaceDetector, load_rgb
from schoolgate.screening.tests.drawn import faces
from schoolgate.test import Cast, sign_in

OTHERS = ["Ingleby", "Esme", "Jude", "Fenwick", "judef", "gossip", "Marchbank"]


@pytest.fixture(autouse=True)
def evidence_folder(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return settings.MEDIA_ROOT


def person(cast: Cast, person_id: str) -> Person:
    return Person.objects.get(school=cast.school_a, person_id=person_id)


def png_of_faces() -> bytes:
    buffer = io.BytesIO()
    faces(2).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def posts(cast: Cast) -> None:
    """Theo Fairhurst (R001, parent of Esme, P001) posts, is posted about, and Esme is named."""
    alice = get_member(cast.alice, "redscope")
    theo, jude, head, esme = (person(cast, p) for p in ("R001", "R002", "S001", "P001"))
    log_incident(
        alice,
        IncidentReport(
            platform="facebook",
            text="Mrs Ingleby ignored Esme again. Ask Jude Fenwick.",
            account_handle="@theo_f",
            poster=theo,
            targets=[head],
            screenshots=[(check_upload("post.png", png_of_faces()), "post")],
        ),
    )
    log_incident(
        alice,
        IncidentReport(
            platform="x",
            text="Theo Fairhurst is spreading lies about Mrs Ingleby, says @judef.",
            account_handle="@judef",
            poster=jude,
            targets=[theo],
        ),
    )
    log_incident(
        alice,
        IncidentReport(
            platform="instagram",
            text="Esme Fairhurst was in the class photo.",
            account_handle="@gossip",
            targets=[esme],
        ),
    )


def test_the_export_names_the_person_and_redacts_everyone_else(
    cast: Cast, posts: None, tmp_path: Path
) -> None:
    apps.get_model("intake", "Concern").objects.create(
        school=cast.school_a,
        reference="C-0001",
        source="form",
        name="Theo Fairhurst",
        email="theo@example.org",
        text="Mrs Ingleby will not answer my e-mails.",
    )
    out = io.StringIO()
    call_command(
        "subject_access",
        "--school",
        "redscope",
        "--person",
        "R001",
        "--output",
        str(tmp_path),
        stdout=out,
    )
    json_path, pdf_path = (
        tmp_path / "subject-access-R001.json",
        tmp_path / "subject-access-R001.pdf",
    )
    assert out.getvalue() == f"Wrote {json_path} and {pdf_path}.\n"
    raw = json_path.read_text()
    content = json.loads(raw)
    assert content["person"]["name"] == "Theo Fairhurst"
    [own] = content["posts_by_you"]
    assert own["account_handle"] == "@theo_f"
    assert own["text"] == "[another person] ignored [another person] again. Ask [another person]."
    assert own["people_named"] == ["[another person]"]
    [about] = content["posts_naming_you"]
    assert about["text"] == (
        "Theo Fairhurst is spreading lies about [another person], says [another person]."
    )
    assert about["account_handle"] == "[another person]"
    assert about["people_named"] == ["Theo Fairhurst"]
    [child] = content["posts_naming_your_children"]
    [concern] = content["concerns_you_raised"]
    assert concern["text"] == "[another person] will not answer my e-mails."
    assert child["text"] == "[another person] was in the class photo."
    for name in OTHERS:
        assert name.lower() not in raw.lower()
    # Lines wrap where the page ends them: compare words, not line breaks.
    pdf_text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf_path).pages).split())
    assert "What Redscope Primary School holds about Theo Fairhurst" in pdf_text
    assert "[another person] ignored [another person] again." in pdf_text
    for name in OTHERS:
        assert name.lower() not in pdf_text.lower()
    event = AuditEvent.objects.get(verb="exported subject access")
    assert event.actor is None and event.object_id == str(person(cast, "R001").pk)
    assert event.details["posts_by_person"] == 1 and event.details["faces_blurred"] == 2
    assert "Theo" not in json.dumps(event.details)


def test_faces_in_screenshots_are_blurred_beyond_detection() -> None:
    import cv2

    def count(data: bytes) -> int:
        gray = cv2.cvtColor(load_rgb(data), cv2.COLOR_RGB2GRAY)
        return len(HaarFaceDetector().detect(gray))

    original = png_of_faces()
    blurred, found = blur_faces(original)
    assert (count(original), found, count(blurred)) == (2, 2, 0)


def test_the_clock_runs_one_calendar_month_and_shows_overdue(cast: Cast, client: Client) -> None:
    hana = get_member(cast.hana, "redscope")
    with time_machine.travel(dt.datetime(2026, 2, 2, 9, tzinfo=dt.UTC), tick=False):
        request = log_request(hana, person(cast, "R001"), "Theo Fairhurst", dt.date(2026, 1, 31))
    assert request.due_on == dt.date(2026, 2, 28)
    sign_in(client, cast.hana)
    with time_machine.travel(dt.datetime(2026, 2, 28, 12, tzinfo=dt.UTC), tick=False):
        page = client.get("/s/redscope/reports/subject-access/").content.decode()
        assert "28 February 2026" in page and "Overdue" not in page
    with time_machine.travel(dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC), tick=False):
        page = client.get("/s/redscope/reports/subject-access/").content.decode()
        assert '<strong class="govuk-tag govuk-tag--red">Overdue</strong>' in page
        assert list(SubjectAccessRequest.objects.overdue(dt.date(2026, 3, 1))) == [request]
        client.post(f"/s/redscope/reports/subject-access/{request.pk}/")
        page = client.get("/s/redscope/reports/subject-access/").content.decode()
        assert "Overdue" not in page and "Answered" in page


def test_logging_a_request_from_the_page(cast: Cast, client: Client, frozen_today: Any) -> None:
    sign_in(client, cast.alice)
    response = client.post(
        "/s/redscope/reports/subject-access/",
        {"person_id": "R001", "requester": "Theo Fairhurst", "received_on": "2026-11-20"},
        follow=True,
    )
    assert "Request logged: the answer is due by 20 December 2026." in response.content.decode()
    response = client.post(
        "/s/redscope/reports/subject-access/",
        {"person_id": "NOBODY", "requester": "Someone", "received_on": "2026-11-20"},
    )
    assert response.status_code == 400
    assert "No one on the roster has that MIS person id." in response.content.decode()
    assert AuditEvent.objects.filter(verb="logged subject access request").count() == 1


def test_a_request_needs_a_date_not_in_the_future(cast: Cast, frozen_today: Any) -> None:
    with pytest.raises(ActionRefused) as refused:
        log_request(
            get_member(cast.alice, "redscope"), person(cast, "R001"), "Theo", dt.date(2026, 12, 1)
        )
    assert str(refused.value) == "The date the request was received cannot be in the future."


@pytest.mark.parametrize("page", ["", "{pk}/", "{pk}/export.pdf", "{pk}/export.json"])
@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("hana", 200),
        ("alice", 200),
        ("olu", 403),
        ("tom", 403),
        ("gail", 403),
        ("trudy", 403),
        ("bob", 404),
    ],
)
def test_subject_access_is_for_the_head_and_dsl_of_the_school(
    cast: Cast, client: Client, page: str, user: str, expected: int
) -> None:
    request = log_request(
        get_member(cast.hana, "redscope"), person(cast, "R001"), "Theo", dt.date(2026, 1, 5)
    )
    sign_in(client, getattr(cast, user))
    response = client.get(f"/s/redscope/reports/subject-access/{page.format(pk=request.pk)}")
    assert response.status_code == expected


def test_another_schools_request_is_not_found(cast: Cast, client: Client) -> None:
    request = log_request(
        get_member(cast.hana, "redscope"), person(cast, "R001"), "Theo", dt.date(2026, 1, 5)
    )
    sign_in(client, cast.bob)
    response = client.get(f"/s/hollowmere/reports/subject-access/{request.pk}/")
    assert response.status_code == 404
