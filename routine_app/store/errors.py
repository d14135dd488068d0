"""What went wrong with the journal file, told apart so that only damage is called damage.

SQLite and the operating system report many failures that have nothing to do with
the file's content: another program holds a lock, the disk is full, the folder is
read-only, a permission is missing, the device reported an I/O error. Each of these
stops what was being done with a message that says what to do, and changes nothing.
Only ``SQLITE_CORRUPT``, ``SQLITE_NOTADB`` or a failed ``quick_check`` mean the file
itself is damaged (see :mod:`.recovery`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import Enum
from pathlib import Path

from routine_app.i18n import N_, _


class JournalError(Exception):
    """A journal problem caused by the environment (disk full, file locked, newer app).

    The message is written for the user; nothing was changed on disk. ``trouble`` says
    which kind of problem it was, when known.
    """

    def __init__(self, message: str, trouble: Trouble | None = None) -> None:
        super().__init__(message)
        self.trouble = trouble


class JournalDamagedError(JournalError):
    """The journal file's content is damaged (not a database, or a failed check)."""


class Trouble(Enum):
    """Kinds of failure, each with its own advice."""

    DAMAGED = "damaged"
    BUSY = "busy"
    FULL = "full"
    READ_ONLY = "read-only"
    PERMISSION = "permission"
    IO = "io"
    OTHER = "other"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {
    3: Trouble.PERMISSION,  # SQLITE_PERM
    5: Trouble.BUSY,  # SQLITE_BUSY
    6: Trouble.BUSY,  # SQLITE_LOCKED
    8: Trouble.READ_ONLY,  # SQLITE_READONLY
    10: Trouble.IO,  # SQLITE_IOERR
    11: Trouble.DAMAGED,  # SQLITE_CORRUPT
    13: Trouble.FULL,  # SQLITE_FULL
    14: Trouble.PERMISSION,  # SQLITE_CANTOPEN: missing folder, permission, read-only mount
    23: Trouble.PERMISSION,  # SQLITE_AUTH
    26: Trouble.DAMAGED,  # SQLITE_NOTADB
}
_OS_KINDS = {
    errno.ENOSPC: Trouble.FULL,
    errno.EDQUOT: Trouble.FULL,
    errno.EFBIG: Trouble.FULL,
    errno.EROFS: Trouble.READ_ONLY,
    errno.EACCES: Trouble.PERMISSION,
    errno.EPERM: Trouble.PERMISSION,
    errno.EIO: Trouble.IO,
    errno.EAGAIN: Trouble.BUSY,
}


def classify(exc: BaseException, where: Path | None = None) -> Trouble:
    """What kind of failure *exc* is. Unknown errors are OTHER, never DAMAGED.

    SQLite reports a full disk met while creating its shared-memory file as an I/O
    error or "cannot open"; with *where* (a folder on the same disk) a disk with no free
    space is named as full.
    """
    kind = _classify(exc)
    unclear = kind in (Trouble.IO, Trouble.PERMISSION, Trouble.OTHER)
    if unclear and where is not None and read_only_disk(where):
        return Trouble.READ_ONLY
    if unclear and where is not None and disk_full(where):
        return Trouble.FULL
    return kind


def read_only_disk(where: Path) -> bool:
    try:
        return bool(os.statvfs(where).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def disk_full(where: Path) -> bool:
    try:
        return os.statvfs(where).f_bavail == 0
    except OSError:
        return False


def _classify(exc: BaseException) -> Trouble:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE_KINDS.get(code & 0xFF, Trouble.OTHER)
        return Trouble.OTHER
    if isinstance(exc, OSError) and exc.errno is not None:
        return _OS_KINDS.get(exc.errno, Trouble.OTHER)
    return Trouble.OTHER


_ADVICE = {
    Trouble.BUSY: N_(
        "the journal is in use by another program (perhaps a second copy of this "
        "app, or an SQLite tool). Close it and try again"
    ),
    Trouble.FULL: N_("the disk is full. Free some space and try again"),
    Trouble.READ_ONLY: N_(
        "the journal or its folder is read-only. Check that the disk is "
        "mounted for writing and the data folder's permissions"
    ),
    Trouble.PERMISSION: N_(
        "the journal or its folder cannot be opened (a permission problem, or "
        "the folder is missing or read-only). Check the data folder's owner and permissions"
    ),
    Trouble.IO: N_("the disk reported an input/output error. Check the disk, then try again"),
    Trouble.DAMAGED: N_(
        "the journal file is damaged. Restart the app: it keeps the damaged "
        "file aside and restores the newest good backup"
    ),
}


#: What the window's Settings could not do, for :func:`explain` (ui/ uses Qt's
#: translations, so its phrases for gettext are marked here).
BACK_UP = N_("back up")
RESTORE = N_("restore")


def explain(exc: BaseException, doing: str, where: Path | None = None) -> str:
    """A message for people: what could not be done, why, and what to do.

    *doing* completes "Could not ...", e.g. ``"save"`` or ``"open the journal"``.
    """
    kind = classify(exc, where)
    if kind is Trouble.OTHER:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    else:
        detail = _(_ADVICE[kind])
    # *doing* is looked up too: callers mark their literal phrases with N_().
    return _("Could not {doing}: {why}. Nothing was changed.").format(doing=_(doing), why=detail)


def environment_error(exc: BaseException, doing: str, where: Path | None = None) -> JournalError:
    """A :class:`JournalError` for *exc*, saying what could not be done and why."""
    return JournalError(explain(exc, doing, where), classify(exc, where))
