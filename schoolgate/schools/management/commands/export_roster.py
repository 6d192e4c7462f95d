"""Export a school's roster in the import format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.actions import export_roster


class Command(BaseCommand):
    help = "Write the school's roster as CSV, in the same format import_roster reads."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")

    def handle(self, *args: Any, school: str, output: Path | None, **options: Any) -> None:
        content = export_roster(get_school_for_command(school))
        if output is None:
            self.stdout.write(content, ending="")
        else:
            output.write_text(content, encoding="utf-8")
