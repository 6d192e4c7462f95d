"""Load the fictional demo trust and schools (safe to run again)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from schoolgate.demo.actions import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo trust, two schools, their rosters and policies, and one account per role."

    def handle(self, *args: Any, **options: Any) -> None:
        accounts = load_demo()
        self.stdout.write(f"Demo accounts (password: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"  {account.email:32} {account.role} – {account.school}")
