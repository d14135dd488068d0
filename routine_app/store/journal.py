"""The pain journal database: one SQLite file in the data folder that never loses an entry.

Durability: WAL mode with ``synchronous=FULL`` and one ``BEGIN IMMEDIATE``
transaction per user action, so a write that returned has reached the disk and
survives a crash or kill at any moment (tested by killing a writer subprocess).
Opening runs a quick integrity check; a damaged file is moved aside, never
overwritten, and the latest good backup is restored (see :mod:`.recovery`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from routine_app import i18n
from routine_app.core.journal import (
    Entry,
    JournalValueError,
    Session,
    format_time,
    utc_millis,
    validate_entry,
    validate_session,
)
from routine_app.i18n import N_
from routine_app.store import rows
from routine_app.store.connection import (
    READ_ONLY_FALLBACK,
    connect,
    connect_read_only,
    open_writable,
    quick_check,
    read_only_notice,
    reason,
    stored_version,
    trouble_of,
)
from routine_app.store.errors import (
    JournalDamagedError,
    JournalError,
    Trouble,
    classify,
    environment_error,
    explain,
)
from routine_app.store.files import (
    DataDirError,
    ensure_private_dir,
    fsync_path,
    unique_temp,
)
from routine_app.store.quarantine import held, move_unreadable
from routine_app.store.recovery import (
    Backups,
    Recovery,
    aside_name,
    check_file,
    clear_damage_mark,
    content_of,
    copy_file_checked,
    damage_marked,
    mark_damage,
    recover_if_damaged,
    rescue_healthy_aside,
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
T = TypeVar("T")
R = TypeVar("R", Entry, Session)


class JournalTooNewError(JournalError):
    """The journal was written by a newer version of the app; it is left untouched."""


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What happened while opening: messages the user must see, and files involved."""

    notices: tuple[str, ...] = ()
    moved_aside: Path | None = None
    restored_from: Path | None = None
    backup_made: Path | None = None
    read_only: bool = False


def damage_found_notice(problem: str) -> str:
    """What the user is told when the day's check finds damage in the journal in use."""
    return (
        f"A check of your journal found damage ({problem}); no backup was made, so your "
        "good backups stay as they are. Restart the app: it keeps the damaged file "
        "aside and restores the newest good backup."
    )


def _recover(path: Path, backups: Backups) -> tuple[Recovery, int]:
    """Repair the journal at *path* if it is damaged (the full check when the last check
    left its mark, else the cheap one); returns what was done and the stored version."""
    deep = damage_marked(path)
    recovery = recover_if_damaged(path, backups, deep=deep)
    if deep:
        clear_damage_mark(path)
    return recovery, stored_version(path) if path.exists() else 0


