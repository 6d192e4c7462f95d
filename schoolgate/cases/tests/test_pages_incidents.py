"""The incident pages: logging one, the triage queue, the screening shown, and who sees what."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from schoolgate.cases.actions import open_case
from schoolgate.cases.models import Evidence, Incident, IncidentStatus
from schoolgate.cases.tests.conftest import member, parent, png
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.test import Cast, sign_in


def upload(name: str, data: bytes, content_type: str = "image/png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny PNG whose header claims a huge image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )


def post_incident(client: Client, **fields: object) -> Any:
    data: dict[str, object] = {"platform": "facebook", "text": "", "capture_method": "screenshot"}
    data.update(fields)
    return client.post("/s/redscope/incidents/new/", data)


def test_a_dsl_logs_an_incident_with_a_screenshot_and_sees_screening_under_way(
    cast: Cast, client: Client
) -> None:
    target = Person.objects.filter(school=cast.school_a, kind="pupil").first()
    assert target is not None
    response = post_incident(
        sign_in(client, cast.alice),
        text="Everyone knows that teacher is useless",
        account_handle="@angryparent",
        poster=parent(cast).pk,
        targets=[target.pk],
        posted_at="2026-11-20T09:14",
        post_screenshots=[upload("post.png", png("useless"))],
    )
    incident = Incident.objects.get(school=cast.school_a)
    assert response.status_code == 302
    assert response["Location"] == f"/s/redscope/incidents/{incident.pk}/"
    assert (
        incident.posted_at is not None
        and incident.posted_at.isoformat() == "2026-11-20T09:14:00+00:00"
    )
    assert list(incident.targets.all()) == [target]
    assert incident.evidence.get().role == "post"
    page = client.get(response["Location"]).content.decode()
    assert "Screening is under way" in page
    assert "Screening in progress" in page
    assert 'hx-trigger="every 3s"' in page


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "cat.png",
            b"#!/bin/sh\nrm -rf /\n",
            "cat.png is not a picture (PNG, JPEG, WebP or GIF) or a PDF",
        ),
        ("bomb.png", bomb_png(), "bomb.png expands to an unsafe size and was refused."),
    ],
)
def test_a_refused_upload_shows_its_message_and_nothing_is_saved(
    cast: Cast, client: Client, name: str, data: bytes, message: str
) -> None:
    response = post_incident(
        sign_in(client, cast.alice),
        text="Some words",
        post_screenshots=[upload("fine.png", png("fine")), upload(name, data)],
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert message in page
    assert not Incident.objects.exists() and not Evidence.objects.exists()


def test_a_too_large_upload_is_refused(cast: Cast, client: Client, settings: Any) -> None:
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    big = png() + b"\0" * (21 * 1024 * 1024)
    page = post_incident(
        sign_in(client, cast.alice), text="Words", post_screenshots=[upload("huge.png", big)]
    ).content.decode()
    assert "huge.png is 21.0 MB; files must be 20 MB or smaller." in page
    assert not Incident.objects.exists()


def test_an_empty_report_is_refused_with_the_actions_message(cast: Cast, client: Client) -> None:
    page = post_incident(sign_in(client, cast.tom)).content.decode()
    assert "Paste the text of the post or add a screenshot of it." in page
    assert not Incident.objects.exists()


def test_the_triage_queue_puts_police_indicators_first_and_filters(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    mild = logged("The new pick-up rules are a joke.", platform="facebook")
    severe = logged("I will hurt him", platform="x", account_handle="@threat")
    Incident.objects.filter(pk=severe.pk).update(
        severity=1040, has_police_indicator=True, categories=["violence"]
    )
    sign_in(client, cast.alice)
    page = client.get("/s/redscope/incidents/").content.decode()
    assert page.index(f"/incidents/{severe.pk}/") < page.index(f"/incidents/{mild.pk}/")
    assert "Police indicator" in page
    by_category = client.get("/s/redscope/incidents/?category=violence").content.decode()
    assert f"/incidents/{severe.pk}/" in by_category and f"/incidents/{mild.pk}/" not in by_category
    by_platform = client.get("/s/redscope/incidents/?platform=facebook").content.decode()
    assert f"/incidents/{mild.pk}/" in by_platform and f"/incidents/{severe.pk}/" not in by_platform
    by_handle = client.get("/s/redscope/incidents/?person=threat").content.decode()
    assert f"/incidents/{severe.pk}/" in by_handle and f"/incidents/{mild.pk}/" not in by_handle


def test_the_triage_queue_finds_people_by_name_as_poster_or_target(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    poster = parent(cast)
    pupil = Person.objects.filter(school=cast.school_a, kind="pupil").first()
    assert pupil is not None
    by_poster = logged("one", poster=poster)
    about_pupil = logged("two", targets=[pupil])
    other = logged("three")
    sign_in(client, cast.alice)
    page = client.get(
        "/s/redscope/incidents/", {"person": f"{poster.first_name} {poster.last_name}"}
    ).content.decode()
    assert f"/incidents/{by_poster.pk}/" in page and f"/incidents/{other.pk}/" not in page
    page = client.get("/s/redscope/incidents/", {"person": pupil.last_name}).content.decode()
    assert f"/incidents/{about_pupil.pk}/" in page and f"/incidents/{other.pk}/" not in page


def test_the_triage_queue_runs_the_same_queries_for_5_or_60_incidents(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    pupils = list(Person.objects.filter(school=cast.school_a, kind="pupil")[:3])
    for index in range(5):
        logged(f"post {index}", poster=parent(cast, index), targets=pupils)
    sign_in(client, cast.alice)
    client.get("/s/redscope/incidents/")
    with CaptureQueriesContext(connection) as few:
        client.get("/s/redscope/incidents/")
    for index in range(55):
        logged(
            f"more {index}",
            poster=parent(cast, index % 20),
            targets=pupils,
            account_handle=f"@h{index}",
        )
    open_case(member(cast, cast.alice), Incident.objects.filter(poster=parent(cast, 1)).first())  # type: ignore[arg-type]
    with CaptureQueriesContext(connection) as many:
        page = client.get("/s/redscope/incidents/").content.decode()
    assert len(many) == len(few)
    assert "Page 1 of 2" in page
    assert "Add to case 1" in page


def test_a_dsl_dismisses_from_the_queue_with_a_reason(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged()
    sign_in(client, cast.alice)
    response = client.post(
        f"/s/redscope/incidents/{incident.pk}/dismiss/",
        {"reason": "Fair criticism.", "next": "triage"},
    )
    assert response.status_code == 302 and response["Location"] == "/s/redscope/incidents/"
    incident.refresh_from_db()
    assert (
        incident.status == IncidentStatus.DISMISSED
        and incident.dismissal_reason == "Fair criticism."
    )
    page = client.post(
        f"/s/redscope/incidents/{incident.pk}/dismiss/", {"reason": "again"}
    ).content.decode()
    assert "Only a new incident can be dismissed." in page


def test_a_dismissal_without_a_reason_leads_to_the_reason_field(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged()
    response = sign_in(client, cast.alice).post(
        f"/s/redscope/incidents/{incident.pk}/dismiss/", {"reason": "  "}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#dismiss-reason">Give the reason for taking no action.</a>' in page
    assert '<details class="govuk-details" open>' in page
    assert 'aria-describedby="dismiss-reason-hint dismiss-reason-error"' in page
    assert 'id="dismiss-reason-error"' in page


def test_opening_a_case_and_adding_the_same_posters_next_incident(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    first, second = logged("one", poster=parent(cast)), logged("two", poster=parent(cast))
    sign_in(client, cast.alice)
    response = client.post(f"/s/redscope/incidents/{first.pk}/open-case/")
    assert response["Location"] == "/s/redscope/cases/1/"
    page = client.get(f"/s/redscope/incidents/{second.pk}/").content.decode()
    assert "Add to case 1" in page
    response = client.post(f"/s/redscope/incidents/{second.pk}/add-to-case/", {"case": "1"})
    assert response["Location"] == "/s/redscope/cases/1/"
    second.refresh_from_db()
    assert second.case is not None and second.case.number == 1


def test_adding_to_a_case_that_is_not_a_number_is_not_found(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged("one", poster=parent(cast))
    sign_in(client, cast.alice)
    for case in ("abc", "1.5", "²", ""):
        response = client.post(f"/s/redscope/incidents/{incident.pk}/add-to-case/", {"case": case})
        assert response.status_code == 404
    incident.refresh_from_db()
    assert incident.case is None


def test_staff_see_only_their_own_reports(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    own = logged("mine", by=cast.tom)
    others = logged("alice's")
    sign_in(client, cast.tom)
    page = client.get("/s/redscope/incidents/").content.decode()
    assert "Your reports" in page
    assert f"/incidents/{own.pk}/" in page and f"/incidents/{others.pk}/" not in page
    assert client.get(f"/s/redscope/incidents/{own.pk}/").status_code == 200
    assert client.get(f"/s/redscope/incidents/{others.pk}/").status_code == 404
    assert client.post(f"/s/redscope/incidents/{own.pk}/open-case/").status_code == 403


def test_staff_are_not_sent_to_case_pages_they_cannot_open(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    own = logged("mine", by=cast.tom, account_handle="@pickup_parent")
    open_case(member(cast, cast.alice), own)
    sign_in(client, cast.tom)
    for url in ("/s/redscope/incidents/?status=in_case", f"/s/redscope/incidents/{own.pk}/"):
        page = client.get(url).content.decode()
        assert "case 1" in page and "/s/redscope/cases/1/" not in page
    assert client.get("/s/redscope/cases/1/").status_code == 403


def test_governors_get_403_on_incidents(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged()
    sign_in(client, cast.gail)
    assert client.get("/s/redscope/incidents/").status_code == 403
    assert client.get(f"/s/redscope/incidents/{incident.pk}/").status_code == 403
    assert client.get("/s/redscope/incidents/new/").status_code == 403
    assert client.get("/s/redscope/search/?q=joke").status_code == 403


def test_another_school_gets_404_on_redscopes_incidents_and_evidence(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged(with_screenshot=True)
    evidence = incident.evidence.get()
    sign_in(client, cast.bob)
    assert client.get(f"/s/redscope/incidents/{incident.pk}/").status_code == 404
    assert client.get(f"/s/hollowmere/incidents/{incident.pk}/").status_code == 404
    assert client.get(f"/s/hollowmere/evidence/{evidence.pk}/").status_code == 404
    assert client.get(f"/s/redscope/evidence/{evidence.pk}/").status_code == 404
    assert (
        client.post(f"/s/hollowmere/incidents/{incident.pk}/dismiss/", {"reason": "x"}).status_code
        == 404
    )
    assert not AuditEvent.objects.filter(verb__endswith="evidence", actor=cast.bob).exists()


def test_viewing_and_downloading_evidence_are_audited_and_sandboxed(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    evidence = logged(with_screenshot=True).evidence.get()
    sign_in(client, cast.alice)
    response = client.get(f"/s/redscope/evidence/{evidence.pk}/")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "no-store"
    client.get(f"/s/redscope/evidence/{evidence.pk}/?download=1")
    verbs = list(
        AuditEvent.objects.filter(actor=cast.alice, object_type="evidence").values_list(
            "verb", flat=True
        )
    )
    assert verbs[-2:] == ["viewed evidence", "downloaded evidence"]


def test_search_finds_by_name_handle_and_text_within_what_the_member_sees(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    poster = parent(cast)
    by_name = logged("nothing to see", poster=poster)
    by_handle = logged("hello", account_handle="@grumpy_dad")
    by_text = logged("the lunches are cold again")
    toms = logged("the lunches are cold, by Tom", by=cast.tom)
    sign_in(client, cast.alice)
    assert (
        f"/incidents/{by_name.pk}/"
        in client.get("/s/redscope/search/", {"q": poster.last_name}).content.decode()
    )
    assert (
        f"/incidents/{by_handle.pk}/"
        in client.get("/s/redscope/search/", {"q": "grumpy"}).content.decode()
    )
    page = client.get("/s/redscope/search/", {"q": "lunches"}).content.decode()
    assert f"/incidents/{by_text.pk}/" in page and f"/incidents/{toms.pk}/" in page
    sign_in(client, cast.tom)
    page = client.get("/s/redscope/search/", {"q": "lunches"}).content.decode()
    assert f"/incidents/{toms.pk}/" in page and f"/incidents/{by_text.pk}/" not in page
