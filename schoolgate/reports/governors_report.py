"""The termly governors' report: figures, trends, the policy's review, anonymised case summaries."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from schoolgate.cases.actions.refusal import ActionRefused
from schoolgate.cases.models import Case, CaseStatus, StepStatus
from schoolgate.documents.pdf import render_pdf
from schoolgate.policies.models import PolicyReview, PolicyVersion
from schoolgate.policies.steps import step_title
from schoolgate.reports import figures
from schoolgate.reports.dashboards import build_dashboard
from schoolgate.reports.figures import Span, shown
from schoolgate.reports.models import GovernorsReport, WelfareSupportKind, WelfareSupportOffer
from schoolgate.reports.terms import Term
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event
from schoolgate.schools.models import School, User
from schoolgate.schools.roles import Permission


@dataclass(frozen=True)
class Trend:
    label: str
    this_term: str
    last_term: str


@dataclass(frozen=True)
class CaseSummary:
    """A case as governors may read it: its number, dates, kinds of post, steps and outcome."""

    number: int
    opened_on: datetime.date
    closed_on: datetime.date | None
    platforms: str
    categories: str
    steps: str
    outcome: str


def term_span(term: Term) -> Span:
    return Span.of_days(term.first_day, term.last_day)


def _school_only(school: School) -> QuerySet[School]:
    return School.objects.filter(pk=school.pk)


def trends(school: School, term: Term) -> list[Trend]:
    """This term's main counts beside last term's, each suppressed under 5."""
    schools = _school_only(school)

    def counts(span: Span) -> list[tuple[str, int]]:
        return [
            ("Incidents logged", figures.incidents_in(schools, span).count()),
            ("Cases opened", figures.cases_opened_in(schools, span).count()),
            ("Cases closed", figures.cases_closed_in(schools, span).count()),
            (
                "Staff welfare support offered",
                welfare_offers(school, span.start.date(), term_last_day(span)).count(),
            ),
        ]

    now, before = counts(term_span(term)), counts(term_span(term.previous()))
    return [
        Trend(label, shown(n, exact=False), shown(m, exact=False))
        for (label, n), (_, m) in zip(now, before, strict=True)
    ]


def term_last_day(span: Span) -> datetime.date:
    return (span.end - datetime.timedelta(days=1)).date()


def welfare_offers(
    school: School, first: datetime.date, last: datetime.date
) -> QuerySet[WelfareSupportOffer]:
    return WelfareSupportOffer.objects.filter(
        school=school, offered_on__gte=first, offered_on__lte=last
    )


def welfare_by_kind(school: School, term: Term) -> list[tuple[str, str]]:
    counted = dict(
        welfare_offers(school, term.first_day, term.last_day)
        .order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    return [
        (label, shown(counted.get(value, 0), exact=False))
        for value, label in WelfareSupportKind.choices
    ]


def case_summaries(school: School, term: Term) -> list[CaseSummary]:
    """Every case open at some time in the term, told without a name, a handle or a post's words."""
    span = term_span(term)
    cases = (
        Case.objects.filter(school=school, opened_at__lt=span.end)
        .filter(Q(closed_at__isnull=True) | Q(closed_at__gte=span.start))
        .prefetch_related("incidents", "steps")
        .order_by("number")
    )
    summaries = []
    for case in cases:
        incidents = list(case.incidents.all())
        categories = sorted({c for incident in incidents for c in incident.categories or []})
        platforms = sorted({incident.get_platform_display() for incident in incidents})
        steps = [step_title(s.kind) for s in case.steps.all() if s.status == StepStatus.DONE]
        summaries.append(
            CaseSummary(
                number=case.number,
                opened_on=timezone.localtime(case.opened_at).date(),
                closed_on=timezone.localtime(case.closed_at).date() if case.closed_at else None,
                platforms=", ".join(platforms) or "Not recorded",
                categories=", ".join(figures.category_label(c) for c in categories)
                or "None confirmed",
                steps=", ".join(steps) or "None yet",
                outcome=case.get_outcome_display()
                if case.status == CaseStatus.CLOSED
                else "Still open",
            )
        )
    return summaries


