"""Allegations that a member of staff harmed a child: the LADO decision, and who may not see the case."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from schoolgate.cases.actions.locks import locked
from schoolgate.cases.actions.refusal import ActionRefused, require_case_work
from schoolgate.cases.models import Case, LadoDecision, SafeguardingConcern
from schoolgate.documents.operator_notice import LONDON, is_business_day
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import Person, PersonKind

# Keeping Children Safe in Education, Part 4: the case manager should discuss an allegation
# with the local authority designated officer (LADO) within one working day.
LADO_WORKING_DAYS = 1
# The category a post about a person's conduct carries; only it can raise the question.
ALLEGATION = "allegation"


def next_working_day_end(moment: datetime.datetime, days: int) -> datetime.datetime:
    """The end (17:00 London) of the `days`-th working day after the day of `moment`."""
    day = moment.astimezone(LONDON).date()
    while days:
        day += datetime.timedelta(days=1)
        if is_business_day(day):
            days -= 1
    return datetime.datetime.combine(day, datetime.time(17, 0), LONDON)


def accusable_staff(case: Case) -> list[Person]:
    """Roster staff named by an incident of the case that carries an allegation."""
    found: dict[int, Person] = {}
    for incident in case.incidents.prefetch_related("targets"):
        if ALLEGATION not in incident.categories:
            continue
        for person in incident.targets.all():
            if person.kind == PersonKind.STAFF:
                found[person.pk] = person
    return list(found.values())


def confirm_harm_allegation(member: Member, case: Case, accused: Person) -> SafeguardingConcern:
    """Staff confirm that a post alleges the accused harmed a child: the case becomes a
    safeguarding matter, with the LADO decision due within one working day."""
    require_case_work(member)
    with transaction.atomic():
        locked(case)
        if SafeguardingConcern.objects.filter(case=case).exists():
            raise ActionRefused("This case is already marked as an allegation of harm to a child.")
        if accused.pk not in {p.pk for p in accusable_staff(case)}:
            raise ActionRefused(
                "Choose a member of staff that an allegation in this case is about."
            )
        now = timezone.now()
        concern = SafeguardingConcern.objects.create(
            case=case,
            accused=accused,
            confirmed_by=member.user,
            confirmed_at=now,
            decision_due_at=next_working_day_end(now, LADO_WORKING_DAYS),
        )
        record_event(
            member.school,
            member.user,
            "confirmed allegation of harm to a child",
            concern,
            {"case": case.pk, "accused": accused.person_id},
        )
    return concern


def record_lado_decision(
    member: Member, concern: SafeguardingConcern, decision: str, reason: str
) -> SafeguardingConcern:
    """The head or DSL records whether the allegation goes to the LADO, and why."""
    require_case_work(member)
    with transaction.atomic():
        locked(concern)
        if concern.decision:
            raise ActionRefused("The decision on a LADO referral is already recorded.")
        if decision not in LadoDecision.values:
            raise ActionRefused("Choose whether to refer the allegation to the LADO.")
        if not reason.strip():
            raise ActionRefused("Give the reason for the decision.")
        concern.decision, concern.decision_reason = decision, reason.strip()
        concern.decided_by, concern.decided_at = member.user, timezone.now()
        concern.save(update_fields=["decision", "decision_reason", "decided_by", "decided_at"])
        record_event(
            member.school,
            member.user,
            "recorded LADO decision",
            concern,
            {"case": concern.case_id, "decision": decision, "reason": concern.decision_reason},
        )
    return concern


def lado_referral_context(case: Case, concern: SafeguardingConcern) -> dict[str, object]:
    incidents = list(case.incidents.order_by("captured_at", "pk"))
    return {
        "case": case,
        "school": case.school,
        "concern": concern,
        "incidents": incidents,
        "due": concern.decision_due_at.astimezone(LONDON),
    }


def export_lado_referral(member: Member, concern: SafeguardingConcern, form: str) -> None:
    """Record that the pre-filled referral left Schoolgate, as every export does."""
    require_case_work(member)
    with transaction.atomic():
        record_event(
            member.school,
            member.user,
            "exported LADO referral",
            concern,
            {"case": concern.case_id, "format": form},
        )
