"""Screening an incident with the engine, keeping the judgement current, and its failures visible."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from schoolgate.cases import engine
from schoolgate.cases.actions.cases import refresh_case_indicators
from schoolgate.cases.actions.refusal import ActionRefused
from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import (
    CATEGORY_WEIGHTS,
    POLICE_WEIGHT,
    Evidence,
    Incident,
    Screening,
)
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission
from schoolgate.screening import CATEGORY_IDS, ENGINE_VERSION, Post

# A screening that fails for a reason that may pass (a file briefly unreadable, a worker
# restarted) is tried this many times in all before staff are told it failed.
MAX_SCREENING_ATTEMPTS = 3


def screen_incident(incident_id: int, *, again: bool = False) -> Screening:
    """Read the incident's screenshots if needed, screen it, and keep the result beside older ones.

    Screening again with the same engine changes nothing unless `again` is set, so the task is
    safe to run twice; a newer engine adds its result and the earlier one stays.
    """
    incident = Incident.objects.select_related("school").get(pk=incident_id)
    current = incident.current_screening()
    if current is not None and current.engine_version == ENGINE_VERSION and not again:
        return current
    images = []
    read_texts = []
    newly_read: list[Evidence] = []
    for evidence in incident.evidence.filter(original__isnull=True):
        if not evidence.is_image:
            continue
        data = read_file(evidence.storage_name, evidence.sha256)
        images.append(data)
        if not incident.text.strip() and not evidence.ocr_text:
            evidence.ocr_text = engine.read_text_in_image(data)
            newly_read.append(evidence)
        if evidence.ocr_text:
            read_texts.append(evidence.ocr_text)
    text = incident.text.strip() or "\n".join(read_texts)
    assessment = engine.screener_for(incident.school).screen(Post(text, images=tuple(images)))
    with transaction.atomic():
        # Two workers may hold the same incident (a lease that ran out, "Screen again" twice):
        # the row lock makes the second see the first's screening and add none of its own.
        incident = Incident.objects.select_for_update().select_related("school").get(pk=incident_id)
        current = incident.current_screening()
        if current is not None and current.engine_version == ENGINE_VERSION and not again:
            return current
        for evidence in newly_read:
            # The recognised text sits beside the file; the file itself is never changed.
            Evidence.objects.filter(pk=evidence.pk).update(ocr_text=evidence.ocr_text)
            record_event(
                incident.school,
                None,
                "read text in evidence",
                evidence,
                {"characters": len(evidence.ocr_text)},
            )
        incident.screenings.filter(is_current=True).update(is_current=False)
        screening = Screening.objects.create(
            incident=incident,
            engine_version=assessment.engine,
            assessment=assessment.to_dict(),
            screened_text=text,
        )
        if incident.screening_error:
            incident.screening_error = ""
            incident.screening_failed_at = None
            incident.save(update_fields=["screening_error", "screening_failed_at"])
        refresh_judgement(incident)
        record_event(
            incident.school,
            None,
            "screened incident",
            incident,
            {
                "engine": assessment.engine,
                "labels": screening.decided_categories(),
                "flags": list(assessment.flags),
            },
        )
        if incident.case_id:
            refresh_case_indicators(incident.case)  # type: ignore[arg-type]
    return screening


def refresh_judgement(incident: Incident) -> None:
    """Denormalise the current judgement (engine, then staff reviews) onto the incident."""
    screening = incident.current_screening()
    decided = set(screening.decided_categories()) if screening else set()
    flags = list(screening.assessment.get("flags", [])) if screening else []
    for review in incident.reviews.order_by("reviewed_at"):
        (decided.add if review.applies else decided.discard)(review.category)
    has_police = any(flag.startswith("police_") for flag in flags)
    incident.categories = [c for c in CATEGORY_IDS if c in decided]
    incident.flags = flags
    incident.has_police_indicator = has_police
    incident.severity = POLICE_WEIGHT * has_police + sum(CATEGORY_WEIGHTS[c] for c in decided)
    incident.save(update_fields=["categories", "flags", "has_police_indicator", "severity"])


def queue_screening(incident_id: int, *, attempt: int = 1) -> None:
    """Queue the incident's screening and remember the task, so the page knows it is waiting."""
    from schoolgate.cases.tasks import screen_incident_task

    result = screen_incident_task.enqueue(incident_id, attempt)
    Incident.objects.filter(pk=incident_id).update(screening_task_id=str(result.id))


def record_screening_failure(incident_id: int, reason: str) -> None:
    """Keep why screening failed on the incident and in the audit chain; staff can screen again."""
    with transaction.atomic():
        incident = Incident.objects.select_for_update().select_related("school").get(pk=incident_id)
        if incident.current_screening() is not None:
            return  # an earlier attempt did screen it; that result stands
        incident.screening_error = reason
        incident.screening_failed_at = timezone.now()
        incident.save(update_fields=["screening_error", "screening_failed_at"])
        record_event(incident.school, None, "screening failed", incident, {"reason": reason})


def screen_again(member: Member, incident: Incident) -> None:
    """Queue a fresh screening of an incident whose screening failed."""
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot ask for the screening again.")
    from schoolgate.cases.tasks import is_screening_queued

    if incident.current_screening() is not None or (
        not incident.screening_error and is_screening_queued(incident)
    ):
        raise ActionRefused("The incident's screening has not failed.")
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident.pk)
        record_event(
            member.school,
            member.user,
            "asked to screen again",
            incident,
            {"previous_error": incident.screening_error},
        )
        incident.screening_error = ""
        incident.screening_failed_at = None
        incident.save(update_fields=["screening_error", "screening_failed_at"])
        incident_id = incident.pk
        transaction.on_commit(lambda: queue_screening(incident_id))
