"""Load a school's policy file, publishing it as a new version when it changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.policies.actions import load_policy
from schoolgate.policies.schema import PolicyFileError
from schoolgate.schools.access import get_school_for_command


class Command(BaseCommand):
    help = "Validate a policy YAML file and publish it for a school (a new version if it changed)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--school", required=True, help="the school's slug")

    def handle(self, *args: Any, file: Path, school: str, **options: Any) -> None:
        target = get_school_for_command(school)
        try:
            source = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from None
        try:
            result = load_policy(target, source)
        except PolicyFileError as exc:
            for error in exc.errors:
                self.stderr.write(error.replace("policy file", str(file), 1))
            raise CommandError(f"{file} is not a valid policy file; nothing was loaded.") from None
        if result.is_new:
            self.stdout.write(f"{target.name}: published policy version {result.version.number}.")
        else:
            self.stdout.write(
                f"{target.name}: unchanged, version {result.version.number} stays published."
            )
