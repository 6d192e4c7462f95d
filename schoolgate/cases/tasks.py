"""Background work for cases: screening a logged incident (safe to run twice)."""

from __future__ import annotations

from django_tasks import task

from schoolgate.cases.actions import screen_incident


@task()
def screen_incident_task(incident_id: int) -> str:
    return screen_incident(incident_id).engine_version
