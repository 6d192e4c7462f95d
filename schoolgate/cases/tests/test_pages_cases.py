"""The case page: the timeline, the next steps as forms with their guards, approvals and closing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from schoolgate.cases.actions import StepRecord, open_case, record_step
from schoolgate.cases.models import Case, CaseStatus, Incident, Step, StepStatus
from schoolgate.cases.tests.conftest import member, parent, png
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast, sign_in

CHECKLIST = {
    "police_referral-check_evidence_kept": "yes",
    "police_referral-check_course_of_conduct": "no",
    "police_referral-check_content_still_up": "yes",
}


@pytest.fixture
def case(cast: Cast, logged: Callable[..., Incident]) -> Case:
    return open_case(member(cast, cast.alice), logged("You are all liars", poster=parent(cast)))


def discuss(client: Client, outcome: str = "refused") -> object:
    return client.post(
        "/s/redscope/cases/1/steps/",
        {
            "step_id": "informal_discussion",
            "informal_discussion-date": "2026-11-20",
            "informal_discussion-attended": "Parent, DSL",
            "informal_discussion-outcome": outcome,
            "informal_discussion-note": "Parent would not remove the post.",
        },
    )


def test_the_case_page_shows_the_poster_the_timeline_and_why_later_steps_wait(
    cast: Cast, client: Client, case: Case
) -> None:
    page = sign_in(client, cast.alice).get("/s/redscope/cases/1/").content.decode()
    assert parent(cast).display_name in page
    assert "Incident " in page and "Timeline" in page
    assert "Record the informal discussion" in page
    assert "The informal discussion with the parent comes first" in page
    assert (
        "The policy needs the headteacher&#x27;s approval for this step"
        not in page.split("Not yet")[0]
    )


def test_a_dsl_holds_the_discussion_then_sends_a_warning_with_its_letter(
    cast: Cast, client: Client, case: Case
) -> None:
    sign_in(client, cast.alice)
    assert discuss(client).status_code == 302  # type: ignore[attr-defined]
    letter = SimpleUploadedFile("warning-letter.png", png("Dear parent"), content_type="image/png")
    response = client.post(
        "/s/redscope/cases/1/steps/",
        {
            "step_id": "written_warning",
            "written_warning-date": "2026-11-21",
            "written_warning-removal_deadline": "2026-11-28",
            "written_warning-attachments": [letter],
        },
    )
    assert response.status_code == 302
    warning = Step.objects.get(case=case, kind="written_warning")
    assert warning.due_reason == "Removal deadline"
    assert warning.due_at is not None and timezone.localdate(warning.due_at) == dt.date(
        2026, 11, 28
    )
    assert warning.details["removal_deadline"] == "2026-11-28"
    page = client.get("/s/redscope/cases/1/").content.decode()
    assert "warning-letter.png" in page and "Letter" in page
    assert "Parent would not remove the post." in page
    assert "28 November 2026 (Removal deadline)" in page


def test_a_warning_without_its_letter_or_with_a_disguised_file_is_refused(
    cast: Cast, client: Client, case: Case
) -> None:
    sign_in(client, cast.alice)
    discuss(client)
    page = client.post(
        "/s/redscope/cases/1/steps/",
        {
            "step_id": "written_warning",
            "written_warning-removal_deadline": "2026-11-28",
            "written_warning-date": "2026-11-21",
        },
    ).content.decode()
    assert "There is a problem" in page and "This field is required." in page
    script = SimpleUploadedFile(
        "letter.pdf", b"<script>alert(1)</script>", content_type="application/pdf"
    )
    page = client.post(
        "/s/redscope/cases/1/steps/",
        {
            "step_id": "written_warning",
            "written_warning-removal_deadline": "2026-11-28",
            "written_warning-date": "2026-11-21",
            "written_warning-attachments": [script],
        },
    ).content.decode()
    assert (
        "letter.pdf is not a picture (PNG, JPEG, WebP or GIF) or a PDF, whatever its name says."
        in page
    )
    assert not Step.objects.filter(kind="written_warning").exists()


def test_a_step_before_the_discussion_shows_the_guards_message(
    cast: Cast, client: Client, case: Case
) -> None:
    response = sign_in(client, cast.alice).post(
        "/s/redscope/cases/1/steps/",
        {
            "step_id": "block_on_x",
            "block_on_x-handle": "@x",
            "block_on_x-date": "2026-11-20",
        },
    )
    assert response.status_code == 400
    assert "The informal discussion with the parent comes first" in response.content.decode()


def test_police_referral_needs_the_checklist_then_the_headteachers_approval(
    cast: Cast, client: Client, case: Case
) -> None:
    sign_in(client, cast.alice)
    client.post("/s/redscope/cases/1/skip-discussion/", {"reason": "The parent threatened staff."})
    page = client.get("/s/redscope/cases/1/").content.decode()
    form = page[page.index('id="step-police_referral"') :]
    assert form.index("call 999 now, then record it here") < form.index("Is anyone in immediate")
    assert "first publication" not in form[: form.index("</form>")]
    fields = {
        "step_id": "police_referral",
        "police_referral-immediate_danger": "no",
        "police_referral-triggers": ["threatening_violence"],
        "police_referral-evidence_threatening_violence": "The post threatens the head.",
    }
    page = client.post("/s/redscope/cases/1/steps/", fields).content.decode()
    assert "Is the evidence kept as captured" in page and "This field is required." in page
    assert client.post("/s/redscope/cases/1/steps/", {**fields, **CHECKLIST}).status_code == 302
    step = Step.objects.get(case=case, kind="police_referral")
    assert step.status == StepStatus.AWAITING_APPROVAL
    assert step.checklist["course_of_conduct"] is False
    assert step.details["triggers"] == ["threatening_violence"]
    page = client.get("/s/redscope/cases/1/").content.decode()
    assert "Only the headteacher approves this step." in page
    assert (
        client.post(
            f"/s/redscope/cases/1/steps/{step.pk}/approval/", {"decision": "approve"}
        ).status_code
        == 403
    )

    sign_in(client, cast.hana)
    page = client.post(
        f"/s/redscope/cases/1/steps/{step.pk}/approval/", {"decision": "refuse"}
    ).content.decode()
    assert "Give the reason for refusing approval." in page
    client.post(
        f"/s/redscope/cases/1/steps/{step.pk}/approval/", {"decision": "approve", "note": "Agreed."}
    )
    step.refresh_from_db()
    assert step.status == StepStatus.DONE and step.approved_by == cast.hana


def test_following_up_a_due_step_and_closing_the_case(
    cast: Cast, client: Client, case: Case
) -> None:
    alice = member(cast, cast.alice)
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    due = timezone.now() - dt.timedelta(days=1)
    warning = record_step(
        alice, case, StepRecord("written_warning", due_at=due, due_reason="Removal deadline")
    )
    sign_in(client, cast.alice)
    home = client.get("/s/redscope/").content.decode()
    assert "Overdue steps" in home and "Case 1" in home and "Removal deadline" in home
    assert "Overdue" in client.get("/s/redscope/cases/1/").content.decode()
    client.post(f"/s/redscope/cases/1/steps/{warning.pk}/follow-up/", {"note": "Post removed."})
    warning.refresh_from_db()
    assert warning.follow_up_note == "Post removed."
    assert "No step is overdue." in client.get("/s/redscope/").content.decode()
    page = client.post(
        "/s/redscope/cases/1/close/", {"outcome": "removed_after_warning"}
    ).content.decode()
    assert "This field is required." in page
    client.post(
        "/s/redscope/cases/1/close/", {"outcome": "removed_after_warning", "reason": "Removed."}
    )
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    page = client.get("/s/redscope/cases/1/").content.decode()
    assert "Removed after the warning" in page and "Next steps" not in page


def test_the_case_list_shows_open_cases(cast: Cast, client: Client, case: Case) -> None:
    page = sign_in(client, cast.alice).get("/s/redscope/cases/").content.decode()
    assert 'href="/s/redscope/cases/1/"' in page


def test_governors_staff_and_office_get_403_on_cases(
    cast: Cast, client: Client, case: Case
) -> None:
    for user in (cast.gail, cast.tom, cast.olu):
        sign_in(client, user)
        assert client.get("/s/redscope/cases/").status_code == 403
        assert client.get("/s/redscope/cases/1/").status_code == 403
        assert (
            client.post(
                "/s/redscope/cases/1/close/", {"outcome": "no_action", "reason": "x"}
            ).status_code
            == 403
        )


def test_another_school_gets_404_on_redscopes_cases_and_step_files(
    cast: Cast, client: Client, case: Case
) -> None:
    alice = member(cast, cast.alice)
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "refused"}))
    from schoolgate.cases.evidence import check_upload

    warning = record_step(
        alice,
        case,
        StepRecord("written_warning", attachments=[check_upload("letter.png", png("Dear parent"))]),
    )
    letter = warning.attachments.get()
    sign_in(client, cast.bob)
    assert client.get("/s/redscope/cases/1/").status_code == 404
    assert client.get("/s/hollowmere/cases/1/").status_code == 404
    assert client.get(f"/s/hollowmere/evidence/{letter.pk}/").status_code == 404
    assert (
        client.post(
            f"/s/hollowmere/cases/1/steps/{warning.pk}/follow-up/", {"note": "x"}
        ).status_code
        == 404
    )
    sign_in(client, cast.tom)
    assert client.get(f"/s/redscope/evidence/{letter.pk}/").status_code == 403


def test_the_audit_log_lists_events_and_shows_one_to_those_who_may_see_it(
    cast: Cast, client: Client, case: Case
) -> None:
    event = AuditEvent.objects.filter(school=cast.school_a, verb="opened case").get()
    sign_in(client, cast.alice)
    page = client.get("/s/redscope/audit/").content.decode()
    assert "opened case" in page and f"/s/redscope/audit/{event.sequence}/" in page
    page = client.get(f"/s/redscope/audit/{event.sequence}/").content.decode()
    assert event.hash in page and event.previous_hash in page
    sign_in(client, cast.bob)
    assert client.get(f"/s/redscope/audit/{event.sequence}/").status_code == 404
    sign_in(client, cast.tom)
    assert client.get("/s/redscope/audit/").status_code == 403
    assert client.get(f"/s/redscope/audit/{event.sequence}/").status_code == 403
