"""Taking the steps of the policy's procedure in a case, with their approvals and follow-ups."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions.evidence import add_evidence
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.police import check_referral, tell_headteacher_on_commit
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.evidence import CheckedFile
from schoolgate.cases.models import (
    BlockedSender,
    Case,
    EvidenceRole,
    Step,
    StepStatus,
)
from schoolgate.cases.procedure import (
    StepRelation,
    answers_ruling_out,
    checklist_for,
    current_steps,
    has_discussion,
    step_option,
)
from schoolgate.policies.steps import StepKind, step_title
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission, Role


@dataclass
class StepRecord:
    """What a member records for a step: the policy step's id and what the step needs."""

    step_id: str
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    due_at: datetime.datetime | None = None
    due_reason: str = ""
    attachments: list[CheckedFile] = field(default_factory=list)
    # The one-time token of the form it came from: a second submission of it records nothing.
    submission_token: str = ""
    # When a step of the same kind is current: whether this one follows or replaces it, and why.
    relation: str = ""
    relation_reason: str = ""
    # The headteacher's reason to go ahead although a checklist answer rules the step out.
    go_ahead_reason: str = ""


def record_step(member: Member, case: Case, record: StepRecord) -> Step:
    """Take a step of the policy's procedure, checking every guard the policy and the law ask for.

    A record whose submission token was already recorded in this case returns that step, so a
    form sent twice (a double click, a resubmitted page) records the step once.
    """
    with transaction.atomic():
        locked(case)
        if record.submission_token:
            already = case.steps.filter(submission_token=record.submission_token).first()
            if already is not None:
                return already
        document = case.policy_version.document
        policy_step = document.step(record.step_id)
        if policy_step is None:
            raise ActionRefused(f"The case's policy has no step {record.step_id!r}.")
        option = step_option(
            case,
            member,
            policy_step,
            discussed=has_discussion(case),
            current=current_steps(case).get(policy_step.kind),
        )
        if not option.is_allowed:
            raise ActionRefused(" ".join(option.refusals))
        if option.needs_checklist:
            _check_checklist(member, policy_step.kind, record)
        status = StepStatus.AWAITING_APPROVAL if option.needs_approval else StepStatus.DONE
        if policy_step.kind == StepKind.POLICE_REFERRAL:
            status = check_referral(member, case, record, needs_approval=option.needs_approval)
        details = dict(record.details)
        if record.go_ahead_reason.strip():
            details["go_ahead_reason"] = record.go_ahead_reason.strip()
        earlier = option.current
        if earlier is not None:
            if record.relation not in StepRelation.values or not record.relation_reason.strip():
                raise ActionRefused(
                    f"A {step_title(policy_step.kind).lower()} is already recorded in this case: "
                    "record this one as a follow-up to it or as replacing it, and give the reason."
                )
            details.update(
                relation=record.relation,
                relation_reason=record.relation_reason.strip(),
                earlier_step=earlier.pk,
            )
        step = Step.objects.create(
            case=case,
            step_id=policy_step.id,
            kind=policy_step.kind,
            wording=policy_step.wording,
            status=status,
            taken_by=member.user,
            note=record.note,
            details=details,
            checklist=record.checklist,
            due_at=record.due_at,
            due_reason=record.due_reason,
            submission_token=record.submission_token,
        )
        if policy_step.needs_headteacher_approval and not option.needs_approval:
            step.approved_by, step.approved_at = member.user, timezone.now()
            step.save(update_fields=["approved_by", "approved_at"])
        record_event(
            member.school,
            member.user,
            "recorded step",
            step,
            {
                "case": case.pk,
                "step": step.step_id,
                "status": step.status,
                "details": details,
                "checklist": record.checklist,
                "note": record.note,
            },
        )
        for checked in record.attachments:
            add_evidence(
                member,
                checked,
                role=EvidenceRole.LETTER
                if step.kind == StepKind.WRITTEN_WARNING
                else EvidenceRole.ATTACHMENT,
                step=step,
            )
        if earlier is not None:
            _end_earlier(member, earlier, step)
        if step.kind == StepKind.POLICE_REFERRAL:
            tell_headteacher_on_commit(member, step)
        if step.status == StepStatus.DONE:
            _carry_out(step)
    return step


def _check_checklist(member: Member, kind: str, record: StepRecord) -> None:
    """Every question answered, and none that rules the step out unless the head says why."""
    questions = checklist_for(kind)
    missing = [q.question for q in questions if q.key not in record.checklist]
    if missing:
        raise ActionRefused(
            "Answer the checklist before a legal or police step: " + " ".join(missing)
        )
    ruled_out = answers_ruling_out(kind, record.checklist)
    if ruled_out and (member.role != Role.HEADTEACHER or not record.go_ahead_reason.strip()):
        raise ActionRefused(
            "The checklist rules this step out (answered No: "
            + " ".join(ruled_out)
            + "). Only the headteacher can go ahead, by recording the reason."
        )


def _end_earlier(member: Member, earlier: Step, step: Step) -> None:
    """Close the earlier step's due date, so one step of each kind is current with one deadline."""
    locked(earlier)
    if earlier.followed_up_at is not None:
        return
    relation = StepRelation(step.details["relation"])
    word = "Followed up" if relation == StepRelation.FOLLOW_UP else "Replaced"
    earlier.followed_up_at = timezone.now()
    earlier.follow_up_note = f"{word} by a later step: {step.details['relation_reason']}"
    earlier.save(update_fields=["followed_up_at", "follow_up_note"])
    record_event(
        member.school,
        member.user,
        "followed up step",
        earlier,
        {"note": earlier.follow_up_note, "by_step": step.pk},
    )


def _carry_out(step: Step) -> None:
    """What a step does beyond being recorded."""
    if step.kind == StepKind.BLOCK_EMAIL:
        address = str(step.details.get("address", "")).strip().lower()
        if (
            address
            and not BlockedSender.objects.filter(
                school=step.case.school, address=address, is_active=True
            ).exists()
        ):
            BlockedSender.objects.create(school=step.case.school, address=address, step=step)


def approve_step(member: Member, step: Step, *, approve: bool, note: str = "") -> Step:
    """The headteacher approves or refuses a step the policy reserves for their approval."""
    if not member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS):
        raise ActionRefused("Only the headteacher approves this step.")
    with transaction.atomic():
        if locked(step).status != StepStatus.AWAITING_APPROVAL:
            raise ActionRefused("This step is not waiting for approval.")
        if not approve and not note.strip():
            raise ActionRefused("Give the reason for refusing approval.")
        step.status = StepStatus.DONE if approve else StepStatus.REFUSED
        step.approved_by, step.approved_at, step.approval_note = member.user, timezone.now(), note
        step.save(update_fields=["status", "approved_by", "approved_at", "approval_note"])
        record_event(
            member.school,
            member.user,
            "approved step" if approve else "refused step",
            step,
            {"case": step.case_id, "note": note},
        )
        if approve:
            _carry_out(step)
    return step


def record_follow_up(member: Member, step: Step, note: str) -> Step:
    """Record what happened by a step's due date (removed, platform replied), ending its reminder."""
    require_case_work(member)
    with transaction.atomic():
        # The case before the step, the order record_step and close_case take them in.
        if not locked(step.case).is_open:
            raise ActionRefused("The case is closed.")
        if locked(step).followed_up_at is not None:
            raise ActionRefused("The follow-up of this step is already recorded.")
        step.followed_up_at, step.follow_up_note = timezone.now(), note
        step.save(update_fields=["followed_up_at", "follow_up_note"])
        record_event(member.school, member.user, "followed up step", step, {"note": note})
    return step
