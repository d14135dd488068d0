"""Every figure the app states about progress, computed once by the rules in
``docs/statistics.md``: the progress page, the journal's insights, the clinician PDF and
``routine-app progress --json`` all read them from :func:`compute`.

Plain Python, no Qt. The inputs are small aggregates the store reads (one row a day of
pain, one pair of ratings per rated session); nothing here touches the database.

The rules, in short (the document gives the reasons):

- a *rated session* is a completed or stopped session with pain before and after;
- it *improved* when after <= before - 2, or before >= 3 and after <= 0.7 x before;
  it was *worse* when after >= before + 2;
- a routine's verdict needs 6 rated sessions; worse in at least a third -> *worse*;
  improved in at least half -> *helps*; else *no clear change*;
- the pain trend compares the first and last 14 days of the covered part of the range
  (first record in the range to the range's end), only when that part is >= 28 days
  and pain was logged on at least 4 days in each of the two 14 days;
  a change of >= 2 points or >= 30 % of the first mean is *better* or *worse*;
- rates are over the covered days, never the calendar range alone;
- a streak counts days with a completed session, or a stopped one that ran a step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from math import fsum
from operator import attrgetter
from typing import Any

from routine_app.core.stats import MEANINGFUL_POINTS, MEANINGFUL_SHARE, DayPain
from routine_app.i18n import N_, _, format_date, format_decimal, ngettext

#: A session improved when pain fell by this many points...
IMPROVED_POINTS = 2
#: ... or, from at least IMPROVED_SHARE_FROM, to at most this share of pain before.
IMPROVED_AFTER_SHARE_TENTHS = 7
IMPROVED_SHARE_FROM = 3
#: A session was worse when pain rose by this many points.
WORSE_POINTS = 2
#: A routine is judged from this many rated sessions.
MIN_RATED = 6
#: The pain trend compares the first and last this many days of the covered part...
TREND_WINDOW_DAYS = 14
#: ... only when the covered part is at least this long (so the two never overlap)...
TREND_MIN_DAYS = 28
#: ... and pain was logged on at least this many days in each window: about twice a
#: week, the chart's 4 days for a 7-day mean, and no one day more than a quarter of a
#: window's mean (docs/statistics.md gives the reasons).
TREND_MIN_LOGGED_DAYS = 4
#: A trend change of at least this many points, or this share of the first mean, counts.
TREND_POINTS = MEANINGFUL_POINTS
TREND_SHARE = MEANINGFUL_SHARE
#: The rolling mean's window, and how many of its days must have data to draw it.
ROLLING_DAYS = 7
ROLLING_MIN_DAYS = 4
#: Chart lines are not drawn across more days without data than this.
MAX_GAP_DAYS = 3

_EPSILON = 1e-9

REGRESSION_NOTE = N_(
    "People tend to start a routine when pain is high, and high pain often eases a little "
    "on its own (regression to the mean), so part of any fall right after a routine may "
    "have come anyway."
)
ABOUT_RIGHT_AFTER = N_("These verdicts are about pain right after each routine, not over weeks.")
VERDICT_RULE = N_(
    "A session improved when pain fell by 2 points or more (or by {share} from 3 or more) "
    "and was worse when it rose by 2 or more; a verdict needs {count} rated sessions."
)


TREND_RULE = N_(
    "Trend rule: the mean of the daily means in the first 14 days of the part of the "
    "period the journal covers (from its first record) is compared with the mean of the "
    "last 14 days, only when that part is at least {days} days and pain was logged on at "
    "least {logged} days in each of the two; a change of at least 2 points or {share} of "
    "the first mean is better or worse, anything less no clear change."
)


def trend_rule() -> str:
    """The trend rule in the current language (on the progress page and in the PDF)."""
    return _(TREND_RULE).format(days=TREND_MIN_DAYS, logged=TREND_MIN_LOGGED_DAYS, share="30 %")


def verdicts_note() -> str:
    """What the per-routine verdicts mean and how far to trust them, in the current
    language (below the "does it help" table)."""
    rule = _(VERDICT_RULE).format(count=MIN_RATED, share="30 %")
    return f"{_(ABOUT_RIGHT_AFTER)} {rule} {_(REGRESSION_NOTE)}"


def _noun_forms() -> dict[str, Callable[[int], str]]:
    """Each counted noun's singular/plural pair, written out so gettext can extract it."""
    return {
        "day": lambda n: ngettext("{count} day", "{count} days", n),
        "week": lambda n: ngettext("{count} week", "{count} weeks", n),
        "entry": lambda n: ngettext("{count} entry", "{count} entries", n),
        "session": lambda n: ngettext("{count} session", "{count} sessions", n),
        "rated session": lambda n: ngettext("{count} rated session", "{count} rated sessions", n),
        "more session": lambda n: ngettext("{count} more session", "{count} more sessions", n),
        "routine": lambda n: ngettext("{count} routine", "{count} routines", n),
        "page": lambda n: ngettext("{count} page", "{count} pages", n),
        "weekly check": lambda n: ngettext("{count} weekly check", "{count} weekly checks", n),
        "doctor's check": lambda n: ngettext(
            "{count} doctor's check", "{count} doctor's checks", n
        ),
        "episode start": lambda n: ngettext("{count} episode start", "{count} episode starts", n),
        "record": lambda n: ngettext("{count} record", "{count} records", n),
    }


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 day``, ``2 days``, ``0 entries``: the number and the right form of the noun,
    in the current language (``ngettext``) for the nouns the app counts; any other
    noun gets the English rule."""
    forms = _noun_forms().get(singular) if plural_form is None else None
    if forms is not None:
        return forms(count).format(count=count)
    if count == 1:
        return f"{count} {singular}"
    if plural_form is None:
        consonant_y = singular.endswith("y") and not singular.endswith(("ay", "ey", "oy"))
        plural_form = singular[:-1] + "ies" if consonant_y else singular + "s"
    return f"{count} {plural_form}"


def points(value: float) -> str:
    """A signed change in points, ``-2.5 points``, ``+1 point``, ``0 points``."""
    text = format_decimal(value, sign=True).replace(format_decimal(0.0)[1:], "") if value else "0"
    return ngettext("{value} point", "{value} points", 1 if abs(value) == 1 else 2).format(
        value=text
    )


# --- sessions and routines ---------------------------------------------------------------


class Change(StrEnum):
    IMPROVED = "improved"
    WORSE = "worse"
    NEITHER = "neither"


def session_change(before: int, after: int) -> Change:
    """How one rated session's pain changed, by the rule above."""
    if after <= before - IMPROVED_POINTS or (
        before >= IMPROVED_SHARE_FROM and 10 * after <= IMPROVED_AFTER_SHARE_TENTHS * before
    ):
        return Change.IMPROVED
    if after >= before + WORSE_POINTS:
        return Change.WORSE
    return Change.NEITHER


