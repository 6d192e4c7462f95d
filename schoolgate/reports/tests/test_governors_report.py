"""The governors' report: read back from its PDF, made on demand, kept each term, and audited."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from pypdf import PdfReader

from schoolgate.reports.models import GovernorsReport, WelfareSupportOffer
from schoolgate.reports.terms import Season, Term
from schoolgate.reports.tests.figures_fixture import HANDLE, POST_TEXTS, build
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.test import Cast, sign_in

NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def autumn(cast: Cast):
    build(cast)
    for day in (3, 10):
        WelfareSupportOffer.objects.create(
            school=cast.school_a,
            offered_on=dt.date(2026, 10, day),
            kind="employee_assistance",
            recorded_by=cast.hana,
        )
    with time_machine.travel(NOW, tick=False):
        yield cast


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_terms_follow_the_named_spans() -> None:
    assert Term.parse("2026-spring").last_day == dt.date(2026, 3, 31)
    assert Term.parse("2026-summer").first_day == dt.date(2026, 4, 1)
    assert Term(2026, Season.AUTUMN).previous() == Term(2026, Season.SUMMER)
    assert Term(2026, Season.SPRING).previous() == Term(2025, Season.AUTUMN)
    assert Term.last_finished(dt.date(2027, 1, 5)) == Term(2026, Season.AUTUMN)
    with pytest.raises(ValueError) as refused:
        Term.parse("2026-winter")
    assert str(refused.value) == (
        "'2026-winter' is not a term; write it as YYYY-autumn, YYYY-spring or YYYY-summer."
    )


def test_the_command_writes_a_report_with_the_figures_and_no_name_or_post(
    autumn: Cast, tmp_path: Path
) -> None:
    output = tmp_path / "report.pdf"
    out = io.StringIO()
    call_command(
        "governors_report",
        "--school",
        "redscope",
        "--term",
        "2026-autumn",
        "--output",
        str(output),
        stdout=out,
    )

    assert out.getvalue() == (
        f"Redscope Primary School: governors' report for the Autumn term 2026 written to {output}.\n"
    )
    text = text_of(output.read_bytes())
    assert (
        "Governors' report for the Autumn term 2026 (1 September 2026 to 31 December 2026)" in text
    )
    # Six incidents this term, one last summer: both under 5 or not, as the rule says.
    assert "Incidents logged 6 fewer than 5" in text
    assert "Cases opened fewer than 5 fewer than 5" in text
    assert "Status Review overdue" in text
    assert "Next review due by 30 November 2025" in text
    assert "Referral to the employee assistance programme fewer than 5" in text
    # Case 2: opened, the steps taken and the outcome, and nothing of who or what.
    assert "2 3 Oct 2026 13 Oct 2026 Instagram, X (Twitter)" in text
    assert "Removed by the platform" in text
    assert_anonymous(autumn, text)


def assert_anonymous(cast: Cast, text: str) -> None:
    flat = text.replace(" ", "")
    for person in Person.objects.filter(school=cast.school_a):
        assert person.last_name.replace(" ", "") not in flat, person.last_name
    for words in POST_TEXTS:
        assert words.replace(" ", "") not in flat
    assert HANDLE.lower() not in text.lower()
    for user in (cast.alice, cast.hana):
        assert user.full_name not in text


def test_a_wrong_term_or_school_stops_the_command(cast: Cast, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="'2026-winter' is not a term"):
        call_command(
            "governors_report",
            "--school",
            "redscope",
            "--term",
            "2026-winter",
            "--output",
            str(tmp_path / "x.pdf"),
        )
    with pytest.raises(CommandError, match="No school with slug 'nowhere'"):
        call_command(
            "governors_report",
            "--school",
            "nowhere",
            "--term",
            "2026-autumn",
            "--output",
            str(tmp_path / "x.pdf"),
        )


def test_the_scheduled_run_keeps_last_terms_report_once_and_audits_it(autumn: Cast) -> None:
    out = io.StringIO()
    with time_machine.travel(dt.datetime(2027, 1, 4, 6, 0, tzinfo=dt.UTC), tick=False):
        call_command("keep_governors_reports", stdout=out)
        call_command("keep_governors_reports", stdout=io.StringIO())

    assert (
        "Redscope Primary School: kept the governors' report for the Autumn term 2026."
        in out.getvalue()
    )
    assert out.getvalue().endswith("2 governors' report(s) kept.\n")
    report = GovernorsReport.objects.get(school=autumn.school_a)
    assert report.term == "2026-autumn"
    assert GovernorsReport.objects.count() == 2
    event = AuditEvent.objects.get(school=autumn.school_a, verb="kept governors' report")
    assert event.details == {"term": "2026-autumn", "sha256": report.sha256}
    assert_anonymous(autumn, text_of(bytes(report.pdf)))
    call_command("verify_audit", "--school", "redscope", stdout=io.StringIO())


def test_a_governor_makes_the_report_from_the_page(autumn: Cast, client: Client) -> None:
    sign_in(client, autumn.gail)
    assert client.get("/s/redscope/reports/governors/").status_code == 200

    response = client.post("/s/redscope/reports/governors/", {"term": "2026-autumn"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="governors-report-redscope-2026-autumn.pdf"'
    )
    assert "Autumn term 2026" in text_of(response.content)
    assert (
        AuditEvent.objects.filter(
            school=autumn.school_a, verb="made governors' report", actor=autumn.gail
        ).count()
        == 1
    )


def test_the_report_page_is_for_figures_roles_of_this_school(cast: Cast, client: Client) -> None:
    assert sign_in(client, cast.tom).get("/s/redscope/reports/governors/").status_code == 403
    assert sign_in(Client(), cast.bob).get("/s/redscope/reports/governors/").status_code == 404
    assert (
        sign_in(Client(), cast.bob).get("/s/redscope/reports/governors/2026-autumn.pdf").status_code
        == 404
    )
    assert (
        sign_in(Client(), cast.gail).get("/s/redscope/reports/welfare-support/").status_code == 403
    )


def test_the_head_records_welfare_support_and_a_future_date_is_refused(
    cast: Cast, client: Client
) -> None:
    with time_machine.travel(NOW, tick=False):
        sign_in(client, cast.hana)
        response = client.post(
            "/s/redscope/reports/welfare-support/", {"offered_on": "1/12/2026", "kind": "helpline"}
        )
        assert response.status_code == 302
        refused = client.post(
            "/s/redscope/reports/welfare-support/", {"offered_on": "3/12/2026", "kind": "helpline"}
        )

    assert "The date support was offered cannot be in the future." in refused.content.decode()
    offer = WelfareSupportOffer.objects.get()
    assert (offer.offered_on, offer.kind, offer.recorded_by) == (
        dt.date(2026, 12, 1),
        "helpline",
        cast.hana,
    )
    assert AuditEvent.objects.filter(verb="recorded welfare support").count() == 1
