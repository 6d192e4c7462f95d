"""What each role may do: the one place that answers "may this member do that?"."""

from __future__ import annotations

from enum import StrEnum

from django.db import models


class Role(models.TextChoices):
    HEADTEACHER = "headteacher", "Headteacher"
    DSL = "dsl", "Designated safeguarding lead"
    OFFICE = "office", "Office staff"
    STAFF = "staff", "Staff"
    GOVERNOR = "governor", "Governor"
    TRUST_ADMIN = "trust_admin", "Trust administrator"


SCHOOL_ROLES = [Role.HEADTEACHER, Role.DSL, Role.OFFICE, Role.STAFF, Role.GOVERNOR]


class Permission(StrEnum):
    VIEW_POLICY = "view_policy"
    MANAGE_POLICY = "manage_policy"
    VIEW_ROSTER = "view_roster"
    MANAGE_ROSTER = "manage_roster"
    LOG_INCIDENT = "log_incident"
    WORK_INTAKE = "work_intake"
    SEE_CASES = "see_cases"
    ACT_ON_STEPS = "act_on_steps"
    APPROVE_LEGAL_AND_POLICE_STEPS = "approve_legal_and_police_steps"
    SEE_NAMED_REPORTS = "see_named_reports"
    SEE_AGGREGATE_REPORTS = "see_aggregate_reports"
    MANAGE_STAFF = "manage_staff"
    MANAGE_LETTER_TEMPLATES = "manage_letter_templates"
    MANAGE_IMAGE_LIBRARY = "manage_image_library"


P = Permission
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.HEADTEACHER: frozenset(
        {
            P.VIEW_POLICY,
            P.MANAGE_POLICY,
            P.VIEW_ROSTER,
            P.MANAGE_ROSTER,
            P.LOG_INCIDENT,
            P.WORK_INTAKE,
            P.SEE_CASES,
            P.ACT_ON_STEPS,
            P.APPROVE_LEGAL_AND_POLICE_STEPS,
            P.SEE_NAMED_REPORTS,
            P.SEE_AGGREGATE_REPORTS,
            P.MANAGE_STAFF,
            P.MANAGE_IMAGE_LIBRARY,
            # Letters go out in the school's voice, over the head's name: the head words them.
            P.MANAGE_LETTER_TEMPLATES,
        }
    ),
    Role.DSL: frozenset(
        {
            P.VIEW_POLICY,
            P.VIEW_ROSTER,
            P.LOG_INCIDENT,
            P.WORK_INTAKE,
            P.SEE_CASES,
            P.ACT_ON_STEPS,
            P.SEE_NAMED_REPORTS,
            P.SEE_AGGREGATE_REPORTS,
            P.MANAGE_IMAGE_LIBRARY,
        }
    ),
    Role.OFFICE: frozenset(
        {
            P.VIEW_POLICY,
            P.VIEW_ROSTER,
            P.MANAGE_ROSTER,
            P.LOG_INCIDENT,
            P.WORK_INTAKE,
            # The office posts the Dojo and newsletter photos, so it keeps their fingerprints.
            P.MANAGE_IMAGE_LIBRARY,
        }
    ),
    Role.STAFF: frozenset({P.VIEW_POLICY, P.LOG_INCIDENT}),
    Role.GOVERNOR: frozenset({P.VIEW_POLICY, P.SEE_AGGREGATE_REPORTS}),
    # A trust sees its schools' policies and figures, never a case or a child's record.
    # It also keeps its schools' staff accounts: a head who is away or leaving can be replaced.
    Role.TRUST_ADMIN: frozenset(
        {P.VIEW_POLICY, P.MANAGE_POLICY, P.SEE_AGGREGATE_REPORTS, P.MANAGE_STAFF}
    ),
}

# Whoever can read accusations, incidents or children's records must sign in with a second factor,
# and so must whoever hands out accounts: inviting a headteacher opens every case.
SENSITIVE_PERMISSIONS = frozenset(
    {P.VIEW_ROSTER, P.MANAGE_ROSTER, P.LOG_INCIDENT, P.WORK_INTAKE, P.SEE_CASES, P.MANAGE_STAFF}
)


def role_can(role: str, permission: Permission) -> bool:
    """Return whether `role` carries `permission`; an unknown role carries nothing."""
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def role_needs_two_factor(role: str) -> bool:
    return bool(ROLE_PERMISSIONS.get(role, frozenset()) & SENSITIVE_PERMISSIONS)
