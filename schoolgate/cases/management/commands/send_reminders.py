"""E-mail case workers about steps past their due date (run it from a scheduler, e.g. hourly)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from schoolgate.cases.actions import send_step_reminders


class Command(BaseCommand):
    help = "Send one reminder per overdue step to the school's headteacher and DSL."

    def handle(self, *args: Any, **options: Any) -> None:
        run = send_step_reminders(timezone.now())
        self.stdout.write(f"{run.sent} reminder(s) sent.")
        if run.failures:
            # A non-zero exit tells the scheduler; the next run sends what this one could not.
            raise CommandError(
                f"{len(run.failures)} reminder(s) could not be sent and will be retried by the "
                "next run:\n" + "\n".join(run.failures)
            )
