"""Leases on database tasks: a task whose worker died is queued again, a bounded number of times."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from schoolgate.cases.actions.screening import record_screening_failure
from schoolgate.cases.tasks import SCREENING_TIME_LIMIT_S, screen_incident_task

# A running task is someone else's for this long after it started: longer than the time limit,
# after which a live worker stops the task itself, so a task is never taken from a live worker.
TASK_LEASE = datetime.timedelta(seconds=SCREENING_TIME_LIMIT_S + 60)
# A task whose worker died this many times is likely what kills it (memory, a crash in a
# library): it is failed, and staff see why, rather than taking down worker after worker.
MAX_TASK_CLAIMS = 2


class WorkerLost(Exception):
    """The worker running a task stopped without finishing it."""


def recover_expired_tasks(lease: datetime.timedelta = TASK_LEASE) -> tuple[int, int]:
    """Queue again each running task whose lease ran out; fail those claimed too often.

    Return how many were queued again and how many failed.
    """
    queued = failed = 0
    expired = DBTaskResult.objects.running().filter(started_at__lt=timezone.now() - lease)
    for pk in expired.values_list("pk", flat=True):
        with transaction.atomic():
            result = (
                DBTaskResult.objects.select_for_update(skip_locked=True)
                .running()
                .filter(pk=pk, started_at__lt=timezone.now() - lease)
                .first()
            )
            if result is None:
                continue  # another worker recovered it first
            if len(result.worker_ids) < MAX_TASK_CLAIMS:
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                queued += 1
                continue
            claims = len(result.worker_ids)
            result.set_failed(WorkerLost(f"the worker stopped {claims} times while running it"))
            if result.task_path == screen_incident_task.module_path:
                incident_id = result.args_kwargs["args"][0]
                record_screening_failure(
                    incident_id,
                    f"the worker screening it stopped {claims} times before it finished.",
                )
            failed += 1
    return queued, failed
