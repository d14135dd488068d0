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

# Version 2 (part of a released migration: never edit; add new constants instead).
# Per-day totals kept exact by triggers inside the same transaction as each write, so
# the progress screen reads one small row a day (or a day and routine) instead of
# scanning every entry and session of twenty years. They hold sums and counts only,
# and can always be recounted from the entries and sessions with these two queries.
RECOUNT_PAIN_DAYS = """
SELECT substr(recorded_at, 1, 10), count(*), sum(back_pain), sum(leg_pain),
       sum(reaches = 'back'), sum(reaches = 'buttock'), sum(reaches = 'thigh'),
       sum(reaches = 'below-knee'), sum(reaches = 'foot'),
       sum(flag_bladder_bowel + flag_saddle_numbness + flag_worsening_weakness
           + flag_both_legs > 0)
FROM entries GROUP BY 1
"""
# In the sums, "pain_before + pain_after - pain_after" is pain_before when both ratings
# are there and NULL (left out by sum) when either is missing.
RECOUNT_SESSION_DAYS = """
SELECT substr(started_at, 1, 10), routine_id, count(*), sum(outcome = 'completed'),
       sum(pain_before IS NOT NULL AND pain_after IS NOT NULL),
       coalesce(sum(pain_before + pain_after - pain_after), 0),
       coalesce(sum(pain_after + pain_before - pain_before), 0),
       coalesce(sum((pain_after - pain_before) * (pain_after - pain_before)), 0)
FROM sessions GROUP BY 1, 2
"""

# What one entry adds to its day's totals, and how it is taken away again.
_PAIN_DAY_ADD = """
    INSERT INTO pain_days VALUES (
        substr(NEW.recorded_at, 1, 10), 1, NEW.back_pain, NEW.leg_pain,
        NEW.reaches = 'back', NEW.reaches = 'buttock', NEW.reaches = 'thigh',
        NEW.reaches = 'below-knee', NEW.reaches = 'foot',
        NEW.flag_bladder_bowel + NEW.flag_saddle_numbness + NEW.flag_worsening_weakness
            + NEW.flag_both_legs > 0)
    ON CONFLICT (day) DO UPDATE SET
        entries = entries + 1,
        back_sum = back_sum + excluded.back_sum,
        leg_sum = leg_sum + excluded.leg_sum,
        reach_back = reach_back + excluded.reach_back,
        reach_buttock = reach_buttock + excluded.reach_buttock,
        reach_thigh = reach_thigh + excluded.reach_thigh,
        reach_below_knee = reach_below_knee + excluded.reach_below_knee,
        reach_foot = reach_foot + excluded.reach_foot,
        flagged = flagged + excluded.flagged;
"""
# The day's last entry removes its row (so a row always counts at least one entry).
_PAIN_DAY_REMOVE = """
    DELETE FROM pain_days WHERE day = substr(OLD.recorded_at, 1, 10) AND entries = 1;
    UPDATE pain_days SET
        entries = entries - 1,
        back_sum = back_sum - OLD.back_pain,
        leg_sum = leg_sum - OLD.leg_pain,
        reach_back = reach_back - (OLD.reaches = 'back'),
        reach_buttock = reach_buttock - (OLD.reaches = 'buttock'),
        reach_thigh = reach_thigh - (OLD.reaches = 'thigh'),
        reach_below_knee = reach_below_knee - (OLD.reaches = 'below-knee'),
        reach_foot = reach_foot - (OLD.reaches = 'foot'),
        flagged = flagged - (OLD.flag_bladder_bowel + OLD.flag_saddle_numbness
            + OLD.flag_worsening_weakness + OLD.flag_both_legs > 0)
    WHERE day = substr(OLD.recorded_at, 1, 10);
"""
_SESSION_DAY_ADD = """
    INSERT INTO session_days VALUES (
        substr(NEW.started_at, 1, 10), NEW.routine_id, 1, NEW.outcome = 'completed',
        NEW.pain_before IS NOT NULL AND NEW.pain_after IS NOT NULL,
        coalesce(NEW.pain_before + NEW.pain_after - NEW.pain_after, 0),
        coalesce(NEW.pain_after + NEW.pain_before - NEW.pain_before, 0),
        coalesce((NEW.pain_after - NEW.pain_before) * (NEW.pain_after - NEW.pain_before), 0))
    ON CONFLICT (day, routine_id) DO UPDATE SET
        sessions = sessions + 1,
        completed = completed + excluded.completed,
        rated = rated + excluded.rated,
        before_sum = before_sum + excluded.before_sum,
        after_sum = after_sum + excluded.after_sum,
        change_squares = change_squares + excluded.change_squares;
"""
_SESSION_DAY_REMOVE = """
    DELETE FROM session_days
    WHERE day = substr(OLD.started_at, 1, 10) AND routine_id = OLD.routine_id AND sessions = 1;
    UPDATE session_days SET
        sessions = sessions - 1,
        completed = completed - (OLD.outcome = 'completed'),
        rated = rated - (OLD.pain_before IS NOT NULL AND OLD.pain_after IS NOT NULL),
        before_sum = before_sum - coalesce(OLD.pain_before + OLD.pain_after - OLD.pain_after, 0),
        after_sum = after_sum - coalesce(OLD.pain_after + OLD.pain_before - OLD.pain_before, 0),
        change_squares = change_squares
            - coalesce((OLD.pain_after - OLD.pain_before) * (OLD.pain_after - OLD.pain_before), 0)
    WHERE day = substr(OLD.started_at, 1, 10) AND routine_id = OLD.routine_id;
"""

