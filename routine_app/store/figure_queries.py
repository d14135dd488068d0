"""What :mod:`routine_app.core.figures` needs beyond the per-day totals: which sessions
count as done (the streak rule), the ratings of each rated session, and where the
journal's coverage of a range begins.

The per-day totals (:mod:`.totals`) sum ratings over every session, abandoned ones too,
and cannot give a median; these queries read the sessions themselves, through the
time index, one row per session in the range (a year of twice-daily routines is 730
short rows). A day is the session's own local date, as everywhere.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from routine_app.core.figures import RangeCounts, SessionDay

#: The streak rule (docs/statistics.md): completed, or stopped after at least one step.
DONE = "(outcome = 'completed' OR (outcome = 'stopped' AND segments_done >= 1))"
#: The rated-session rule (docs/statistics.md): completed or stopped, rated before and after.
RATED = "outcome IN ('completed', 'stopped') AND pain_before IS NOT NULL AND pain_after IS NOT NULL"
_IN_RANGE = "started_ms BETWEEN ? AND ? AND substr(started_at, 1, 10) BETWEEN ? AND ?"
#: UTC offsets reach -12 h and +14 h, so a local day lies within these bounds in UTC.
_SLACK_MS = 15 * 3600 * 1000
_SESSION_COUNTS = f"""
SELECT count(*), coalesce(sum({DONE}), 0),
       count(DISTINCT CASE WHEN {DONE} THEN substr(started_at, 1, 10) END)
FROM sessions WHERE {_IN_RANGE}
"""
#: Days back from :start while each has a session that counts (see FigureQueries.streak).
_DAY_START_MS = f"CAST((run.j - 2440587.5) * 86400000 AS INTEGER) - {_SLACK_MS}"
_DAY_END_MS = f"CAST((run.j - 2440586.5) * 86400000 AS INTEGER) + {_SLACK_MS}"
_STREAK = f"""
WITH RECURSIVE run(j, days) AS (
    SELECT julianday(:start), 0
    UNION ALL
    SELECT j - 1, days + 1 FROM run
    WHERE EXISTS (SELECT 1 FROM session_days WHERE day = date(run.j) AND completed > 0)
       OR EXISTS (
           SELECT 1 FROM sessions WHERE started_ms BETWEEN {_DAY_START_MS} AND {_DAY_END_MS}
           AND substr(started_at, 1, 10) = date(run.j) AND {DONE})
)
SELECT max(days) FROM run
"""
_PAIN_COUNTS = """
SELECT coalesce(sum(entries), 0), count(*) FROM pain_days WHERE day BETWEEN ? AND ?
"""


def _midnight_ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def window(first: date, last: date) -> tuple[int, int, str, str]:
    return (
        _midnight_ms(first) - _SLACK_MS,
        _midnight_ms(last + timedelta(days=1)) + _SLACK_MS,
        first.isoformat(),
        last.isoformat(),
    )


class FigureQueries:
    """Read-only queries on one open journal connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def session_days(self, first: date, last: date) -> list[SessionDay]:
        """Per day with a session: how many, and how many count as done. Read in index
        order and counted here (cheaper than SQLite's GROUP BY on an expression)."""
        cursor = self._conn.execute(
            f"SELECT substr(started_at, 1, 10), {DONE} FROM sessions "
            "WHERE started_ms BETWEEN ? AND ? ORDER BY started_ms",
            window(first, last)[:2],
        )
        low, high = first.isoformat(), last.isoformat()
        counts: dict[str, list[int]] = {}
        for day, done in cursor:
            if low <= day <= high:
                count = counts.setdefault(day, [0, 0])
                count[0] += 1
                count[1] += done
        return [
            SessionDay(date.fromisoformat(day), n, done)
            for day, (n, done) in sorted(counts.items())
        ]

    def counts(self, first: date, last: date) -> RangeCounts:
        """Entries and days logged, sessions, those done and days with one done, summed
        by SQLite: a long range costs no row per day or per session."""
        entries, days = self._conn.execute(
            _PAIN_COUNTS, (first.isoformat(), last.isoformat())
        ).fetchone()
        sessions, done, days_done = self._conn.execute(
            _SESSION_COUNTS, window(first, last)
        ).fetchone()
        return RangeCounts(int(entries), int(days), int(sessions), int(done), int(days_done))

    def rating_counts(self, first: date, last: date) -> dict[str, list[tuple[int, int, int]]]:
        """Per routine, (before, after, how many rated sessions): at most 121 rows each,
        however many sessions (core.figures.counted_routine_figures)."""
        cursor = self._conn.execute(
            f"SELECT routine_id, pain_before, pain_after, count(*) FROM sessions "
            f"WHERE {_IN_RANGE} AND {RATED} GROUP BY routine_id, pain_before, pain_after",
            window(first, last),
        )
        result: dict[str, list[tuple[int, int, int]]] = {}
        for routine_id, before, after, count in cursor:
            result.setdefault(routine_id, []).append((before, after, count))
        return result

    def ratings(self, first: date, last: date) -> dict[str, list[tuple[int, int]]]:
        """Per routine, (before, after) of each rated session, in time order."""
        cursor = self._conn.execute(
            f"SELECT routine_id, pain_before, pain_after FROM sessions "
            f"WHERE {_IN_RANGE} AND {RATED} ORDER BY started_ms, id",
            window(first, last),
        )
        result: dict[str, list[tuple[int, int]]] = {}
        for routine_id, before, after in cursor:
            result.setdefault(routine_id, []).append((before, after))
        return result

    def first_record(self, first: date, last: date) -> date | None:
        """The first day from *first* to *last* with an entry or a session."""
        bounds = (first.isoformat(), last.isoformat())
        row = self._conn.execute(
            "SELECT min(day) FROM (SELECT min(day) AS day FROM pain_days WHERE day BETWEEN ? "
            "AND ? UNION ALL SELECT min(day) FROM session_days WHERE day BETWEEN ? AND ?)",
            bounds + bounds,
        ).fetchone()
        return None if row[0] is None else date.fromisoformat(row[0])

    def streak(self, today: date) -> int:
        """The current streak (core.stats.current_streak's rule): consecutive days with
        a session that counts, ending *today*, or yesterday if none counts yet today.

        SQLite steps back a day at a time through the per-day totals (a day with a
        completed session), looking in the sessions only for a day without one (a
        session stopped after a step counts too): a long streak costs no row in Python.
        """
        for start in (today, today - timedelta(days=1)):
            (days,) = self._conn.execute(_STREAK, {"start": start.isoformat()}).fetchone()
            if days:
                return int(days)
        return 0
