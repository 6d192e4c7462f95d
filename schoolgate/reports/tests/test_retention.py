"""Retention: due records go with their files, holds keep cases, the audit chain still verifies."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.test import Client

from schoolgate.cases.actions import (
    ActionRefused,
    IncidentReport,
    add_evidence,
    close_case,
    dismiss_incident,
    log_incident,
    open_case,
)
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.models import Case, Evidence, Incident, Step
from schoolgate.documents.letters import LetterKind
from schoolgate.reports.models import RecordType, add_months
from schoolgate.reports.retention import lift_legal_hold, set_legal_hold, set_retention_period
from schoolgate.schools.access import get_member
from schoolgate.schools.audit import verify_chain
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.screening.tests.drawn import faces
from schoolgate.test import Cast, sign_in

CLOSED = dt.datetime(2019, 3, 4, 9, 0, tzinfo=dt.UTC)
POST = "Mrs Example is a disgrace and everyone should know it."


@pytest.fixture(autouse=True)
def evidence_folder(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return settings.MEDIA_ROOT


def png_of_faces() -> bytes:
    buffer = io.BytesIO()
    faces(2).save(buffer, "PNG")
    return buffer.getvalue()


def log(cast: Cast, text: str = POST, screenshot: bytes | None = None) -> Incident:
    poster = Person.objects.filter(school=cast.school_a, kind="parent").order_by("person_id")[0]
    shots = [(check_upload("post.png", screenshot), "post")] if screenshot else []
    report = IncidentReport(
        platform="facebook",
        text=text,
        poster=poster,
        account_handle="@angryparent",
        screenshots=shots,
    )
    return log_incident(get_member(cast.alice, "redscope"), report)


def closed_case(cast: Cast, screenshot: bytes | None = None) -> Case:
    with time_machine.travel(CLOSED, tick=False):
        alice = get_member(cast.alice, "redscope")
        case = open_case(alice, log(cast, screenshot=screenshot))
        return close_case(alice, case, "removed_after_discussion", "Taken down after we talked.")


def run_retention(*args: str) -> str:
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out, stderr=out)
    return out.getvalue()


def verify(cast: Cast) -> str:
    out = io.StringIO()
    call_command("verify_audit", "--school", "redscope", stdout=out)
    return out.getvalue()


def test_a_closed_case_goes_after_six_years_with_its_files_and_the_chain_verifies(
    cast: Cast, evidence_folder: Path, django_capture_on_commit_callbacks: Any
) -> None:
    case = closed_case(cast, screenshot=png_of_faces())
    evidence = Evidence.objects.get(incident__case=case)
    stored = evidence_folder / evidence.storage_name
    assert stored.exists()
    with time_machine.travel(dt.datetime(2025, 3, 3, 12, tzinfo=dt.UTC), tick=False):
        assert "0 records deleted" in run_retention("--school", "redscope")
    with (
        time_machine.travel(dt.datetime(2025, 3, 4, 12, tzinfo=dt.UTC), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        out = run_retention("--school", "redscope")
    assert f"redscope: deleted case {case.number} (" in out
    assert "redscope: 1 records deleted, 0 kept." in out
    assert not Case.objects.filter(pk=case.pk).exists()
    assert not Incident.objects.filter(school=cast.school_a).exists()
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
    assert not Step.objects.filter(case_id=case.pk).exists()
    assert not stored.exists()
    purge = AuditEvent.objects.get(verb="purged by retention")
    assert purge.actor is None and purge.object_id == str(case.pk)
    assert purge.details["counts"]["incidents"] == 1
    assert purge.details["counts"]["evidence"] == 1
    assert purge.details["evidence_sha256"] == [evidence.sha256]
    # The words of the post are gone from every event, and the chain still holds.
    assert not AuditEvent.objects.filter(details__icontains="disgrace").exists()
    logged = AuditEvent.objects.get(verb="logged incident")
    assert logged.details == {"redacted_by_event": purge.sequence}
    assert "audit chain intact" in verify(cast)
    assert verify_chain(cast.school_a).is_intact


def test_a_file_shared_with_other_evidence_stays(
    cast: Cast, evidence_folder: Path, django_capture_on_commit_callbacks: Any
) -> None:
    shot = png_of_faces()
    closed_case(cast, screenshot=shot)
    kept = log(cast, "Another post with the same picture.", screenshot=shot)
    with (
        time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        run_retention()
    evidence = Evidence.objects.get(incident=kept)
    assert (evidence_folder / evidence.storage_name).exists()


def test_a_legal_hold_keeps_the_case_until_it_is_lifted(cast: Cast) -> None:
    case = closed_case(cast)
    hana = get_member(cast.hana, "redscope")
    set_legal_hold(hana, case, "A claim for defamation is being considered.")
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        assert "redscope: 0 records deleted, 0 kept." in run_retention()
        assert Case.objects.filter(pk=case.pk).exists()
        lift_legal_hold(hana, case)
        assert "redscope: 1 records deleted" in run_retention()
    assert not Case.objects.filter(pk=case.pk).exists()
    verbs = list(AuditEvent.objects.filter(school=cast.school_a).values_list("verb", flat=True))
    assert verbs[-3:] == ["set legal hold", "lifted legal hold", "purged by retention"]
    assert verify_chain(cast.school_a).is_intact


def test_a_hold_needs_a_reason_and_a_case_worker(cast: Cast) -> None:
    case = closed_case(cast)
    with pytest.raises(ActionRefused) as refused:
        set_legal_hold(get_member(cast.hana, "redscope"), case, " ")
    assert str(refused.value) == "Give the reason for the legal hold."
    with pytest.raises(ActionRefused) as refused:
        set_legal_hold(get_member(cast.olu, "redscope"), case, "A claim.")
    assert str(refused.value) == "Your role cannot act on cases."


def test_a_dry_run_lists_what_is_due_and_changes_nothing(cast: Cast) -> None:
    case = closed_case(cast)
    events = AuditEvent.objects.count()
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        out = run_retention("--dry-run")
    assert (
        f"redscope: would delete case {case.number} (a closed case, with its incidents and "
        "evidence, closed 04 March 2019, due 04 March 2025)"
    ) in out
    assert "redscope: 1 records due; dry run, nothing deleted." in out
    assert Case.objects.filter(pk=case.pk).exists()
    assert AuditEvent.objects.count() == events


def test_a_dismissed_incident_goes_a_year_after_dismissal(cast: Cast) -> None:
    with time_machine.travel(dt.datetime(2025, 1, 10, tzinfo=dt.UTC), tick=False):
        incident = log(cast, "The new gate rules are silly.")
    with time_machine.travel(dt.datetime(2025, 2, 1, tzinfo=dt.UTC), tick=False):
        dismiss_incident(get_member(cast.alice, "redscope"), incident, "Fair comment.")
    with time_machine.travel(dt.datetime(2026, 1, 31, tzinfo=dt.UTC), tick=False):
        assert "0 records deleted" in run_retention()
    with time_machine.travel(dt.datetime(2026, 2, 1, tzinfo=dt.UTC), tick=False):
        assert "redscope: deleted incident " in run_retention()
    assert not Incident.objects.filter(pk=incident.pk).exists()
    assert verify_chain(cast.school_a).is_intact


def test_a_school_can_keep_cases_longer(cast: Cast) -> None:
    closed_case(cast)
    set_retention_period(cast.school_a, cast.hana, RecordType.CLOSED_CASE, 120)
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        assert "redscope: 0 records deleted" in run_retention()


def test_months_are_calendar_months() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2019, 3, 4), 72) == dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("user", "expected"), [("hana", 302), ("alice", 302), ("olu", 403), ("bob", 404)]
)
def test_the_legal_hold_page_is_for_the_head_and_dsl_of_the_school(
    cast: Cast, client: Client, user: str, expected: int
) -> None:
    case = closed_case(cast)
    sign_in(client, getattr(cast, user))
    response = client.post(
        f"/s/redscope/reports/cases/{case.number}/legal-hold/",
        {"action": "set", "reason": "A police inquiry is open."},
    )
    assert response.status_code == expected
    case.refresh_from_db()
    assert case.is_on_legal_hold is (expected == 302)


def make_concern(cast: Cast, **fields: Any) -> Any:
    # By name, as retention finds it: reports and intake sit side by side in the layers.
    concern = apps.get_model("intake", "Concern")
    return concern.objects.create(
        school=cast.school_a,
        reference=fields.pop("reference", "C-0001"),
        source="form",
        name="Theo Fairhurst",
        email="theo@example.org",
        text="The pick-up queue blocks the fire exit.",
        **fields,
    )


def test_a_concern_goes_two_years_after_it_closes_with_its_replies(cast: Cast) -> None:
    closed = dt.datetime(2024, 5, 1, 9, tzinfo=dt.UTC)
    concern = make_concern(cast, status="closed", closed_at=closed)
    concern.replies.create(sent_by=cast.olu, text="Thank you, Mr Fairhurst, we have moved it.")
    make_concern(cast, reference="C-0002")  # still open: never due
    with time_machine.travel(dt.datetime(2026, 4, 30, tzinfo=dt.UTC), tick=False):
        assert "redscope: 0 records deleted" in run_retention()
    with time_machine.travel(dt.datetime(2026, 5, 1, tzinfo=dt.UTC), tick=False):
        out = run_retention()
    assert f"redscope: deleted concern {concern.pk} (1 concern replies, 1 concerns)" in out
    assert list(
        apps.get_model("intake", "Concern").objects.values_list("reference", flat=True)
    ) == ["C-0002"]
    assert verify_chain(cast.school_a).is_intact


def test_a_concern_that_became_an_incident_goes_with_the_case(cast: Cast) -> None:
    case = closed_case(cast)
    make_concern(cast, status="incident", incident=case.incidents.get())
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        assert f"redscope: deleted case {case.number} (" in run_retention()
    assert not apps.get_model("intake", "Concern").objects.exists()


def test_a_letter_and_its_pdf_go_with_the_case(
    cast: Cast, evidence_folder: Path, django_capture_on_commit_callbacks: Any
) -> None:
    case = closed_case(cast)
    pdf = check_upload("letter.pdf", b"%PDF-1.4\n% a fictional letter\n%%EOF\n")
    stored = add_evidence(get_member(cast.alice, "redscope"), pdf, role="letter")
    case.letters.create(
        kind=LetterKind.values[0],
        subject="Your post",
        body="Please remove it.",
        created_by=cast.alice,
        evidence=stored,
    )
    with (
        time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        out = run_retention()
    assert f"redscope: deleted case {case.number} (" in out and "1 letters" in out
    assert not Evidence.objects.filter(pk=stored.pk).exists()
    assert not (evidence_folder / stored.storage_name).exists()
    assert verify_chain(cast.school_a).is_intact
