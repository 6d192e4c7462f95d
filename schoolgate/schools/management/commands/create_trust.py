"""Create a trust, the group some schools belong to."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.schools.actions import ActionRefused, create_trust


class Command(BaseCommand):
    help = "Create a trust (a multi-academy trust or local authority) that schools can join."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", required=True, help="the trust's name")
        parser.add_argument("--slug", required=True, help="short name for addresses, e.g. oakfield")

    def handle(self, *args: Any, name: str, slug: str, **options: Any) -> None:
        try:
            trust = create_trust(name, slug)
        except ActionRefused as refused:
            raise CommandError(str(refused)) from None
        self.stdout.write(f"Created trust {trust.name} ({trust.slug}).")
