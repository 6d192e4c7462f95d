"""The role matrix: what each role may do, spelt out in full."""

from __future__ import annotations

import pytest

from schoolgate.schools.roles import Permission, Role, role_can, role_needs_two_factor

Y, N = True, False
# Columns: headteacher, dsl, office, staff, governor, trust_admin
EXPECTED = {
    Permission.VIEW_POLICY: (Y, Y, Y, Y, Y, Y),
    Permission.MANAGE_POLICY: (Y, N, N, N, N, Y),
    Permission.VIEW_ROSTER: (Y, Y, Y, N, N, N),
    Permission.MANAGE_ROSTER: (Y, N, Y, N, N, N),
    Permission.LOG_INCIDENT: (Y, Y, Y, Y, N, N),
    Permission.WORK_INTAKE: (Y, Y, Y, N, N, N),
    Permission.SEE_CASES: (Y, Y, N, N, N, N),
    Permission.ACT_ON_STEPS: (Y, Y, N, N, N, N),
    Permission.APPROVE_LEGAL_AND_POLICE_STEPS: (Y, N, N, N, N, N),
    Permission.SEE_NAMED_REPORTS: (Y, Y, N, N, N, N),
    Permission.SEE_AGGREGATE_REPORTS: (Y, Y, N, N, Y, Y),
    Permission.MANAGE_STAFF: (Y, N, N, N, N, Y),
    Permission.MANAGE_LETTER_TEMPLATES: (Y, N, N, N, N, N),
    Permission.MANAGE_IMAGE_LIBRARY: (Y, Y, Y, N, N, N),
}
ROLES = [Role.HEADTEACHER, Role.DSL, Role.OFFICE, Role.STAFF, Role.GOVERNOR, Role.TRUST_ADMIN]


def test_the_matrix_names_every_permission() -> None:
    assert set(EXPECTED) == set(Permission)


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role_index", range(len(ROLES)))
def test_each_role_has_exactly_its_permissions(permission: Permission, role_index: int) -> None:
    role = ROLES[role_index]
    assert role_can(role, permission) is EXPECTED[permission][role_index], (role, permission)


def test_an_unknown_role_may_do_nothing() -> None:
    assert not any(role_can("caretaker", permission) for permission in Permission)


def test_roles_that_read_cases_childrens_records_or_keep_accounts_need_a_second_factor() -> None:
    needs = {role: role_needs_two_factor(role) for role in ROLES}
    assert needs == {
        Role.HEADTEACHER: True,
        Role.DSL: True,
        Role.OFFICE: True,
        Role.STAFF: True,
        Role.GOVERNOR: False,
        Role.TRUST_ADMIN: True,
    }
