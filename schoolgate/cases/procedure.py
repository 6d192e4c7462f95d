"""The policy's procedure as rules: which step a member may take in a case, and why not."""

from __future__ import annotations

from dataclasses import dataclass, field

from schoolgate.cases.models import Case, StepStatus
from schoolgate.policies.schema import PolicyDocument
from schoolgate.policies.schema import Step as PolicyStep
from schoolgate.policies.steps import LEGAL_AND_POLICE_KINDS, StepKind
from schoolgate.schools.access import Member
from schoolgate.schools.roles import Permission, Role

# Asked and kept before legal or police steps (defamation's serious-harm test and one-year limit; harassment's course of conduct).
CHECKLIST = (
    ("individual_harmed", "Is an individual harmed, rather than the school as a body?"),
    ("serious_harm", "Is there evidence of serious harm?"),
    ("within_one_year", "Is it within one year of the first publication?"),
    ("linked_incidents", "For harassment: are there two or more linked incidents?"),
    ("content_still_up", "Is the content still up?"),
)
DISCUSSION_OUTCOMES = {
    "agreed_to_remove": "Agreed to remove the post",
    "refused": "Refused",
    "continued": "Carried on posting",
}
POLICE_ROUTES = {
    "999": "999 (immediate danger)",
    "101": "101",
    "online": "Online report",
    "true_vision": "True Vision (hate crime)",
}


@dataclass(frozen=True)
class StepOption:
    """A step of the policy as it stands for this member in this case."""

    step: PolicyStep
    refusals: tuple[str, ...] = field(default_factory=tuple)
    needs_approval: bool = False
    needs_checklist: bool = False

    @property
    def is_allowed(self) -> bool:
        return not self.refusals


def has_discussion(case: Case) -> bool:
    return case.steps.filter(kind=StepKind.INFORMAL_DISCUSSION, status=StepStatus.DONE).exists()


def step_option(case: Case, member: Member, step: PolicyStep, *, discussed: bool) -> StepOption:
    refusals = []
    if not case.is_open:
        refusals.append("The case is closed.")
    if not member.can(Permission.ACT_ON_STEPS) or member.role not in step.roles:
        roles = ", ".join(Role(role).label for role in step.roles)
        refusals.append(f"The policy lets only these roles take this step: {roles}.")
    is_first = step.kind == StepKind.INFORMAL_DISCUSSION
    if (
        not is_first
        and not discussed
        and not case.has_police_indicator
        and not case.skip_discussion_reason
    ):
        refusals.append(
            "The informal discussion with the parent comes first, unless the case has a police "
            "indicator or a reason to skip it is recorded."
        )
    return StepOption(
        step=step,
        refusals=tuple(refusals),
        needs_approval=step.needs_headteacher_approval and member.role != Role.HEADTEACHER,
        needs_checklist=step.kind in LEGAL_AND_POLICE_KINDS,
    )


def step_options(case: Case, member: Member, document: PolicyDocument) -> list[StepOption]:
    """Every step of the case's policy, in order, each with the reasons it is refused (if any)."""
    discussed = has_discussion(case)
    return [
        step_option(case, member, step, discussed=discussed) for step in document.procedure.steps
    ]
