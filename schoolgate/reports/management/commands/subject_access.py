"""Write everything held about one person, others redacted, as JSON and PDF into a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.cases.actions import ActionRefused
from schoolgate.reports.subject_access import export_for
from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.models import Person


class Command(BaseCommand):
    help = (
        "Export everything the school holds about one roster person (as poster, as target, as "
        "parent of a pupil shown, as correspondent) to DIR as JSON and PDF, with other people's "
        "names and handles redacted and faces blurred."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("--person", required=True, help="the person's MIS person id")
        parser.add_argument("--output", required=True, type=Path, help="folder to write into")

    def handle(self, *args: Any, school: str, person: str, output: Path, **options: Any) -> None:
        target = get_school_for_command(school)
        subject = Person.objects.filter(school=target, person_id=person).first()
        if subject is None:
            raise CommandError(f"No one with MIS person id {person!r} on {target.name}'s roster.")
        try:
            export = export_for(target, None, subject)
        except ActionRefused as refused:
            raise CommandError(str(refused)) from None
        output.mkdir(parents=True, exist_ok=True)
        json_path = output / f"{export.stem}.json"
        pdf_path = output / f"{export.stem}.pdf"
        json_path.write_bytes(export.json_bytes)
        pdf_path.write_bytes(export.pdf)
        self.stdout.write(f"Wrote {json_path} and {pdf_path}.")
