"""The committed DPIA and record of processing are what the code says for the default settings."""

from __future__ import annotations

import io
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from schoolgate.reports.privacy_documents import Deployment, dpia, privacy_documents

DOCS = Path(settings.BASE_DIR) / "docs"


def test_the_committed_documents_match_the_code() -> None:
    for name, text in privacy_documents(Deployment.defaults()).items():
        assert (DOCS / name).read_text() == text, (
            f"docs/{name} is out of step with the code: run "
            "`.venv/bin/python manage.py privacy_documents --defaults --output docs`"
        )


def test_the_documents_state_this_deployments_mail_server(tmp_path: Path) -> None:
    text = dpia(
        Deployment(
            mail_server="mail.oakfield.example",
            database="PostgreSQL",
            site_url="https://sg.oakfield.example",
        )
    )
    assert (
        "- Mail: the mail server `mail.oakfield.example` (invitations, reminders, letters)." in text
    )
    assert "- Database: PostgreSQL, on the school's or trust's own server." in text


def test_the_command_writes_both_documents(tmp_path: Path) -> None:
    out = io.StringIO()
    call_command("privacy_documents", "--output", str(tmp_path), stdout=out)
    record = (tmp_path / "record-of-processing.md").read_text()
    assert "| A closed case, with its incidents and evidence | 6 years after it closes |" in record
    assert "| Governor | view policy, see aggregate reports | no |" in record
    assert (
        "**subject access request** (Reports and governance): `school` (link to school)" in record
    )
    assert out.getvalue().count("Wrote ") == 2
