"""Import a school's roster CSV: all rows or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.actions import RosterImportError, import_roster


class Command(BaseCommand):
    help = "Import a roster CSV exported from the school's MIS; any bad row refuses the whole file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--school", required=True, help="the school's slug")

    def handle(self, *args: Any, file: Path, school: str, **options: Any) -> None:
        target = get_school_for_command(school)
        try:
            content = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from None
        try:
            result = import_roster(target, content)
        except RosterImportError as exc:
            for error in exc.errors:
                self.stderr.write(error)
            raise CommandError(
                f"{len(exc.errors)} problem(s) in {file}; nothing was imported."
            ) from None
        self.stdout.write(
            f"{target.name}: {result.created} people added, {result.updated} updated"
            + (
                f", {result.not_in_file} on the roster but not in this file (kept)"
                if result.not_in_file
                else ""
            )
            + "."
        )
