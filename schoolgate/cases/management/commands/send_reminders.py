"""E-mail case workers about steps past their due date (run it from a scheduler, e.g. hourly)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from schoolgate.cases.actions import send_step_reminders


class Command(BaseCommand):
    help = "Send one reminder per overdue step to the school's headteacher and DSL."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_step_reminders(timezone.now())
        self.stdout.write(f"{sent} reminder(s) sent.")