class RoutineVerdict(StrEnum):
    NOT_ENOUGH_DATA = "not-enough-data"
    HELPS = "helps"
    NO_CLEAR_CHANGE = "no-clear-change"
    WORSE = "worse"


@dataclass(frozen=True, slots=True)
class RoutineFigures:
    """One routine's rated sessions in the range, and its verdict."""

    routine_id: str
    rated: int
    improved: int
    worse: int
    #: median of (after - before) over the rated sessions; None without any
    median_change: float | None
    mean_before: float | None
    mean_after: float | None
    verdict: RoutineVerdict

    @property
    def counts_text(self) -> str:
        """``improved in 7 of 10 sessions, worse in 1``."""
        return _("improved in {improved} of {sessions}, worse in {worse}").format(
            improved=self.improved, sessions=plural(self.rated, "session"), worse=self.worse
        )

    @property
    def median_text(self) -> str:
        return _("n/a") if self.median_change is None else points(self.median_change)

    @property
    def verdict_text(self) -> str:
        """The verdict in words, with what it rests on."""
        if self.verdict is RoutineVerdict.NOT_ENOUGH_DATA:
            needed = _("Not enough data yet: {rated} of {needed} rated sessions needed").format(
                rated=self.rated, needed=MIN_RATED
            )
            return needed + (f" ({self.counts_text})" if self.rated else "")
        heading = {
            RoutineVerdict.WORSE: _("Worse: review this routine with a clinician"),
            RoutineVerdict.HELPS: _("Helps"),
            RoutineVerdict.NO_CLEAR_CHANGE: _("No clear change"),
        }[self.verdict]
        return _("{heading}: {counts}; median change {median}").format(
            heading=heading, counts=self.counts_text, median=self.median_text
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "routine_id": self.routine_id,
            "rated_sessions": self.rated,
            "improved": self.improved,
            "worse": self.worse,
            "median_change": self.median_change,
            "mean_before": _round(self.mean_before),
            "mean_after": _round(self.mean_after),
            "verdict": self.verdict.value,
        }