V2 = f"""
CREATE TABLE pain_days (
    day TEXT PRIMARY KEY NOT NULL,
    entries INTEGER NOT NULL CHECK (entries > 0),
    back_sum INTEGER NOT NULL,
    leg_sum INTEGER NOT NULL,
    reach_back INTEGER NOT NULL,
    reach_buttock INTEGER NOT NULL,
    reach_thigh INTEGER NOT NULL,
    reach_below_knee INTEGER NOT NULL,
    reach_foot INTEGER NOT NULL,
    flagged INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE session_days (
    day TEXT NOT NULL,
    routine_id TEXT NOT NULL,
    sessions INTEGER NOT NULL CHECK (sessions > 0),
    completed INTEGER NOT NULL,
    -- sessions rated both before and after, and the sums over those alone
    rated INTEGER NOT NULL,
    before_sum INTEGER NOT NULL,
    after_sum INTEGER NOT NULL,
    change_squares INTEGER NOT NULL,
    PRIMARY KEY (day, routine_id)
) WITHOUT ROWID;

INSERT INTO pain_days {RECOUNT_PAIN_DAYS};
INSERT INTO session_days {RECOUNT_SESSION_DAYS};

CREATE TRIGGER pain_days_add AFTER INSERT ON entries BEGIN {_PAIN_DAY_ADD} END;
CREATE TRIGGER pain_days_remove AFTER DELETE ON entries BEGIN {_PAIN_DAY_REMOVE} END;
-- The app replaces a row by delete and insert; an UPDATE made with another tool counts
-- as the same pair.
CREATE TRIGGER pain_days_change AFTER UPDATE ON entries BEGIN
    {_PAIN_DAY_REMOVE} {_PAIN_DAY_ADD}
END;
CREATE TRIGGER session_days_add AFTER INSERT ON sessions BEGIN {_SESSION_DAY_ADD} END;
CREATE TRIGGER session_days_remove AFTER DELETE ON sessions BEGIN {_SESSION_DAY_REMOVE} END;
CREATE TRIGGER session_days_change AFTER UPDATE ON sessions BEGIN
    {_SESSION_DAY_REMOVE} {_SESSION_DAY_ADD}
END;
"""

#: What version 2 adds, as (type, name) in sqlite_master; checked on every open.
TOTALS_OBJECTS = frozenset(
    {
        ("table", "pain_days"),
        ("table", "session_days"),
        *(
            ("trigger", f"{table}_{verb}")
            for table in ("pain_days", "session_days")
            for verb in ("add", "remove", "change")
        ),
    }
)

