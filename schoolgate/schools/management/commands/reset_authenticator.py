"""Reset someone's authenticator from the server, for when no headteacher can sign in."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.accounts import reset_authenticator, sign_in_name
from schoolgate.schools.actions import ActionRefused
from schoolgate.schools.models import User
from schoolgate.schools.tokens import SET_UP_LINK_LIFETIME


class Command(BaseCommand):
    help = "Remove a staff member's authenticator and print or e-mail a new set-up link."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("--email", required=True, help="their e-mail address")

    def handle(self, *args: Any, school: str, email: str, **options: Any) -> None:
        target = get_school_for_command(school)
        user = User.objects.filter(email__iexact=sign_in_name(email)).first()
        if user is None:
            raise CommandError(f"No account for {email}.")
        try:
            reset = reset_authenticator(target, None, user, settings.SITE_URL)
        except ActionRefused as refused:
            raise CommandError(str(refused)) from None
        if reset.is_emailed:
            self.stdout.write(f"{user.email}: authenticator reset; set-up link e-mailed.")
        else:
            self.stdout.write(
                f"{user.email}: authenticator reset. Give them this link "
                f"(it works once and expires in {SET_UP_LINK_LIFETIME.days} days):\n{reset.link}"
            )
