"""Evidence files: capture, correction and audited reading."""

from __future__ import annotations

from django.db import transaction

from schoolgate.cases.actions.refusal import ActionRefused
from schoolgate.cases.evidence import CheckedFile, read_file, store_file
from schoolgate.cases.models import (
    Evidence,
    EvidenceRole,
    Incident,
    Step,
)
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.roles import Permission


def add_evidence(
    member: Member,
    checked: CheckedFile,
    *,
    role: str = EvidenceRole.POST,
    incident: Incident | None = None,
    step: Step | None = None,
    supersedes: Evidence | None = None,
    correction_reason: str = "",
) -> Evidence:
    """Store a checked file and record who captured it and when."""
    with transaction.atomic():
        store_file(checked)
        evidence = Evidence.objects.create(
            school=member.school,
            incident=incident,
            step=step,
            role=role,
            sha256=checked.sha256,
            size=len(checked.data),
            content_type=checked.content_type,
            original_name=checked.name,
            captured_by=member.user,
            supersedes=supersedes,
            correction_reason=correction_reason,
        )
        record_event(
            member.school,
            member.user,
            "captured evidence",
            evidence,
            {
                "sha256": evidence.sha256,
                "size": evidence.size,
                "type": evidence.content_type,
                "name": evidence.original_name,
                "supersedes": supersedes.pk if supersedes else None,
            },
        )
    return evidence


def correct_evidence(
    member: Member, evidence: Evidence, checked: CheckedFile, reason: str
) -> Evidence:
    """Add a corrected file that supersedes `evidence`; the original stays as it was."""
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot correct evidence.")
    if not reason.strip():
        raise ActionRefused("Say why the evidence is being corrected.")
    return add_evidence(
        member,
        checked,
        role=evidence.role,
        incident=evidence.incident,
        step=evidence.step,
        supersedes=evidence,
        correction_reason=reason,
    )


def open_evidence(member: Member, evidence: Evidence, *, is_download: bool) -> bytes:
    """Return an evidence file's bytes, recording the view or download in the audit chain."""
    with transaction.atomic():
        record_event(
            member.school,
            member.user,
            "downloaded evidence" if is_download else "viewed evidence",
            evidence,
            {"sha256": evidence.sha256},
        )
    return read_file(evidence.storage_name, evidence.sha256)
