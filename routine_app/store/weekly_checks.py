"""The weekly SBI and PEG checks (table ``weekly_checks``, schema version 3): add, read a
period's, the latest, and merge imported ones (inside the import's transaction)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from routine_app.core.journal import format_time, parse_time, utc_millis
from routine_app.core.weekly_check import (
    COLUMNS,
    WeeklyCheck,
    validate_weekly_check,
)
from routine_app.store.journal import Journal

_FIELDS = ("id", "recorded_at", "recorded_ms", *COLUMNS)
_SELECT = f"SELECT id, recorded_at, {', '.join(COLUMNS)} FROM weekly_checks"
_INSERT = (
    f"INSERT OR IGNORE INTO weekly_checks ({', '.join(_FIELDS)}) "
    f"VALUES ({', '.join('?' for _ in _FIELDS)})"
)
#: JSON export keys (docs/journal-format.md)
JSON_KEYS = ("id", "recorded_at", *COLUMNS)


def _row(check: WeeklyCheck) -> tuple[Any, ...]:
    return (check.id, format_time(check.recorded_at), utc_millis(check.recorded_at), *check.values)


def _check(row: Sequence[Any]) -> WeeklyCheck:
    values = row[2:]
    return WeeklyCheck(
        row[0],
        parse_time(row[1]),
        (values[0], values[1], values[2], values[3]),
        (values[4], values[5], values[6]),
    )


def add(journal: Journal, check: WeeklyCheck) -> WeeklyCheck:
    """Validate and store one check; when this returns, it is on disk."""
    check = validate_weekly_check(check)
    with journal.transaction() as conn:
        conn.execute(_INSERT, _row(check))
    return check


def merge(conn: sqlite3.Connection, checks: Iterable[WeeklyCheck]) -> int:
    """Add the checks whose ids are new (inside the caller's transaction); how many."""
    return int(conn.executemany(_INSERT, [_row(validate_weekly_check(c)) for c in checks]).rowcount)


def between(
    journal: Journal, first: date | None = None, last: date | None = None
) -> list[WeeklyCheck]:
    """The checks recorded on *first*..*last* (own local dates), oldest first."""
    low = "0000-01-01" if first is None else first.isoformat()
    high = "9999-12-31" if last is None else last.isoformat()
    cursor = journal.connection.execute(
        f"{_SELECT} WHERE substr(recorded_at, 1, 10) BETWEEN ? AND ? ORDER BY recorded_ms, id",
        (low, high),
    )
    return [_check(row) for row in cursor]


def latest_day(journal: Journal) -> date | None:
    """The local date of the newest check, if any."""
    row = journal.connection.execute(
        "SELECT substr(recorded_at, 1, 10) FROM weekly_checks ORDER BY recorded_ms DESC LIMIT 1"
    ).fetchone()
    return None if row is None else date.fromisoformat(row[0])


def to_json(check: WeeklyCheck) -> dict[str, Any]:
    return {
        "id": check.id,
        "recorded_at": format_time(check.recorded_at),
        **dict(zip(COLUMNS, check.values, strict=True)),
    }


def from_json(record: dict[str, Any]) -> WeeklyCheck:
    values = [record[c] for c in COLUMNS]
    return validate_weekly_check(
        WeeklyCheck(
            record["id"],
            record["recorded_at"],
            (values[0], values[1], values[2], values[3]),
            (values[4], values[5], values[6]),
        )
    )
