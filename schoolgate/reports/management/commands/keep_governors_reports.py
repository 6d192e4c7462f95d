"""`manage.py keep_governors_reports`: keep the last finished term's report for every school."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from schoolgate.reports.governors_report import store_due_governors_reports
from schoolgate.reports.terms import Term


class Command(BaseCommand):
    help = (
        "Make and keep the governors' report of the last finished term for each school that has "
        "none yet. Run it from a scheduler (daily, say); a run with nothing to do changes nothing."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        made = store_due_governors_reports(today)
        term = Term.last_finished(today)
        for report in made:
            self.stdout.write(
                f"{report.school.name}: kept the governors' report for the {term.title}."
            )
        self.stdout.write(f"{len(made)} governors' report(s) kept.")
