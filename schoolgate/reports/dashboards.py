"""Dashboards: the figures of one school or a whole trust, as charts with their tables."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.safestring import SafeString

from schoolgate.reports import figures
from schoolgate.reports.charts import Bar, bar_chart, describe
from schoolgate.reports.figures import Span, Tally, shown
from schoolgate.schools.models import School

# A dashboard looks back a year: enough to show a trend by month, short enough to be about now.
DASHBOARD_MONTHS = 12


@dataclass(frozen=True)
class Section:
    """One chart and the table behind it."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    chart: SafeString | None = None
    note: str = ""


@dataclass
class Dashboard:
    span: Span
    is_exact: bool
    sections: list[Section] = field(default_factory=list)

    @property
    def first_day(self) -> datetime.date:
        return self.span.start.date()

    @property
    def last_day(self) -> datetime.date:
        return (self.span.end - datetime.timedelta(days=1)).date()


def dashboard_span(today: datetime.date) -> Span:
    """The last DASHBOARD_MONTHS calendar months, this one included."""
    first = today.replace(day=1)
    for _ in range(DASHBOARD_MONTHS - 1):
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return Span.of_days(first, today)


def tally_section(title: str, tallies: list[Tally], *, exact: bool, column: str) -> Section:
    bars = [
        Bar(
            tally.label,
            None if figures.is_suppressed(tally.count, exact=exact) else tally.count,
            shown(tally.count, exact=exact),
        )
        for tally in tallies
    ]
    return Section(
        title=title,
        headers=(column, "Number"),
        rows=[(bar.label, bar.shown) for bar in bars],
        chart=bar_chart(title, describe(bars), bars),
    )


def build_dashboard(schools: QuerySet[School], span: Span, *, exact: bool) -> Dashboard:
    """Every figure of the dashboard for `schools` over `span`.

    With `exact` False (governors, the trust) every count under 5 reads "fewer than 5" and a
    median from fewer than 5 cases is not given; nothing here ever names a person or quotes a post.
    """
    incidents = figures.incidents_in(schools, span)
    opened = figures.cases_opened_in(schools, span)
    closed = figures.cases_closed_in(schools, span)
    dashboard = Dashboard(span=span, is_exact=exact)
    add = dashboard.sections.append
    add(
        tally_section(
            "Incidents by category",
            figures.incidents_by_category(incidents),
            exact=exact,
            column="Category",
        )
    )
    add(
        tally_section(
            "Incidents by platform",
            figures.incidents_by_platform(incidents),
            exact=exact,
            column="Platform",
        )
    )
    add(
        tally_section(
            "Incidents by month",
            figures.incidents_by_month(incidents, span),
            exact=exact,
            column="Month",
        )
    )
    add(
        tally_section(
            "How far cases went",
            figures.procedure_funnel(opened),
            exact=exact,
            column="Stage reached (cases opened in the period)",
        )
    )
    add(tally_section("How cases closed", figures.outcomes(closed), exact=exact, column="Outcome"))
    add(median_section(figures.median_days_to_removal(closed), exact=exact))
    add(takedown_section(figures.takedown_by_platform(schools, span), exact=exact))
    add(repeat_posters_section(figures.repeat_posters(incidents), exact=exact))
    return dashboard


def median_section(median: figures.Median, *, exact: bool) -> Section:
    if median.days is None:
        value = "No post came down in the period"
    elif figures.is_suppressed(median.cases, exact=exact):
        value = f"Not given: {figures.SUPPRESSED} posts came down"
    else:
        value = f"{median.days:g} days"
    return Section(
        title="Median days from logging to removal",
        headers=("Posts that came down", "Median days from logging to removal"),
        rows=[(shown(median.cases, exact=exact), value)],
        note="From when the first incident was logged to the follow-up that recorded the removal.",
    )


def takedown_section(takedowns: list[figures.Takedown], *, exact: bool) -> Section:
    bars = [
        Bar(
            t.platform,
            None if figures.is_suppressed(t.removed, exact=exact) else t.removed,
            shown(t.removed, exact=exact),
        )
        for t in takedowns
    ]
    return Section(
        title="Takedowns by platform",
        headers=("Platform", "Reports made", "Answered", "Removed by the platform"),
        rows=[
            (
                t.platform,
                shown(t.reported, exact=exact),
                shown(t.answered, exact=exact),
                shown(t.removed, exact=exact),
            )
            for t in takedowns
        ],
        chart=bar_chart("Posts removed by the platform after a report", describe(bars), bars)
        if bars
        else None,
        note="" if takedowns else "No report to a platform in the period.",
    )


def repeat_posters_section(posters: figures.RepeatPosters, *, exact: bool) -> Section:
    return Section(
        title="Repeat posters",
        headers=("Posters", "Posted more than once", "Incidents by repeat posters"),
        rows=[
            (
                shown(posters.posters, exact=exact),
                shown(posters.repeat_posters, exact=exact),
                shown(posters.incidents_by_repeat_posters, exact=exact),
            )
        ],
        note="Counts only. A poster is a person on the roster or, failing that, an account handle.",
    )
