"""Every guard of the procedure: roles, discussion first, approval, checklist, closed cases."""

from __future__ import annotations

import pytest

from schoolgate.cases.actions import (
    ActionRefused,
    StepRecord,
    approve_step,
    close_case,
    dismiss_incident,
    open_case,
    record_follow_up,
    record_skip_reason,
    record_step,
)
from schoolgate.cases.models import BlockedSender, StepStatus
from schoolgate.cases.procedure import step_options
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.test import Cast

LEGAL_YES = {
    "individual_harmed": True,
    "serious_harm": True,
    "within_one_year": True,
    "content_still_up": True,
    "adviser_consulted": True,
}
ALL_NO = dict.fromkeys(LEGAL_YES, False)


@pytest.fixture
def case(cast: Cast, logged):
    return open_case(member(cast, cast.alice), logged(poster=parent(cast)))


def test_steps_after_the_first_wait_for_the_discussion(cast: Cast, case) -> None:
    alice = member(cast, cast.alice)
    with pytest.raises(ActionRefused, match="The informal discussion with the parent comes first"):
        record_step(alice, case, StepRecord("written_warning"))
    options = {o.step.id: o for o in step_options(case, alice, case.policy_version.document)}
    assert options["informal_discussion"].is_allowed
    assert not options["written_warning"].is_allowed


def test_a_recorded_reason_lets_the_discussion_be_skipped(cast: Cast, case) -> None:
    alice = member(cast, cast.alice)
    with pytest.raises(ActionRefused, match="Give the reason"):
        record_skip_reason(alice, case, "  ")
    record_skip_reason(
        alice, case, "The parent has been abusive to staff in person; we write instead."
    )
    assert record_step(alice, case, StepRecord("written_warning")).status == StepStatus.DONE


def test_only_the_roles_the_policy_names_take_a_step(cast: Cast, case) -> None:
    with pytest.raises(ActionRefused, match="only these roles"):
        record_step(member(cast, cast.olu), case, StepRecord("informal_discussion"))
    with pytest.raises(ActionRefused, match="only these roles"):
        record_step(
            member(cast, cast.alice), case, StepRecord("other_legal_action", checklist=LEGAL_YES)
        )


def test_steps_marked_for_approval_wait_for_the_headteacher(cast: Cast, case) -> None:
    alice, hana = member(cast, cast.alice), member(cast, cast.hana)
    record_step(alice, case, StepRecord("informal_discussion", details={"outcome": "continued"}))
    block = record_step(
        alice, case, StepRecord("block_email", details={"address": "Angry@Example.org"})
    )
    assert block.status == StepStatus.AWAITING_APPROVAL
    assert not BlockedSender.objects.exists()
    with pytest.raises(ActionRefused, match="Only the headteacher"):
        approve_step(alice, block, approve=True)
    with pytest.raises(ActionRefused, match="A step is still waiting"):
        close_case(alice, case, "no_action", "Nothing more to do.")
    with pytest.raises(ActionRefused, match="reason for refusing"):
        approve_step(hana, block, approve=False)
    approve_step(hana, block, approve=True)
    assert BlockedSender.objects.get().address == "angry@example.org"


def test_the_headteacher_taking_a_step_approves_it(cast: Cast, case) -> None:
    hana = member(cast, cast.hana)
    record_step(hana, case, StepRecord("informal_discussion"))
    step = record_step(
        hana,
        case,
        StepRecord("legal_advice", checklist=LEGAL_YES, details={"to_whom": "Trust solicitor"}),
    )
    assert step.status == StepStatus.DONE and step.approved_by == cast.hana


def test_legal_and_police_steps_need_the_checklist_answered(cast: Cast, case) -> None:
    hana = member(cast, cast.hana)
    record_step(hana, case, StepRecord("informal_discussion"))
    with pytest.raises(ActionRefused, match="Answer the checklist") as refused:
        record_step(hana, case, StepRecord("police_referral", checklist={"evidence_kept": True}))
    assert "Is the content still up?" in str(refused.value)
    assert "Is the evidence kept as captured" not in str(refused.value)


