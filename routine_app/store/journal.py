"""The pain journal database: one SQLite file in the data folder that never loses an entry.

Durability: WAL mode with ``synchronous=FULL`` and one ``BEGIN IMMEDIATE``
transaction per user action, so a write that returned has reached the disk and
survives a crash or kill at any moment (tested by killing a writer subprocess).
Opening runs a quick integrity check; a damaged file is moved aside, never
overwritten, and the latest good backup is restored (see :mod:`.recovery`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from routine_app.core.journal import (
    Entry,
    JournalValueError,
    Session,
    format_time,
    utc_millis,
    validate_entry,
    validate_session,
)
from routine_app.store import rows
from routine_app.store.files import PRIVATE_FILE_MODE, DataDirError, ensure_private_dir
from routine_app.store.recovery import (
    Backups,
    check_file,
    move_aside,
    private_copy,
    recover_if_damaged,
)
from routine_app.store.schema import (
    SCHEMA_VERSION,
    migrate,
    missing_totals,
    rebuild_totals,
    user_version,
)
from routine_app.store.totals import Totals, recount

JOURNAL_FILE = "journal.sqlite3"


class JournalError(Exception):
    """A journal problem caused by the environment (disk full, file locked, newer app).

    The message is written for the user; nothing was changed on disk.
    """


class JournalTooNewError(JournalError):
    """The journal was written by a newer version of the app; it is left untouched."""


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What happened while opening: messages the user must see, and files involved."""

    notices: tuple[str, ...] = ()
    moved_aside: Path | None = None
    restored_from: Path | None = None
    backup_made: Path | None = None


