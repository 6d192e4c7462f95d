"""Accessible bar charts drawn on the server as SVG: a title, a description, no script."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

# Room for the longest label ("Report to the platform", "Removed after the warning") beside
# the bars, and for the figure after each bar, at the chart's natural width.
LABEL_WIDTH = 230
BAR_AREA_WIDTH = 300
VALUE_WIDTH = 110
ROW_HEIGHT = 28
BAR_HEIGHT = 18
# GOV.UK Frontend's blue and text colour: a contrast ratio above 4.5:1 on white (WCAG 2.2 AA).
BAR_COLOUR = "#1d70b8"
TEXT_COLOUR = "#0b0c0c"

_chart_ids = count(1)


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value, and the value as shown (suppressed when drawn as None)."""

    label: str
    value: int | None
    shown: str


def bar_chart(title: str, description: str, bars: list[Bar]) -> SafeString:
    """An SVG of horizontal bars, labelled for screen readers by its title and description.

    A suppressed bar (value None) is drawn with no length at all: a bar of any length would
    give away the figure that "fewer than 5" hides.
    """
    chart_id = f"chart-{next(_chart_ids)}"
    drawn = [bar.value for bar in bars if bar.value is not None]
    scale = max(drawn, default=0) or 1
    height = ROW_HEIGHT * max(len(bars), 1)
    width = LABEL_WIDTH + BAR_AREA_WIDTH + VALUE_WIDTH
    rows = []
    for index, bar in enumerate(bars):
        y = index * ROW_HEIGHT
        length = 0 if bar.value is None else round(BAR_AREA_WIDTH * bar.value / scale)
        rows.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
                '<text x="{}" y="{}" fill="{}">{}</text>',
                LABEL_WIDTH - 8,
                y + BAR_HEIGHT - 4,
                TEXT_COLOUR,
                bar.label,
                LABEL_WIDTH,
                y + 2,
                length,
                BAR_HEIGHT,
                BAR_COLOUR,
                LABEL_WIDTH + length + 6,
                y + BAR_HEIGHT - 4,
                TEXT_COLOUR,
                bar.shown,
            )
        )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="sg-chart" role="img" '
        'viewBox="0 0 {} {}" width="{}" height="{}" aria-labelledby="{}-title {}-desc" '
        'font-family="Arial, sans-serif" font-size="14">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        width,
        height,
        width,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        mark_safe("".join(rows)),  # noqa: S308 (each row was escaped by format_html)
    )


def describe(bars: list[Bar]) -> str:
    """The chart's figures in words, for its `<desc>`."""
    return "; ".join(f"{bar.label}: {bar.shown}" for bar in bars) + "."
