"""The refusal every case action raises, and the check that a member may work cases."""

from __future__ import annotations

from schoolgate.schools.access import Member
from schoolgate.schools.roles import Permission, Role

CASE_WORKER_ROLES = (Role.HEADTEACHER, Role.DSL)


class ActionRefused(Exception):
    """An action the rules do not allow; the message is shown to the member as it is."""


def require_case_work(member: Member) -> None:
    if not member.can(Permission.ACT_ON_STEPS):
        raise ActionRefused("Your role cannot act on cases.")