def policy_review_status(school: School, today: datetime.date) -> dict[str, Any]:
    version = PolicyVersion.objects.published().filter(school=school).first()
    if version is None:
        return {"version": None}
    review = version.document.review
    return {
        "version": version,
        "status": version.review_status(today).label,
        "reviewed": review.reviewed_month(),
        "next_review": review.next_review_date(),
        "last_review": PolicyReview.objects.filter(school=school).first(),
    }


def report_context(school: School, term: Term, today: datetime.date) -> dict[str, Any]:
    return {
        "school": school,
        "term": term,
        "made_on": today,
        "dashboard": build_dashboard(_school_only(school), term_span(term), exact=False),
        "trends": trends(school, term),
        "previous_term": term.previous(),
        "policy": policy_review_status(school, today),
        "cases": case_summaries(school, term),
        "welfare": welfare_by_kind(school, term),
        "threshold": figures.SMALL_NUMBER_THRESHOLD,
    }


def render_governors_report(school: School, term: Term, today: datetime.date) -> bytes:
    return render_pdf("reports/governors_report_pdf.html", report_context(school, term, today))


def make_governors_report(member: Member, term: Term) -> bytes:
    """Make the report on demand for a head or governor; the making is an audited export."""
    if not member.can(Permission.SEE_AGGREGATE_REPORTS):
        raise ActionRefused("Your role cannot read the governors' report.")
    today = timezone.localdate()
    if term.first_day > today:
        raise ActionRefused(f"The {term.title} has not started yet.")
    pdf = render_governors_report(member.school, term, today)
    with transaction.atomic():
        record_event(
            member.school,
            member.user,
            "made governors' report",
            member.school,
            {"term": term.key, "sha256": hashlib.sha256(pdf).hexdigest()},
        )
    return pdf


def store_governors_report(
    school: School, term: Term, today: datetime.date, made_by: User | None = None
) -> GovernorsReport | None:
    """Make and keep the term's report unless it is already kept; None when it was.

    Safe to run twice at once: the second insert meets the unique constraint and keeps nothing.
    """
    if GovernorsReport.objects.filter(school=school, term=term.key).exists():
        return None
    pdf = render_governors_report(school, term, today)
    digest = hashlib.sha256(pdf).hexdigest()
    try:
        with transaction.atomic():
            report = GovernorsReport.objects.create(
                school=school, term=term.key, pdf=pdf, sha256=digest, made_by=made_by
            )
            record_event(
                school,
                made_by,
                "kept governors' report",
                report,
                {"term": term.key, "sha256": digest},
            )
    except IntegrityError:
        return None
    return report


def store_due_governors_reports(today: datetime.date) -> list[GovernorsReport]:
    """Keep the last finished term's report for every school that lacks it (run by a scheduler)."""
    term = Term.last_finished(today)
    made = []
    for school in School.objects.order_by("slug"):
        report = store_governors_report(school, term, today)
        if report is not None:
            made.append(report)
    return made


def record_welfare_support(
    member: Member, offered_on: datetime.date, kind: str
) -> WelfareSupportOffer:
    """Count support offered to a member of staff affected by posts; it names no one."""
    if not member.can(Permission.SEE_NAMED_REPORTS):
        raise ActionRefused("Only the headteacher or DSL records staff welfare support.")
    if kind not in WelfareSupportKind.values:
        raise ActionRefused("Choose the kind of support offered.")
    if offered_on > timezone.localdate():
        raise ActionRefused("The date support was offered cannot be in the future.")
    with transaction.atomic():
        offer = WelfareSupportOffer.objects.create(
            school=member.school, offered_on=offered_on, kind=kind, recorded_by=member.user
        )
        record_event(
            member.school,
            member.user,
            "recorded welfare support",
            offer,
            {"kind": kind, "offered_on": offered_on.isoformat()},
        )
    return offer
