"""Reads for the clinician report beyond the per-day totals: symptoms, leg side and
medication per day, warning signs with their times, clearances and the episode start.
Read-only; a day is each record's own local date."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from routine_app.core.clinical import SymptomDay
from routine_app.core.journal import parse_time
from routine_app.store.figure_queries import window

_IN_RANGE = "recorded_ms BETWEEN ? AND ? AND substr(recorded_at, 1, 10) BETWEEN ? AND ?"


class ClinicalQueries:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def symptom_days(self, first: date, last: date) -> list[SymptomDay]:
        cursor = self._conn.execute(
            "SELECT substr(recorded_at, 1, 10) AS day, max(numbness), max(tingling), "
            "max(weakness), sum(leg_side = 'left'), sum(leg_side = 'right'), "
            "sum(leg_side = 'both'), "
            "group_concat(CASE WHEN medication != '' THEN medication END, char(10)) "
            f"FROM entries WHERE {_IN_RANGE} GROUP BY day ORDER BY day",
            window(first, last),
        )
        return [
            SymptomDay(
                date.fromisoformat(d),
                bool(n),
                bool(t),
                bool(w),
                left,
                right,
                both,
                tuple(med.split("\n")) if med else (),
            )
            for d, n, t, w, left, right, both, med in cursor
        ]

    def notes(self, first: date, last: date, limit: int) -> list[tuple[datetime, str]]:
        """The newest *limit* notes written in the period, newest first."""
        cursor = self._conn.execute(
            f"SELECT recorded_at, notes FROM entries WHERE {_IN_RANGE} AND notes != '' "
            "ORDER BY recorded_ms DESC LIMIT ?",
            (*window(first, last), limit),
        )
        return [(parse_time(t), text) for t, text in cursor]

    def warning_signs(self, first: date, last: date) -> list[tuple[datetime, list[str]]]:
        """Entries with warning signs (not emergencies): their time and sign ids."""
        cursor = self._conn.execute(
            f"SELECT recorded_at, warning_signs FROM entries WHERE {_IN_RANGE} "
            "AND warning_signs != '' ORDER BY recorded_ms",
            window(first, last),
        )
        return [(parse_time(t), [s for s in signs.split(",") if s]) for t, signs in cursor]

    def clearances(self, first: date, last: date) -> list[tuple[datetime, str]]:
        """When a doctor or nurse checked the person after an emergency sign, with notes."""
        cursor = self._conn.execute(
            "SELECT confirmed_at, note FROM clearances WHERE confirmed_ms BETWEEN ? AND ? "
            "AND substr(confirmed_at, 1, 10) BETWEEN ? AND ? ORDER BY confirmed_ms",
            window(first, last),
        )
        return [(parse_time(t), note) for t, note in cursor]

    def episode_began(self, last: date) -> date | None:
        """When this episode began, by the newest record made by *last*."""
        row = self._conn.execute(
            "SELECT began_on FROM episodes WHERE substr(recorded_at, 1, 10) <= ? "
            "ORDER BY recorded_ms DESC LIMIT 1",
            (last.isoformat(),),
        ).fetchone()
        return None if row is None else date.fromisoformat(row[0])
