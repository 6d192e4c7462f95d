"""`manage.py governors_report --school SLUG --term 2026-autumn --output FILE.pdf`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from schoolgate.reports.governors_report import render_governors_report
from schoolgate.reports.terms import Term
from schoolgate.schools.access import get_school_for_command


class Command(BaseCommand):
    help = "Write a school's governors' report for one term as a PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="The school's slug.")
        parser.add_argument(
            "--term", required=True, help="YYYY-autumn, YYYY-spring or YYYY-summer."
        )
        parser.add_argument("--output", required=True, type=Path, help="The PDF file to write.")

    def handle(self, *args: Any, **options: Any) -> None:
        school = get_school_for_command(options["school"])
        try:
            term = Term.parse(options["term"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        pdf = render_governors_report(school, term, timezone.localdate())
        options["output"].write_bytes(pdf)
        self.stdout.write(
            f"{school.name}: governors' report for the {term.title} written to {options['output']}."
        )
