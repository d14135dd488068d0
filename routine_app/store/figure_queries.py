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
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from routine_app.core.figures import SessionDay

#: The streak rule (docs/statistics.md): completed, or stopped after at least one step.
DONE = "(outcome = 'completed' OR (outcome = 'stopped' AND segments_done >= 1))"
#: The rated-session rule (docs/statistics.md): completed or stopped, rated before and after.
RATED = "outcome IN ('completed', 'stopped') AND pain_before IS NOT NULL AND pain_after IS NOT NULL"
_IN_RANGE = "started_ms BETWEEN ? AND ? AND substr(started_at, 1, 10) BETWEEN ? AND ?"
#: UTC offsets reach -12 h and +14 h, so a local day lies within these bounds in UTC.
_SLACK_MS = 15 * 3600 * 1000


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

    def done_days_back_from(self, day: date) -> Iterator[date]:
        """Days with a session that counts for the streak, newest first, from *day* back,
        read lazily (a streak reads only as far as its first gap)."""
        cursor = self._conn.execute(
            f"SELECT substr(started_at, 1, 10) FROM sessions WHERE started_ms <= ? AND {DONE} "
            "ORDER BY started_ms DESC",
            (_midnight_ms(day + timedelta(days=1)) + _SLACK_MS,),
        )
        previous = None
        for (text,) in cursor:
            if text != previous:
                previous = text
                yield date.fromisoformat(text)
