"""Reaching a school's objects: every lookup is scoped to a school the user belongs to.

The same 404 answers "no such thing" and "not yours", so nobody can probe another school.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.management.base import CommandError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from schoolgate.schools.models import (
    Membership,
    Person,
    PersonKind,
    PersonQuerySet,
    School,
    TrustMembership,
    User,
)
from schoolgate.schools.roles import Permission, Role, role_can, role_needs_two_factor


@dataclass(frozen=True)
class Member:
    """A signed-in user acting at one school, with the role they hold there."""

    user: User
    school: School
    role: str

    def can(self, permission: Permission) -> bool:
        return role_can(self.role, permission)

    @property
    def permissions(self) -> frozenset[str]:
        return frozenset(p.value for p in Permission if self.can(p))

    @property
    def role_label(self) -> str:
        return Role(self.role).label


def get_member(user: User, school_slug: str) -> Member:
    """Return the user's standing at the school, or raise 404 if they have none."""
    if not user.is_authenticated:
        raise Http404
    membership = (
        Membership.objects.select_related("school", "school__trust")
        .filter(user=user, school__slug=school_slug)
        .first()
    )
    if membership is not None:
        return Member(user=user, school=membership.school, role=membership.role)
    school = (
        School.objects.filter(slug=school_slug, trust__memberships__user=user)
        .select_related("trust")
        .first()
    )
    if school is not None:
        return Member(user=user, school=school, role=Role.TRUST_ADMIN)
    raise Http404


def schools_for(user: User) -> list[School]:
    direct = School.objects.filter(memberships__user=user)
    via_trust = School.objects.filter(trust__memberships__user=user)
    return list((direct | via_trust).distinct().order_by("name"))


def needs_two_factor(user: User) -> bool:
    """Whether this user must confirm a second factor before seeing any school page."""
    if settings.RELAX_TWO_FACTOR:
        return False
    roles = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    if TrustMembership.objects.filter(user=user).exists():
        roles.add(Role.TRUST_ADMIN)
    return any(role_needs_two_factor(role) for role in roles)


def member_required(permission: Permission) -> Callable[..., Any]:
    """Decorate a view taking `school_slug`: sign-in, second factor, membership and permission.

    The view receives the `Member` as its second argument instead of the slug.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(
            request: HttpRequest, school_slug: str, *args: Any, **kwargs: Any
        ) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            assert isinstance(user, User)
            if needs_two_factor(user) and not user.is_verified():  # type: ignore[attr-defined]
                next_query = urlencode({"next": request.get_full_path()}, safe="/")
                return redirect(f"{reverse('two_factor')}?{next_query}")
            member = get_member(user, school_slug)
            if not member.can(permission):
                raise PermissionDenied(f"Your role ({member.role_label}) cannot do this.")
            return view(request, member, *args, **kwargs)

        return wrapper

    return decorator


# Without the roster a member may name colleagues and governors, never a child or a family.
KINDS_WITHOUT_ROSTER = (PersonKind.STAFF, PersonKind.GOVERNOR)


def people_visible_to(member: Member) -> PersonQuerySet:
    """The school's people this member may see and name: everyone only with VIEW_ROSTER."""
    people = Person.objects.filter(school=member.school)
    if member.can(Permission.VIEW_ROSTER):
        return people
    return people.filter(kind__in=KINDS_WITHOUT_ROSTER)


def get_person(member: Member, pk: int) -> Person:
    return get_object_or_404(Person, school=member.school, pk=pk)


def get_school_for_command(slug: str) -> School:
    """Return the school an operator named, or stop the command with the slugs there are."""
    school = School.objects.filter(slug=slug).first()
    if school is None:
        known = ", ".join(School.objects.values_list("slug", flat=True)) or "none yet"
        raise CommandError(f"No school with slug {slug!r} (schools: {known}).")
    return school


def get_staff_account(member: Member, user_pk: int) -> User:
    """Return an account holding a role at the member's school, or raise 404."""
    return get_object_or_404(User, pk=user_pk, memberships__school=member.school)
