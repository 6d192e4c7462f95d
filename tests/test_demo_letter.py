"""The demo holds a case whose written warning was written, printed and kept in Schoolgate."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import Letter, LetterStatus
from schoolgate.documents.letters import LetterKind
from schoolgate.policies.steps import StepKind


@pytest.mark.django_db
def test_the_demo_warning_letter_recorded_its_step_and_is_kept_as_evidence(
    settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    call_command("load_demo", stdout=StringIO())
    letter = Letter.objects.get(case__school__slug="redscope", kind=LetterKind.WRITTEN_WARNING)
    assert letter.status == LetterStatus.PRINTED
    assert letter.step is not None and letter.step.kind == StepKind.WRITTEN_WARNING
    assert letter.evidence is not None
    assert letter.step.details["letter_sha256"] == letter.evidence.sha256
    pdf = read_file(letter.evidence.storage_name, letter.evidence.sha256)
    assert pdf.startswith(b"%PDF-")
