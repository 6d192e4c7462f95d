"""The police referral: triggers and their evidence, 999 first, approval before referring, the head told, the pack."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader

from schoolgate.cases.actions import (
    ActionRefused,
    StepRecord,
    export_bundle,
    open_case,
    record_skip_reason,
    record_step,
)
from schoolgate.cases.forms import StepForm
from schoolgate.cases.models import Case, Incident, StepStatus
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.cases.tests.test_reminders import Inbox, inbox  # noqa: F401 (fixture)
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast

CHECKLIST = {"evidence_kept": True, "course_of_conduct": False, "content_still_up": True}
THREAT = {"threatening_violence": "Incident 1: 'I will smash her face in'."}


@pytest.fixture
def case(cast: Cast, logged: Callable[..., Incident]) -> Case:
    case = open_case(member(cast, cast.alice), logged("Watch yourself.", poster=parent(cast)))
    record_skip_reason(member(cast, cast.alice), case, "The parent threatened staff at the gate.")
    return case


def referral(**details: Any) -> StepRecord:
    return StepRecord(
        "police_referral",
        checklist=CHECKLIST,
        details={"triggers": ["threatening_violence"], "evidence": THREAT, **details},
    )


def test_the_police_form_asks_the_triggers_and_no_defamation_question(case: Case) -> None:
    form = StepForm(
        "police_referral", True, police_triggers=case.policy_version.document.police_triggers
    )
    labels = [str(field.label) for field in form.fields.values()]
    assert labels[0] == "Is anyone in immediate danger?"
    assert "Which of the policy's police triggers apply?" in labels
    assert "Evidence that or is threatening violence" in labels
    assert not any("publication" in label or "serious harm" in label for label in labels)


def test_an_urgent_referral_is_recorded_as_made_and_the_head_told(
    cast: Cast,
    case: Case,
    inbox: Inbox,  # noqa: F811 (the fixture imported above)
    django_capture_on_commit_callbacks: Any,
) -> None:
    alice = member(cast, cast.alice)
    with pytest.raises(ActionRefused) as refused:
        record_step(alice, case, referral(immediate_danger=True))
    assert str(refused.value) == (
        "Call 999 now, then record when it was reported and the route used."
    )
    with django_capture_on_commit_callbacks(execute=True):
        step = record_step(
            alice,
            case,
            referral(immediate_danger=True, reported_at="2026-11-23T09:40:00+00:00", route="999"),
        )
    assert step.status == StepStatus.DONE and step.approved_by is None
    [(to, message)] = inbox.messages
    assert to == ["hana@redscope.example"]
    assert message["Subject"] == "Case 1 at Redscope Primary School: police referral recorded"
    text = message.get_payload()
    assert "Case 1: a police referral is recorded because someone was in immediate danger." in text
    assert "smash" not in text and "Watch yourself" not in text
    assert AuditEvent.objects.filter(verb="told headteacher").exists()


def test_a_non_urgent_referral_asks_the_heads_approval_before_it_is_made(
    cast: Cast,
    case: Case,
    inbox: Inbox,  # noqa: F811 (the fixture imported above)
    django_capture_on_commit_callbacks: Any,
) -> None:
    alice = member(cast, cast.alice)
    with pytest.raises(ActionRefused) as refused:
        record_step(alice, case, referral(reported_at="2026-11-23T09:40:00+00:00", route="101"))
    assert str(refused.value) == (
        "The headteacher's approval comes before a referral when no one is in immediate danger: "
        "ask for approval now, and record the report once it is made."
    )
    with pytest.raises(ActionRefused, match="Give the evidence that or is threatening violence"):
        record_step(alice, case, referral(evidence={}))
    with pytest.raises(ActionRefused, match="Choose which of the policy's police triggers apply"):
        record_step(alice, case, referral(triggers=[]))
    with django_capture_on_commit_callbacks(execute=True):
        step = record_step(alice, case, referral())
    assert step.status == StepStatus.AWAITING_APPROVAL
    [(_, message)] = inbox.messages
    # A long subject is folded over two header lines; a mail reader joins them with a space.
    assert " ".join(message["Subject"].split()) == (
        "Case 1 at Redscope Primary School: approval asked for a police referral"
    )


def test_the_police_pack_names_the_likely_offences_and_holds_the_bundle(
    cast: Cast, case: Case
) -> None:
    hana = member(cast, cast.hana)
    step = record_step(hana, case, referral(force="Redscope Police"))
    with zipfile.ZipFile(io.BytesIO(export_bundle(hana, case, police_step=step))) as archive:
        pdf = PdfReader(io.BytesIO(archive.read("bundle.pdf")))
    # Table cells wrap: compare the words, not where the lines break.
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    for fact in (
        "Police referral: case 1, Redscope Primary School",
        "To: Redscope Police.",
        "Online Safety Act 2023 s.181 (threatening communications)",
        "Communications Act 2003 s.127(1)",
        "Police referral pack: case 1",
        "Timeline",
        "Continuity",
    ):
        assert fact in text, fact
    assert "Protection from Harassment Act" not in text
