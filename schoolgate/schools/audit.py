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


# What retention leaves in the details of an event about a purged record: the sequence of the
# retention event that removed them, and nothing else.
REDACTED_KEY = "redacted_by_event"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def details_digest(details: dict[str, Any]) -> str:
    """The SHA-256 of an event's details, which the event's hash covers in their place."""
    return hashlib.sha256(_canonical(details)).hexdigest()


def event_hash(event: AuditEvent) -> str:
    """Hash what an event says, with the hash of the event before it.

    The hash covers the digest of the details, not the details themselves, so retention can
    remove the words of a purged post from an event and the chain still verifies. Events
    written before digests were kept (no `details_sha256`) are hashed over their details as
    they always were, and so can never be redacted.
    """
    payload: dict[str, Any] = {
        "school": event.school_id,
        "sequence": event.sequence,
        "actor": event.actor_id,
        "actor_label": event.actor_label,
        "verb": event.verb,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "created_at": event.created_at.isoformat(timespec="microseconds"),
        "previous_hash": event.previous_hash,
    }
    if event.details_sha256:
        payload["details_sha256"] = event.details_sha256
    else:
        payload["details"] = event.details
    return hashlib.sha256(_canonical(payload)).hexdigest()


def is_redacted(event: AuditEvent) -> bool:
    return set(event.details) == {REDACTED_KEY}


def can_redact(event: AuditEvent) -> bool:
    """Whether the event's details can be removed without breaking the chain."""
    return bool(event.details_sha256) and not is_redacted(event)


def redact_details(event: AuditEvent, by: AuditEvent) -> None:
    """Replace an event's details with a pointer to the retention event `by` that removed them.

    The event's hash and its digest stay, so the chain still verifies; what the details said
    is gone for good, as retention intends.
    """
    if not can_redact(event):
        raise ValueError(f"audit event #{event.sequence} cannot be redacted")
    event.details = {REDACTED_KEY: by.sequence}
    AuditEvent.objects.filter(pk=event.pk).update(details=event.details)


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
    event.details_sha256 = details_digest(event.details)
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
        if (
            event.details_sha256
            and not is_redacted(event)
            and details_digest(event.details) != event.details_sha256
        ):
            return ChainCheck(
                checked, event, "its details do not match their digest: they were altered"
            )
        previous_hash = event.hash
        expected_sequence += 1
        checked += 1
    return ChainCheck(checked)
