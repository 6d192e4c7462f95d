"""The figures behind dashboards and the governors' report, counted in the database."""

from __future__ import annotations

import datetime
import statistics
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Min, Q, QuerySet
from django.db.models.functions import Lower, TruncMonth
from django.utils import timezone

from schoolgate.cases.models import (
    Case,
    CaseOutcome,
    CaseStatus,
    Incident,
    Platform,
    Step,
    StepStatus,
)
from schoolgate.policies.steps import LEGAL_KINDS, StepKind
from schoolgate.schools.models import School
from schoolgate.screening import CATEGORY_IDS
from schoolgate.screening.categories import words_for

# Small-number suppression: a count of 1 to 4 among a primary school's few families can point
# to one family or one member of staff, so governors and the trust see "fewer than 5" instead
# (the threshold the ONS and DfE use when publishing school statistics). Zero is suppressed too,
# so that "none" and "one" cannot be told apart by their neighbours.
SMALL_NUMBER_THRESHOLD = 5
SUPPRESSED = "fewer than 5"

# How far each case went: the stages of the procedure in the policy's order; a stage counts a
# case once one of its kinds of step is done.
FUNNEL_STAGES: tuple[tuple[str, frozenset[str]], ...] = (
    ("Informal discussion", frozenset({StepKind.INFORMAL_DISCUSSION})),
    ("Written warning", frozenset({StepKind.WRITTEN_WARNING})),
    ("Report to the platform", frozenset({StepKind.PLATFORM_REPORT})),
    ("Blocking", frozenset({StepKind.BLOCK_ON_X, StepKind.BLOCK_EMAIL})),
    ("Legal advice or action", frozenset(LEGAL_KINDS)),
    ("Police referral", frozenset({StepKind.POLICE_REFERRAL})),
)
# The outcomes that mean the post came down, and the step whose follow-up records when it did.
REMOVAL_STEP_FOR_OUTCOME: dict[str, str] = {
    CaseOutcome.REMOVED_AFTER_DISCUSSION: StepKind.INFORMAL_DISCUSSION,
    CaseOutcome.REMOVED_AFTER_WARNING: StepKind.WRITTEN_WARNING,
    CaseOutcome.REMOVED_BY_PLATFORM: StepKind.PLATFORM_REPORT,
}
SECONDS_PER_DAY = 86_400


def shown(count: int, *, exact: bool) -> str:
    """A count as a reader sees it: exact for named reports, suppressed under 5 otherwise."""
    if not exact and count < SMALL_NUMBER_THRESHOLD:
        return SUPPRESSED
    return f"{count:,}"


def is_suppressed(count: int, *, exact: bool) -> bool:
    return not exact and count < SMALL_NUMBER_THRESHOLD


