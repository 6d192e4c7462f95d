"""What staff do with incidents and cases: each action atomic, audited in the same transaction."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from schoolgate.cases import engine
from schoolgate.cases.evidence import CheckedFile, read_file, store_file
from schoolgate.cases.models import (
    CATEGORY_WEIGHTS,
    POLICE_WEIGHT,
    BlockedSender,
    Case,
    CaseOutcome,
    CaseStatus,
    CategoryReview,
    Evidence,
    EvidenceRole,
    Incident,
    IncidentStatus,
    Screening,
    Step,
    StepStatus,
)
from schoolgate.cases.procedure import CHECKLIST, step_option
from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Membership, Person, PersonKind, School
from schoolgate.schools.roles import Permission, Role
from schoolgate.screening import CATEGORY_IDS, ENGINE_VERSION, Post

CASE_WORKER_ROLES = (Role.HEADTEACHER, Role.DSL)


class ActionRefused(Exception):
    """An action the rules do not allow; the message is shown to the member as it is."""


@dataclass
class IncidentReport:
    """What a member of staff, or an intake source, saw and captured."""

    platform: str
    text: str = ""
    permalink: str = ""
    account_handle: str = ""
    display_name: str = ""
    profile_url: str = ""
    posted_at_shown: str = ""
    posted_at: datetime.datetime | None = None
    capture_method: str = ""
    poster: Person | None = None
    targets: list[Person] = field(default_factory=list)
    screenshots: list[tuple[CheckedFile, str]] = field(default_factory=list)


def log_incident(member: Member, report: IncidentReport) -> Incident:
    """Record an incident with its screenshots, then queue its screening once it is saved."""
    if not member.can(Permission.LOG_INCIDENT):
        raise ActionRefused("Your role cannot log incidents.")
    if not report.text.strip() and not report.screenshots:
        raise ActionRefused("Paste the text of the post or add a screenshot of it.")
    if report.poster is not None and report.poster.kind != PersonKind.PARENT:
        raise ActionRefused(
            "The poster must be a parent or carer on the roster, or an unknown handle."
        )
    for person in [report.poster, *report.targets]:
        if person is not None and person.school_id != member.school.pk:
            raise ActionRefused("People named must be on this school's roster.")
    with transaction.atomic():
        incident = Incident.objects.create(
            school=member.school,
            platform=report.platform,
            permalink=report.permalink,
            account_handle=report.account_handle.strip(),
            display_name=report.display_name,
            profile_url=report.profile_url,
            text=report.text,
            posted_at_shown=report.posted_at_shown,
            posted_at=report.posted_at,
            captured_by=member.user,
            capture_method=report.capture_method,
            poster=report.poster,
        )
        incident.targets.set(report.targets)
        record_event(
            member.school,
            member.user,
            "logged incident",
            incident,
            {
                "platform": incident.platform,
                "permalink": incident.permalink,
                "handle": incident.account_handle,
                "text": incident.text,
            },
        )
        for checked, role in report.screenshots:
            add_evidence(member, checked, role=role, incident=incident)
        transaction.on_commit(lambda: _queue_screening(incident.pk))
    return incident


def _queue_screening(incident_id: int) -> None:
    from schoolgate.cases.tasks import screen_incident_task

    screen_incident_task.enqueue(incident_id)


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
        _refresh_judgement(incident)
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


def _refresh_judgement(incident: Incident) -> None:
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


def review_category(
    member: Member, incident: Incident, category: str, applies: bool, reason: str
) -> CategoryReview:
    """Confirm or overrule the engine on one category; overruling needs a reason, which is kept."""
    if not member.can(Permission.WORK_INTAKE):
        raise ActionRefused("Your role cannot review the screening.")
    if category not in CATEGORY_IDS:
        raise ActionRefused(f"{category!r} is not one of the policy's categories.")
    screening = incident.current_screening()
    if screening is None:
        raise ActionRefused("The incident has not been screened yet.")
    engine_said = category in screening.decided_categories()
    if applies != engine_said and not reason.strip():
        raise ActionRefused("Give a reason for overruling the screening.")
    with transaction.atomic():
        review = CategoryReview.objects.create(
            incident=incident,
            screening=screening,
            category=category,
            applies=applies,
            engine_said=engine_said,
            reason=reason,
            reviewed_by=member.user,
        )
        _refresh_judgement(incident)
        record_event(
            member.school,
            member.user,
            "reviewed category",
            incident,
            {
                "category": category,
                "applies": applies,
                "engine_said": engine_said,
                "reason": reason,
            },
        )
    return review


def dismiss_incident(member: Member, incident: Incident, reason: str) -> Incident:
    """Close an incident with no action, keeping the reason (the policy protects fair criticism)."""
    _require_case_work(member)
    if incident.status != IncidentStatus.NEW:
        raise ActionRefused("Only a new incident can be dismissed.")
    if not reason.strip():
        raise ActionRefused("Give the reason for taking no action.")
    with transaction.atomic():
        incident.status = IncidentStatus.DISMISSED
        incident.dismissal_reason = reason
        incident.save(update_fields=["status", "dismissal_reason"])
        record_event(member.school, member.user, "dismissed incident", incident, {"reason": reason})
    return incident


def open_case(member: Member, incident: Incident) -> Case:
    """Open a case about the incident's poster under the school's published policy."""
    _require_case_work(member)
    if incident.status != IncidentStatus.NEW:
        raise ActionRefused("This incident is already dismissed or in a case.")
    version = PolicyVersion.objects.published().filter(school=member.school).first()
    if version is None:
        raise ActionRefused("Publish the school's policy before opening cases.")
    with transaction.atomic():
        # Lock the school row so two cases opened at once cannot take the same number.
        School.objects.select_for_update().filter(pk=member.school.pk).first()
        number = (
            Case.objects.filter(school=member.school).aggregate(n=Max("number"))["n"] or 0
        ) + 1
        case = Case.objects.create(
            school=member.school,
            number=number,
            poster=incident.poster,
            poster_handle=incident.account_handle,
            policy_version=version,
            opened_by=member.user,
        )
        record_event(member.school, member.user, "opened case", case, {"incident": incident.pk})
        _attach(member, case, incident)
    return case


def open_case_for_poster(incident: Incident) -> Case | None:
    """The open case about the same poster, if there is one."""
    cases = Case.objects.filter(school=incident.school, status=CaseStatus.OPEN)
    if incident.poster_id:
        return cases.filter(poster_id=incident.poster_id).first()
    if incident.account_handle:
        return cases.filter(
            poster__isnull=True, poster_handle__iexact=incident.account_handle
        ).first()
    return None


def add_to_case(member: Member, incident: Incident, case: Case) -> Case:
    """Add a new incident to the open case of the same poster."""
    _require_case_work(member)
    if incident.status != IncidentStatus.NEW:
        raise ActionRefused("This incident is already dismissed or in a case.")
    if not case.is_open:
        raise ActionRefused("The case is closed.")
    if open_case_for_poster(incident) != case:
        raise ActionRefused("An incident joins only the open case of the same poster.")
    with transaction.atomic():
        _attach(member, case, incident)
    return case


def _attach(member: Member, case: Case, incident: Incident) -> None:
    incident.case = case
    incident.status = IncidentStatus.IN_CASE
    incident.save(update_fields=["case", "status"])
    record_event(
        member.school, member.user, "added incident to case", case, {"incident": incident.pk}
    )
    refresh_case_indicators(case)


def refresh_case_indicators(case: Case) -> Case:
    """Raise the police and harassment indicators from the poster's whole history.

    Harassment is a course of conduct: the same poster targeting the same person on two or more
    occasions (Protection from Harassment Act 1997), so it comes from linked incidents.
    """
    incidents = Incident.objects.filter(school=case.school)
    if case.poster_id:
        incidents = incidents.filter(poster_id=case.poster_id)
    else:
        incidents = incidents.filter(poster__isnull=True, account_handle__iexact=case.poster_handle)
    incidents = incidents.exclude(status=IncidentStatus.DISMISSED) | Incident.objects.filter(
        case=case
    )
    targeted = Counter(
        target
        for incident in incidents.distinct().prefetch_related("targets")
        for target in {t.pk for t in incident.targets.all()}
    )
    has_harassment = any(count >= 2 for count in targeted.values())
    has_police = has_harassment or case.incidents.filter(has_police_indicator=True).exists()
    if (has_harassment, has_police) != (case.has_harassment_indicator, case.has_police_indicator):
        case.has_harassment_indicator = has_harassment
        case.has_police_indicator = has_police
        case.save(update_fields=["has_harassment_indicator", "has_police_indicator"])
        record_event(
            case.school,
            None,
            "raised indicators",
            case,
            {"harassment": has_harassment, "police": has_police},
        )
    return case


def record_skip_reason(member: Member, case: Case, reason: str) -> Case:
    """Record why the informal discussion is skipped (for example, the parent cannot be reached safely)."""
    _require_case_work(member)
    if not case.is_open:
        raise ActionRefused("The case is closed.")
    if not reason.strip():
        raise ActionRefused("Give the reason for skipping the informal discussion.")
    with transaction.atomic():
        case.skip_discussion_reason = reason
        case.save(update_fields=["skip_discussion_reason"])
        record_event(
            member.school,
            member.user,
            "recorded reason to skip discussion",
            case,
            {"reason": reason},
        )
    return case


@dataclass
class StepRecord:
    """What a member records for a step: the policy step's id and what the step needs."""

    step_id: str
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    due_at: datetime.datetime | None = None
    due_reason: str = ""
    attachments: list[CheckedFile] = field(default_factory=list)


