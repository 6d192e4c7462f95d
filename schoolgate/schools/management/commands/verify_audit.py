"""Check a school's audit chain: exit 0 when intact, 1 naming the first broken event."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from schoolgate.schools.access import get_school_for_command
from schoolgate.schools.audit import verify_chain


class Command(BaseCommand):
    help = (
        "Verify the school's audit chain; exits 1 and names the first broken event if not intact."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")

    def handle(self, *args: Any, school: str, **options: Any) -> None:
        target = get_school_for_command(school)
        check = verify_chain(target)
        if check.is_intact:
            self.stdout.write(f"{target.name}: audit chain intact, {check.checked} events checked.")
            return
        event = check.broken_at
        assert event is not None
        self.stderr.write(
            f"{target.name}: audit chain BROKEN at event #{event.sequence} "
            f"({event.verb} {event.object_type} {event.object_id}, {event.created_at:%Y-%m-%d %H:%M:%S}): "
            f"{check.problem}. {check.checked} events before it hold."
        )
        raise SystemExit(1)