_DATE = "TEXT NOT NULL CHECK ({0} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"
_SCORE = "INTEGER CHECK ({0} IS NULL OR (typeof({0}) = 'integer' AND {0} BETWEEN 0 AND {1}))"

# Version 3 (released with the safety net, honest numbers and never-lose-an-entry work;
# never edit). Columns are added with defaults, so version-2 rows keep their meaning.
V3 = f"""
-- Warning signs that are not emergencies (see a doctor soon), as a sorted,
-- comma-separated list of sign ids (core/triage.py); '' when none.
ALTER TABLE entries ADD COLUMN warning_signs TEXT NOT NULL DEFAULT '';

-- The stop rule, asked after each routine: since starting, did the pain move further
-- down the leg, back towards the back, or neither? NULL when not asked or not answered.
ALTER TABLE sessions ADD COLUMN pain_moved TEXT
    CHECK (pain_moved IS NULL OR pain_moved IN ('further-down', 'towards-back', 'neither'));

-- A person confirms that a doctor or nurse has checked them since an emergency sign;
-- this lifts the emergency lock for signs recorded before confirmed_at.
CREATE TABLE clearances (
    id {_UUID.format("id")},
    confirmed_at {_TIME.format("confirmed_at")},
    confirmed_ms INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clearances_by_time ON clearances (confirmed_ms, id);

-- When this episode of sciatica began, as the person said it; the newest record counts.
CREATE TABLE episodes (
    id {_UUID.format("id")},
    began_on {_DATE.format("began_on")},
    recorded_at {_TIME.format("recorded_at")},
    recorded_ms INTEGER NOT NULL
);
CREATE INDEX episodes_by_time ON episodes (recorded_ms, id);

-- The weekly check: Sciatica Bothersomeness Index (four items, 0-6) and PEG (three
-- items, 0-10). Either part may be skipped (NULL).
CREATE TABLE weekly_checks (
    id {_UUID.format("id")},
    recorded_at {_TIME.format("recorded_at")},
    recorded_ms INTEGER NOT NULL,
    sbi_leg_pain {_SCORE.format("sbi_leg_pain", 6)},
    sbi_numbness_tingling {_SCORE.format("sbi_numbness_tingling", 6)},
    sbi_weakness {_SCORE.format("sbi_weakness", 6)},
    sbi_sitting {_SCORE.format("sbi_sitting", 6)},
    peg_pain {_SCORE.format("peg_pain", 10)},
    peg_enjoyment {_SCORE.format("peg_enjoyment", 10)},
    peg_activity {_SCORE.format("peg_activity", 10)}
);
CREATE INDEX weekly_checks_by_time ON weekly_checks (recorded_ms, id);

-- Rows the app cannot read (a value it does not know, text that is not UTF-8), moved
-- here by `journal check --repair`; never deleted. `row` is the row as JSON, with text
-- that is not UTF-8 given as hex.
CREATE TABLE quarantine (
    seq INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    row_id TEXT NOT NULL,
    row TEXT NOT NULL,
    problem TEXT NOT NULL,
    moved_at TEXT NOT NULL
);
"""

#: MIGRATIONS[n] takes the schema from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (V1, V2, V3)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every missing migration; return the versions reached.

    The version is read again inside ``BEGIN IMMEDIATE`` (which holds the write lock),
    so when several processes open a new or old journal at once, exactly one creates
    or migrates it and the others find it done. A journal already current only reads.
    """
    if user_version(conn) >= SCHEMA_VERSION:
        return []
    reached = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(user_version(conn), SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            reached.append(version + 1)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return reached


def missing_totals(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """The per-day totals' tables and triggers that a schema-2 file lacks (edited by hand)."""
    present = set(conn.execute("SELECT type, name FROM sqlite_master"))
    return set(TOTALS_OBJECTS - present)


def rebuild_totals(conn: sqlite3.Connection) -> None:
    """Drop whatever is left of the totals and create them anew from the entries and
    sessions, as migration 2 does (inside the caller's transaction)."""
    for kind, name in sorted(TOTALS_OBJECTS, reverse=True):  # triggers, then tables
        conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    for statement in _statements(V2):
        conn.execute(statement)


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
