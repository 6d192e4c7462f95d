"""Write a case's evidence bundle (bundle.pdf, the original files, manifest.json) to a ZIP file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.cases.actions.bundles import export_case_bundle
from schoolgate.cases.models import Case
from schoolgate.schools.access import get_school_for_command


class Command(BaseCommand):
    help = (
        "Export a case's evidence bundle as a ZIP holding bundle.pdf, the files and manifest.json."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("--case", required=True, type=int, help="the case number")
        parser.add_argument("--output", required=True, type=Path, help="the ZIP file to write")

    def handle(self, *args: Any, school: str, case: int, output: Path, **options: Any) -> None:
        target = get_school_for_command(school)
        found = Case.objects.filter(school=target, number=case).first()
        if found is None:
            raise CommandError(f"{target.name} has no case {case}.")
        data = export_case_bundle(found, actor=None, produced_by="manage.py export_bundle")
        output.write_bytes(data)
        self.stdout.write(f"Case {case}: evidence bundle written to {output} ({len(data)} bytes).")
