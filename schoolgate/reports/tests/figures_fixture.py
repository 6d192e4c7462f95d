"""A hand-counted set of incidents and cases at Redscope, for the dashboards' figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from schoolgate.cases.models import Case, CaseOutcome, CaseStatus, Incident, Step, StepStatus
from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.models import Person
from schoolgate.test import Cast

# Words no governor or trust page may ever show: they stand for what parents wrote.
POST_TEXTS = (
    "Mr Quenby shouts at the children every single morning",
    "Reception staff lost my daughter's coat again and lied about it",
    "Look at this photo from sports day, all the kids in it",
    "Someone should sort that teacher out after school",
    "The deputy is a thief and everyone knows it",
    "Voice note forwarded to the class group",
    "Summer fair was badly run",
)
HANDLE = "@Mum_of_3_Redscope"


def at(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=dt.UTC)


@dataclass
class Figures:
    posters: list[Person]
    cases: list[Case]


def build(cast: Cast) -> Figures:
    """Seven incidents (six from September to November 2026) and four cases, counted by hand:

    incidents by category: allegation 1, complaint 2, defamation 1, offensive 1, violence 1,
    photo of others 1; by platform: Facebook 3, Instagram 1, X 1, WhatsApp 1; by month:
    September 2, October 3, November 1. Posters 4 (two by roster person, one by a handle in two
    spellings), 2 of them repeat posters with 4 incidents between them.
    """
    school = cast.school_a
    parents = list(Person.objects.filter(school=school, kind="parent").order_by("person_id")[:3])
    p0, p1, p2 = parents
    version = PolicyVersion.objects.get(school=school, is_published=True)

    def incident(
        when: dt.datetime, platform: str, categories: list[str], text: str, **who: object
    ) -> Incident:
        return Incident.objects.create(
            school=school,
            platform=platform,
            categories=categories,
            text=text,
            captured_at=when,
            captured_by=cast.alice,
            **who,
        )

    i1 = incident(at(9, 5), "facebook", ["complaint"], POST_TEXTS[0], poster=p0)
    i2 = incident(at(9, 20), "facebook", ["complaint", "allegation"], POST_TEXTS[1], poster=p0)
    i3 = incident(at(10, 2), "instagram", ["photo_of_others"], POST_TEXTS[2], account_handle=HANDLE)
    i4 = incident(
        at(10, 15),
        "x",
        ["violence", "offensive_about_person"],
        POST_TEXTS[3],
        account_handle=HANDLE.lower(),
    )
    i5 = incident(at(10, 30), "facebook", ["defamation"], POST_TEXTS[4], poster=p1)
    i6 = incident(at(11, 3), "whatsapp", [], POST_TEXTS[5], poster=p2)
    incident(at(8, 20), "facebook", ["complaint"], POST_TEXTS[6], poster=p1)  # before the span

    def case(number: int, opened: dt.datetime, incidents: list[Incident], **fields: object) -> Case:
        made = Case.objects.create(
            school=school,
            number=number,
            policy_version=version,
            opened_at=opened,
            opened_by=cast.alice,
            **fields,
        )
        Incident.objects.filter(pk__in=[i.pk for i in incidents]).update(
            case=made, status="in_case"
        )
        return made

    def step(made: Case, kind: str, taken: dt.datetime, **fields: object) -> Step:
        fields.setdefault("status", StepStatus.DONE)
        return Step.objects.create(
            case=made,
            step_id=kind,
            kind=kind,
            wording=kind,
            taken_by=cast.alice,
            taken_at=taken,
            **fields,
        )

    closed = {"status": CaseStatus.CLOSED}
    # Case 1: removed after the discussion, followed up 3 days after the first post was logged.
    c1 = case(
        1,
        at(9, 6),
        [i1, i2],
        poster=p0,
        outcome=CaseOutcome.REMOVED_AFTER_DISCUSSION,
        closed_at=at(9, 10),
        **closed,
    )
    step(c1, "informal_discussion", at(9, 7), followed_up_at=at(9, 8))
    # Case 2: removed by Instagram 10 days after logging, after a discussion and a warning.
    c2 = case(
        2,
        at(10, 3),
        [i3, i4],
        poster_handle=HANDLE,
        outcome=CaseOutcome.REMOVED_BY_PLATFORM,
        closed_at=at(10, 13),
        **closed,
    )
    step(c2, "informal_discussion", at(10, 4))
    step(c2, "written_warning", at(10, 5))
    step(
        c2,
        "platform_report",
        at(10, 6),
        details={"platform": "instagram"},
        followed_up_at=at(10, 12),
    )
    # Case 3: still open; reported to Facebook with no answer; legal advice refused (not reached).
    c3 = case(3, at(10, 31), [i5], poster=p1)
    step(c3, "informal_discussion", at(11, 1))
    step(c3, "platform_report", at(11, 2), details={"platform": "facebook"})
    step(c3, "legal_advice", at(11, 3), status=StepStatus.REFUSED)
    # Case 4: closed with no action.
    c4 = case(
        4, at(11, 4), [i6], poster=p2, outcome=CaseOutcome.NO_ACTION, closed_at=at(11, 5), **closed
    )
    return Figures(posters=[p0, p1, p2], cases=[c1, c2, c3, c4])
