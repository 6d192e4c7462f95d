"""Platform reports: the pre-filled pack, who may file, the response, and escalation after 7 days."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import time_machine
from django.test import Client
from pypdf import PdfReader

from schoolgate.cases.actions import StepRecord, open_case, record_step
from schoolgate.cases.models import Case, Incident, Step
from schoolgate.cases.tests.conftest import member, parent, staff_member
from schoolgate.policies.steps import StepKind
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast, sign_in

WORDS = "Mrs Head is useless and everyone knows it."


def discussed_case(cast: Cast, logged: Callable[..., Incident], **fields: object) -> Case:
    alice = member(cast, cast.alice)
    incident = logged(
        WORDS,
        platform=fields.pop("platform", "x"),
        permalink="https://x.example/status/1881",
        account_handle="@angryparent",
        poster=parent(cast),
        targets=[staff_member(cast, "Head")],
        **fields,
    )
    Incident.objects.filter(pk=incident.pk).update(categories=["offensive_about_person"])
    case = open_case(alice, incident)
    record_step(alice, case, StepRecord("informal_discussion"))
    return case


def page(client: Client, case: Case, query: str = "") -> str:
    response = client.get(f"/s/redscope/cases/{case.number}/platform-report/{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_the_pack_is_filled_in_from_the_case(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    html = page(sign_in(client, cast.alice), case)

    assert "X: Report abusive behaviour" in html
    assert "https://x.example/status/1881" in html
    assert "@angryparent" in html
    assert WORDS in html
    assert "Only the person affected, or someone on their behalf with their consent" in html
    # Selectable text without JavaScript; the copy buttons appear only with it.
    assert 'class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 sg-copy"' in html
    assert "schoolgate/copy-text.js" in html


def test_another_route_is_chosen_by_its_id(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    html = page(sign_in(client, cast.alice), case, "?route=youtube_report")

    assert "YouTube: Report the video or comment" in html
    assert "Anyone who saw the post, the school included." in html


def test_another_schools_dsl_gets_404_and_a_teacher_403(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    url = f"/s/redscope/cases/{case.number}/platform-report/"

    assert sign_in(client, cast.bob).get(url).status_code == 404
    assert sign_in(Client(), cast.tom).get(url).status_code == 403
    assert sign_in(Client(), cast.olu).post(url + "file/").status_code == 403
    assert sign_in(Client(), cast.alice).post(url).status_code == 405


def file(client: Client, case: Case, **fields: str) -> str:
    data = {"route": "x_abuse", "authority": "school", "reported_on": "2026-11-23", **fields}
    response = client.post(f"/s/redscope/cases/{case.number}/platform-report/file/", data)
    return response.content.decode() if response.status_code != 302 else ""


def test_a_route_for_the_affected_person_only_refuses_the_school(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    sign_in(client, cast.alice)

    html = file(client, case)
    assert (
        "X takes this report only from the person affected: file it as them, or on their "
        "behalf with their consent."
    ) in html
    html = file(client, case, authority="on_behalf_with_consent")
    assert "Name the member of staff who gave their consent, and when." in html
    assert not case.steps.filter(kind=StepKind.PLATFORM_REPORT).exists()


def test_a_report_on_behalf_records_the_authority_and_the_reference(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    sign_in(client, cast.alice)

    assert (
        file(
            client,
            case,
            authority="on_behalf_with_consent",
            consent_from="Mrs Head, 23 November 2026",
            reference="X-5521",
        )
        == ""
    )
    step = case.steps.get(kind=StepKind.PLATFORM_REPORT)
    assert step.details["authority"] == (
        "A member of staff, on the affected person's behalf and with their consent"
    )
    assert step.details["consent_from"] == "Mrs Head, 23 November 2026"
    assert step.details["reference"] == "X-5521"
    html = page(client, case)
    assert "Reference: X-5521." in html
    assert AuditEvent.objects.filter(verb="recorded step", object_id=str(step.pk)).exists()


def reported(cast: Cast, case: Case, on: str) -> Step:
    from schoolgate.cases.actions.platform_reports import PlatformFiling, file_platform_report

    return file_platform_report(
        member(cast, cast.alice),
        case,
        PlatformFiling("facebook_report", "school", dt.date.fromisoformat(on), "FB-77"),
    )


def test_after_seven_days_without_action_the_case_page_offers_escalation(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged, platform="facebook")
    reported(cast, case, "2026-11-10")
    sign_in(client, cast.alice)

    with time_machine.travel(dt.datetime(2026, 11, 16, 12, tzinfo=dt.UTC), tick=False):
        assert "has had no action for 7 days" not in page_of_case(client, case)
    with time_machine.travel(dt.datetime(2026, 11, 17, 12, tzinfo=dt.UTC), tick=False):
        html = page_of_case(client, case)
        assert "The report to Facebook on 10 November 2026 has had no action for 7 days" in html
        pack = page(client, case)
        assert "Professionals Online Safety Helpline (UK Safer Internet Centre)" in pack
        assert "Report Harmful Content (SWGfL)" in pack
        assert "Reported to the platform on 10 November 2026 by Report the post" in pack
        assert "reference FB-77." in pack
        desk = client.get("/s/redscope/").content.decode()
        assert f"Case {case.number}</a>: reported to Facebook on 10 November 2026" in desk


def page_of_case(client: Client, case: Case) -> str:
    response = client.get(f"/s/redscope/cases/{case.number}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_platform_that_acted_ends_the_escalation(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged, platform="facebook")
    step = reported(cast, case, "2026-11-01")
    sign_in(client, cast.alice)

    response = client.post(
        f"/s/redscope/cases/{case.number}/platform-report/{step.pk}/response/",
        {"outcome": "Post removed", "has_acted": "on"},
    )
    assert response.status_code == 302
    step.refresh_from_db()
    assert step.details["outcome"] == "Post removed"
    assert "has had no action for 7 days" not in page_of_case(client, case)
    assert AuditEvent.objects.filter(verb="recorded platform response").count() == 1


def test_the_operator_notice_downloads_as_pdf_for_the_affected_person(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    sign_in(client, cast.alice)
    url = f"/s/redscope/cases/{case.number}/operator-notice/"
    assert WORDS in client.get(url).content.decode()

    response = client.post(
        url,
        {
            "complainant_name": "Mrs Head",
            "complainant_email": "head@example.org",
            "operator": "X Corp",
            "statement": WORDS,
            "location": "https://x.example/status/1881",
            "meaning": "That I cannot do my job.",
            "inaccuracies": "All of it is opinion with no fact behind it.",
            "has_no_poster_details": "yes",
            "consents_to_disclosure": "no",
            "served_at": "2026-05-22T15:00",
            "format": "pdf",
        },
    )
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split()
    )
    assert "by Wednesday 27 May 2026, 15:00" in text
    assert AuditEvent.objects.filter(verb="prepared notice to a website operator").count() == 1


def test_the_operator_notice_is_refused_when_the_poster_is_known(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    case = discussed_case(cast, logged)
    sign_in(client, cast.alice)
    response = client.post(
        f"/s/redscope/cases/{case.number}/operator-notice/",
        {"has_no_poster_details": "no"},
    )
    assert response.status_code == 400
    assert (
        "A notice to a website operator is only for a poster the complainant cannot identify "
        "well enough to sue; otherwise write to the poster directly."
    ) in response.content.decode()
    assert not AuditEvent.objects.filter(verb="prepared notice to a website operator").exists()
