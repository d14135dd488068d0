"""Automatic backups, and recovery of a journal file that is truly damaged.

Damage means damage: only ``SQLITE_CORRUPT``, ``SQLITE_NOTADB`` or a failed
``quick_check`` mark a file as damaged. A lock held by another program, a full disk,
a permission problem, a read-only disk or an I/O error raise :class:`JournalError`
with a message, and nothing is moved, copied or deleted.

Backups are made with SQLite's online backup API into a private temporary file with a
unique name, checked with ``quick_check`` and only then renamed into place. One daily
backup is made per day; rotation keeps generations (see :data:`KEEP_DAILY`,
:data:`KEEP_WEEKLY`, :data:`KEEP_MONTHLY` and ``docs/journal-format.md``) and never
deletes the newest backup holding entries, never counts future-dated backups, and
deletes nothing when the new backup holds far less than the best one kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from routine_app.store.errors import (
    JournalDamagedError,
    JournalError,
    Trouble,
    classify,
    disk_full,
    environment_error,
)
from routine_app.store.files import (
    PRIVATE_FILE_MODE,
    ensure_private_dir,
    private_output,
    sweep_temps,
    unique_temp,
)

BACKUP_DIR = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
#: A new backup holding less than this share of the records of the best backup kept
#: is kept, but deletes nothing: an emptied journal never pushes out good backups.
SHRINK_GUARD = 0.5
#: How long to wait for another program's lock before saying the journal is busy.
BUSY_TIMEOUT_S = 10.0
_DAILY_RE = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class Recovery:
    notices: tuple[str, ...] = ()
    moved_aside: Path | None = None
    restored_from: Path | None = None


@dataclass(frozen=True, slots=True)
class Content:
    """What a journal or backup file holds: record counts and its newest record's time."""

    entries: int
    sessions: int
    newest_ms: int

    @property
    def records(self) -> int:
        return self.entries + self.sessions


def _read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _immutable_safe(path: Path) -> bool:
    """Whether *path* can only be read as immutable, and that reads all of it.

    On a read-only or completely full disk SQLite cannot create the shared-memory
    index a WAL database needs even for reading. Opened as immutable it reads the main
    file alone, which is all of the journal when no WAL file with content is beside it
    (the app's last connection checkpoints it away); nobody can write meanwhile.
    """
    if not (_read_only_fs(path) or disk_full(path.parent)):
        return False
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def open_read_only(path: Path, timeout: float | None = None) -> sqlite3.Connection:
    """A read-only connection that changes nothing on disk.

    On a read-only disk SQLite cannot create a WAL file's shared-memory index, so the
    file is opened as immutable there (nobody can write to it meanwhile).
    """
    wait = BUSY_TIMEOUT_S if timeout is None else timeout
    if not path.exists():
        raise JournalError(f"Could not open {path}: the file does not exist.")
    mode = "immutable=1" if _immutable_safe(path) else "mode=ro"
    conn = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True, timeout=wait)
    conn.text_factory = decode_text
    return conn


def decode_text(data: bytes) -> str:
    """Text columns as str; bytes that are not UTF-8 become lone surrogates (see rows.py),
    so one bad value never stops a whole query."""
    return data.decode("utf-8", "surrogateescape")


def _quick_check(conn: sqlite3.Connection) -> str | None:
    result = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    return None if result == ["ok"] else "; ".join(result[:3])


def check_file(path: Path, timeout: float | None = None) -> str | None:
    """``None`` if *path* is a healthy SQLite database, else what is damaged in it.

    Raises :class:`JournalError` (never reports damage) when the file cannot be checked
    for another reason: busy, permission, read-only, full disk, I/O error, unknown.
    """
    return _damage(path, f"check {path}", _quick_check, timeout)


