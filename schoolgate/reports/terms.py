"""School terms as the governors' report counts them: autumn, spring and summer."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import StrEnum


class Season(StrEnum):
    AUTUMN = "autumn"
    SPRING = "spring"
    SUMMER = "summer"


# Each term as (first month, first day, last month, last day). The report covers whole calendar
# spans rather than each school's own term dates, so every school's reports fit together and no
# incident falls between two terms: autumn from the start of the school year to Christmas, spring
# to the end of March (Easter moves; the report does not), summer to the end of the school year.
TERM_SPANS: dict[Season, tuple[int, int, int, int]] = {
    Season.AUTUMN: (9, 1, 12, 31),
    Season.SPRING: (1, 1, 3, 31),
    Season.SUMMER: (4, 1, 8, 31),
}
TERM_PATTERN = re.compile(r"^(?P<year>\d{4})-(?P<season>autumn|spring|summer)$")


@dataclass(frozen=True, order=True)
class Term:
    """One term of one calendar year, written `2026-autumn`."""

    year: int
    season: Season

    @classmethod
    def parse(cls, text: str) -> Term:
        match = TERM_PATTERN.match(text.strip().lower())
        if match is None:
            raise ValueError(
                f"{text!r} is not a term; write it as YYYY-autumn, YYYY-spring or YYYY-summer."
            )
        return cls(int(match["year"]), Season(match["season"]))

    @classmethod
    def containing(cls, day: datetime.date) -> Term:
        for season, (first_month, _, last_month, _) in TERM_SPANS.items():
            if first_month <= day.month <= last_month:
                return cls(day.year, season)
        raise AssertionError("the terms cover every month")  # pragma: no cover

    @classmethod
    def last_finished(cls, today: datetime.date) -> Term:
        """The latest term that ended before `today`."""
        return cls.containing(today).previous()

    @property
    def key(self) -> str:
        return f"{self.year}-{self.season.value}"

    @property
    def first_day(self) -> datetime.date:
        first_month, first_day, _, _ = TERM_SPANS[self.season]
        return datetime.date(self.year, first_month, first_day)

    @property
    def last_day(self) -> datetime.date:
        _, _, last_month, last_day = TERM_SPANS[self.season]
        return datetime.date(self.year, last_month, last_day)

    @property
    def title(self) -> str:
        return f"{self.season.value.capitalize()} term {self.year}"

    def previous(self) -> Term:
        return Term.containing(self.first_day - datetime.timedelta(days=1))

    def __str__(self) -> str:
        return self.key
