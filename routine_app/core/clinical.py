"""What the clinician report adds to the progress figures: symptoms, which leg and how
far down it over time, medication by name and days, weekly or monthly rows. Plain
Python over small per-day aggregates the store reads (:mod:`routine_app.store.clinical`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from routine_app.core.journal import Reach
from routine_app.core.stats import DayPain
from routine_app.i18n import _, format_date, month_name

#: The report's table has at most this many rows (weeks, months, or groups of months).
MAX_ROWS = 16
_SPLIT = re.compile(r"[,;\n]+")


@dataclass(frozen=True, slots=True)
class SymptomDay:
    """One day's entries, summarised: any numbness, tingling or weakness; how many
    entries named each leg side; the medication texts written that day."""

    day: date
    numbness: bool
    tingling: bool
    weakness: bool
    left: int
    right: int
    both: int
    medication: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """A week (from its Monday) or a month (from its 1st) of the report's table."""

    start: date
    end: date
    days_logged: int
    back: float | None
    leg: float | None
    #: the mean of each day's furthest reach, 0 (back only) to 4 (foot)
    reach: float | None
    numbness_days: int
    tingling_days: int
    weakness_days: int

    @property
    def reach_label(self) -> str:
        return reach_label(self.reach)

    def label(self, weekly: bool) -> str:
        """``03 Nov`` (a week's Monday), ``Nov 2026``, or ``Jan-Mar 2026``."""
        if weekly:
            return format_date(self.start, "short")
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return format_date(self.start, "month")
        if self.start.year == self.end.year:
            return f"{month_name(self.start.month, short=True)}-{format_date(self.end, 'month')}"
        return f"{format_date(self.start, 'month')}-{format_date(self.end, 'month')}"


def reach_label(level: float | None) -> str:
    return _("n/a") if level is None else list(Reach)[round(level)].label


def medication_days(days: Sequence[SymptomDay]) -> list[tuple[str, int]]:
    """Each medication named (split at commas, semicolons and new lines, compared without
    regard to case) and on how many days, most days first."""
    names: dict[str, str] = {}
    counts: dict[str, set[date]] = {}
    for day in days:
        for text in day.medication:
            for part in _SPLIT.split(text):
                name = " ".join(part.split())
                if not name:
                    continue
                key = name.casefold()
                names.setdefault(key, name)
                counts.setdefault(key, set()).add(day.day)
    return sorted(((names[k], len(v)) for k, v in counts.items()), key=lambda x: (-x[1], x[0]))


def symptom_counts(days: Sequence[SymptomDay]) -> dict[str, int]:
    """Days with numbness, tingling or weakness; days each leg side was named."""
    return {
        "numbness": sum(d.numbness for d in days),
        "tingling": sum(d.tingling for d in days),
        "weakness": sum(d.weakness for d in days),
        "left": sum(1 for d in days if d.left),
        "right": sum(1 for d in days if d.right),
        "both": sum(1 for d in days if d.both),
    }


def period_starts(first: date, last: date) -> tuple[list[date], bool]:
    """The start of each row from *first* to *last*, and whether rows are weeks. Up to
    16 weeks a row is a week; beyond, a calendar month, or several months together so
    that there are at most 16 rows (a long journal still fits the report)."""
    weekly = (last - first).days + 1 <= 7 * MAX_ROWS
    starts = []
    if weekly:
        day = first - timedelta(days=first.weekday())
        while day <= last:
            starts.append(day)
            day += timedelta(days=7)
        return starts, True
    day = first.replace(day=1)
    while day <= last:
        starts.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    step = -(-len(starts) // MAX_ROWS)
    return starts[::step], False


def period_rows(
    pain: Sequence[DayPain], symptoms: Sequence[SymptomDay], first: date, last: date
) -> tuple[list[PeriodRow], bool]:
    """One row per week or month of *first*..*last* that has an entry, and whether the
    rows are weeks (else calendar months)."""
    starts, weekly = period_starts(first, last)
    rows = []
    for index, start in enumerate(starts):
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else last
        lo, hi = max(start, first), min(end, last)
        days = [d for d in pain if lo <= d.day <= hi]
        if not days:
            continue
        marks = [s for s in symptoms if lo <= s.day <= hi]
        rows.append(
            PeriodRow(
                start=lo,
                end=hi,
                days_logged=len(days),
                back=fmean(d.back for d in days),
                leg=fmean(d.leg for d in days),
                reach=fmean(d.reach for d in days),
                numbness_days=sum(s.numbness for s in marks),
                tingling_days=sum(s.tingling for s in marks),
                weakness_days=sum(s.weakness for s in marks),
            )
        )
    return rows, weekly
