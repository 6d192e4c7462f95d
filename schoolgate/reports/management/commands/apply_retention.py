"""Purge every record whose retention period has run out, at every school (run it nightly)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from schoolgate.reports.retention import apply_retention, due_records
from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.models import School


class Command(BaseCommand):
    help = (
        "Delete the cases, incidents, evidence files and concerns whose retention period has "
        "ended (a case on a legal hold is kept); --dry-run lists them and changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="list what is due; delete nothing"
        )
        parser.add_argument("--school", help="one school's slug (default: every school)")

    def handle(self, *args: Any, dry_run: bool, school: str | None, **options: Any) -> None:
        today = timezone.localdate()
        schools = [get_school_for_command(school)] if school else list(School.objects.all())
        for each in schools:
            if dry_run:
                due = due_records(each, today)
                for record in due:
                    self.stdout.write(
                        f"{each.slug}: would delete {record.label} "
                        f"({record.record_type.label.lower()}, closed {record.closed_on:%d %B %Y}, "
                        f"due {record.due_on:%d %B %Y})"
                    )
                self.stdout.write(f"{each.slug}: {len(due)} records due; dry run, nothing deleted.")
                continue
            run = apply_retention(each, today)
            for record, purge in run.purged:
                counts = ", ".join(f"{n} {name}" for name, n in sorted(purge.counts.items()))
                self.stdout.write(f"{each.slug}: deleted {record.label} ({counts})")
            for _record, reason in run.kept:
                self.stderr.write(f"{each.slug}: {reason}")
            self.stdout.write(
                f"{each.slug}: {len(run.purged)} records deleted, {len(run.kept)} kept."
            )
