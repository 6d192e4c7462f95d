"""Staff accounts: invitations, authenticator resets, unlocks, role changes and leavers.

There is no Invitation table: an account whose password was never set is an invitation not yet
taken up, and its link is a signed token (`schoolgate.schools.tokens`), so the Staff accounts
page can list pending invitations from the accounts alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.schools.actions import ActionRefused
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership, School, TrustMembership, User
from schoolgate.schools.roles import SCHOOL_ROLES, Role
from schoolgate.schools.throttling import normalise_email
from schoolgate.schools.tokens import SET_UP_LINK_LIFETIME, set_up_path, set_up_tokens


class AccountStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    INVITED = "invited", "Invited"
    LOCKED = "locked", "Locked"
    DEACTIVATED = "deactivated", "Deactivated"


@dataclass(frozen=True)
class StaffAccount:
    membership: Membership
    status: AccountStatus

    @property
    def user(self) -> User:
        return self.membership.user


@dataclass(frozen=True)
class Invitation:
    """What inviting someone did: `link` is None when they already had an account."""

    user: User
    role: str
    link: str | None
    is_new_account: bool
    is_emailed: bool

    @property
    def role_label(self) -> str:
        return Role(self.role).label


@dataclass(frozen=True)
class SetUpLink:
    user: User
    link: str
    is_emailed: bool


SPENT_LINK = (
    "This link has been used or has expired. "
    "Ask your headteacher or trust administrator for a new one."
)


def sign_in_name(email: str) -> str:
    """The form of an address that accounts and lock-outs are kept under."""
    return normalise_email(email)


def staff_accounts(school: School) -> list[StaffAccount]:
    """Every account with a role at the school, with its status, by name then address."""
    memberships = list(
        Membership.objects.filter(school=school)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    )
    locked = locked_sign_in_names([m.user.email for m in memberships])
    return [StaffAccount(m, _status(m.user, locked)) for m in memberships]


def _status(user: User, locked: set[str]) -> AccountStatus:
    if not user.is_active:
        return AccountStatus.DEACTIVATED
    if sign_in_name(user.email) in locked:
        return AccountStatus.LOCKED
    if not user.has_usable_password():
        return AccountStatus.INVITED
    return AccountStatus.ACTIVE


def locked_sign_in_names(emails: list[str]) -> set[str]:
    """Return which of these addresses are locked out now (django-axes' records)."""
    names = {sign_in_name(email) for email in emails}
    attempts = AccessAttempt.objects.annotate(name=Lower("username")).filter(
        name__in=names, failures_since_start__gte=settings.AXES_FAILURE_LIMIT
    )
    cool_off = get_cool_off()
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return {sign_in_name(name) for name in attempts.values_list("name", flat=True)}


def invite_staff(
    school: School, actor: User | None, email: str, role: str, base_url: str
) -> Invitation:
    """Give `email` the role at the school, creating an account with a set-up link if needed.

    Someone who already has an account keeps their password and authenticator and is simply
    added; someone invited before who never used their link is sent a fresh one.
    """
    email = sign_in_name(email)
    try:
        validate_email(email)
    except ValidationError:
        raise ActionRefused(f"{email!r} is not an e-mail address.") from None
    role = _school_role(role)
    with transaction.atomic():
        user = User.objects.select_for_update().filter(email__iexact=email).first()
        if user is not None and not user.is_active:
            raise ActionRefused(f"{email}'s account is switched off; it cannot be invited again.")
        membership = (
            Membership.objects.select_for_update().filter(user=user, school=school).first()
            if user is not None
            else None
        )
        if user is not None and membership is not None and user.has_usable_password():
            raise ActionRefused(
                f"{email} already has an account at {school.name}, as "
                f"{membership.get_role_display()}. Change their role instead."
            )
        if user is None:
            user = User.objects.create_user(email, None, full_name="")
        is_new_account = not user.has_usable_password()
        if membership is None:
            Membership.objects.create(user=user, school=school, role=role)
        else:
            membership.role = role
            membership.save(update_fields=["role"])
        record_event(
            school,
            actor,
            "invited staff",
            user,
            {"email": email, "role": role, "new_account": is_new_account},
        )
        link = base_url + set_up_path(user) if is_new_account else None
        is_emailed = settings.HAS_MAIL_SERVER
        if is_emailed:
            role_label = Role(role).label
            if link is not None:
                mail = _invitation_mail(school, role_label, link)
            else:
                mail = _added_mail(school, role_label, base_url)
            transaction.on_commit(
                partial(send_mail, *mail, from_email=None, recipient_list=[email])
            )
    return Invitation(user, role, link, is_new_account, is_emailed)


def reset_authenticator(school: School, actor: User | None, user: User, base_url: str) -> SetUpLink:
    """Remove the account's authenticators and make a set-up link for a new one.

    The link also sets a new password: whoever lost a phone may have lost more with it.
    """
    with transaction.atomic():
        user = _lock_member(school, user)
        if not user.is_active:
            raise ActionRefused(f"{_label(user)}'s account is switched off.")
        removed, _ = TOTPDevice.objects.filter(user=user).delete()
        record_event(school, actor, "reset authenticator", user, {"devices_removed": removed})
        link = base_url + set_up_path(user)
        is_emailed = settings.HAS_MAIL_SERVER
        if is_emailed:
            transaction.on_commit(
                partial(
                    send_mail,
                    *_reset_mail(school, link),
                    from_email=None,
                    recipient_list=[user.email],
                )
            )
    return SetUpLink(user, link, is_emailed)


def unlock_account(school: School, actor: User | None, user: User) -> int:
    """Clear the account's lock-out, keyed on its lower-cased address; return attempts cleared."""
    with transaction.atomic():
        user = _lock_member(school, user)
        name = sign_in_name(user.email)
        if name not in locked_sign_in_names([user.email]):
            raise ActionRefused(f"{_label(user)} is not locked out.")
        # Attempts typed in another case are the same person; clear them all.
        spellings = set(
            AccessAttempt.objects.annotate(name=Lower("username"))
            .filter(name=name)
            .values_list("username", flat=True)
        )
        cleared = sum(axes_reset(username=spelling) for spelling in spellings | {name})
        record_event(school, actor, "unlocked account", user, {"attempts_cleared": cleared})
    return cleared


def change_role(school: School, actor: User | None, user: User, role: str) -> Membership:
    """Give the account another role at the school; the last headteacher cannot be demoted."""
    role = _school_role(role)
    with transaction.atomic():
        heads = _lock_headteachers(school)
        user = _lock_member(school, user)
        membership = Membership.objects.select_for_update().get(user=user, school=school)
        if membership.role == role:
            raise ActionRefused(f"{_label(user)} is already {Role(role).label}.")
        if membership.role == Role.HEADTEACHER and heads == [user.pk]:
            raise ActionRefused(
                f"{_label(user)} is the school's only headteacher: "
                "make someone else headteacher first."
            )
        previous = membership.role
        membership.role = role
        membership.save(update_fields=["role"])
        record_event(school, actor, "changed role", user, {"from": previous, "to": role})
    return membership


def deactivate_account(school: School, actor: User | None, user: User) -> None:
    """Switch off a leaver's account: sign-in refused, their history kept."""
    with transaction.atomic():
        heads = _lock_headteachers(school)
        user = _lock_member(school, user)
        if not user.is_active:
            raise ActionRefused(f"{_label(user)}'s account is already switched off.")
        if heads == [user.pk]:
            raise ActionRefused(
                f"{_label(user)} is the school's only headteacher: "
                "make someone else headteacher first."
            )
        if (
            Membership.objects.filter(user=user).exclude(school=school).exists()
            or TrustMembership.objects.filter(user=user).exists()
        ):
            # One account serves every school; switching it off here would lock them out there.
            raise ActionRefused(
                f"{_label(user)} also has a role at another school or trust, "
                "so their account cannot be switched off from here."
            )
        user.is_active = False
        user.save(update_fields=["is_active"])
        record_event(school, actor, "deactivated account", user, {"email": user.email})


def set_password_from_link(user: User, token: str, password: str) -> User:
    """Set the password a set-up link allows, once, and clear any half-made authenticator.

    The token is checked again under the account's lock: two tabs posting the same link at
    once must not both succeed.
    """
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        if not locked.is_active or not set_up_tokens.check_token(locked, token):
            raise ActionRefused(SPENT_LINK)
        locked.set_password(password)
        locked.save(update_fields=["password"])
        # A secret shown before this link was used must not become the account's authenticator.
        TOTPDevice.objects.filter(user=locked, confirmed=False).delete()
        for school in School.objects.filter(memberships__user=locked):
            record_event(school, locked, "set password from link", locked)
    return locked


def _school_role(role: str) -> str:
    if role not in SCHOOL_ROLES:
        choices = ", ".join(r.value for r in SCHOOL_ROLES)
        raise ActionRefused(f"{role!r} is not a role at a school; use one of {choices}.")
    return str(role)


def _label(user: User) -> str:
    return user.full_name or user.email


def _lock_member(school: School, user: User) -> User:
    """Lock the account's row for the action; it must hold a role at the school."""
    if not Membership.objects.filter(user=user, school=school).exists():
        raise ActionRefused(f"{_label(user)} has no role at {school.name}.")
    return User.objects.select_for_update().get(pk=user.pk)


def _lock_headteachers(school: School) -> list[int]:
    """Lock the school's headteachers' roles, so two of them cannot each demote the other."""
    return sorted(
        Membership.objects.select_for_update()
        .filter(school=school, role=Role.HEADTEACHER, user__is_active=True)
        .values_list("user_id", flat=True)
    )


def _link_days() -> int:
    return int(SET_UP_LINK_LIFETIME / dt.timedelta(days=1))


def _invitation_mail(school: School, role_label: str, link: str) -> tuple[str, str]:
    return (
        f"You are invited to Schoolgate at {school.name}",
        f"{school.name} has invited you to use Schoolgate as {role_label}.\n\n"
        "Open this link to choose a password, then set up the authenticator app on your phone:\n\n"
        f"{link}\n\n"
        f"The link works once and expires in {_link_days()} days. "
        "If you did not expect this e-mail, ignore it.",
    )


def _added_mail(school: School, role_label: str, base_url: str) -> tuple[str, str]:
    return (
        f"You can now use Schoolgate at {school.name}",
        f"{school.name} has added you as {role_label}. Sign in as usual, with your password "
        f"and authenticator app:\n\n{base_url}/login/",
    )


def _reset_mail(school: School, link: str) -> tuple[str, str]:
    return (
        "Set up your authenticator for Schoolgate",
        f"Your authenticator for Schoolgate at {school.name} was reset.\n\n"
        "Open this link to choose a new password, then set up the authenticator app again:\n\n"
        f"{link}\n\n"
        f"The link works once and expires in {_link_days()} days. "
        "If you did not ask for this, tell your headteacher.",
    )
