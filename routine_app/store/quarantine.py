"""The quarantine: rows the app cannot read, moved aside inside the journal, never deleted."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from routine_app.core.journal import format_time
from routine_app.store import rows


def move_unreadable(conn: sqlite3.Connection) -> list[rows.RowProblem]:
    """Move every entry and session row that cannot be read into ``quarantine`` (as JSON,
    with what is wrong), inside the caller's transaction. Returns what was moved."""
    moved = []
    for table, fields, read in (
        (rows.ENTRIES.name, rows.ENTRIES.fields, rows.ENTRIES.read),
        (rows.SESSIONS.name, rows.SESSIONS.fields, rows.SESSIONS.read),
    ):
        cursor = conn.execute(f"SELECT rowid, {', '.join(fields)} FROM {table}")
        for rowid, *row in cursor.fetchall():
            try:
                read(row)
            except rows.UnreadableRowError as exc:
                conn.execute(
                    "INSERT INTO quarantine (source, row_id, row, problem, moved_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        table,
                        exc.problem.row_id,
                        rows.row_as_json(fields, row),
                        f"{exc.problem.field}: {exc.problem.message}",
                        format_time(datetime.now().astimezone()),
                    ),
                )
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
                moved.append(exc.problem)
    return moved


def held(conn: sqlite3.Connection) -> int:
    """How many rows the quarantine table holds."""
    return int(conn.execute("SELECT count(*) FROM quarantine").fetchone()[0])