def record_step(member: Member, case: Case, record: StepRecord) -> Step:
    """Take a step of the policy's procedure, checking every guard the policy and the law ask for."""
    document = case.policy_version.document
    policy_step = document.step(record.step_id)
    if policy_step is None:
        raise ActionRefused(f"The case's policy has no step {record.step_id!r}.")
    from schoolgate.cases.procedure import has_discussion

    option = step_option(case, member, policy_step, discussed=has_discussion(case))
    if not option.is_allowed:
        raise ActionRefused(" ".join(option.refusals))
    if option.needs_checklist:
        missing = [question for key, question in CHECKLIST if key not in record.checklist]
        if missing:
            raise ActionRefused(
                "Answer the checklist before a legal or police step: " + " ".join(missing)
            )
    with transaction.atomic():
        step = Step.objects.create(
            case=case,
            step_id=policy_step.id,
            kind=policy_step.kind,
            wording=policy_step.wording,
            status=StepStatus.AWAITING_APPROVAL if option.needs_approval else StepStatus.DONE,
            taken_by=member.user,
            note=record.note,
            details=record.details,
            checklist=record.checklist,
            due_at=record.due_at,
            due_reason=record.due_reason,
        )
        if policy_step.needs_headteacher_approval and not option.needs_approval:
            step.approved_by, step.approved_at = member.user, timezone.now()
            step.save(update_fields=["approved_by", "approved_at"])
        record_event(
            member.school,
            member.user,
            "recorded step",
            step,
            {
                "case": case.pk,
                "step": step.step_id,
                "status": step.status,
                "details": record.details,
                "checklist": record.checklist,
                "note": record.note,
            },
        )
        for checked in record.attachments:
            add_evidence(
                member,
                checked,
                role=EvidenceRole.LETTER
                if step.kind == "written_warning"
                else EvidenceRole.ATTACHMENT,
                step=step,
            )
        if step.status == StepStatus.DONE:
            _carry_out(step)
    return step


