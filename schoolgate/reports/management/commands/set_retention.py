"""Set how long a school keeps one type of record after it closes."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolgate.cases.actions import ActionRefused
from schoolgate.reports.models import RecordType
from schoolgate.reports.retention import set_retention_period
from schoolgate.schools.access import get_school_for_command


class Command(BaseCommand):
    help = "Set a school's retention period, in months, for one type of record (audited)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("--record-type", required=True, choices=RecordType.values)
        parser.add_argument("--months", required=True, type=int)

    def handle(
        self, *args: Any, school: str, record_type: str, months: int, **options: Any
    ) -> None:
        target = get_school_for_command(school)
        try:
            rule = set_retention_period(target, None, RecordType(record_type), months)
        except ActionRefused as refused:
            raise CommandError(str(refused)) from None
        self.stdout.write(f"{target.name}: {rule.get_record_type_display()} kept {months} months.")