@dataclass(frozen=True)
class Span:
    """A half-open span of time [start, end) in the school's time zone."""

    start: datetime.datetime
    end: datetime.datetime

    @classmethod
    def of_days(cls, first: datetime.date, last: datetime.date) -> Span:
        """From the start of `first` to the end of `last`, local time."""
        zone = timezone.get_current_timezone()
        start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
        end = datetime.datetime.combine(
            last + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return cls(start, end)

    def months(self) -> list[datetime.date]:
        """The first day of each calendar month the span touches."""
        first = timezone.localtime(self.start).date().replace(day=1)
        last = timezone.localtime(self.end - datetime.timedelta(microseconds=1)).date()
        months, month = [], first
        while month <= last:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return months


@dataclass(frozen=True)
class Tally:
    """One labelled count."""

    label: str
    count: int


def incidents_in(schools: QuerySet[School], span: Span) -> QuerySet[Incident]:
    return Incident.objects.filter(
        school__in=schools, captured_at__gte=span.start, captured_at__lt=span.end
    )


def cases_opened_in(schools: QuerySet[School], span: Span) -> QuerySet[Case]:
    return Case.objects.filter(
        school__in=schools, opened_at__gte=span.start, opened_at__lt=span.end
    )


def cases_closed_in(schools: QuerySet[School], span: Span) -> QuerySet[Case]:
    return Case.objects.filter(
        school__in=schools,
        status=CaseStatus.CLOSED,
        closed_at__gte=span.start,
        closed_at__lt=span.end,
    )


def category_label(category: str) -> str:
    """A category in the words staff read everywhere else."""
    return words_for(category)


def incidents_by_category(incidents: QuerySet[Incident]) -> list[Tally]:
    """Each of the policy's categories with the incidents it applies to (an incident may have several)."""
    # The categories are a JSON list per incident; counting them in Python reads one column and
    # works the same on SQLite and PostgreSQL.
    counted = Counter(
        category
        for categories in incidents.values_list("categories", flat=True)
        for category in set(categories or [])
    )
    return [Tally(category_label(c), counted[c]) for c in CATEGORY_IDS]


def incidents_by_platform(incidents: QuerySet[Incident]) -> list[Tally]:
    counted = dict(
        incidents.order_by()
        .values_list("platform")
        .annotate(n=Count("pk"))
        .values_list("platform", "n")
    )
    return [Tally(label, counted.get(value, 0)) for value, label in Platform.choices]


def incidents_by_month(incidents: QuerySet[Incident], span: Span) -> list[Tally]:
    rows = (
        incidents.order_by()
        .annotate(month=TruncMonth("captured_at"))
        .values("month")
        .annotate(n=Count("pk"))
    )
    counted = {_as_date(row["month"]): row["n"] for row in rows}
    return [Tally(month.strftime("%B %Y"), counted.get(month, 0)) for month in span.months()]


def _as_date(value: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.date()
    return value


def procedure_funnel(cases: QuerySet[Case]) -> list[Tally]:
    """How far the cases went: opened, then each stage of the procedure reached, then closed."""
    stages = [Tally("Case opened", cases.count())]
    for label, kinds in FUNNEL_STAGES:
        reached = cases.filter(_with_done_step(kinds)).count()
        stages.append(Tally(label, reached))
    stages.append(Tally("Closed", cases.filter(status=CaseStatus.CLOSED).count()))
    return stages


def _with_done_step(kinds: frozenset[str]) -> Q:
    """Cases with a done step of one of `kinds`."""
    return Q(pk__in=Step.objects.filter(kind__in=kinds, status=StepStatus.DONE).values("case_id"))


def outcomes(closed: QuerySet[Case]) -> list[Tally]:
    counted = dict(
        closed.order_by().values_list("outcome").annotate(n=Count("pk")).values_list("outcome", "n")
    )
    return [Tally(label, counted.get(value, 0)) for value, label in CaseOutcome.choices]


@dataclass(frozen=True)
class Median:
    days: float | None
    cases: int


def days_to_removal(closed: QuerySet[Case]) -> list[float]:
    """Days from the first incident's logging to the post's removal, per case whose post came down.

    Removal is when the step the outcome names was followed up (the platform's reply, the parent
    taking it down after the warning), or when the case closed if no follow-up was recorded.
    """
    removed = closed.filter(outcome__in=REMOVAL_STEP_FOR_OUTCOME).annotate(
        logged_at=Min("incidents__captured_at")
    )
    days = []
    for case in removed:
        follow_ups = [
            step.followed_up_at
            for step in case.steps.all()
            if step.kind == REMOVAL_STEP_FOR_OUTCOME[case.outcome] and step.followed_up_at
        ]
        removed_at = min(follow_ups) if follow_ups else case.closed_at
        if case.logged_at is None or removed_at is None:
            continue
        days.append(max(0.0, (removed_at - case.logged_at).total_seconds() / SECONDS_PER_DAY))
    return days


def median_days_to_removal(closed: QuerySet[Case]) -> Median:
    days = days_to_removal(closed.prefetch_related("steps"))
    return Median(round(statistics.median(days), 1) if days else None, len(days))


@dataclass(frozen=True)
class Takedown:
    platform: str
    reported: int
    answered: int
    removed: int


def takedown_by_platform(schools: QuerySet[School], span: Span) -> list[Takedown]:
    """Reports to platforms made in the span, whether the platform answered, and removals.

    A report counts as a takedown when its case closed as "Removed by the platform".
    """
    reports = Step.objects.filter(
        case__school__in=schools,
        kind=StepKind.PLATFORM_REPORT,
        status=StepStatus.DONE,
        taken_at__gte=span.start,
        taken_at__lt=span.end,
    ).select_related("case")
    tally: dict[str, list[int]] = {value: [0, 0, 0] for value in Platform.values}
    for step in reports:
        platform = str(step.details.get("platform", ""))
        if platform not in tally:
            platform = Platform.OTHER
        tally[platform][0] += 1
        tally[platform][1] += step.followed_up_at is not None
        tally[platform][2] += step.case.outcome == CaseOutcome.REMOVED_BY_PLATFORM
    return [Takedown(label, *tally[value]) for value, label in Platform.choices if tally[value][0]]


@dataclass(frozen=True)
class RepeatPosters:
    posters: int
    repeat_posters: int
    incidents_by_repeat_posters: int


def repeat_posters(incidents: QuerySet[Incident]) -> RepeatPosters:
    """How many posters there were and how many posted more than once; counts, never who."""
    known = incidents.filter(Q(poster__isnull=False) | ~Q(account_handle=""))
    by_person = list(
        known.filter(poster__isnull=False)
        .order_by()
        .values("poster_id")
        .annotate(n=Count("pk"))
        .values_list("n", flat=True)
    )
    by_handle = list(
        known.filter(poster__isnull=True)
        .order_by()
        .annotate(handle=Lower("account_handle"))
        .values("school_id", "handle")
        .annotate(n=Count("pk"))
        .values_list("n", flat=True)
    )
    counts = by_person + by_handle
    repeats = [n for n in counts if n >= 2]
    return RepeatPosters(len(counts), len(repeats), sum(repeats))
