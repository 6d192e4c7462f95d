"""A worker killed mid-task leaves a task another worker runs after the lease: screened once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from schoolgate.cases.models import Incident, Screening
from schoolgate.cases.tests import analyzers
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast

REPO = Path(__file__).resolve().parents[3]
# The worker is started with a tiny lease so the test need not wait two minutes.
LEASE_S = 3
# Starting Django and the engine in a fresh process takes a few seconds on two shared cores.
START_TIMEOUT_S = 60
WORKER = """
import json, sys, django
django.setup()
from django.conf import settings
from django.core.management import call_command
settings.SCREENING_ANALYZERS = json.loads(sys.argv[1])
call_command("task_worker", *sys.argv[2:])
"""


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(engine: list[dict[str, Any]], *options: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "schoolgate.settings",
        "SCHOOLGATE_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
    }
    command = [sys.executable, "-c", WORKER, json.dumps(engine), "--no-startup-delay", *options]
    return subprocess.Popen(command, cwd=REPO, env=env)


@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_s_task_is_finished_by_another_exactly_once(
    cast: Cast, settings: Any, logged: Callable[..., Incident], tmp_path: Path
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    incident = logged("Mr Hale is a drunk and comes to work late")
    marker = tmp_path / "started"
    first = start_worker(analyzers.slow(600, str(marker)), "--lease", str(LEASE_S))
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not marker.exists():
            assert time.monotonic() < deadline, "the first worker never started the task"
            assert first.poll() is None, "the first worker stopped"
            time.sleep(0.1)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    task = DBTaskResult.objects.get()
    assert task.status == "RUNNING"
    assert not Screening.objects.filter(incident=incident).exists()
    time.sleep(LEASE_S + 0.5)

    second = start_worker(analyzers.TEXT_ANALYZERS, "--batch", "--lease", str(LEASE_S))
    assert second.wait(timeout=START_TIMEOUT_S) == 0
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL"
    assert len(task.worker_ids) == 2
    assert Screening.objects.filter(incident=incident).count() == 1
    screened = AuditEvent.objects.filter(object_id=str(incident.pk), verb="screened incident")
    assert screened.count() == 1
    incident.refresh_from_db()
    assert "names_staff" in incident.flags and incident.screening_error == ""

    again = start_worker(analyzers.TEXT_ANALYZERS, "--batch", "--lease", str(LEASE_S))
    assert again.wait(timeout=START_TIMEOUT_S) == 0
    assert Screening.objects.filter(incident=incident).count() == 1
    assert screened.count() == 1