def test_an_all_no_checklist_refuses_a_legal_step_unless_the_head_gives_a_reason(
    cast: Cast, case
) -> None:
    alice, hana = member(cast, cast.alice), member(cast, cast.hana)
    record_step(alice, case, StepRecord("informal_discussion"))
    refusal = (
        "The checklist rules this step out (answered No: Is an individual harmed, rather than "
        "the school as a body? Is there evidence of serious harm? Is it within one year of the "
        "first publication?). Only the headteacher can go ahead, by recording the reason."
    )
    for who, reason in ((alice, "The trust insists."), (hana, "  ")):
        with pytest.raises(ActionRefused) as refused:
            record_step(
                who,
                case,
                StepRecord("legal_advice", checklist=ALL_NO, go_ahead_reason=reason),
            )
        assert str(refused.value) == refusal
    step = record_step(
        hana,
        case,
        StepRecord(
            "legal_advice",
            checklist=ALL_NO,
            go_ahead_reason="Advice on an injunction for the campaign against the school office.",
        ),
    )
    assert step.status == StepStatus.DONE
    assert step.details["go_ahead_reason"].startswith("Advice on an injunction")


def test_a_second_warning_is_refused_without_a_reason(cast: Cast, case) -> None:
    alice = member(cast, cast.alice)
    record_step(alice, case, StepRecord("informal_discussion"))
    first = record_step(alice, case, StepRecord("written_warning"))
    with pytest.raises(ActionRefused) as refused:
        record_step(alice, case, StepRecord("written_warning"))
    assert str(refused.value) == (
        "A written warning is already recorded in this case: record this one as a follow-up "
        "to it or as replacing it, and give the reason."
    )
    with pytest.raises(ActionRefused, match="already recorded"):
        record_step(alice, case, StepRecord("written_warning", relation="follow_up"))
    second = record_step(
        alice,
        case,
        StepRecord(
            "written_warning",
            relation="follow_up",
            relation_reason="The deadline passed and the post is still up.",
        ),
    )
    first.refresh_from_db()
    assert second.details["earlier_step"] == first.pk
    assert first.followed_up_at is not None
    assert first.follow_up_note == (
        "Followed up by a later step: The deadline passed and the post is still up."
    )


def test_governors_staff_and_office_cannot_run_cases(cast: Cast, logged) -> None:
    incident = logged()
    for user in (cast.gail, cast.tom, cast.olu):
        with pytest.raises(ActionRefused, match="cannot act on cases"):
            open_case(member(cast, user), incident)


def test_a_closed_case_takes_no_more_steps(cast: Cast, case) -> None:
    alice = member(cast, cast.alice)
    with pytest.raises(ActionRefused, match="Give the reason"):
        close_case(alice, case, "no_action", "")
    close_case(alice, case, "no_action", "Fair criticism of the car park; nothing to act on.")
    with pytest.raises(ActionRefused, match="The case is closed"):
        record_step(alice, case, StepRecord("informal_discussion"))


def test_a_closed_case_takes_no_skip_reason_or_follow_up(cast: Cast, case) -> None:
    alice = member(cast, cast.alice)
    discussion = record_step(
        alice,
        case,
        StepRecord("informal_discussion", details={"outcome": "agreed_to_remove"}),
    )
    close_case(alice, case, "removed_after_discussion", "The parent took the post down.")
    with pytest.raises(ActionRefused, match="The case is closed"):
        record_skip_reason(alice, case, "Written after the case closed.")
    with pytest.raises(ActionRefused, match="The case is closed"):
        record_follow_up(alice, discussion, "Written after the case closed.")
    case.refresh_from_db()
    discussion.refresh_from_db()
    assert case.skip_discussion_reason == "" and discussion.follow_up_note == ""


def test_a_follow_up_once_recorded_is_not_overwritten(cast: Cast, case) -> None:
    alice = member(cast, cast.alice)
    discussion = record_step(alice, case, StepRecord("informal_discussion"))
    record_follow_up(alice, discussion, "Post removed on Friday.")
    with pytest.raises(ActionRefused, match="already recorded"):
        record_follow_up(alice, discussion, "Something else.")
    discussion.refresh_from_db()
    assert discussion.follow_up_note == "Post removed on Friday."


def test_dismissing_needs_a_reason_and_is_a_recorded_outcome(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    incident = logged("Does anyone know when the trip money is due?")
    with pytest.raises(ActionRefused, match="reason for taking no action"):
        dismiss_incident(alice, incident, "")
    dismiss_incident(alice, incident, "A neutral question; no breach.")
    incident.refresh_from_db()
    assert (
        incident.status == "dismissed"
        and incident.dismissal_reason == "A neutral question; no breach."
    )
    with pytest.raises(ActionRefused, match="already dismissed or in a case"):
        open_case(alice, incident)
