"""Read the school's inbox over IMAP into concerns; run it from a scheduler every few minutes."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.intake.actions import poll_mailbox
from schoolgate.intake.actions.mail import MailboxSettings
from schoolgate.schools.access import get_school_for_command


class Command(BaseCommand):
    help = "Import unread e-mails from the school's IMAP folder as concerns (each only once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--school", required=True, help="The slug of the school the inbox is for."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        school = get_school_for_command(options["school"])
        mailbox = MailboxSettings.from_settings()
        if not mailbox.host:
            raise CommandError(
                "No inbox is set: set SCHOOLGATE_IMAP_HOST and the other SCHOOLGATE_IMAP_ settings."
            )
        poll = poll_mailbox(school, mailbox)
        summary = f"{poll.imported} message(s) imported, {poll.duplicates} already imported."
        if poll.has_failed:
            # Non-zero, so the scheduler reports it; the concerns page shows it to staff too.
            raise CommandError(f"{summary} {poll.error}")
        self.stdout.write(summary)
