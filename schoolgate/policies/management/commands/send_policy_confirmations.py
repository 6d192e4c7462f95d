"""E-mail parents a link per child to confirm they have read the school's published policy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.policies.confirmations import (
    ConfirmationRefused,
    read_contact_list,
    send_read_confirmations,
)
from schoolgate.schools.models import School


class Command(BaseCommand):
    help = (
        "Send each parent or carer in a person_id,email CSV a link per child to confirm they "
        "have read the published policy; those who confirmed already are not asked again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="The school's slug.")
        parser.add_argument(
            "--contacts", required=True, type=Path, help="CSV file: person_id,email"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        school = School.objects.filter(slug=options["school"]).first()
        if school is None:
            raise CommandError(f"No school has the slug {options['school']!r}.")
        try:
            contacts = read_contact_list(options["contacts"].read_text(encoding="utf-8-sig"))
            result = send_read_confirmations(school, None, contacts)
        except (ConfirmationRefused, OSError, UnicodeDecodeError) as refused:
            raise CommandError(str(refused)) from None
        self.stdout.write(
            f"Sent {result.sent} link(s); {result.already_confirmed} already confirmed; "
            f"{result.without_address} parent(s) with a child on the roster had no address."
        )