class Journal:
    """The journal database. Every write is one transaction; reads never write."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.read_only_reason = "it was opened to read only"
        #: Rows that could not be read, by (table, id): skipped by every read, listed by
        #: ``journal check`` (see :mod:`.rows`).
        self.unreadable: dict[tuple[str, str], rows.RowProblem] = {}

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def open(
        cls, data_dir: Path, *, today: date | None = None, backup: bool = True
    ) -> tuple[Journal, OpenReport]:
        """Open (or create) the journal in *data_dir*; repair from backup if it is damaged.

        The first open of a day (when that day's backup is due) runs ``quick_check``;
        other opens only read the file's header and schema, which keeps opening cheap.
        With *backup* False the day's backup (and its check) is left to
        :meth:`daily_backup`, which the window runs on a thread after it is shown
        (:mod:`routine_app.ui.daily_backup`); when that check finds damage it leaves a
        mark beside the journal, and the next open runs the full check and repairs.

        Raises :class:`JournalTooNewError` for a journal from a newer app version and
        :class:`JournalError` when the file cannot be used at all (busy, or unreadable
        for a reason that is not damage): nothing is changed then. A journal that can
        be read but not written (read-only disk or folder, full disk) opens read-only.
        """
        path = data_dir / JOURNAL_FILE
        backups = Backups(data_dir)
        day = today or date.today()
        try:
            ensure_private_dir(data_dir)
        except DataDirError as exc:
            raise JournalError(str(exc)) from exc
        try:
            due = backup and not (backups.folder / f"journal-{day}.sqlite3").exists()
        except OSError:  # the backups folder cannot even be looked into: no backup today
            due = False
        try:
            recovery, stored = _recover(path, backups)
        except JournalError as exc:
            if exc.trouble not in READ_ONLY_FALLBACK:
                raise
            journal = cls._fallback(path, SCHEMA_VERSION, exc)
            notice = read_only_notice(exc, path)
            return journal, OpenReport((notice,), read_only=True)
        except (sqlite3.Error, OSError) as exc:
            raise environment_error(exc, f"open the journal {path}", data_dir) from exc
        if stored > SCHEMA_VERSION:
            raise JournalTooNewError(
                f"Your journal ({path}) was saved by a newer version of Sciatica Routines "
                f"(schema {stored}; this version knows up to "
                f"{SCHEMA_VERSION}). It has not been changed. Update the app to open it."
            )
        notices = recovery.notices
        try:
            journal = cls(open_writable(path, backups), path)
        except (sqlite3.Error, OSError) as exc:
            journal = cls._fallback(path, stored, exc)
            notices += (read_only_notice(exc, path),)
        made = None
        if not journal.read_only:
            try:
                notices += journal._restore_totals()
            except JournalError as exc:
                notices += (str(exc),)
            if due:
                journal, again, made, said = journal._first_of_day(day, backups)
                if again is not None:
                    recovery, notices = again, again.notices
                notices += said
        report = OpenReport(
            notices, recovery.moved_aside, recovery.restored_from, made, journal.read_only
        )
        return journal, report

    @classmethod
    def open_read_only(cls, data_dir: Path) -> Journal:
        """Open the existing journal in *data_dir* to read only: nothing on disk changes
        (no backup, no repair, no migration). Raises :class:`JournalError`."""
        path = data_dir / JOURNAL_FILE
        try:
            stored = stored_version(path)
            if stored != SCHEMA_VERSION:
                raise JournalError(
                    f"The journal {path} has schema {stored}; this version reads "
                    f"{SCHEMA_VERSION}. Open the app once to upgrade it."
                )
            return cls(connect_read_only(path), path, read_only=True)
        except sqlite3.Error as exc:
            raise JournalError(
                explain(exc, i18n._("read the journal {path}").format(path=path)), classify(exc)
            ) from exc

    @classmethod
    def _fallback(cls, path: Path, stored: int, exc: BaseException) -> Journal:
        """The journal opened to read only after *exc* stopped opening it for writing."""
        kind = trouble_of(exc, path)
        if kind not in READ_ONLY_FALLBACK or not path.exists() or stored != SCHEMA_VERSION:
            if isinstance(exc, JournalError):
                raise exc
            raise environment_error(exc, f"open the journal {path}", path.parent) from exc
        try:
            journal = cls(connect_read_only(path), path, read_only=True)
            journal.read_only_reason = reason(kind)
            if stored_version(path) != SCHEMA_VERSION:
                journal.close()
                raise JournalError(f"Could not open the journal {path}: {reason(kind)}.")
        except (sqlite3.Error, OSError) as again:
            if isinstance(exc, JournalError):
                raise exc from again
            raise environment_error(exc, f"open the journal {path}", path.parent) from again
        return journal

    def _first_of_day(
        self, day: date, backups: Backups
    ) -> tuple[Journal, Recovery | None, Path | None, tuple[str, ...]]:
        """The day's check and backup; damage found by the check is repaired at once."""
        try:
            made, said = self._daily(day)
        except JournalDamagedError:
            self.close()
            try:
                recovery = recover_if_damaged(self.path, backups, deep=True)
                journal = type(self)(open_writable(self.path, backups), self.path)
            except (sqlite3.Error, OSError) as exc:
                raise JournalError(
                    explain(exc, i18n._("open the journal {path}").format(path=self.path))
                ) from exc
            made, said = journal.daily_backup(day)
            return journal, recovery, made, journal._restore_totals() + said
        return self, None, made, said

    def _daily(self, today: date) -> tuple[Path | None, tuple[str, ...]]:
        """Like :meth:`daily_backup`, but raises JournalDamagedError when the check fails."""
        try:
            problem = quick_check(self._conn)
        except sqlite3.Error as exc:
            if classify(exc) is not Trouble.DAMAGED:
                return None, (explain(exc, N_("check the journal before today's backup")),)
            problem = str(exc)
        if problem is not None:
            raise JournalDamagedError(problem)
        try:
            rescued: tuple[str, ...] = ()
            if content_of(self._conn).records == 0:
                rescued = tuple(rescue_healthy_aside(self.path.parent, self.path.name))
            return Backups(self.path.parent).save_daily(self._conn, today), rescued
        except (sqlite3.Error, OSError, JournalError, DataDirError) as exc:
            if isinstance(exc, DataDirError):
                why = f"Today's backup of your journal could not be made: {exc}."
            elif isinstance(exc, JournalError):
                why = str(exc)
            else:
                why = explain(exc, N_("make today's backup"))
            return None, (f"{why} Your journal itself is fine and in use.",)

    def daily_backup(self, today: date) -> tuple[Path | None, tuple[str, ...]]:
        """Check the journal (``quick_check``) and make the day's backup, rotating old ones.

        Returns the new backup (None if there already is one, or it could not be made)
        and what the user must be told. A failure never stops the journal from being used.
        """
        try:
            return self._daily(today)
        except JournalDamagedError as exc:
            mark_damage(self.path)
            return None, (damage_found_notice(str(exc)),)

    def _restore_totals(self) -> tuple[str, ...]:
        """Rebuild the per-day totals if any of their tables or triggers is missing."""
        if self.read_only or not missing_totals(self._conn):
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
        if self.read_only:
            raise JournalError(
                f"Could not save: {self.read_only_reason}, so the journal is open to read "
                "only. Nothing was changed.",
                Trouble.READ_ONLY,
            )
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise JournalError(_explain(exc)) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            self._conn.execute("ROLLBACK")
            raise JournalValueError(f"the journal refused an invalid value ({exc})") from exc
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise JournalError(_explain(exc)) from exc
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One durable write transaction, for the other store modules (store/safety.py)."""
        return self._transaction()

    def _add(self, table: rows.Table[R], record: R) -> R:
        record = table.validate(record)
        with self._transaction() as conn:
            conn.execute(table.insert(), table.to_row(record))
        return record

    def _replace(self, table: rows.Table[R], record: R) -> R:
        record = table.validate(record)
        with self._transaction() as conn:
            if conn.execute(f"DELETE FROM {table.name} WHERE id = ?", (record.id,)).rowcount != 1:
                raise KeyError(record.id)
            conn.execute(table.insert(), table.to_row(record))
        return record

    def _delete(self, table: rows.Table[R], record_id: str) -> R:
        with self._transaction() as conn:
            record = self._find(conn, table, record_id)
            conn.execute(f"DELETE FROM {table.name} WHERE id = ?", (record_id,))
        return record

    def add_entry(self, entry: Entry) -> Entry:
        """Validate and store a new entry; when this returns, it is on disk."""
        return self._add(rows.ENTRIES, entry)

    def update_entry(self, entry: Entry) -> Entry:
        """Replace the stored entry with the same id; raises KeyError if there is none."""
        return self._replace(rows.ENTRIES, entry)

    def delete_entry(self, entry_id: str) -> Entry:
        """Delete an entry and return it, so the caller can offer to undo."""
        return self._delete(rows.ENTRIES, entry_id)

    def start_session(self, session: Session) -> Session:
        return self._add(rows.SESSIONS, session)

    def update_session(self, session: Session) -> Session:
        return self._replace(rows.SESSIONS, session)

    def delete_session(self, session_id: str) -> Session:
        return self._delete(rows.SESSIONS, session_id)

    def merge(
        self,
        entries: Sequence[Entry],
        sessions: Sequence[Session],
        also: Callable[[sqlite3.Connection], object] | None = None,
    ) -> tuple[int, int]:
        """Add the entries and sessions whose ids are new, all in one transaction.

        Returns how many entries and sessions were added; records whose id is
        already stored are left as they are, so merging twice changes nothing.
        *also* runs inside the same transaction (the safety records' merge).
        """
        checked_entries = [validate_entry(e) for e in entries]
        checked_sessions = [validate_session(s) for s in sessions]
        with self._transaction() as conn:
            # rowcount leaves out the rows the totals triggers change; total_changes would not.
            added_entries = conn.executemany(
                rows.ENTRIES.insert("INSERT OR IGNORE"), map(rows.entry_to_row, checked_entries)
            ).rowcount
            added_sessions = conn.executemany(
                rows.SESSIONS.insert("INSERT OR IGNORE"),
                map(rows.session_to_row, checked_sessions),
            ).rowcount
            if also is not None:
                also(conn)
        return added_entries, added_sessions

    # --- reading ----------------------------------------------------------------------

    def _tolerant(
        self,
        read: Callable[[Any], T],
        cursor: Iterable[Any],
        skipped: list[rows.RowProblem] | None = None,
    ) -> Iterator[T]:
        """Rows read by *read*; a row it cannot read is skipped, kept in ``unreadable``
        and added to *skipped*."""
        for row in cursor:
            try:
                yield read(row)
            except rows.UnreadableRowError as exc:
                problem = exc.problem
                self.unreadable[(problem.table, problem.row_id)] = problem
                if skipped is not None:
                    skipped.append(problem)

    def _good(self, read: Callable[[Any], T], cursor: Iterable[Any]) -> list[T]:
        return list(self._tolerant(read, cursor))

    def _find(self, conn: sqlite3.Connection, table: rows.Table[R], record_id: str) -> R:
        row = conn.execute(f"{table.select} WHERE id = ?", (record_id,)).fetchone()
        found = [] if row is None else self._good(table.read, [row])
        if not found:
            raise KeyError(record_id)
        return found[0]

    def entry(self, entry_id: str) -> Entry:
        return self._find(self._conn, rows.ENTRIES, entry_id)

    def session(self, session_id: str) -> Session:
        return self._find(self._conn, rows.SESSIONS, session_id)

    def _all(
        self, table: rows.Table[R], newest_first: bool, skipped: list[rows.RowProblem] | None
    ) -> Iterator[R]:
        order = "DESC" if newest_first else "ASC"
        cursor = self._conn.execute(f"{table.select} ORDER BY {table.time_ms} {order}, id {order}")
        return self._tolerant(table.read, cursor, skipped)

    def entries(
        self, *, newest_first: bool = False, skipped: list[rows.RowProblem] | None = None
    ) -> Iterator[Entry]:
        """Every readable entry; rows that cannot be read are added to *skipped*."""
        return self._all(rows.ENTRIES, newest_first, skipped)

    def sessions(
        self, *, newest_first: bool = False, skipped: list[rows.RowProblem] | None = None
    ) -> Iterator[Session]:
        """Every readable session; rows that cannot be read are added to *skipped*."""
        return self._all(rows.SESSIONS, newest_first, skipped)

    def _recent(self, table: rows.Table[R], limit: int) -> list[R]:
        cursor = self._conn.execute(
            f"{table.select} ORDER BY {table.time_ms} DESC, id DESC LIMIT ?", (limit,)
        )
        return self._good(table.read, cursor)

    def recent_entries(self, limit: int) -> list[Entry]:
        return self._recent(rows.ENTRIES, limit)

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
        items: list[Entry | Session] = []
        while len(items) < limit:
            wanted = limit - len(items)
            page = self._conn.execute(
                rows.TIMELINE_PAGE, (*key, wanted, *key, wanted, wanted)
            ).fetchall()
            items += self._good(rows.read_timeline_item, page)
            if len(page) < wanted:
                break
            key = (page[-1][1], page[-1][2])  # past unreadable rows, so they never end paging
        return items

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
        return self._good(rows.read_entry, cursor)

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
        return self._good(rows.read_entry, cursor)

    def notes_between(self, first: date, last: date, limit: int) -> list[Entry]:
        """The newest *limit* entries with a note or medication in the period."""
        low, high = _ms_window(first, last)
        cursor = self._conn.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries WHERE recorded_ms BETWEEN ? AND ? "
            "AND substr(recorded_at, 1, 10) BETWEEN ? AND ? AND (notes != '' OR medication != '') "
            "ORDER BY recorded_ms DESC LIMIT ?",
            (low, high, first.isoformat(), last.isoformat(), limit),
        )
        return self._good(rows.read_entry, cursor)

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

        The backup is first copied beside the journal and checked; only then is the
        current journal kept aside (as a hard link, so it never leaves its place until
        the checked copy replaces it in one rename). Returns where the current journal
        was kept. Raises :class:`JournalError` saying why if anything fails: the current
        journal is then still in place and open.
        """
        if self.read_only:
            raise JournalError("Could not restore: the journal is open to read only.")
        try:
            problem = check_file(backup)
        except JournalError as exc:
            raise JournalError(f"{exc} Your journal was not changed.") from exc
        if problem is not None:
            raise JournalError(
                f"The backup {backup.name} is damaged ({problem}); your journal was not changed."
            )
        fd, staged = unique_temp(self.path)
        os.close(fd)
        try:
            copy_file_checked(backup, staged)
            if stored_version(staged) > SCHEMA_VERSION:
                raise JournalError(
                    f"The backup {backup.name} was made by a newer version of the app; "
                    "your journal was not changed."
                )
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            kept = aside_name(self.path, "before-restore")
            os.link(self.path, kept)
        except BaseException as exc:
            staged.unlink(missing_ok=True)
            if isinstance(exc, JournalError):
                raise
            if isinstance(exc, (OSError, sqlite3.Error)):
                raise JournalError(
                    explain(exc, i18n._("restore {name}").format(name=backup.name))
                ) from exc
            raise
        self._conn.close()
        try:
            os.replace(staged, self.path)
            with contextlib.suppress(OSError):
                fsync_path(self.path.parent)
            self._conn = connect(self.path)
            migrate(self._conn)
            self._restore_totals()
        except (OSError, sqlite3.Error) as exc:
            staged.unlink(missing_ok=True)
            self._conn = connect(self.path)
            raise JournalError(
                explain(exc, i18n._("restore {name}").format(name=backup.name))
            ) from exc
        self.unreadable.clear()
        return kept

    def unreadable_notice(self) -> tuple[str, ...]:
        """What to tell the user about rows skipped so far (empty when there were none)."""
        if not self.unreadable:
            return ()
        count = len(self.unreadable)
        return (
            f"{count} record(s) in your journal could not be read and are not shown (a value "
            "this version does not know, or text that is not valid). Nothing was deleted. "
            "Run 'routine-app journal check' to see them, and '--repair' to move them to "
            "the journal's quarantine table.",
        )

    def unreadable_rows(self) -> list[rows.RowProblem]:
        """Every row of the journal that cannot be read (reads the whole journal)."""
        found: list[rows.RowProblem] = []
        for _ in self.entries(skipped=found):
            pass
        for _ in self.sessions(skipped=found):
            pass
        return found

    def quarantine_unreadable(self) -> list[rows.RowProblem]:
        """Move every unreadable row into the ``quarantine`` table (never deleted), in
        one transaction with a recount of the per-day totals. Returns what was moved."""
        with self._transaction() as conn:
            moved = move_unreadable(conn)
            if moved:
                recount(conn)
        self.unreadable.clear()
        return moved

    def quarantined(self) -> int:
        """How many rows the quarantine table holds."""
        return held(self._conn)

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


def _explain(exc: sqlite3.Error) -> str:
    return explain(exc, N_("save"))


__all__ = [
    "JOURNAL_FILE",
    "Journal",
    "JournalError",
    "JournalTooNewError",
    "OpenReport",
    "format_time",
    "timeline_key",
]
