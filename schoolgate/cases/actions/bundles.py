"""Evidence bundles of a case for a solicitor or the police, other pupils' names redacted; audited."""

from __future__ import annotations

import datetime
import hashlib
import re

from django.db import transaction

from schoolgate.cases.actions.police import Offence, is_reported, likely_offences
from schoolgate.cases.actions.refusal import ActionRefused
from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import Case, Evidence, Incident, Step
from schoolgate.cases.procedure import CHECKLIST_QUESTIONS, can_take_legal_or_police_steps
from schoolgate.documents.bundle import (
    Bundle,
    BundleFile,
    BundleSection,
    TimelineEntry,
    bundle_zip,
)
from schoolgate.policies.steps import StepKind, step_title
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event, verify_chain
from schoolgate.schools.models import Person, PersonKind, User
from schoolgate.schools.roles import Permission

REDACTED_PUPIL = "[pupil]"


def export_bundle(member: Member, case: Case, *, police_step: Step | None = None) -> bytes:
    """The case's evidence bundle as a ZIP, for a member the policy lets take legal or police steps.

    With `police_step`, the PDF opens with the police pack: a cover page naming the triggers and
    their evidence, and the offences they map onto.
    """
    if not member.can(Permission.SEE_CASES) or not can_take_legal_or_police_steps(
        member, case.policy_version.document
    ):
        raise ActionRefused(
            "Only the roles the policy names for legal or police steps export the evidence bundle."
        )
    if police_step is not None and police_step.kind != StepKind.POLICE_REFERRAL:
        raise ActionRefused("A police pack is made from a police referral.")
    return export_case_bundle(
        case,
        actor=member.user,
        produced_by=f"{member.user.full_name} ({member.user.email})",
        police_step=police_step,
    )


def export_case_bundle(
    case: Case, *, actor: User | None, produced_by: str, police_step: Step | None = None
) -> bytes:
    """Build the ZIP and record its export, with the ZIP's SHA-256, in the school's audit chain."""
    bundle = build_case_bundle(case, produced_by=produced_by, police_step=police_step)
    data = bundle_zip(bundle)
    with transaction.atomic():
        record_event(
            case.school,
            actor,
            "exported evidence bundle",
            case,
            {
                "sha256": hashlib.sha256(data).hexdigest(),
                "files": len(bundle.files),
                "police_step": police_step.pk if police_step else None,
                "by": produced_by,
            },
        )
    return data


def utc(moment: datetime.datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(datetime.UTC).strftime("%-d %B %Y %H:%M UTC")


class PupilRedactor:
    """Replaces the names of every pupil on the roster who is not the poster's own child.

    Full names match in any case; a first name alone matches only as written with its capital,
    so that a pupil called Will or Hope does not blank out ordinary words.
    """

    def __init__(self, case: Case) -> None:
        own = set(case.poster.related_pupils.values_list("pk", flat=True)) if case.poster else set()
        own_first_names = {
            name.lower()
            for pupil in Person.objects.filter(pk__in=own)
            for name in (pupil.first_name, pupil.preferred_name)
            if name
        }
        full_names: set[str] = set()
        first_names: set[str] = set()
        others = Person.objects.filter(school=case.school, kind=PersonKind.PUPIL).exclude(
            pk__in=own
        )
        for pupil in others.only("first_name", "preferred_name", "last_name"):
            for first in {pupil.first_name, pupil.preferred_name} - {""}:
                full_names.add(f"{first} {pupil.last_name}")
                if first.lower() not in own_first_names:
                    first_names.add(first)
        self.redacted_ids = set(others.values_list("pk", flat=True))
        self._full = self._pattern(full_names, re.IGNORECASE)
        self._first = self._pattern(first_names, 0)

    @staticmethod
    def _pattern(names: set[str], flags: int) -> re.Pattern[str] | None:
        if not names:
            return None
        # Longest first, so "Amy Lee" is replaced whole before "Amy" could match within it.
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)

    def __call__(self, text: str) -> str:
        for pattern in (self._full, self._first):
            if pattern is not None and text:
                text = pattern.sub(REDACTED_PUPIL, text)
        return text

    def person(self, person: Person) -> str:
        return REDACTED_PUPIL if person.pk in self.redacted_ids else person.display_name


