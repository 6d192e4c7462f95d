"""A screening that fails says so on the incident page, and staff can screen it again."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from schoolgate.cases.leases import recover_expired_tasks
from schoolgate.cases.models import Incident, Screening
from schoolgate.cases.tasks import screen_incident_task
from schoolgate.cases.tests import analyzers
from schoolgate.schools.models import AuditEvent
from schoolgate.screening.screener import MAX_TEXT_CHARS
from schoolgate.test import Cast, sign_in

ENGINE_FAILED = "the engine failed 3 times (RuntimeError: the model file is unreadable)."
BUTTON = '<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Screen again</button>'


def verbs(incident: Incident) -> list[str]:
    return list(
        AuditEvent.objects.filter(object_id=str(incident.pk), verb__contains="scree")
        .order_by("sequence")
        .values_list("verb", flat=True)
    )


@pytest.fixture
def failed(
    cast: Cast, settings: Any, logged: Callable[..., Incident], django_capture_on_commit_callbacks
) -> Incident:
    settings.SCREENING_ANALYZERS = analyzers.broken()
    with django_capture_on_commit_callbacks(execute=True):
        incident = logged("Mr Hale is a drunk")
    settings.SCREENING_ANALYZERS = None
    incident.refresh_from_db()
    return incident


def test_a_broken_engine_is_tried_three_times_then_the_failure_is_shown(
    cast: Cast, client: Client, failed: Incident
) -> None:
    assert failed.screening_error == ENGINE_FAILED
    assert not Screening.objects.filter(incident=failed).exists()
    assert verbs(failed) == ["screening failed"]
    page = client_page(sign_in(client, cast.alice), failed)
    assert f"Screening failed: {ENGINE_FAILED}" in page
    assert BUTTON in page
    assert "Screening in progress" not in page and "hx-trigger" not in page
    triage = client.get("/s/redscope/incidents/").content.decode()
    assert '<strong class="govuk-tag govuk-tag--red">Unscreened</strong>' in triage


def test_screen_again_with_a_working_engine_screens_it(
    cast: Cast, client: Client, failed: Incident, django_capture_on_commit_callbacks
) -> None:
    sign_in(client, cast.alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/s/redscope/incidents/{failed.pk}/screen-again/")
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.screening_error == "" and failed.screening_failed_at is None
    assert Screening.objects.filter(incident=failed).count() == 1
    assert verbs(failed) == ["screening failed", "asked to screen again", "screened incident"]
    page = client.get(response["Location"]).content.decode()
    assert "Screening failed" not in page and BUTTON not in page
    assert "Names a member of staff" in page


@pytest.mark.parametrize(("who", "status"), [("bob", 404), ("tom", 403)])
def test_only_case_workers_at_the_school_can_screen_again(
    cast: Cast, client: Client, failed: Incident, who: str, status: int
) -> None:
    sign_in(client, getattr(cast, who))
    response = client.post(f"/s/redscope/incidents/{failed.pk}/screen-again/")
    assert response.status_code == status
    failed.refresh_from_db()
    assert failed.screening_error == ENGINE_FAILED


def test_a_staff_member_who_logs_sees_the_failure_without_the_button(
    cast: Cast, client: Client, failed: Incident
) -> None:
    failed.captured_by = cast.tom
    failed.save(update_fields=["captured_by"])
    page = client_page(sign_in(client, cast.tom), failed)
    assert f"Screening failed: {ENGINE_FAILED}" in page and BUTTON not in page


def test_screening_past_its_time_limit_is_stopped_and_shown(
    cast: Cast,
    client: Client,
    settings: Any,
    logged: Callable[..., Incident],
    django_capture_on_commit_callbacks,
) -> None:
    settings.SCREENING_ANALYZERS = analyzers.slow(30)
    settings.SCREENING_TIME_LIMIT_S = 1
    started = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        incident = logged("Mr Hale is a drunk")
    assert timezone.now() - started < datetime.timedelta(seconds=10)
    incident.refresh_from_db()
    reason = "it took longer than the 1-second limit and was stopped."
    assert incident.screening_error == reason
    assert f"Screening failed: {reason}" in client_page(sign_in(client, cast.alice), incident)


def test_a_task_no_longer_queued_is_not_waited_for(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged("Mr Hale is a drunk")
    Incident.objects.filter(pk=incident.pk).update(
        captured_at=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client_page(sign_in(client, cast.alice), incident)
    assert "Screening failed: the screening task ended without a result." in page
    assert "hx-trigger" not in page


def test_a_task_whose_worker_died_twice_fails_with_the_reason(
    cast: Cast, settings: Any, logged: Callable[..., Incident], django_capture_on_commit_callbacks
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        incident = logged("Mr Hale is a drunk")
    DBTaskResult.objects.update(
        status="RUNNING",
        worker_ids=["first", "second"],
        started_at=timezone.now() - datetime.timedelta(hours=1),
    )
    assert recover_expired_tasks() == (0, 1)
    incident.refresh_from_db()
    assert incident.screening_error == (
        "the worker screening it stopped 2 times before it finished."
    )
    result = screen_incident_task.get_result(incident.screening_task_id)
    assert result.status == "FAILED"


def test_a_long_post_says_what_was_not_read(
    cast: Cast, client: Client, logged: Callable[..., Incident], django_capture_on_commit_callbacks
) -> None:
    words = "Mr Hale is late again. " * (MAX_TEXT_CHARS // 23 + 1000)
    text = words[:MAX_TEXT_CHARS] + " " + words[: 12_345 - 2] + "!"
    assert text[MAX_TEXT_CHARS] == " "
    with django_capture_on_commit_callbacks(execute=True):
        incident = logged(text)
    page = client_page(sign_in(client, cast.alice), incident)
    assert (
        "Only the first 50,000 characters were screened; 12,345 characters were not read." in page
    )


def client_page(client: Client, incident: Incident) -> str:
    return client.get(f"/s/redscope/incidents/{incident.pk}/").content.decode()
