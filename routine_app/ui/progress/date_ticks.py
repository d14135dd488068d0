"""Where to put the date labels under a chart: a few round dates (days, Mondays, firsts
of months, New Year's Days), as many as fit, in the current language. No Qt here, so it
is cheap to test.

Only the dates whose labels fit are built and measured, so a twenty-year axis costs no
more than a two-week one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from routine_app.i18n import format_date


class Unit(Enum):
    DAY = 1
    WEEK = 7
    MONTH = 30.44
    YEAR = 365.25


#: No date label is narrower than this (pixels), which bounds how many could fit.
MIN_LABEL_WIDTH = 20

#: Spacings tried, finest first.
STEPS: tuple[tuple[Unit, int], ...] = (
    (Unit.DAY, 1),
    (Unit.DAY, 2),
    (Unit.WEEK, 1),
    (Unit.WEEK, 2),
    (Unit.MONTH, 1),
    (Unit.MONTH, 2),
    (Unit.MONTH, 3),
    (Unit.MONTH, 6),
    (Unit.YEAR, 1),
    (Unit.YEAR, 2),
    (Unit.YEAR, 5),
    (Unit.YEAR, 10),
    (Unit.YEAR, 20),
    (Unit.YEAR, 50),
    (Unit.YEAR, 100),
)


def date_ticks(
    first: date,
    last: date,
    length: float,
    text_width: Callable[[str], float],
    gap: float = 16.0,
) -> list[tuple[date, str]]:
    """Labelled dates from *first* to *last* (inclusive) for an axis *length* pixels long:
    the finest round spacing whose labels (*text_width* of each, plus *gap*) all fit,
    with at least one label; the first day alone if none does."""
    span = (last - first).days + 1
    for unit, count in STEPS:
        if span / (unit.value * count) > length / MIN_LABEL_WIDTH + 1:
            continue  # clearly too many: do not build them
        ticks = _ticks(first, last, unit, count)
        if not ticks:
            continue
        widest = max(text_width(label) for _, label in ticks) + gap
        if len(ticks) == 1 or len(ticks) * widest <= length:
            return ticks
    return [(first, format_date(first, "axis_year"))]


def _ticks(first: date, last: date, unit: Unit, count: int) -> list[tuple[date, str]]:
    if unit is Unit.DAY or unit is Unit.WEEK:
        step = unit.value * count
        # Days on multiples of the step (weeks: Mondays, ordinal 1 is a Monday), so the
        # labels stay put when the range moves.
        start = first.toordinal() + (-(first.toordinal() - 1)) % step
        days = [date.fromordinal(o) for o in range(start, last.toordinal() + 1, step)]
        return [(d, format_date(d, "axis")) for d in days]
    if unit is Unit.MONTH:
        index = first.year * 12 + first.month - 1
        if first.day != 1:
            index += 1
        index += (-index) % count
        result: list[tuple[date, str]] = []
        while True:
            day = date(index // 12, index % 12 + 1, 1)
            if day > last:
                return result
            result.append((day, format_date(day, "month")))
            index += count
    year = first.year if (first.month, first.day) == (1, 1) else first.year + 1
    year += (-year) % count
    return [(date(y, 1, 1), str(y)) for y in range(year, last.year + 1, count)]
