"""Automatic backups and recovery of a damaged journal file.

Backups use SQLite's online backup API: one a day on the first start of that
day, keeping the newest seven, in ``backups/`` inside the data folder. A
journal that fails its integrity check, or is not a database at all, is moved
aside under a new name (never overwritten or deleted) and the newest backup
that passes its own check is copied into its place.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from routine_app.store.files import PRIVATE_FILE_MODE, ensure_private_dir

BACKUP_DIR = "backups"
KEEP_DAILY = 7
_DAILY_RE = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class Recovery:
    notices: tuple[str, ...] = ()
    moved_aside: Path | None = None
    restored_from: Path | None = None


def check_file(path: Path) -> str | None:
    """``None`` if *path* is a healthy SQLite database, else what is wrong with it."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if result == ["ok"] else "; ".join(map(str, result[:3]))


def private_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of *conn*'s database to *target* (mode 0600)."""
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


class Backups:
    """The backup folder of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / BACKUP_DIR

    def daily(self) -> list[Path]:
        """Daily backups, newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if _DAILY_RE.match(p.name)]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def all(self) -> list[Path]:
        """Every backup (daily, manual, before upgrades), newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.glob("journal-*.sqlite3") if p.is_file()]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def save_daily(self, conn: sqlite3.Connection, today: date) -> Path | None:
        """Back up once per day; keep the newest seven. Returns the new file, if any."""
        target = self.folder / f"journal-{today.isoformat()}.sqlite3"
        if target.exists():
            return None
        ensure_private_dir(self.folder)
        private_copy(conn, target)
        for old in self.daily()[KEEP_DAILY:]:
            old.unlink()
        return target

    def save_now(self, conn: sqlite3.Connection, moment: datetime) -> Path:
        """A backup the user asked for; kept until they delete it."""
        ensure_private_dir(self.folder)
        target = self.folder / f"journal-manual-{moment.strftime('%Y%m%d-%H%M%S')}.sqlite3"
        private_copy(conn, target)
        return target

    def save_before_migration(self, conn: sqlite3.Connection, version: int) -> Path:
        ensure_private_dir(self.folder)
        target = self.folder / f"journal-before-upgrade-from-v{version}.sqlite3"
        if not target.exists():
            private_copy(conn, target)
        return target


def move_aside(path: Path, why: str = "damaged") -> Path:
    """Rename *path* (and its WAL files) to ``NAME.WHY-STAMP``; never overwrites."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
    os.rename(path, target)
    for suffix in _SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.rename(sidecar, target.with_name(target.name + suffix))
    return target


def recover_if_damaged(path: Path, backups: Backups) -> Recovery:
    """If the journal at *path* is damaged, set it aside and restore the newest good backup."""
    if not path.exists() or path.stat().st_size == 0:
        return Recovery()
    problem = check_file(path)
    if problem is None:
        return Recovery()
    aside = move_aside(path)
    for backup in backups.daily():
        if check_file(backup) is None:
            source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
            try:
                private_copy(source, path)
            finally:
                source.close()
            when = _DAILY_RE.match(backup.name)
            day = when.group(1) if when else backup.name
            return Recovery(
                (
                    f"Your journal file was damaged ({problem}). It was moved aside to {aside}, "
                    f"untouched. The automatic backup from {day} was restored; entries made "
                    "after that backup are not in it, but may be recoverable from the damaged "
                    "file.",
                ),
                aside,
                backup,
            )
    return Recovery(
        (
            f"Your journal file was damaged ({problem}) and no good backup was found. It was "
            f"moved aside to {aside}, untouched, and a new empty journal was started.",
        ),
        aside,
        None,
    )
