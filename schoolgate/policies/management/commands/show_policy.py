"""Print a school's published policy (or an earlier version) with its review status."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.access import get_school_for_command


class Command(BaseCommand):
    help = "Print the school's published policy, or --version N, as text or JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, help="the school's slug")
        parser.add_argument("--policy-version", type=int, dest="number", help="an earlier version")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(
        self, *args: Any, school: str, number: int | None, format: str, **options: Any
    ) -> None:
        target = get_school_for_command(school)
        versions = PolicyVersion.objects.filter(school=target)
        version = versions.filter(number=number).first() if number else versions.published().first()
        if version is None:
            what = f"version {number}" if number else "a published policy"
            raise CommandError(f"{target.name} has no {what}.")
        described = version.describe(timezone.localdate())
        if format == "json":
            self.stdout.write(json.dumps(described, indent=2, ensure_ascii=False))
            return
        document = version.document
        reviewers = ", ".join(document.review.reviewers)
        lines = [
            f"{document.school}: {document.title}",
            f"Version {version.number}, review status: {described['review_status']}"
            f" (next review {document.review.next_review}; reviewers: {reviewers})",
            "",
            "Before posting, ask yourself:",
            *(f"  - {q.text}" for q in document.appropriate_use.questions),
            f"  {document.appropriate_use.contact_advice}",
            "",
            "Inappropriate use:",
            *(f"  [{c.id}] {c.wording}" for c in document.categories),
            "",
            "Procedure:",
            *(f"  {i}. [{s.id}] {s.wording}" for i, s in enumerate(document.procedure.steps, 1)),
            "",
            "Police triggers:",
            *(f"  [{t.id}] {t.wording}" for t in document.police_triggers),
        ]
        self.stdout.write("\n".join(lines))
