"""E-mail a policy's reviewers as its review comes due (run it from a scheduler, e.g. daily)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from schoolgate.policies.review_reminders import send_review_reminders


class Command(BaseCommand):
    help = (
        "Remind each published policy's reviewers and headteacher 60 and 14 days before its "
        "next review, then weekly while the review is overdue."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        run = send_review_reminders(timezone.now())
        self.stdout.write(f"{run.sent} policy review reminder(s) sent.")
        if run.failures:
            # A non-zero exit tells the scheduler; the next run sends what this one could not.
            raise CommandError(
                f"{len(run.failures)} policy review reminder(s) could not be sent and will be "
                "retried by the next run:\n" + "\n".join(run.failures)
            )
