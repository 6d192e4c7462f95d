"""The notice to a website operator (Defamation Act 2013 s.5, 2013 Regulations reg 2) and its clock."""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass

import holidays
from django.template.loader import render_to_string

from schoolgate.documents.pdf import html_to_pdf

# The Regulations' schedule gives the operator 48 hours, leaving out any day that is not a
# business day (weekends and bank holidays in England and Wales).
OPERATOR_HOURS = 48
# The poster then has until the end of the fifth day after the operator passes the notice on.
POSTER_DAYS = 5
# Bank holidays are those of England (and Wales, which shares them) where the school is.
LONDON = zoneinfo.ZoneInfo("Europe/London")

# Every field regulation 2 asks of a notice, in the words the notice uses for each.
REGULATION_FIELDS = (
    "Complainant's name",
    "Complainant's e-mail address",
    "The statement complained of",
    "Where it is posted",
    "The meaning the complainant attributes to it",
    "Aspects that are factually inaccurate or opinions not supported by fact",
    "Information about the poster",
    "Consent to giving the complainant's name and e-mail address to the poster",
)


def is_business_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in holidays.UK(subdiv="ENG", years=day.year)


def add_business_hours(start: datetime.datetime, hours: int) -> datetime.datetime:
    """Count `hours` forward from `start`, leaving out every hour of a non-business day."""
    moment = start.astimezone(LONDON)
    left = datetime.timedelta(hours=hours)
    while True:
        midnight = datetime.datetime.combine(
            moment.date() + datetime.timedelta(days=1), datetime.time(), LONDON
        )
        if is_business_day(moment.date()):
            if moment + left <= midnight:
                return moment + left
            left -= midnight - moment
        moment = midnight


def operator_deadline(served_at: datetime.datetime) -> datetime.datetime:
    return add_business_hours(served_at, OPERATOR_HOURS)


def poster_deadline(served_at: datetime.datetime) -> datetime.datetime:
    """The end of the fifth day after the operator's 48 hours run out."""
    passed_on = operator_deadline(served_at).date()
    return datetime.datetime.combine(
        passed_on + datetime.timedelta(days=POSTER_DAYS), datetime.time(23, 59), LONDON
    )


@dataclass(frozen=True)
class OperatorNotice:
    """What the affected person states in their notice; the school only prepares it."""

    complainant_name: str
    complainant_email: str
    operator: str
    statement: str
    location: str
    meaning: str
    inaccuracies: str
    has_no_poster_details: bool
    consents_to_disclosure: bool
    served_at: datetime.datetime

    @property
    def operator_due(self) -> datetime.datetime:
        return operator_deadline(self.served_at)

    @property
    def poster_due(self) -> datetime.datetime:
        return poster_deadline(self.served_at)

    def answers(self) -> list[tuple[str, str]]:
        """Each regulation field with the complainant's answer, in the order of REGULATION_FIELDS."""
        poster = (
            "I do not have sufficient information about the poster to bring proceedings "
            "against them."
            if self.has_no_poster_details
            else "Not confirmed."
        )
        consent = (
            "I consent to the operator giving my name and e-mail address to the poster."
            if self.consents_to_disclosure
            else "I do not consent to the operator giving my name and e-mail address to the poster."
        )
        values = (
            self.complainant_name,
            self.complainant_email,
            self.statement,
            self.location,
            self.meaning,
            self.inaccuracies,
            poster,
            consent,
        )
        return list(zip(REGULATION_FIELDS, values, strict=True))


def notice_context(notice: OperatorNotice) -> dict[str, object]:
    return {
        "notice": notice,
        "answers": notice.answers(),
        "operator_due": notice.operator_due,
        "poster_due": notice.poster_due,
        "served_at": notice.served_at.astimezone(LONDON),
    }


def notice_text(notice: OperatorNotice) -> str:
    return render_to_string("documents/operator_notice.txt", notice_context(notice))


def notice_pdf(notice: OperatorNotice) -> bytes:
    return html_to_pdf(render_to_string("documents/operator_notice.html", notice_context(notice)))