def _carry_out(step: Step) -> None:
    """What a step does beyond being recorded."""
    if step.kind == "block_email":
        address = str(step.details.get("address", "")).strip().lower()
        if (
            address
            and not BlockedSender.objects.filter(
                school=step.case.school, address=address, is_active=True
            ).exists()
        ):
            BlockedSender.objects.create(school=step.case.school, address=address, step=step)


def approve_step(member: Member, step: Step, *, approve: bool, note: str = "") -> Step:
    """The headteacher approves or refuses a step the policy reserves for their approval."""
    if not member.can(Permission.APPROVE_LEGAL_AND_POLICE_STEPS):
        raise ActionRefused("Only the headteacher approves this step.")
    if step.status != StepStatus.AWAITING_APPROVAL:
        raise ActionRefused("This step is not waiting for approval.")
    if not approve and not note.strip():
        raise ActionRefused("Give the reason for refusing approval.")
    with transaction.atomic():
        step.status = StepStatus.DONE if approve else StepStatus.REFUSED
        step.approved_by, step.approved_at, step.approval_note = member.user, timezone.now(), note
        step.save(update_fields=["status", "approved_by", "approved_at", "approval_note"])
        record_event(
            member.school,
            member.user,
            "approved step" if approve else "refused step",
            step,
            {"case": step.case_id, "note": note},
        )
        if approve:
            _carry_out(step)
    return step