def _damage(
    path: Path,
    doing: str,
    look: Callable[[sqlite3.Connection], str | None],
    timeout: float | None = None,
) -> str | None:
    """What *look* finds damaged in the database at *path*, read only (``None``: nothing).

    SQLite's own damage errors count as damage; any other failure raises
    :class:`JournalError` saying it could not *doing*.
    """
    try:
        conn = open_read_only(path, timeout)
        try:
            return look(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if classify(exc) is Trouble.DAMAGED:
            return str(exc)
        raise environment_error(exc, doing, path.parent) from exc


def content_of(conn: sqlite3.Connection) -> Content:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM sessions), "
        "max(coalesce((SELECT max(recorded_ms) FROM entries), 0), "
        "coalesce((SELECT max(started_ms) FROM sessions), 0))"
    ).fetchone()
    return Content(int(row[0]), int(row[1]), int(row[2] or 0))


def content(path: Path) -> Content | None:
    """What a backup holds, or None if it cannot be read as a journal."""
    try:
        conn = open_read_only(path, timeout=1.0)
        try:
            return content_of(conn)
        finally:
            conn.close()
    except (sqlite3.Error, JournalError):
        return None


def private_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent, checked copy of *conn*'s database to *target* (mode 0600).

    The copy goes to a temporary file of this process only (unique name, ``O_EXCL``),
    passes ``quick_check``, and only then replaces *target*. On any failure the
    temporary file is removed and *target* is untouched. Raises
    :class:`JournalDamagedError` if the copy fails its check (the source is damaged).
    """
    with private_output(target) as partial:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            problem = _quick_check(copy)
        finally:
            copy.close()
        if problem is not None:
            raise JournalDamagedError(f"the copy failed its check ({problem})")


def copy_file_checked(source: Path, target: Path) -> None:
    """Copy the database at *source* to *target* through :func:`private_copy`."""
    conn = open_read_only(source)
    try:
        private_copy(conn, target)
    finally:
        conn.close()


def backup_day(path: Path) -> date | None:
    match = _DAILY_RE.match(path.name)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def to_rotate(days: Iterable[date], today: date) -> set[date]:
    """The daily backups' days that rotation may delete.

    Kept: the newest :data:`KEEP_DAILY` days, the newest day of each of the newest
    :data:`KEEP_WEEKLY` ISO weeks and of each of the newest :data:`KEEP_MONTHLY`
    months. Days after *today* (a clock that was wrong) are never deleted and do not
    count, so they cannot push out real backups.
    """
    past = sorted((d for d in set(days) if d <= today), reverse=True)
    keep = set(past[:KEEP_DAILY])
    for key, count in (
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        newest_of: dict[object, date] = {}
        for day in past:  # newest first: the first day seen in a group is its newest
            newest_of.setdefault(key(day), day)
        keep.update(sorted(newest_of.values(), reverse=True)[:count])
    return set(past) - keep


class Backups:
    """The backup folder of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / BACKUP_DIR

    def daily(self) -> list[Path]:
        """Daily backups, newest first (by the day in their name)."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if _DAILY_RE.match(p.name)]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def all(self) -> list[Path]:
        """Every backup (daily, manual, before upgrades), newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if p.name.endswith(".sqlite3") and p.is_file()]
        found = [p for p in found if p.name.startswith("journal-")]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def best(self) -> tuple[Path, Content] | None:
        """The backup holding the newest data (by its records' times, not its name or
        date, so a backup made while the clock was wrong cannot win by its name),
        among those that hold records and pass their check."""
        ranked = []
        for path in self.all():
            found = content(path)
            if found is not None and found.records > 0:
                ranked.append((found.newest_ms, found.records, path.name, path, found))
        for *_, path, found in sorted(ranked, reverse=True):
            with contextlib.suppress(JournalError):
                if check_file(path, timeout=1.0) is None:
                    return path, found
        return None

    def save_daily(self, conn: sqlite3.Connection, today: date) -> Path | None:
        """Back up once per day, then rotate. Returns the new file, if one was made."""
        target = self.folder / f"journal-{today.isoformat()}.sqlite3"
        if target.exists():
            return None
        ensure_private_dir(self.folder)
        for folder in (self.folder, self.folder.parent):  # left by processes killed mid-copy
            sweep_temps(folder)
        private_copy(conn, target)
        self.rotate(today, content_of(conn))
        return target

    def rotate(self, today: date, new: Content) -> list[Path]:
        """Delete the daily backups :func:`to_rotate` names, unless that could lose data."""
        dated = {d: p for p in self.daily() if (d := backup_day(p)) is not None}
        doomed = to_rotate(dated, today)
        if not doomed:
            return []
        holding = {d: c for d, p in dated.items() if (c := content(p)) is not None}
        best_kept = max((c.records for c in holding.values()), default=0)
        if new.records < best_kept * SHRINK_GUARD:
            return []  # the journal shrank a lot: keep every backup until someone looks
        with_data = [d for d, c in holding.items() if c.records > 0 and d <= today]
        if with_data:
            doomed.discard(max(with_data))  # never the newest backup holding entries
        deleted = []
        for day in sorted(doomed):
            with contextlib.suppress(FileNotFoundError):
                dated[day].unlink()
                deleted.append(dated[day])
        return deleted

    def save_now(self, conn: sqlite3.Connection, moment: datetime) -> Path:
        """A backup the user asked for; kept until they delete it."""
        ensure_private_dir(self.folder)
        stamp = moment.strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"journal-manual-{stamp}.sqlite3"
        counter = 1
        while target.exists():
            counter += 1
            target = self.folder / f"journal-manual-{stamp}-{counter}.sqlite3"
        private_copy(conn, target)
        return target

    def save_before_migration(self, conn: sqlite3.Connection, version: int) -> Path:
        ensure_private_dir(self.folder)
        target = self.folder / f"journal-before-upgrade-from-v{version}.sqlite3"
        if not target.exists():
            private_copy(conn, target)
        return target