def build_case_bundle(case: Case, *, produced_by: str, police_step: Step | None = None) -> Bundle:
    """Everything the bundle shows, from the case as it stands now."""
    redact = PupilRedactor(case)
    incidents = list(
        case.incidents.select_related("captured_by", "poster")
        .prefetch_related("targets")
        .order_by("captured_at", "pk")
    )
    steps = list(case.steps.select_related("taken_by", "approved_by").order_by("taken_at", "pk"))
    evidence = list(
        Evidence.objects.filter(original__isnull=True)
        .filter(incident__in=incidents)
        .select_related("captured_by", "supersedes")
        .order_by("captured_at", "pk")
    ) + list(
        Evidence.objects.filter(original__isnull=True, step__in=steps)
        .select_related("captured_by", "supersedes")
        .order_by("captured_at", "pk")
    )
    numbers = {e.pk: n for n, e in enumerate(evidence, start=1)}
    files_by_owner: dict[tuple[str, int], list[BundleFile]] = {}
    for item in evidence:
        owner = ("incident", item.incident_id) if item.incident_id else ("step", item.step_id)
        files_by_owner.setdefault(owner, []).append(_bundle_file(item, numbers))  # type: ignore[arg-type]
    sections = [
        BundleSection(
            heading=f"Incident {incident.pk} on {incident.get_platform_display()}",
            facts=_incident_facts(incident, redact),
            text=redact(incident.text),
            files=files_by_owner.get(("incident", incident.pk), []),
        )
        for incident in incidents
    ] + [
        BundleSection(
            heading=f"{step_title(step.kind)}, {utc(step.taken_at)}",
            facts=[("Taken by", step.taken_by.full_name or step.taken_by.email)],
            text=redact(step.note),
            files=files_by_owner[("step", step.pk)],
        )
        for step in steps
        if ("step", step.pk) in files_by_owner
    ]
    chain = verify_chain(case.school)
    cover, offences = ([], []) if police_step is None else _police_cover(case, police_step, redact)
    return Bundle(
        title="Police referral pack" if police_step else "Evidence bundle",
        school_name=case.school.name,
        case_number=case.number,
        produced_at=utc(datetime.datetime.now(datetime.UTC)),
        produced_by=produced_by,
        sections=sections,
        timeline=_timeline(case, incidents, steps, redact),
        continuity=[
            "Each file in this bundle was stored when it was captured, under its SHA-256, and "
            "has not been changed since: Schoolgate never changes or deletes evidence, and a "
            "correction is kept as a new file beside the original.",
            f"Every capture, view and download of these files is an event in {case.school.name}'s "
            f"audit chain of hashed events. When this bundle was produced the chain held "
            f"{chain.checked} events and was "
            + ("intact." if chain.is_intact else f"broken: {chain.problem}."),
            "manifest.json, in the ZIP beside this PDF, gives the SHA-256 of every file; "
            "`manage.py verify_bundle FILE.zip`, or any SHA-256 tool, checks them.",
            f"Produced {utc(datetime.datetime.now(datetime.UTC))} by {produced_by}, who is "
            "responsible for this copy. A post shows which account posted it, not who controlled "
            "the account.",
        ],
        cover=cover,
        offences=[(o.act, o.covers) for o in offences],
    )


def _bundle_file(item: Evidence, numbers: dict[int, int]) -> BundleFile:
    facts = [
        ("What it is", item.get_role_display()),
        ("Type and size", f"{item.content_type}, {item.size} bytes"),
        ("Captured (UTC)", utc(item.captured_at)),
        ("Captured by", item.captured_by.full_name or item.captured_by.email),
    ]
    if item.supersedes_id:
        earlier = numbers.get(item.supersedes_id)
        facts.append(
            (
                "Corrects",
                f"item {earlier}: {item.correction_reason}" if earlier else item.correction_reason,
            )
        )
    return BundleFile(
        number=numbers[item.pk],
        original_name=item.original_name,
        content_type=item.content_type,
        data=read_file(item.storage_name, item.sha256),
        sha256=item.sha256,
        facts=facts,
    )


