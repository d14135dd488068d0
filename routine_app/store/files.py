"""Private files and folders: health data is readable by its owner only."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class DataDirError(Exception):
    """The data folder cannot be created or used; the message says why, for the user."""


def ensure_private_dir(path: Path) -> Path:
    """Create *path* (and parents) if needed, with mode 0700 on the folder itself.

    An existing folder is tightened to 0700 as well, so health data never sits
    in a folder others can list. Raises :class:`DataDirError` with a clear
    message when that is impossible (a file in the way, no permission).
    """
    path = path.expanduser()
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path, PRIVATE_DIR_MODE)
    except FileExistsError as exc:
        raise DataDirError(f"cannot use {path} as the data folder: a file is in the way") from exc
    except OSError as exc:
        raise DataDirError(f"cannot use {path} as the data folder: {exc.strerror or exc}") from exc
    if not path.is_dir():
        raise DataDirError(f"cannot use {path} as the data folder: it is not a folder")
    return path.resolve()


def write_private(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically (temporary file, fsync, rename), mode 0600.

    A crash leaves either the old file or the new one, never half of either.
    """
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves nothing half-written behind
        raise
