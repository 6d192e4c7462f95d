"""The audit chain: every change, export and view of evidence, linked by hashes per school."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from schoolgate.schools.models import AuditEvent, School, User

GENESIS_HASH = "0" * 64


def event_hash(event: AuditEvent) -> str:
    """Hash what an event says, with the hash of the event before it."""
    payload = {
        "school": event.school_id,
        "sequence": event.sequence,
        "actor": event.actor_id,
        "actor_label": event.actor_label,
        "verb": event.verb,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "created_at": event.created_at.isoformat(timespec="microseconds"),
        "details": event.details,
        "previous_hash": event.previous_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def record_event(
    school: School,
    actor: User | None,
    verb: str,
    target: models.Model | None = None,
    details: dict[str, Any] | None = None,
    *,
    object_type: str = "",
    object_id: str = "",
) -> AuditEvent:
    """Append an event to the school's chain, inside the caller's transaction.

    Call it from the action that makes the change, so the change and its record commit together.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_event must run inside the action's transaction")
    # Lock the school's row: two events at once must not take the same place in the chain.
    School.objects.select_for_update().filter(pk=school.pk).first()
    last = AuditEvent.objects.filter(school=school).order_by("-sequence").first()
    event = AuditEvent(
        school=school,
        sequence=(last.sequence + 1) if last else 1,
        actor=actor,
        actor_label=actor.email if actor else "system",
        verb=verb,
        object_type=object_type or (target._meta.model_name or "" if target is not None else ""),
        object_id=object_id or (str(target.pk) if target is not None else ""),
        created_at=timezone.now(),
        details=json.loads(json.dumps(details or {}, default=str)),
        previous_hash=last.hash if last else GENESIS_HASH,
    )
    event.hash = event_hash(event)
    event.save()
    return event


@dataclass(frozen=True)
class ChainCheck:
    checked: int
    broken_at: AuditEvent | None = None
    problem: str = ""

    @property
    def is_intact(self) -> bool:
        return self.broken_at is None


def verify_chain(school: School) -> ChainCheck:
    """Walk the school's chain in order and report the first event that does not hold."""
    previous_hash = GENESIS_HASH
    expected_sequence = 1
    checked = 0
    for event in AuditEvent.objects.filter(school=school).order_by("sequence").iterator():
        if event.sequence != expected_sequence:
            return ChainCheck(
                checked,
                event,
                f"expected event #{expected_sequence} but found #{event.sequence}: an event is missing",
            )
        if event.previous_hash != previous_hash:
            return ChainCheck(
                checked,
                event,
                "its link to the event before it is broken: an event was removed or inserted",
            )
        if event_hash(event) != event.hash:
            return ChainCheck(checked, event, "its content does not match its hash: it was altered")
        previous_hash = event.hash
        expected_sequence += 1
        checked += 1
    return ChainCheck(checked)