def _incident_facts(incident: Incident, redact: PupilRedactor) -> list[tuple[str, str]]:
    facts = [
        ("Platform", incident.get_platform_display()),
        ("Link to the post", incident.permalink),
        ("Account handle", incident.account_handle),
        ("Display name", incident.display_name),
        ("Link to the profile", incident.profile_url),
        ("Post time as shown", incident.posted_at_shown),
        ("Post time (UTC)", utc(incident.posted_at)),
        ("Captured (UTC)", utc(incident.captured_at)),
        ("Captured by", incident.captured_by.full_name or incident.captured_by.email),
        ("How it was captured", incident.capture_method),
        ("Poster", incident.poster_label),
        ("About", ", ".join(redact.person(p) for p in incident.targets.all())),
        ("Categories (staff's judgement)", ", ".join(incident.categories)),
    ]
    return [(label, value) for label, value in facts if value]


def _timeline(
    case: Case, incidents: list[Incident], steps: list[Step], redact: PupilRedactor
) -> list[TimelineEntry]:
    entries = [(case.opened_at, TimelineEntry(utc(case.opened_at), f"Case {case.number} opened"))]
    entries += [
        (
            i.captured_at,
            TimelineEntry(utc(i.captured_at), f"Incident {i.pk} logged", i.get_platform_display()),
        )
        for i in incidents
    ]
    for step in steps:
        details = "; ".join(
            f"{key.replace('_', ' ')}: {value}"
            for key, value in step.details.items()
            if isinstance(value, str) and value
        )
        answers = "; ".join(
            f"{CHECKLIST_QUESTIONS.get(key, key)} {'Yes' if answer else 'No'}"
            for key, answer in step.checklist.items()
        )
        detail = " ".join(part for part in (redact(details), answers, redact(step.note)) if part)
        entries.append(
            (
                step.taken_at,
                TimelineEntry(
                    utc(step.taken_at),
                    f"{step_title(step.kind)} ({step.get_status_display().lower()})",
                    detail,
                ),
            )
        )
        if step.approved_at and step.approved_by_id != step.taken_by_id:
            entries.append(
                (
                    step.approved_at,
                    TimelineEntry(
                        utc(step.approved_at),
                        f"{step_title(step.kind)}: headteacher's decision",
                        redact(step.approval_note),
                    ),
                )
            )
        if step.followed_up_at:
            entries.append(
                (
                    step.followed_up_at,
                    TimelineEntry(
                        utc(step.followed_up_at),
                        f"{step_title(step.kind)} followed up",
                        redact(step.follow_up_note),
                    ),
                )
            )
    if case.closed_at:
        entries.append(
            (
                case.closed_at,
                TimelineEntry(
                    utc(case.closed_at),
                    f"Case closed: {case.get_outcome_display()}",
                    redact(case.outcome_reason),
                ),
            )
        )
    return [entry for _, entry in sorted(entries, key=lambda pair: pair[0])]


def _police_cover(case: Case, step: Step, redact: PupilRedactor) -> tuple[list[str], list[Offence]]:
    triggers = {t.id: t for t in case.policy_version.document.police_triggers}
    chosen = [t for t in step.details.get("triggers", []) if t in triggers]
    evidence = step.details.get("evidence") or {}
    cover = [
        f"To: {step.details.get('force') or 'the police'}. From: {case.school.name}, "
        f"{case.school.contact_email}.",
        f"The school refers case {case.number} to the police under its policy on parents' use "
        "of social media, which says it will contact the police where it considers a crime "
        "may have been committed.",
    ]
    cover += [
        f"Trigger: {triggers[t].wording.strip()}. Evidence: {redact(str(evidence.get(t, '')))}"
        for t in chosen
    ]
    cover.append(
        "Someone was in immediate danger and 999 was called."
        if step.details.get("immediate_danger")
        else "No one was in immediate danger when this was recorded."
    )
    if is_reported(step):
        cover.append(
            f"Reported {step.details.get('reported_at')} ({step.details.get('route')}); crime "
            f"reference {step.details.get('crime_reference') or 'not yet given'}; officer "
            f"{step.details.get('officer') or 'not yet named'}."
        )
    cover.append(
        "This pack holds the offences the school asks the police to consider, the timeline of "
        "the case and the evidence bundle, with the original files and their SHA-256s in the "
        "ZIP beside it. The school takes its own legal advice; nothing here is legal advice."
    )
    return cover, likely_offences(case, chosen)