def record_follow_up(member: Member, step: Step, note: str) -> Step:
    """Record what happened by a step's due date (removed, platform replied), ending its reminder."""
    _require_case_work(member)
    if not step.case.is_open:
        raise ActionRefused("The case is closed.")
    if step.followed_up_at is not None:
        raise ActionRefused("The follow-up of this step is already recorded.")
    with transaction.atomic():
        step.followed_up_at, step.follow_up_note = timezone.now(), note
        step.save(update_fields=["followed_up_at", "follow_up_note"])
        record_event(member.school, member.user, "followed up step", step, {"note": note})
    return step


def close_case(member: Member, case: Case, outcome: str, reason: str) -> Case:
    _require_case_work(member)
    if not case.is_open:
        raise ActionRefused("The case is already closed.")
    if outcome not in CaseOutcome.values:
        raise ActionRefused("Choose the outcome of the case.")
    if not reason.strip():
        raise ActionRefused("Give the reason for closing the case.")
    if case.steps.filter(status=StepStatus.AWAITING_APPROVAL).exists():
        raise ActionRefused("A step is still waiting for the headteacher's approval.")
    with transaction.atomic():
        case.status, case.outcome, case.outcome_reason = CaseStatus.CLOSED, outcome, reason
        case.closed_at = timezone.now()
        case.save(update_fields=["status", "outcome", "outcome_reason", "closed_at"])
        record_event(
            member.school, member.user, "closed case", case, {"outcome": outcome, "reason": reason}
        )
    return case


def _require_case_work(member: Member) -> None:
    if not member.can(Permission.ACT_ON_STEPS):
        raise ActionRefused("Your role cannot act on cases.")


# A blocked sender may still make a subject access or FOI request or a formal complaint:
# those must reach a monitored inbox, never be dropped (LEGAL.md, data protection).
STATUTORY_REQUEST = re.compile(
    r"\b(subject access|SAR|freedom of information|FOI|formal complaint|data protection)\b",
    re.IGNORECASE,
)


def is_withheld(school_id: int, address: str, subject: str, body: str = "") -> bool:
    """Whether intake should withhold this e-mail: blocked sender and not a statutory request."""
    if blocked_sender(school_id, address) is None:
        return False
    return not STATUTORY_REQUEST.search(f"{subject}\n{body}")


def blocked_sender(school_id: int, address: str) -> BlockedSender | None:
    """The active block matching an address or its domain, for intake to consult."""
    address = address.strip().lower()
    domain = "@" + address.rsplit("@", 1)[-1] if "@" in address else ""
    return BlockedSender.objects.filter(
        Q(address=address) | Q(address=domain), school_id=school_id, is_active=True
    ).first()


def send_step_reminders(now: datetime.datetime) -> int:
    """E-mail the school's case workers once about each step whose due date has passed.

    Safe to run as often as a scheduler likes: a step is reminded about once.
    """
    sent = 0
    overdue = (
        Step.objects.overdue(now).filter(reminded_at__isnull=True).select_related("case__school")
    )
    for step in overdue:
        school = step.case.school
        recipients = sorted(
            Membership.objects.filter(school=school, role__in=CASE_WORKER_ROLES).values_list(
                "user__email", flat=True
            )
        )
        if not recipients:
            continue
        with transaction.atomic():
            # Claim the step first so two schedulers never send the same reminder twice.
            claimed = Step.objects.filter(pk=step.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if not claimed:
                continue
            record_event(school, None, "sent reminder", step, {"to": recipients})
            transaction.on_commit(partial(_mail_reminder, step, recipients))
        sent += 1
    return sent


def _mail_reminder(step: Step, recipients: list[str]) -> None:
    case = step.case
    due = timezone.localtime(step.due_at).strftime("%-d %B %Y %H:%M") if step.due_at else ""
    send_mail(
        subject=f"Case {case.number} at {case.school.name}: a step is overdue",
        message=(
            f"Case {case.number} ({case.poster_label}): {step.wording.strip()}\n\n"
            f"Due {due}: {step.due_reason or 'follow-up'}.\n"
            "Record what happened on the case page in Schoolgate.\n\n"
            "No details of the case are sent by e-mail."
        ),
        from_email=None,
        recipient_list=recipients,
    )