def routine_verdict(rated: int, improved: int, worse: int) -> RoutineVerdict:
    if rated < MIN_RATED:
        return RoutineVerdict.NOT_ENOUGH_DATA
    if 3 * worse >= rated:
        return RoutineVerdict.WORSE
    if 2 * improved >= rated:
        return RoutineVerdict.HELPS
    return RoutineVerdict.NO_CLEAR_CHANGE


def routine_figures(routine_id: str, ratings: Sequence[tuple[int, int]]) -> RoutineFigures:
    """The figures of one routine from its rated sessions' (before, after) pairs."""
    counted = Counter(ratings)
    return counted_routine_figures(routine_id, [(b, a, n) for (b, a), n in counted.items()])


def counted_routine_figures(
    routine_id: str, counted: Iterable[tuple[int, int, int]]
) -> RoutineFigures:
    """The figures of one routine from (before, after, how many sessions) triples: the
    same as :func:`routine_figures` on the sessions themselves, but twenty years of
    rated sessions arrive as at most 121 rows (pain 0-10 before and after)."""
    rows = [row for row in counted if row[2] > 0]
    rated = sum(n for _, _, n in rows)
    if not rated:
        return RoutineFigures(routine_id, 0, 0, 0, None, None, None, routine_verdict(0, 0, 0))
    improved = sum(n for b, a, n in rows if session_change(b, a) is Change.IMPROVED)
    worse = sum(n for b, a, n in rows if session_change(b, a) is Change.WORSE)
    changes = sorted((a - b, n) for b, a, n in rows)

    def change_at(index: int) -> int:
        """The *index*-th (from 0) of every session's change, in order."""
        seen = 0
        for change, n in changes:
            seen += n
            if index < seen:
                return change
        raise IndexError(index)

    # As statistics.median: the middle one, or the mean of the two middle ones.
    low, high = change_at((rated - 1) // 2), change_at(rated // 2)
    return RoutineFigures(
        routine_id=routine_id,
        rated=rated,
        improved=improved,
        worse=worse,
        median_change=float(low) if low == high else (low + high) / 2,
        mean_before=sum(b * n for b, _, n in rows) / rated,
        mean_after=sum(a * n for _, a, n in rows) / rated,
        verdict=routine_verdict(rated, improved, worse),
    )


# --- pain trend ----------------------------------------------------------------------------


class TrendVerdict(StrEnum):
    NOT_ENOUGH_DATA = "not-enough-data"
    BETTER = "better"
    NO_CLEAR_CHANGE = "no-clear-change"
    WORSE = "worse"


@dataclass(frozen=True, slots=True)
class PainTrend:
    """Back or leg pain: the first and last 14 days of the covered part compared."""

    what: str  # "back" or "leg"
    verdict: TrendVerdict
    first_mean: float | None
    last_mean: float | None
    #: the two windows compared, (first day, last day) each; None when too short
    first_window: tuple[date, date] | None
    last_window: tuple[date, date] | None
    covered_days: int
    #: days with pain logged in each window (0 without windows)
    first_logged: int = 0
    last_logged: int = 0
    #: the range's length, and how many days the journal spans up to the range's end
    #: (at least the covered days): they say whether a longer range would show a trend
    range_days: int = 0
    journal_days: int = 0

    @property
    def change(self) -> float | None:
        if self.first_mean is None or self.last_mean is None:
            return None
        return self.last_mean - self.first_mean

    @property
    def text(self) -> str:
        label = _("Back pain") if self.what == "back" else _("Leg pain")
        first, final = self.first_window, self.last_window
        if (
            self.verdict is TrendVerdict.NOT_ENOUGH_DATA
            or first is None
            or final is None
            or self.first_mean is None
            or self.last_mean is None
        ):
            return self._not_enough_text(label)
        word = {
            TrendVerdict.BETTER: _("better"),
            TrendVerdict.WORSE: _("worse"),
            TrendVerdict.NO_CLEAR_CHANGE: _("no clear change"),
        }[self.verdict]
        (a, b), (c, d) = first, final
        return _(
            "{label}: {word}: {first} on average from {a} to {b}, {last} from {c} to {d}"
        ).format(
            label=label,
            word=word,
            first=format_decimal(self.first_mean),
            last=format_decimal(self.last_mean),
            a=format_date(a, "short"),
            b=format_date(b, "short"),
            c=format_date(c, "short"),
            d=format_date(d, "short"),
        )

    def _not_enough_text(self, label: str) -> str:
        """Why there is no trend, in words: too short a range, too young a journal, or
        too few days logged in one of the windows."""
        days = plural(self.covered_days, "day")
        if self.first_window is None and self.range_days < TREND_MIN_DAYS:
            if self.journal_days >= TREND_MIN_DAYS:
                text = _(
                    "{label}: not enough data for a trend: a trend compares the first and "
                    "last 14 days, so it needs {needed} days, more than this range of "
                    "{range} holds; choose a longer range (3 months or more)"
                )
            else:
                text = _(
                    "{label}: not enough data for a trend: the journal covers {days} of this "
                    "range; a trend needs {needed}, more than this range of {range} holds"
                )
        elif self.first_window is None:
            text = _(
                "{label}: not enough data for a trend: the journal covers {days} of this "
                "range; a trend needs {needed}"
            )
        else:
            text = _(
                "{label}: not enough data for a trend: pain was logged on {first} of the "
                "first 14 days covered and on {last} of the last 14; a trend needs at least "
                "{logged} in each"
            )
        return text.format(
            label=label,
            days=days,
            needed=TREND_MIN_DAYS,
            range=plural(self.range_days, "day"),
            first=plural(self.first_logged, "day"),
            last=plural(self.last_logged, "day"),
            logged=TREND_MIN_LOGGED_DAYS,
        )

    def to_json(self) -> dict[str, Any]:
        windows = self.first_window is not None
        return {
            "verdict": self.verdict.value,
            "first_mean": _round(self.first_mean),
            "last_mean": _round(self.last_mean),
            "first_window": _window_json(self.first_window),
            "last_window": _window_json(self.last_window),
            "first_days_logged": self.first_logged if windows else None,
            "last_days_logged": self.last_logged if windows else None,
        }


def trend_verdict(first_mean: float, last_mean: float) -> TrendVerdict:
    change = last_mean - first_mean
    size = abs(change)
    if size > _EPSILON and (
        size >= TREND_POINTS - _EPSILON or size >= TREND_SHARE * first_mean - _EPSILON
    ):
        return TrendVerdict.BETTER if change < 0 else TrendVerdict.WORSE
    return TrendVerdict.NO_CLEAR_CHANGE


def trend_windows(
    covered_first: date | None, last: date
) -> tuple[tuple[date, date], tuple[date, date]] | None:
    """The first and last 14 days of the covered part that a trend compares, or None
    when that part is too short for a trend (so a store need read only these days)."""
    covered = 0 if covered_first is None else (last - covered_first).days + 1
    if covered_first is None or covered < TREND_MIN_DAYS:
        return None
    span = timedelta(days=TREND_WINDOW_DAYS - 1)
    return (covered_first, covered_first + span), (last - span, last)


def pain_trend(
    days: Sequence[DayPain],
    covered_first: date | None,
    last: date,
    what: str,
    *,
    range_first: date | None = None,
    journal_first: date | None = None,
) -> PainTrend:
    """The trend of ``"back"`` or ``"leg"`` pain; *days* in date order, each day's mean
    (the days of the two windows at least, see :func:`trend_windows`). *range_first* (the
    range's first day) and *journal_first* (the journal's first record) only change the
    words of "not enough data"; without them the range and the journal are taken to be
    the covered part."""
    covered = 0 if covered_first is None else (last - covered_first).days + 1
    lengths = {
        "covered_days": covered,
        "range_days": covered if range_first is None else (last - range_first).days + 1,
        "journal_days": covered
        if journal_first is None
        else max(covered, (last - journal_first).days + 1),
    }
    windows = trend_windows(covered_first, last)
    if windows is None:
        return PainTrend(what, TrendVerdict.NOT_ENOUGH_DATA, None, None, None, None, **lengths)
    first_window, last_window = windows
    first_values = _values_between(days, first_window, what)
    last_values = _values_between(days, last_window, what)
    first_mean = _mean(first_values) if first_values else None
    last_mean = _mean(last_values) if last_values else None
    verdict = (
        trend_verdict(first_mean, last_mean)
        if first_mean is not None
        and last_mean is not None
        and min(len(first_values), len(last_values)) >= TREND_MIN_LOGGED_DAYS
        else TrendVerdict.NOT_ENOUGH_DATA
    )
    return PainTrend(
        what,
        verdict,
        first_mean,
        last_mean,
        first_window,
        last_window,
        first_logged=len(first_values),
        last_logged=len(last_values),
        **lengths,
    )


def _values_between(days: Sequence[DayPain], window: tuple[date, date], what: str) -> list[float]:
    """*what* on each day with pain logged in *window*."""
    return [getattr(d, what) for d in days if window[0] <= d.day <= window[1]]


def _mean(values: Sequence[float]) -> float:
    """What statistics.fmean gives (fsum over the count), without loading statistics."""
    return fsum(values) / len(values)


# --- lines for charts ------------------------------------------------------------------------


def rolling_mean(days: Sequence[DayPain], what: str) -> list[tuple[date, float]]:
    """The 7-day mean of the daily means, at each day with data whose 7 days (that day and
    the 6 before) hold data on at least 4 days; other days get no point."""
    result = []
    ordinals = [d.day.toordinal() for d in days]
    values = list(map(attrgetter(what), days))
    start = 0
    total = 0.0
    for end, value in enumerate(values):
        total += value
        while ordinals[start] <= ordinals[end] - ROLLING_DAYS:
            total -= values[start]
            start += 1
        count = end - start + 1
        if count >= ROLLING_MIN_DAYS:
            result.append((days[end].day, total / count))
    return result


def split_at_gaps(
    line: Sequence[tuple[date, float]], max_gap: int = MAX_GAP_DAYS
) -> list[list[tuple[date, float]]]:
    """The line cut into pieces wherever more than *max_gap* days without a point lie
    between two points, so no segment is drawn across a gap."""
    pieces: list[list[tuple[date, float]]] = []
    for point in line:
        if pieces and (point[0] - pieces[-1][-1][0]).days - 1 <= max_gap:
            pieces[-1].append(point)
        else:
            pieces.append([point])
    return pieces


# --- all figures of a range ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RangeCounts:
    """Sums over a whole range that a store can count itself, so that :func:`compute`
    needs no row per day: entries and days logged, sessions, those done (streak rule)
    and days with one done."""

    entries: int
    days_logged: int
    sessions: int
    sessions_done: int
    days_with_routine: int


@dataclass(frozen=True, slots=True)
class SessionDay:
    """One day's sessions for the rates: all of them, and those that count (streak rule)."""

    day: date
    sessions: int
    done: int


@dataclass(frozen=True, slots=True)
class Figures:
    """Everything stated about one range ending on *last* ("today")."""

    first: date
    last: date
    #: the first day with a record (entry or session) in the range; None if none
    covered_first: date | None
    entries: int
    days_logged: int
    sessions: int
    #: sessions completed, or stopped after at least one step
    sessions_done: int
    days_with_routine: int
    streak_days: int
    back: PainTrend
    leg: PainTrend
    routines: tuple[RoutineFigures, ...] = field(default_factory=tuple)

    @property
    def days_covered(self) -> int:
        return 0 if self.covered_first is None else (self.last - self.covered_first).days + 1

    @property
    def range_days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def sessions_per_week(self) -> float | None:
        return None if not self.days_covered else 7 * self.sessions_done / self.days_covered

    @property
    def routine_day_share(self) -> float | None:
        return None if not self.days_covered else self.days_with_routine / self.days_covered

    @property
    def empty(self) -> bool:
        return self.covered_first is None

    def trend(self, what: str) -> PainTrend:
        return self.back if what == "back" else self.leg

    def routine(self, routine_id: str) -> RoutineFigures | None:
        return next((r for r in self.routines if r.routine_id == routine_id), None)

    @property
    def covered_text(self) -> str:
        """Which days the rates are over, in words."""
        if self.covered_first is None:
            return _("No entries or sessions in this range.")
        if self.covered_first == self.first:
            return _("Over all {days} of the range ({first} to {last}).").format(
                days=plural(self.days_covered, "day"),
                first=format_date(self.first, "medium"),
                last=format_date(self.last, "medium"),
            )
        return _(
            "Over the {days} the journal covers in this range, from the first record on "
            "{first} to {last}."
        ).format(
            days=plural(self.days_covered, "day"),
            first=format_date(self.covered_first, "medium"),
            last=format_date(self.last, "medium"),
        )

    @property
    def adherence_text(self) -> str:
        """Routines done, per week and share of days, with the streak."""
        if self.covered_first is None:
            return _("No routines recorded in this range.")
        share = self.routine_day_share or 0.0
        per_week = self.sessions_per_week or 0.0
        other = self.sessions - self.sessions_done
        rest = (
            _(" ({sessions} abandoned or stopped before the first step)").format(
                sessions=plural(other, "more session")
            )
            if other
            else ""
        )
        return _(
            "{routines} done{rest}, {per_week} a week; a routine on {with_routine} of {days} "
            "({share} %). Days logged: {logged} of {covered}. Current streak: {streak}."
        ).format(
            routines=plural(self.sessions_done, "routine"),
            rest=rest,
            per_week=format_decimal(per_week),
            with_routine=self.days_with_routine,
            days=plural(self.days_covered, "day"),
            share=f"{100 * share:.0f}",
            logged=self.days_logged,
            covered=self.days_covered,
            streak=plural(self.streak_days, "day"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "range": {"first": self.first.isoformat(), "last": self.last.isoformat()},
            "covered_first": None if self.covered_first is None else self.covered_first.isoformat(),
            "days_covered": self.days_covered,
            "days_logged": self.days_logged,
            "entries": self.entries,
            "sessions": self.sessions,
            "sessions_done": self.sessions_done,
            "days_with_routine": self.days_with_routine,
            "sessions_per_week": _round(self.sessions_per_week, 2),
            "routine_day_share": _round(self.routine_day_share, 3),
            "streak_days": self.streak_days,
            "trend": {"back": self.back.to_json(), "leg": self.leg.to_json()},
            "routines": [r.to_json() for r in self.routines],
        }


def compute(
    *,
    first: date,
    last: date,
    days: Sequence[DayPain],
    session_days: Iterable[SessionDay] = (),
    ratings: Mapping[str, Sequence[tuple[int, int]]] | None = None,
    first_record: date | None,
    streak_days: int,
    journal_first: date | None = None,
    counts: RangeCounts | None = None,
    rating_counts: Mapping[str, Sequence[tuple[int, int, int]]] | None = None,
) -> Figures:
    """All figures of the range *first*..*last* from the store's aggregates: *days* (pain
    per day, in date order), *session_days* (sessions per day), *ratings* (per routine,
    the (before, after) of each rated session), the first day with a record in the range
    and the current streak; *journal_first*, the journal's first record, lets a trend's
    "not enough data" say whether a longer range would show one.

    A store with its own sums passes *counts* instead of *session_days* (then *days*
    need hold only the trend windows' days, see :func:`trend_windows`) and
    *rating_counts*, per routine (before, after, sessions), instead of *ratings*."""
    in_range = [d for d in days if first <= d.day <= last]
    covered_first = first_record if first_record is not None and first_record <= last else None
    if covered_first is not None:
        covered_first = max(covered_first, first)
    if counts is None:
        per_day = [s for s in session_days if first <= s.day <= last]
        counts = RangeCounts(
            entries=sum(d.entries for d in in_range),
            days_logged=len(in_range),
            sessions=sum(s.sessions for s in per_day),
            sessions_done=sum(s.done for s in per_day),
            days_with_routine=sum(1 for s in per_day if s.done),
        )
    if rating_counts is not None:
        routines = tuple(
            counted_routine_figures(rid, rating_counts[rid]) for rid in sorted(rating_counts)
        )
    else:
        rated = ratings or {}
        routines = tuple(routine_figures(rid, rated[rid]) for rid in sorted(rated))
    lengths = {"range_first": first, "journal_first": journal_first}
    return Figures(
        first=first,
        last=last,
        covered_first=covered_first,
        entries=counts.entries,
        days_logged=counts.days_logged,
        sessions=counts.sessions,
        sessions_done=counts.sessions_done,
        days_with_routine=counts.days_with_routine,
        streak_days=streak_days,
        back=pain_trend(in_range, covered_first, last, "back", **lengths),
        leg=pain_trend(in_range, covered_first, last, "leg", **lengths),
        routines=routines,
    )


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _window_json(window: tuple[date, date] | None) -> list[str] | None:
    return None if window is None else [window[0].isoformat(), window[1].isoformat()]
