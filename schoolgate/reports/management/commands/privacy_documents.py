"""Write the DPIA and record of processing for this deployment, for the DPO to complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from schoolgate.reports.privacy_documents import Deployment, privacy_documents


class Command(BaseCommand):
    help = (
        "Write dpia.md and record-of-processing.md into DIR, filled from this deployment's "
        "settings, models and roles (--defaults: as with no environment set, as in docs/)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", required=True, type=Path, help="folder to write into")
        parser.add_argument(
            "--defaults", action="store_true", help="describe the default settings, not these"
        )

    def handle(self, *args: Any, output: Path, defaults: bool, **options: Any) -> None:
        deployment = Deployment.defaults() if defaults else Deployment.from_settings()
        output.mkdir(parents=True, exist_ok=True)
        for name, text in privacy_documents(deployment).items():
            (output / name).write_text(text)
            self.stdout.write(f"Wrote {output / name}.")
