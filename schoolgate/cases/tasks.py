"""Background work for cases: screening a logged incident (safe to run twice), within a time limit."""

from __future__ import annotations

import datetime
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from schoolgate.cases.actions.screening import (
    MAX_SCREENING_ATTEMPTS,
    queue_screening,
    record_screening_failure,
    screen_incident,
)
from schoolgate.cases.models import Incident

# Screening a post at the engine's length limit takes about a second and OCR of a few
# screenshots under half a minute; two minutes means something is stuck, and the worker is
# needed for the next post, which may be a threat.
SCREENING_TIME_LIMIT_S = 120
# An incident is queued for screening when the transaction logging it commits, a moment later;
# one with no task after this long never will be (it was logged before tasks were tracked).
QUEUEING_GRACE = datetime.timedelta(minutes=5)


class TimeLimitExceeded(BaseException):
    """The task ran past its time limit.

    A BaseException, like KeyboardInterrupt, so the screener's guard around each analyzer
    (which turns an analyzer's error into a note on the result) cannot swallow it.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in this thread after `seconds`; only the main thread can be
    interrupted (a worker runs tasks there), elsewhere the work runs unlimited."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@task()
def screen_incident_task(incident_id: int, attempt: int = 1) -> str:
    """Screen an incident; retry a failure a few times, then record it for staff to see."""
    limit = getattr(settings, "SCREENING_TIME_LIMIT_S", SCREENING_TIME_LIMIT_S)
    try:
        with time_limit(limit):
            return screen_incident(incident_id).engine_version
    except TimeLimitExceeded:
        # Trying again would hold the worker as long again: staff decide.
        record_screening_failure(
            incident_id, f"it took longer than the {limit:g}-second limit and was stopped."
        )
        raise
    except Exception as error:
        if attempt < MAX_SCREENING_ATTEMPTS:
            queue_screening(incident_id, attempt=attempt + 1)
        else:
            record_screening_failure(
                incident_id,
                f"the engine failed {attempt} times ({type(error).__name__}: {error}).",
            )
        raise


def is_screening_queued(incident: Incident) -> bool:
    """True while the incident's screening task is really waiting or running.

    A backend that cannot look a task up (the immediate one runs it at once) is trusted; a task
    that finished or vanished without a screening or a recorded failure is not waited for.
    """
    if not incident.screening_task_id:
        # Queued as the logging transaction commits; one that never was is not waited for long.
        return timezone.now() - incident.captured_at < QUEUEING_GRACE
    if not screen_incident_task.get_backend().supports_get_result:
        return True
    try:
        result = screen_incident_task.get_result(incident.screening_task_id)
    except TaskResultDoesNotExist:
        return False
    return result.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING)
