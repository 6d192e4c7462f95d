"""Check an evidence bundle's files against manifest.json: exit 0 when all match, 1 naming the first that does not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from schoolgate.documents.bundle import verify_bundle


class Command(BaseCommand):
    help = (
        "Verify an evidence bundle ZIP; exits 1 naming the first file whose bytes no longer match."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("bundle", type=Path, help="the bundle's ZIP file")

    def handle(self, *args: Any, bundle: Path, **options: Any) -> None:
        check = verify_bundle(bundle)
        if check.is_intact:
            self.stdout.write(f"{bundle.name}: intact, {check.checked} files checked.")
            return
        self.stderr.write(f"{bundle.name}: {check.problem} {check.checked} files before it match.")
        raise SystemExit(1)
