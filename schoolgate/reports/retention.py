"""Retention: legal holds, each school's schedule, and purging what has been kept long enough."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import ProtectedError, Q
from django.utils import timezone

from schoolgate.cases.actions import ActionRefused
from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import require_case_work
from schoolgate.cases.models import (
    BlockedSender,
    Case,
    CaseStatus,
    CategoryReview,
    Evidence,
    Incident,
    IncidentStatus,
    Screening,
    Step,
)
from schoolgate.reports.models import RecordType, RetentionRule, add_months, keep_months
from schoolgate.schools.access import Member
from schoolgate.schools.audit import can_redact, record_event, redact_details
from schoolgate.schools.models import AuditEvent, School, User

# The verb of the audit event that records a dismissal: its date starts a dismissed incident's clock.
DISMISSED_VERB = "dismissed incident"


def set_legal_hold(member: Member, case: Case, reason: str) -> Case:
    """Keep the case from retention until the hold is lifted; the reason is required."""
    require_case_work(member)
    if not reason.strip():
        raise ActionRefused("Give the reason for the legal hold.")
    with transaction.atomic():
        if locked(case).is_on_legal_hold:
            raise ActionRefused("The case is already on a legal hold.")
        case.legal_hold_since, case.legal_hold_reason = timezone.now(), reason
        case.save(update_fields=["legal_hold_since", "legal_hold_reason"])
        record_event(member.school, member.user, "set legal hold", case, {"reason": reason})
    return case


def lift_legal_hold(member: Member, case: Case) -> Case:
    """Let retention apply to the case again, from its closing date as before."""
    require_case_work(member)
    with transaction.atomic():
        if not locked(case).is_on_legal_hold:
            raise ActionRefused("The case is not on a legal hold.")
        held_since = case.legal_hold_since
        case.legal_hold_since, case.legal_hold_reason = None, ""
        case.save(update_fields=["legal_hold_since", "legal_hold_reason"])
        record_event(
            member.school, member.user, "lifted legal hold", case, {"held_since": held_since}
        )
    return case


def set_retention_period(
    school: School, actor: User | None, record_type: RecordType, months: int
) -> RetentionRule:
    """Set how long the school keeps a type of record after it closes."""
    if months < 1:
        raise ActionRefused("Keep records for at least one month.")
    with transaction.atomic():
        rule, _ = RetentionRule.objects.select_for_update().update_or_create(
            school=school, record_type=record_type, defaults={"keep_months": months}
        )
        record_event(
            school,
            actor,
            "set retention period",
            rule,
            {"record_type": record_type.value, "keep_months": months},
        )
    return rule


@dataclass
class DueRecord:
    """A record whose retention period has run out."""

    record_type: RecordType
    target: models.Model
    closed_on: datetime.date
    due_on: datetime.date

    @property
    def label(self) -> str:
        if isinstance(self.target, Case):
            return f"case {self.target.number}"
        return f"{self.target._meta.verbose_name} {self.target.pk}"


@dataclass
class Purge:
    """What one record's deletion removed: counts and hashes only, never what it said."""

    counts: dict[str, int] = field(default_factory=dict)
    evidence_sha256: list[str] = field(default_factory=list)
    redacted_events: int = 0

    def add(self, name: str, count: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + count


def concern_model() -> type[models.Model] | None:
    """The intake part's concerns, when that part is installed.

    Looked up by name, not imported: reports and intake sit side by side in the layers. A
    concern is purged when it has a `school` and a `closed_at` and its period has run.
    """
    try:
        model = apps.get_model("intake", "Concern")
    except LookupError:
        return None
    names = {f.name for f in model._meta.get_fields()}
    return model if {"school", "closed_at"} <= names else None


def _dismissed_on(incident: Incident) -> datetime.date:
    event = (
        AuditEvent.objects.filter(
            school_id=incident.school_id,
            object_type="incident",
            object_id=str(incident.pk),
            verb=DISMISSED_VERB,
        )
        .order_by("-sequence")
        .first()
    )
    return (event.created_at if event else incident.captured_at).date()


def due_records(school: School, today: datetime.date) -> list[DueRecord]:
    """Every record at the school whose retention period has ended by `today`, oldest first."""
    due: list[DueRecord] = []
    months = keep_months(school, RecordType.CLOSED_CASE)
    for case in Case.objects.filter(
        school=school, status=CaseStatus.CLOSED, legal_hold_since__isnull=True
    ).order_by("closed_at"):
        assert case.closed_at is not None
        closed_on = case.closed_at.date()
        if add_months(closed_on, months) <= today:
            due.append(
                DueRecord(RecordType.CLOSED_CASE, case, closed_on, add_months(closed_on, months))
            )
    months = keep_months(school, RecordType.DISMISSED_INCIDENT)
    latest_capture = today - datetime.timedelta(days=28 * months)
    # A dismissal always follows the capture, so only incidents captured long enough ago can
    # be due; the dismissal's own date then decides.
    for incident in Incident.objects.filter(
        school=school,
        status=IncidentStatus.DISMISSED,
        case__isnull=True,
        captured_at__date__lte=latest_capture,
    ).order_by("captured_at"):
        closed_on = _dismissed_on(incident)
        if add_months(closed_on, months) <= today:
            due.append(
                DueRecord(
                    RecordType.DISMISSED_INCIDENT,
                    incident,
                    closed_on,
                    add_months(closed_on, months),
                )
            )
    concern = concern_model()
    if concern is not None:
        months = keep_months(school, RecordType.CONCERN)
        for record in concern._default_manager.filter(school=school, closed_at__isnull=False):
            closed_on = record.closed_at.date()  # type: ignore[attr-defined]
            if add_months(closed_on, months) <= today:
                due.append(
                    DueRecord(RecordType.CONCERN, record, closed_on, add_months(closed_on, months))
                )
    return due


def _delete(rows: models.QuerySet[Any], name: str, purge: Purge) -> None:
    # QuerySet.delete() bypasses Evidence.delete(), which refuses: this is retention's one way in.
    count = rows.count()
    if count:
        rows.delete()
        purge.add(name, count)


def _delete_evidence(evidence: list[Evidence], purge: Purge) -> set[str]:
    """Delete evidence rows, corrections and viewing copies before what they point at."""
    remaining = {e.pk: e for e in evidence}
    hashes = {e.sha256 for e in evidence}
    while remaining:
        pointed_at = {
            pk
            for e in remaining.values()
            for pk in (e.supersedes_id, e.original_id)
            if pk is not None
        }
        leaves = [pk for pk in remaining if pk not in pointed_at]
        if not leaves:  # pragma: no cover - a cycle cannot be made through the actions
            raise RuntimeError("evidence rows point at each other in a cycle")
        _delete(Evidence.objects.filter(pk__in=leaves), "evidence", purge)
        for pk in leaves:
            del remaining[pk]
    purge.evidence_sha256 = sorted(hashes)
    return hashes


def _delete_concerns(concerns: models.QuerySet[Any], purge: Purge) -> None:
    """Delete concerns with the rows that hang from them (replies), which PROTECT them."""
    ids = list(concerns.values_list("pk", flat=True))
    if not ids:
        return
    for relation in concerns.model._meta.related_objects:
        if relation.one_to_many:
            children = relation.related_model._default_manager.filter(
                **{f"{relation.field.name}__in": ids}
            )
            _delete(children, f"concern {relation.get_accessor_name()}", purge)
    _delete(concerns.model._default_manager.filter(pk__in=ids), "concerns", purge)


def _purge_incidents(
    incidents: list[Incident], purge: Purge
) -> tuple[set[str], dict[str, list[int]]]:
    ids = [i.pk for i in incidents]
    evidence = list(Evidence.objects.filter(incident_id__in=ids))
    hashes = _delete_evidence(evidence, purge)
    screenings = list(Screening.objects.filter(incident_id__in=ids).values_list("pk", flat=True))
    _delete(Incident.targets.through.objects.filter(incident_id__in=ids), "target links", purge)
    # Reviews point at screenings (PROTECT), so they go first.
    _delete(CategoryReview.objects.filter(incident_id__in=ids), "category reviews", purge)
    _delete(Screening.objects.filter(pk__in=screenings), "screenings", purge)
    concern = concern_model()
    if concern is not None and "incident" in {f.name for f in concern._meta.get_fields()}:
        # A concern that became one of these incidents is part of the same file and goes too.
        _delete_concerns(concern._default_manager.filter(incident_id__in=ids), purge)
    _delete(Incident.objects.filter(pk__in=ids), "incidents", purge)
    return hashes, {"incident": ids, "evidence": [e.pk for e in evidence], "screening": screenings}


def _delete_case_records(case: Case, purge: Purge) -> tuple[set[int], dict[str, list[int]]]:
    """Delete the records kept on the case itself (letters, notes and the like).

    Found from the case's reverse relations rather than named, so a record another part adds
    to a case later goes with it too. Returns the evidence they point at (a letter's PDF).
    """
    evidence_ids: set[int] = set()
    purged: dict[str, list[int]] = {}
    for relation in Case._meta.related_objects:
        model = relation.related_model
        if model in (Incident, Step) or not (relation.one_to_many or relation.one_to_one):
            continue
        rows = model._default_manager.filter(**{relation.field.name: case})
        for column in model._meta.concrete_fields:
            if column.is_relation and column.related_model is Evidence:
                evidence_ids |= set(
                    rows.exclude(**{column.attname: None}).values_list(column.attname, flat=True)
                )
        purged[model._meta.model_name or ""] = list(rows.values_list("pk", flat=True))
        _delete(rows, str(model._meta.verbose_name_plural), purge)
    return evidence_ids, purged


def _purge_case(case: Case, purge: Purge) -> tuple[set[str], dict[str, list[int]]]:
    steps = list(Step.objects.filter(case=case).values_list("pk", flat=True))
    record_evidence, case_records = _delete_case_records(case, purge)
    step_evidence = list(
        Evidence.objects.filter(Q(step_id__in=steps) | Q(pk__in=record_evidence)).exclude(
            incident__case=case
        )
    )
    hashes = _delete_evidence(step_evidence, purge)
    # A block taken as a step goes with its case: six years on, the school decides afresh.
    _delete(BlockedSender.objects.filter(step_id__in=steps), "blocks", purge)
    incident_hashes, purged = _purge_incidents(list(Incident.objects.filter(case=case)), purge)
    _delete(Step.objects.filter(pk__in=steps), "steps", purge)
    _delete(Case.objects.filter(pk=case.pk), "cases", purge)
    purge.evidence_sha256 = sorted(hashes | incident_hashes)
    purged["evidence"] += [e.pk for e in step_evidence]
    purged["step"] = steps
    purged["case"] = [case.pk]
    purged.update(case_records)
    return hashes | incident_hashes, purged


def _redact_events(school: School, purged: dict[str, list[int]], by: AuditEvent) -> int:
    """Remove what earlier events said about the purged records; their hashes stay."""
    redacted = 0
    for object_type, ids in purged.items():
        if not ids:
            continue
        events = AuditEvent.objects.filter(
            school=school, object_type=object_type, object_id__in=[str(pk) for pk in ids]
        ).exclude(pk=by.pk)
        for event in events.iterator():
            if can_redact(event):
                redact_details(event, by)
                redacted += 1
    return redacted


def remove_unshared_files(hashes: Iterable[str]) -> int:
    """Delete each stored file that no evidence row (at any school) still points at."""
    removed = 0
    for sha256 in hashes:
        if Evidence.objects.filter(sha256=sha256).exists():
            continue  # the same file is still evidence elsewhere: it stays
        path = f"evidence/{sha256[:2]}/{sha256}"
        if default_storage.exists(path):
            default_storage.delete(path)
            removed += 1
    return removed


def purge_record(due: DueRecord, today: datetime.date) -> Purge:
    """Delete one due record and all it holds, in one transaction, with one audit event.

    Raises ActionRefused when the record is no longer due (a hold set since it was listed) or
    something outside retention's reach still refers to it.
    """
    purge = Purge()
    target = due.target
    school = target.school  # type: ignore[attr-defined]
    try:
        with transaction.atomic():
            locked(target)
            if isinstance(target, Case) and target.is_on_legal_hold:
                raise ActionRefused(f"Case {target.number} is on a legal hold.")
            object_type = target._meta.model_name or ""
            object_id = str(target.pk)
            if isinstance(target, Case):
                hashes, purged = _purge_case(target, purge)
            elif isinstance(target, Incident):
                if target.status != IncidentStatus.DISMISSED or target.case_id is not None:
                    raise ActionRefused(f"Incident {target.pk} is no longer dismissed.")
                hashes, purged = _purge_incidents([target], purge)
            else:
                hashes, purged = set(), {object_type: [target.pk]}
                _delete_concerns(type(target)._default_manager.filter(pk=target.pk), purge)
            event = record_event(
                school,
                None,
                "purged by retention",
                object_type=object_type,
                object_id=object_id,
                details={
                    "record_type": due.record_type.value,
                    "closed_on": due.closed_on,
                    "due_on": due.due_on,
                    "counts": purge.counts,
                    "evidence_sha256": purge.evidence_sha256,
                },
            )
            purge.redacted_events = _redact_events(school, purged, event)
            transaction.on_commit(lambda: remove_unshared_files(hashes))
    except ProtectedError as error:
        kept_by = sorted({str(o._meta.verbose_name_plural) for o in error.protected_objects})
        raise ActionRefused(
            f"{due.label.capitalize()} is kept: {', '.join(kept_by)} still refer to it."
        ) from None
    return purge


@dataclass
class RetentionRun:
    purged: list[tuple[DueRecord, Purge]] = field(default_factory=list)
    kept: list[tuple[DueRecord, str]] = field(default_factory=list)


def apply_retention(school: School, today: datetime.date) -> RetentionRun:
    """Purge every record due at the school; one record refused never stops the others."""
    run = RetentionRun()
    for due in due_records(school, today):
        try:
            run.purged.append((due, purge_record(due, today)))
        except ActionRefused as refusal:
            run.kept.append((due, str(refusal)))
    return run
