"""Reading the per-day totals that triggers keep beside the journal (schema version 2).

Every figure on the progress screen and in the report starts here: per-day pain sums,
session counts per week and per day, and rating sums per routine. Each query reads
the small totals tables through their primary key, so a period of twenty years costs
one short row a day (7,300 rows) instead of every entry and session in it. A day is the
entry's or session's own local date, the date part of its stored ISO time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from routine_app.core.stats import DayPain, PeriodSessions, RoutineSums
from routine_app.store.schema import (
    RECOUNT_PAIN_DAYS,
    RECOUNT_SESSION_DAYS,
    missing_totals,
    user_version,
)

_FAR_PAST = "0000-01-01"
_FAR_FUTURE = "9999-12-31"
#: julianday() of a date, minus this, is Python's date.toordinal() (day 1 is a Monday).
_ORDINAL_OFFSET = 1721424.5

#: A day's furthest reach, 0 (back only) to 4 (foot).
_REACH = """CASE WHEN reach_foot THEN 4 WHEN reach_below_knee THEN 3 WHEN reach_thigh THEN 2
            WHEN reach_buttock THEN 1 ELSE 0 END"""
#: The day as date.toordinal(): a number, not text to decode and parse.
_ORDINAL = f"CAST(julianday(day) - {_ORDINAL_OFFSET} AS INTEGER)"
_DAILY_PAIN = f"""
SELECT {_ORDINAL}, back_sum * 1.0 / entries, leg_sum * 1.0 / entries, entries, {_REACH},
       flagged > 0
FROM pain_days WHERE day BETWEEN ? AND ? ORDER BY day
"""
#: core.stats.downsample done by SQLite: per bucket of :size days from day :origin, the
#: entry-weighted means, the mean of the days' furthest reach and any red flag.
_BUCKETS = f"""
SELECT :origin + bucket * :size, back / entries, leg / entries, entries, reach, flagged
FROM (
    SELECT ({_ORDINAL} - :origin) / :size AS bucket, sum(back_sum) * 1.0 AS back,
           sum(leg_sum) * 1.0 AS leg, sum(entries) AS entries, avg({_REACH}) AS reach,
           max(flagged > 0) AS flagged
    FROM pain_days WHERE day BETWEEN :first AND :last GROUP BY bucket
) ORDER BY bucket
"""
#: Three reads of the day key (a count, and the first and last through the index).
_PAIN_SPAN = """
SELECT (SELECT count(*) FROM pain_days WHERE day BETWEEN :first AND :last),
       (SELECT min(day) FROM pain_days WHERE day BETWEEN :first AND :last),
       (SELECT max(day) FROM pain_days WHERE day BETWEEN :first AND :last)
