"""Create a school, alone or in a trust, ready for its policy, roster and staff."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.schools.actions import ActionRefused, create_school


class Command(BaseCommand):
    help = "Create a school; then load its policy, import its roster and invite its headteacher."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", required=True, help="the school's name")
        parser.add_argument("--slug", required=True, help="short name for addresses: /s/SLUG/")
        parser.add_argument("--urn", required=True, help="the DfE URN, six digits")
        parser.add_argument("--email", required=True, help="the school office's address")
        parser.add_argument("--trust", default=None, help="the slug of the school's trust")

    def handle(
        self,
        *args: Any,
        name: str,
        slug: str,
        urn: str,
        email: str,
        trust: str | None,
        **options: Any,
    ) -> None:
        try:
            school = create_school(name, slug, urn, email, trust)
        except ActionRefused as refused:
            raise CommandError(str(refused)) from None
        self.stdout.write(f"Created {school.name} ({school.slug}, URN {school.urn}).")
