"""The policy's procedure as rules: which step a member may take in a case, and why not."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models

from schoolgate.cases.models import Case, Step, StepStatus
from schoolgate.policies.schema import PolicyDocument
from schoolgate.policies.schema import Step as PolicyStep
from schoolgate.policies.steps import LEGAL_AND_POLICE_KINDS, LEGAL_KINDS, StepKind
from schoolgate.schools.access import Member
from schoolgate.schools.roles import Permission, Role


@dataclass(frozen=True)
class ChecklistQuestion:
    """One question asked before a legal or police step; `rules_out` if a "No" refuses the step."""

    key: str
    question: str
    rules_out: bool


# Asked and kept before a legal step: defamation's serious-harm test (Defamation Act 2013 s.1),
# its one-year limit, and that a member of staff, not the school, is the party (Derbyshire CC v
# Times Newspapers), advised by their own union, insurer or solicitor.
LEGAL_CHECKLIST = (
    ChecklistQuestion(
        "individual_harmed", "Is an individual harmed, rather than the school as a body?", True
    ),
    ChecklistQuestion("serious_harm", "Is there evidence of serious harm?", True),
    ChecklistQuestion("within_one_year", "Is it within one year of the first publication?", True),
    ChecklistQuestion("content_still_up", "Is the content still up?", False),
    ChecklistQuestion(
        "adviser_consulted",
        "Has the member of staff consulted their own adviser (union, insurer or solicitor)?",
        False,
    ),
)
# Asked and kept before a police referral. The form also asks which of the policy's triggers
# apply, the evidence for each and whether anyone is in immediate danger; no defamation question,
# as defamation is civil and never a police matter.
POLICE_CHECKLIST = (
    ChecklistQuestion(
        "evidence_kept",
        "Is the evidence kept as captured (screenshots with the link, handle and time)?",
        True,
    ),
    ChecklistQuestion(
        "course_of_conduct",
        "For harassment: has staff confirmed abusive conduct against the same person on two or "
        "more occasions (a course of conduct)?",
        False,
    ),
    ChecklistQuestion("content_still_up", "Is the content still up?", False),
)
# Every question either list asks, for showing a recorded answer in words.
CHECKLIST_QUESTIONS = {q.key: q.question for q in (*LEGAL_CHECKLIST, *POLICE_CHECKLIST)}


def checklist_for(kind: str) -> tuple[ChecklistQuestion, ...]:
    """The questions asked before a step of this kind; none for steps that need no checklist."""
    if kind == StepKind.POLICE_REFERRAL:
        return POLICE_CHECKLIST
    if kind in LEGAL_KINDS:
        return LEGAL_CHECKLIST
    return ()


def answers_ruling_out(kind: str, checklist: dict[str, bool]) -> list[str]:
    """The questions whose "No" rules the step out."""
    return [
        q.question for q in checklist_for(kind) if q.rules_out and checklist.get(q.key) is False
    ]


class StepRelation(models.TextChoices):
    """How a step relates to the current step of the same kind, when there is one."""

    FOLLOW_UP = "follow_up", "A follow-up to the earlier one"
    REPLACES = "replaces", "Replaces the earlier one"


# Kinds of which a case may hold several current steps at once: each names its own platform,
# handle or address, so a second one is not a repeat of the first.
MANY_CURRENT_KINDS = frozenset(
    {StepKind.PLATFORM_REPORT, StepKind.BLOCK_ON_X, StepKind.BLOCK_EMAIL}
)


class PoliceRoute(models.TextChoices):
    EMERGENCY = "999", "999 (immediate danger)"
    NON_EMERGENCY = "101", "101"
    ONLINE = "online", "Online report"
    TRUE_VISION = "true_vision", "True Vision (hate crime)"


DISCUSSION_OUTCOMES = {
    "agreed_to_remove": "Agreed to remove the post",
    "refused": "Refused",
    "continued": "Carried on posting",
}


@dataclass(frozen=True)
class StepOption:
    """A step of the policy as it stands for this member in this case."""

    step: PolicyStep
    refusals: tuple[str, ...] = field(default_factory=tuple)
    needs_approval: bool = False
    needs_checklist: bool = False
    # The step of the same kind already current in the case: a new one follows or replaces it.
    current: Step | None = None

    @property
    def is_allowed(self) -> bool:
        return not self.refusals


def has_discussion(case: Case) -> bool:
    return case.steps.filter(kind=StepKind.INFORMAL_DISCUSSION, status=StepStatus.DONE).exists()


def current_steps(case: Case) -> dict[str, Step]:
    """The latest step of each kind that is not refused: the one a new step of its kind follows."""
    current: dict[str, Step] = {}
    for step in case.steps.exclude(status=StepStatus.REFUSED).order_by("taken_at", "pk"):
        if step.kind not in MANY_CURRENT_KINDS:
            current[step.kind] = step
    return current


def can_take_legal_or_police_steps(member: Member, document: PolicyDocument) -> bool:
    """Whether the policy names the member's role for any legal or police step."""
    return member.can(Permission.ACT_ON_STEPS) and any(
        member.role in step.roles
        for step in document.procedure.steps
        if step.kind in LEGAL_AND_POLICE_KINDS
    )


def step_option(
    case: Case,
    member: Member,
    step: PolicyStep,
    *,
    discussed: bool,
    current: Step | None = None,
) -> StepOption:
    refusals = []
    if not case.is_open:
        refusals.append("The case is closed.")
    if not member.can(Permission.ACT_ON_STEPS) or member.role not in step.roles:
        roles = ", ".join(Role(role).label for role in step.roles)
        refusals.append(f"The policy lets only these roles take this step: {roles}.")
    is_first = step.kind == StepKind.INFORMAL_DISCUSSION
    # Only a police indicator a DSL or the head has confirmed lifts the rule: the engine's flag
    # alone would let a sharp complaint skip the conversation the policy promises parents.
    if (
        not is_first
        and not discussed
        and not case.is_police_confirmed
        and not case.skip_discussion_reason
    ):
        refusals.append(
            "The informal discussion with the parent comes first, unless the case has a "
            "confirmed police indicator or a reason to skip it is recorded."
        )
    return StepOption(
        step=step,
        refusals=tuple(refusals),
        needs_approval=step.needs_headteacher_approval and member.role != Role.HEADTEACHER,
        needs_checklist=step.kind in LEGAL_AND_POLICE_KINDS,
        current=current,
    )


def step_options(case: Case, member: Member, document: PolicyDocument) -> list[StepOption]:
    """Every step of the case's policy, in order, each with the reasons it is refused (if any)."""
    discussed = has_discussion(case)
    current = current_steps(case)
    return [
        step_option(case, member, step, discussed=discussed, current=current.get(step.kind))
        for step in document.procedure.steps
    ]