"""
_FLAGGED = f"""
SELECT {_ORDINAL} FROM pain_days WHERE day BETWEEN ? AND ? AND flagged > 0 ORDER BY day
"""
_WEEKLY = f"""
SELECT ordinal - (ordinal - 1) % 7 AS monday, sum(completed), sum(sessions) - sum(completed)
FROM (
    SELECT CAST(julianday(day) - {_ORDINAL_OFFSET} AS INTEGER) AS ordinal, completed, sessions
    FROM session_days WHERE day BETWEEN ? AND ?
)
GROUP BY monday ORDER BY monday
"""
_MONTHLY = """
SELECT substr(day, 1, 7) AS month, sum(completed), sum(sessions) - sum(completed)
FROM session_days WHERE day BETWEEN ? AND ? GROUP BY month ORDER BY month
"""
_PER_DAY = """
SELECT day, sum(sessions) FROM session_days WHERE day BETWEEN ? AND ? GROUP BY day
"""
_COUNTS = """
SELECT coalesce(sum(sessions), 0), coalesce(sum(completed), 0), count(DISTINCT day)
FROM session_days WHERE day BETWEEN ? AND ?
"""
_ROUTINES = """
SELECT routine_id, sum(rated), sum(before_sum), sum(after_sum), sum(change_squares)
FROM session_days WHERE day BETWEEN ? AND ? GROUP BY routine_id HAVING sum(rated) > 0
"""


def _bounds(first: date | None, last: date | None) -> tuple[str, str]:
    return (
        _FAR_PAST if first is None else first.isoformat(),
        _FAR_FUTURE if last is None else last.isoformat(),
    )


class Totals:
    """Read-only access to the totals of one open journal connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def daily_pain(self, first: date | None = None, last: date | None = None) -> list[DayPain]:
        """Per-day means, entry count, furthest reach and red flags, *first* to *last*."""
        cursor = self._conn.execute(_DAILY_PAIN, _bounds(first, last))
        day = date.fromordinal
        return [DayPain(day(d), b, g, n, r, f > 0) for d, b, g, n, r, f in cursor]

    def pain_span(self, first: date, last: date) -> tuple[int, date | None, date | None]:
        """How many days from *first* to *last* have entries, and the first and last."""
        bounds = {"first": first.isoformat(), "last": last.isoformat()}
        count, low, high = self._conn.execute(_PAIN_SPAN, bounds).fetchone()
        if not count:
            return 0, None, None
        return int(count), date.fromisoformat(low), date.fromisoformat(high)

    def pain_buckets(self, first: date, last: date, origin: date, size: int) -> list[DayPain]:
        """The days from *first* to *last* in buckets of *size* days counted from
        *origin*: what core.stats.downsample makes of them, summed by SQLite (twenty
        years arrive as 150 rows, not 7,300)."""
        cursor = self._conn.execute(
            _BUCKETS,
            {
                "origin": origin.toordinal(),
                "size": size,
                "first": first.isoformat(),
                "last": last.isoformat(),
            },
        )
        day = date.fromordinal
        return [DayPain(day(d), b, g, n, r, f > 0) for d, b, g, n, r, f in cursor]

    def flagged_days(self, first: date, last: date) -> list[date]:
        """The days with an entry that reported red flags."""
        cursor = self._conn.execute(_FLAGGED, _bounds(first, last))
        return [date.fromordinal(d) for (d,) in cursor]

    def weekly_sessions(
        self, first: date | None = None, last: date | None = None
    ) -> list[PeriodSessions]:
        """Sessions per week (by the Monday it starts on), completed and not."""
        cursor = self._conn.execute(_WEEKLY, _bounds(first, last))
        return [PeriodSessions(date.fromordinal(m), c, n) for m, c, n in cursor]

    def monthly_sessions(
        self, first: date | None = None, last: date | None = None
    ) -> list[PeriodSessions]:
        """Sessions per calendar month (each session counted in its own day's month)."""
        cursor = self._conn.execute(_MONTHLY, _bounds(first, last))
        return [PeriodSessions(date.fromisoformat(f"{m}-01"), c, n) for m, c, n in cursor]

    def sessions_per_day(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, int]:
        cursor = self._conn.execute(_PER_DAY, _bounds(first, last))
        return {date.fromisoformat(day): count for day, count in cursor}

    def session_counts(
        self, first: date | None = None, last: date | None = None
    ) -> tuple[int, int, int]:
        """How many sessions, how many of them completed, and on how many days."""
        sessions, completed, days = self._conn.execute(_COUNTS, _bounds(first, last)).fetchone()
        return int(sessions), int(completed), int(days)

    def routine_sums(
        self, first: date | None = None, last: date | None = None
    ) -> list[RoutineSums]:
        """Per routine, the sessions rated before and after, and their sums."""
        cursor = self._conn.execute(_ROUTINES, _bounds(first, last))
        return [RoutineSums(*row) for row in cursor]

    def session_days_back_from(self, day: date) -> Iterator[date]:
        """Days with a session, newest first, from *day* back (read lazily, so counting a
        streak reads only as far as its first gap)."""
        cursor = self._conn.execute(
            "SELECT DISTINCT day FROM session_days WHERE day <= ? ORDER BY day DESC",
            (day.isoformat(),),
        )
        return (date.fromisoformat(row[0]) for row in cursor)

    def disagreements(self) -> list[str]:
        """Where the kept totals differ from a fresh count of the entries and sessions
        (empty when they agree, which the triggers guarantee unless the file was edited
        with triggers bypassed)."""
        problems = []
        for table, recount in (
            ("pain_days", RECOUNT_PAIN_DAYS),
            ("session_days", RECOUNT_SESSION_DAYS),
        ):
            row = self._conn.execute(
                f"SELECT (SELECT count(*) FROM (SELECT * FROM {table} EXCEPT {recount})), "
                f"(SELECT count(*) FROM ({recount} EXCEPT SELECT * FROM {table}))"
            ).fetchone()
            if row != (0, 0):
                problems.append(
                    f"{table}: {row[0]} stored rows and {row[1]} recounted rows disagree"
                )
        return problems


def check_totals(path: Path) -> list[str]:
    """Compare the totals in the journal file at *path* with a recount, read-only."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        if user_version(conn) < 2:
            return []  # the totals are made when the app next opens it
        missing = missing_totals(conn)
        if missing:
            names = ", ".join(name for _, name in sorted(missing))
            return [f"missing {names} (rebuilt when the journal is next opened)"]
        return Totals(conn).disagreements()
    finally:
        conn.close()


def recount(conn: sqlite3.Connection) -> None:
    """Rebuild the totals from the entries and sessions (inside the caller's transaction)."""
    conn.execute("DELETE FROM pain_days")
    conn.execute(f"INSERT INTO pain_days {RECOUNT_PAIN_DAYS}")
    conn.execute("DELETE FROM session_days")
    conn.execute(f"INSERT INTO session_days {RECOUNT_SESSION_DAYS}")