def create_private_file(path: Path) -> None:
    """Create *path* empty with mode 0600 unless it exists."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def connect(path: Path) -> sqlite3.Connection:
    """A durable read-write connection: WAL, synchronous=FULL, explicit transactions."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _stored_version(path: Path) -> int:
    """The schema version of the file at *path*, read without changing it."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return user_version(conn)
    finally:
        conn.close()


class Journal:
    """The journal database. Every write is one transaction; reads never write."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def open(
        cls, data_dir: Path, *, today: date | None = None, backup: bool = True
    ) -> tuple[Journal, OpenReport]:
        """Open (or create) the journal in *data_dir*; repair from backup if it is damaged.

        With *backup* False the day's backup is left to the caller (the window makes it
        after it is shown, on a thread: :mod:`routine_app.ui.daily_backup`).

        Raises :class:`JournalTooNewError` for a journal from a newer app version and
        :class:`JournalError` when the file cannot be used at all.
        """
        path = data_dir / JOURNAL_FILE
        backups = Backups(data_dir)
        try:
            ensure_private_dir(data_dir)
            recovery = recover_if_damaged(path, backups)
            stored = _stored_version(path) if path.exists() else 0
            if stored > SCHEMA_VERSION:
                raise JournalTooNewError(
                    f"Your journal ({path}) was saved by a newer version of Sciatica Routines "
                    f"(schema {stored}; this version knows up to "
                    f"{SCHEMA_VERSION}). It has not been changed. Update the app to open it."
                )
            create_private_file(path)
            conn = connect(path)
            old_version = user_version(conn)
            if 0 < old_version < SCHEMA_VERSION:
                backups.save_before_migration(conn, old_version)
            migrate(conn)
            journal = cls(conn, path)
            notices = recovery.notices + journal._restore_totals()
            made = backups.save_daily(conn, today or date.today()) if backup else None
        except (sqlite3.Error, OSError, DataDirError) as exc:
            raise JournalError(f"cannot open the journal {path}: {exc}") from exc
        report = OpenReport(notices, recovery.moved_aside, recovery.restored_from, made)
        return journal, report

    def _restore_totals(self) -> tuple[str, ...]:
        """Rebuild the per-day totals if any of their tables or triggers is missing."""
        if not missing_totals(self._conn):
            return ()
        with self._transaction() as conn:
            rebuild_totals(conn)
        return (
            "Part of your journal's summary tables was missing (was the file edited with "
            "another program?). They were rebuilt from your entries; nothing was lost.",
        )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction; translate SQLite's errors into ones for people."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise JournalError(_explain(exc)) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            self._conn.execute("ROLLBACK")
            raise JournalValueError(f"the journal refused an invalid value ({exc})") from exc
        except sqlite3.OperationalError as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise JournalError(_explain(exc)) from exc
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def add_entry(self, entry: Entry) -> Entry:
        """Validate and store a new entry; when this returns, it is on disk."""
        entry = validate_entry(entry)
        with self._transaction() as conn:
            conn.execute(rows.INSERT_ENTRY, rows.entry_to_row(entry))
        return entry

    def update_entry(self, entry: Entry) -> Entry:
        """Replace the stored entry with the same id; raises KeyError if there is none."""
        entry = validate_entry(entry)
        with self._transaction() as conn:
            if conn.execute("DELETE FROM entries WHERE id = ?", (entry.id,)).rowcount != 1:
                raise KeyError(entry.id)
            conn.execute(rows.INSERT_ENTRY, rows.entry_to_row(entry))
        return entry

    def delete_entry(self, entry_id: str) -> Entry:
        """Delete an entry and return it, so the caller can offer to undo."""
        with self._transaction() as conn:
            entry = self._entry(conn, entry_id)
            conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        return entry

    def start_session(self, session: Session) -> Session:
        session = validate_session(session)
        with self._transaction() as conn:
            conn.execute(rows.INSERT_SESSION, rows.session_to_row(session))
        return session

    def update_session(self, session: Session) -> Session:
        session = validate_session(session)
        with self._transaction() as conn:
            if conn.execute("DELETE FROM sessions WHERE id = ?", (session.id,)).rowcount != 1:
                raise KeyError(session.id)
            conn.execute(rows.INSERT_SESSION, rows.session_to_row(session))
        return session

    def delete_session(self, session_id: str) -> Session:
        with self._transaction() as conn:
            session = self._session(conn, session_id)
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return session

    def merge(self, entries: Sequence[Entry], sessions: Sequence[Session]) -> tuple[int, int]:
        """Add the entries and sessions whose ids are new, all in one transaction.

        Returns how many entries and sessions were added; records whose id is
        already stored are left as they are, so merging twice changes nothing.
        """
        checked_entries = [validate_entry(e) for e in entries]
        checked_sessions = [validate_session(s) for s in sessions]
        with self._transaction() as conn:
            # rowcount leaves out the rows the totals triggers change; total_changes would not.
            added_entries = conn.executemany(
                rows.INSERT_ENTRY_IF_NEW, map(rows.entry_to_row, checked_entries)
            ).rowcount
            added_sessions = conn.executemany(
                rows.INSERT_SESSION_IF_NEW, map(rows.session_to_row, checked_sessions)
            ).rowcount
        return added_entries, added_sessions

    # --- reading ----------------------------------------------------------------------

    def _entry(self, conn: sqlite3.Connection, entry_id: str) -> Entry:
        row = conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return rows.entry_from_row(row)

    def _session(self, conn: sqlite3.Connection, session_id: str) -> Session:
        row = conn.execute(
            f"SELECT {rows.SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise KeyError(session_id)
        return rows.session_from_row(row)

    def entry(self, entry_id: str) -> Entry:
        return self._entry(self._conn, entry_id)

    def session(self, session_id: str) -> Session:
        return self._session(self._conn, session_id)

    def entries(self, *, newest_first: bool = False) -> Iterator[Entry]:
        order = "DESC" if newest_first else "ASC"
        cursor = self._conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries ORDER BY recorded_ms {order}, id {order}"
        )
        return map(rows.entry_from_row, cursor)

    def sessions(self, *, newest_first: bool = False) -> Iterator[Session]:
        order = "DESC" if newest_first else "ASC"
        cursor = self._conn.execute(
            f"SELECT {rows.SESSION_COLUMNS} FROM sessions ORDER BY started_ms {order}, id {order}"
        )
        return map(rows.session_from_row, cursor)

    def recent_entries(self, limit: int) -> list[Entry]:
        cursor = self._conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries ORDER BY recorded_ms DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [rows.entry_from_row(r) for r in cursor]

    def recent_sessions(self, limit: int) -> list[Session]:
        cursor = self._conn.execute(
            f"SELECT {rows.SESSION_COLUMNS} FROM sessions "
            "ORDER BY started_ms DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [rows.session_from_row(r) for r in cursor]

    def counts(self) -> tuple[int, int]:
        """How many entries and sessions the journal holds."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM sessions)"
        ).fetchone()
        return int(row[0]), int(row[1])

    def timeline(self, limit: int, before: tuple[int, str] | None = None) -> list[Entry | Session]:
        """Entries and sessions together, newest first, *limit* at a time.

        Pass the ``(utc_ms, id)`` key of the last item of a page as *before* to get
        the next page (keyset paging: each page costs the same however deep it is).
        """
        key = before or (2**62, "")
        cursor = self._conn.execute(rows.TIMELINE_PAGE, (*key, limit, *key, limit, limit))
        return [rows.timeline_item(row) for row in cursor]

    @property
    def totals(self) -> Totals:
        """Per-day totals for the progress screen and the report (see :mod:`.totals`)."""
        return Totals(self._conn)

    def recount_totals(self) -> None:
        """Rebuild the per-day totals from the entries and sessions, in one transaction."""
        with self._transaction() as conn:
            recount(conn)

    def entries_on(self, day: date) -> list[Entry]:
        """The entries of one day (own local date), in time order."""
        low, high = _ms_window(day, day)
        cursor = self._conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries WHERE recorded_ms BETWEEN ? AND ? "
            "AND substr(recorded_at, 1, 10) = ? ORDER BY recorded_ms",
            (low, high, day.isoformat()),
        )
        return [rows.entry_from_row(r) for r in cursor]

    def red_flag_entries(self, days: Sequence[date]) -> list[Entry]:
        """Entries with emergency symptoms on *days* (own local dates), in time order.

        One query through the per-day index; nothing is read when *days* is empty.
        """
        if not days:
            return []
        marks = ", ".join("?" for _ in days)
        flags = " OR ".join(rows.FLAG_COLUMNS.values())
        cursor = self._conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries WHERE substr(recorded_at, 1, 10) "
            f"IN ({marks}) AND ({flags}) ORDER BY recorded_ms",
            [d.isoformat() for d in days],
        )
        return [rows.entry_from_row(r) for r in cursor]

    def notes_between(self, first: date, last: date, limit: int) -> list[Entry]:
        """The newest *limit* entries with a note or medication in the period."""
        low, high = _ms_window(first, last)
        cursor = self._conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries WHERE recorded_ms BETWEEN ? AND ? "
            "AND substr(recorded_at, 1, 10) BETWEEN ? AND ? AND (notes != '' OR medication != '') "
            "ORDER BY recorded_ms DESC LIMIT ?",
            (low, high, first.isoformat(), last.isoformat(), limit),
        )
        return [rows.entry_from_row(r) for r in cursor]

    def first_day(self) -> date | None:
        """The first local day with an entry or a session."""
        row = self._conn.execute(
            "SELECT min(day) FROM (SELECT min(day) AS day FROM pain_days "
            "UNION ALL SELECT min(day) FROM session_days)"
        ).fetchone()
        return None if row[0] is None else date.fromisoformat(row[0])

    def backup_now(self) -> Path:
        """A backup the user asked for, kept until they delete it."""
        return Backups(self.path.parent).save_now(self._conn, datetime.now())

    def restore(self, backup: Path) -> Path:
        """Replace the journal with *backup*; the current file is kept aside, not deleted.

        Returns where the current journal was kept. Raises :class:`JournalError` if the
        backup is damaged (nothing changes then).
        """
        problem = check_file(backup)
        if problem is not None:
            raise JournalError(
                f"the backup {backup.name} is damaged ({problem}); nothing was changed"
            )
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        kept = move_aside(self.path, "before-restore")
        source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            private_copy(source, self.path)
        finally:
            source.close()
        self._conn = connect(self.path)
        migrate(self._conn)
        self._restore_totals()
        return kept

    def integrity(self) -> list[str]:
        """The result of ``PRAGMA integrity_check``: ``["ok"]`` when the file is healthy."""
        return [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]

    @property
    def schema_version(self) -> int:
        return user_version(self._conn)

    @property
    def connection(self) -> sqlite3.Connection:
        """For the backup and export helpers in this package; others use the methods."""
        return self._conn


def timeline_key(item: Entry | Session) -> tuple[int, str]:
    """The keyset paging key of a timeline item."""
    moment = item.recorded_at if isinstance(item, Entry) else item.started_at
    return utc_millis(moment), item.id


#: UTC offsets reach -12 h and +14 h, so a local day lies within these bounds in UTC.
_OFFSET_SLACK_MS = 15 * 3600 * 1000


def _ms_window(first: date | None, last: date | None) -> tuple[int, int]:
    """A UTC millisecond range surely covering the local days *first* to *last*."""
    low = -(2**62) if first is None else _midnight_ms(first) - _OFFSET_SLACK_MS
    high = 2**62 if last is None else _midnight_ms(last + timedelta(days=1)) + _OFFSET_SLACK_MS
    return low, high


def _midnight_ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def _explain(exc: sqlite3.OperationalError) -> str:
    text = str(exc).lower()
    if "disk" in text and "full" in text:
        return "Could not save: the disk is full. Free some space and try again; nothing was lost."
    if "locked" in text or "busy" in text:
        return (
            "Could not save: the journal is in use by another program (perhaps a second "
            "copy of this app). Close it and try again; nothing was lost."
        )
    if "readonly" in text or "read-only" in text:
        return "Could not save: the journal file is read-only. Check the data folder's permissions."
    return f"Could not save to the journal: {exc}"


__all__ = [
    "JOURNAL_FILE",
    "Journal",
    "JournalError",
    "JournalTooNewError",
    "OpenReport",
    "format_time",
    "timeline_key",
]
