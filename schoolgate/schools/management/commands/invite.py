"""Invite someone to a school's staff accounts and print their set-up link."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.accounts import invite_staff
from schoolgate.schools.actions import ActionRefused
from schoolgate.schools.roles import SCHOOL_ROLES
from schoolgate.schools.tokens import SET_UP_LINK_LIFETIME


class Command(BaseCommand):
    help = "Invite a member of staff by e-mail; prints the set-up link when no mail server is set."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("--email", required=True, help="their e-mail address")
        parser.add_argument(
            "--role",
            required=True,
            choices=[role.value for role in SCHOOL_ROLES],
            help="their role",
        )

    def handle(self, *args: Any, school: str, email: str, role: str, **options: Any) -> None:
        target = get_school_for_command(school)
        try:
            invitation = invite_staff(target, None, email, role, settings.SITE_URL)
        except ActionRefused as refused:
            raise CommandError(str(refused)) from None
        who = f"{invitation.user.email} ({invitation.role_label} at {target.name})"
        if invitation.link is None:
            self.stdout.write(
                f"{who}: they already have an account and can use it here now. "
                "No new password is needed."
            )
        elif invitation.is_emailed:
            self.stdout.write(f"{who}: invitation e-mailed.")
        else:
            self.stdout.write(
                f"{who}: no mail server is set, so give them this link "
                f"(it works once and expires in {SET_UP_LINK_LIFETIME.days} days):\n"
                f"{invitation.link}"
            )
