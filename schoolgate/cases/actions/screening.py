"""Screening an incident with the engine and keeping the judgement current."""

from __future__ import annotations

from django.db import transaction

from schoolgate.cases import engine
from schoolgate.cases.actions.cases import refresh_case_indicators
from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import (
    CATEGORY_WEIGHTS,
    POLICE_WEIGHT,
    Evidence,
    Incident,
    Screening,
)
from schoolgate.schools.audit import record_event
from schoolgate.screening import CATEGORY_IDS, ENGINE_VERSION, Post


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