def aside_name(path: Path, why: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
    return target


def move_aside(path: Path, why: str = "damaged") -> Path:
    """Rename *path* (and its WAL files) to ``NAME.WHY-STAMP``; never overwrites."""
    target = aside_name(path, why)
    os.rename(path, target)
    for suffix in _SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.rename(sidecar, target.with_name(target.name + suffix))
    return target


def _restore_over(path: Path, backup: Path, why: str) -> Path:
    """Copy *backup* (checked) beside *path*, then set *path* aside and put the copy in
    its place. A failure before the swap leaves *path* exactly as it was."""
    fd, staged = unique_temp(path)
    os.close(fd)
    try:
        copy_file_checked(backup, staged)
        aside = move_aside(path, why)
        os.replace(staged, path)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    return aside


def _backup_label(backup: Path) -> str:
    day = backup_day(backup)
    return f"the automatic backup from {day}" if day else f"the backup {backup.name}"


#: Left beside the journal by a check that found damage after the journal was opened
#: (the day's check runs on a thread while the window is in use): the next open runs
#: the full check, and so sets the damaged file aside and restores a backup.
DAMAGE_MARK = ".damage-found"


def mark_damage(path: Path) -> None:
    """Ask the next open of the journal at *path* to run the full check (best effort: on a
    read-only folder the mark cannot be left, and the next day's check finds it again)."""
    with contextlib.suppress(OSError):
        fd = os.open(
            path.with_name(path.name + DAMAGE_MARK), os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE
        )
        os.close(fd)


def damage_marked(path: Path) -> bool:
    return path.with_name(path.name + DAMAGE_MARK).exists()


def clear_damage_mark(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.with_name(path.name + DAMAGE_MARK).unlink(missing_ok=True)


def recover_if_damaged(path: Path, backups: Backups, *, deep: bool = True) -> Recovery:
    """Set a damaged or emptied journal at *path* aside and restore the best backup.

    *deep* runs ``quick_check`` (once a day); otherwise only the file's header and schema
    are read, which finds a file that is not a database at all. Environment problems
    raise :class:`JournalError` and change nothing.
    """
    if not path.exists():
        return _restore_lost(path, backups, emptied=False)
    if path.stat().st_size == 0:
        return _restore_lost(path, backups, emptied=True)
    problem = check_file(path) if deep else _probe(path)
    if problem is None:
        return Recovery()
    return _replace_damaged(path, backups, problem)


def _probe(path: Path) -> str | None:
    """Read the header and schema only: finds a file that is not (or no longer) a database."""
    return _damage(path, f"open the journal {path}", _read_schema)


def _read_schema(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _replace_damaged(path: Path, backups: Backups, problem: str) -> Recovery:
    best = backups.best()
    try:
        if best is None:
            aside = move_aside(path)
            return Recovery(
                (
                    f"Your journal file was damaged ({problem}) and no good backup was found. "
                    f"It was moved aside to {aside}, untouched, and a new empty journal was "
                    "started.",
                ),
                aside,
                None,
            )
        backup, _found = best
        aside = _restore_over(path, backup, "damaged")
    except (OSError, sqlite3.Error) as exc:
        raise environment_error(exc, "repair the damaged journal", path.parent) from exc
    return Recovery(
        (
            f"Your journal file was damaged ({problem}). It was moved aside to {aside}, "
            f"untouched. {_backup_label(backup).capitalize()} was restored; entries made "
            "after that backup are not in it, but may be recoverable from the damaged file.",
        ),
        aside,
        backup,
    )


def _restore_lost(path: Path, backups: Backups, *, emptied: bool) -> Recovery:
    """A missing or 0-byte (*emptied*) journal is a first start only if no backup holds
    entries; otherwise the best backup is restored rather than starting empty (an emptied
    file is kept aside first)."""
    best = backups.best()
    if best is None:
        return Recovery()
    backup, found = best
    aside = None
    try:
        if emptied:
            aside = _restore_over(path, backup, "empty")
        else:
            copy_file_checked(backup, path)
    except (OSError, sqlite3.Error) as exc:
        what = "emptied" if emptied else "missing"
        raise environment_error(exc, f"restore the {what} journal", path.parent) from exc
    counts = f"{found.entries} entries, {found.sessions} sessions"
    restored = f"{_backup_label(backup)} was restored ({counts})."
    if aside is None:
        said = f"Your journal file was missing, but your backups hold entries: {restored}"
    else:
        said = (
            "Your journal file was empty (0 bytes), but your backups hold entries. The empty "
            f"file was kept as {aside}, and {restored}"
        )
    return Recovery((said,), aside, backup)


def rescue_healthy_aside(data_dir: Path, journal_name: str) -> list[str]:
    """Offer back journals an earlier version wrongly set aside as damaged.

    Before damage meant damage, a full disk or a lock could get a healthy journal renamed
    ``NAME.damaged-…`` and replaced by an empty one. When the journal is empty, each such
    file that passes its check and holds records is copied (checked, never moved) into the
    backups folder as ``journal-rescued-….sqlite3`` so that Settings → Restore offers it.
    Returns what to tell the user.
    """
    notices = []
    backups = Backups(data_dir)
    for aside in sorted(data_dir.glob(f"{journal_name}.damaged-*")):
        if aside.name.endswith(_SIDECARS) or not aside.is_file():
            continue
        target = backups.folder / f"journal-rescued-{aside.name.split('.damaged-', 1)[1]}.sqlite3"
        if target.exists():
            continue
        found = content(aside)
        try:
            if found is None or found.records == 0 or check_file(aside, timeout=1.0) is not None:
                continue
            ensure_private_dir(backups.folder)
            copy_file_checked(aside, target)
        except (OSError, sqlite3.Error, JournalError):
            continue
        notices.append(
            f"Your journal is empty, but {aside.name}, set aside earlier as damaged, is "
            f"healthy and holds {found.entries} entries and {found.sessions} sessions. A "
            f"copy is offered as {target.name} in Settings → Restore."
        )
    return notices
