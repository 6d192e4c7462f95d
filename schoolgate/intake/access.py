"""Reaching a school's concerns: the same 404 for another school's and for one not yours to see."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from schoolgate.intake.models import Concern, ConcernQuerySet
from schoolgate.schools.access import Member
from schoolgate.schools.models import User
from schoolgate.schools.roles import Permission, role_can


def concerns_visible_to(member: Member) -> ConcernQuerySet:
    """The school's concerns; withheld ones only for the DSL and the headteacher."""
    concerns = Concern.objects.filter(school=member.school)
    if member.can(Permission.SEE_CASES):
        return concerns
    return concerns.in_queue()


def get_concern(member: Member, reference: str) -> Concern:
    return get_object_or_404(concerns_visible_to(member), reference=reference)


def intake_staff(member: Member) -> list[User]:
    """Accounts at the school that may be given a concern: those whose role works intake."""
    users = User.objects.filter(memberships__school=member.school, is_active=True).prefetch_related(
        "memberships"
    )
    return [
        user
        for user in users.order_by("full_name")
        if any(
            m.school_id == member.school.pk and role_can(m.role, Permission.WORK_INTAKE)
            for m in user.memberships.all()
        )
    ]
