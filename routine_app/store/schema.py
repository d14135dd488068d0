"""The journal's schema, versioned with ``PRAGMA user_version``, and its forward-only migrations.

Each migration takes the database from version N-1 to N inside one transaction.
Never edit a released migration: add a new one, and a frozen database file of
the previous version to ``tests/store/fixtures`` to test the step from it.
"""

from __future__ import annotations

import sqlite3

_PAIN = "INTEGER NOT NULL CHECK (typeof({0}) = 'integer' AND {0} BETWEEN 0 AND 10)"
_OPTIONAL_PAIN = "INTEGER CHECK ({0} IS NULL OR (typeof({0}) = 'integer' AND {0} BETWEEN 0 AND 10))"
_BOOL = "INTEGER NOT NULL DEFAULT 0 CHECK ({0} IN (0, 1))"
_TIME = (
    "TEXT NOT NULL CHECK ({0} GLOB "
    "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][-+]*')"
)
_UUID = "TEXT PRIMARY KEY NOT NULL CHECK (length({0}) = 36)"

V1 = f"""
CREATE TABLE entries (
    id {_UUID.format("id")},
    recorded_at {_TIME.format("recorded_at")},
    recorded_ms INTEGER NOT NULL,
    back_pain {_PAIN.format("back_pain")},
    leg_pain {_PAIN.format("leg_pain")},
    leg_side TEXT NOT NULL CHECK (leg_side IN ('left', 'right', 'both', 'none')),
    reaches TEXT NOT NULL
        CHECK (reaches IN ('back', 'buttock', 'thigh', 'below-knee', 'foot')),
    numbness {_BOOL.format("numbness")},
    tingling {_BOOL.format("tingling")},
    weakness {_BOOL.format("weakness")},
    flag_bladder_bowel {_BOOL.format("flag_bladder_bowel")},
    flag_saddle_numbness {_BOOL.format("flag_saddle_numbness")},
    flag_worsening_weakness {_BOOL.format("flag_worsening_weakness")},
    flag_both_legs {_BOOL.format("flag_both_legs")},
    medication TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entries_by_time ON entries (recorded_ms, id);
-- Per-day statistics group by each entry's own local date (the date part of its ISO time).
CREATE INDEX entries_by_day ON entries (substr(recorded_at, 1, 10));

CREATE TABLE sessions (
    id {_UUID.format("id")},
    routine_id TEXT NOT NULL CHECK (length(routine_id) > 0),
    started_at {_TIME.format("started_at")},
    started_ms INTEGER NOT NULL,
    ended_at TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'stopped', 'abandoned')),
    segments_done INTEGER NOT NULL CHECK (segments_done >= 0),
    segments_total INTEGER NOT NULL CHECK (segments_total >= segments_done),
    pain_before {_OPTIONAL_PAIN.format("pain_before")},
    pain_after {_OPTIONAL_PAIN.format("pain_after")}
);
CREATE INDEX sessions_by_time ON sessions (started_ms, id);
"""

#: MIGRATIONS[n] takes the schema from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every missing migration, each in its own transaction; return the versions reached."""
    reached = []
    for version in range(user_version(conn), SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        reached.append(version + 1)
    return reached


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in migration: {current.strip()[:60]}")
    return statements
