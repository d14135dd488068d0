"""Connections to the journal file: durable read-write, read-only, and opening for writing
(create, back up before an upgrade, migrate), with the read-only fallback's wording."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from routine_app.store import recovery
from routine_app.store.errors import JournalError, Trouble, classify
from routine_app.store.files import PRIVATE_FILE_MODE
from routine_app.store.recovery import Backups, decode_text, open_read_only
from routine_app.store.schema import SCHEMA_VERSION, migrate, user_version


def create_private_file(path: Path) -> None:
    """Create *path* empty with mode 0600 unless it exists (then make it 0600)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        if (os.stat(path).st_mode & 0o777) != PRIVATE_FILE_MODE:
            os.chmod(path, PRIVATE_FILE_MODE)
        return
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def connect(path: Path) -> sqlite3.Connection:
    """A durable read-write connection: WAL, synchronous=FULL, explicit transactions.

    A lock held by another program is waited for up to ``BUSY_TIMEOUT_S`` seconds.
    Text that is not UTF-8 is read, not refused (see :func:`.recovery.decode_text`).
    """
    conn = sqlite3.connect(path, isolation_level=None, timeout=recovery.BUSY_TIMEOUT_S)
    try:
        conn.text_factory = decode_text
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read (a read-only disk or folder, or a full disk)."""
    conn = open_read_only(path)
    conn.isolation_level = None
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails now, not later
    return conn


def stored_version(path: Path) -> int:
    """The schema version of the file at *path*, read without changing it."""
    conn = open_read_only(path)
    try:
        return user_version(conn)
    finally:
        conn.close()


def open_writable(path: Path, backups: Backups) -> sqlite3.Connection:
    """Create if needed, connect and migrate (backing up first) the journal at *path*.

    SQLite answers "busy" at once, without waiting, in a few cases (switching a new file
    to WAL while another program opens it, for one), so a busy answer is retried here
    until ``BUSY_TIMEOUT_S`` has passed.
    """
    deadline = time.monotonic() + recovery.BUSY_TIMEOUT_S
    while True:
        try:
            return _open_writable(path, backups)
        except sqlite3.OperationalError as exc:
            if classify(exc) is not Trouble.BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _open_writable(path: Path, backups: Backups) -> sqlite3.Connection:
    create_private_file(path)
    conn = connect(path)
    try:
        old_version = user_version(conn)
        if 0 < old_version < SCHEMA_VERSION:
            backups.save_before_migration(conn, old_version)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


#: Failures after which the journal is opened to read only, with a notice.
READ_ONLY_FALLBACK = (Trouble.READ_ONLY, Trouble.PERMISSION, Trouble.FULL, Trouble.IO)


def trouble_of(exc: BaseException, path: Path) -> Trouble | None:
    if isinstance(exc, JournalError):
        return exc.trouble
    return classify(exc, path.parent)


def read_only_notice(exc: BaseException, path: Path) -> str:
    return (
        f"Your journal is open to read only: {reason(trouble_of(exc, path))}. You can "
        "view, export and report on it; new entries cannot be saved until that is fixed."
    )


def reason(kind: Trouble | None) -> str:
    return (
        {
            Trouble.READ_ONLY: "the disk or folder is read-only",
            Trouble.FULL: "the disk is full",
            Trouble.PERMISSION: "the journal or its folder cannot be written (permissions)",
            Trouble.IO: "the disk reported an input/output error",
        }.get(kind, "it cannot be written")
        if kind
        else "it cannot be written"
    )


def quick_check(conn: sqlite3.Connection) -> str | None:
    result = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    return None if result == ["ok"] else "; ".join(result[:3])
