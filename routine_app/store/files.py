"""Private files and folders: health data is readable by its owner only.

Every file that holds health data is written the same way (:func:`private_output`):
a temporary file with a unique name created with ``O_EXCL`` (so nobody else can have
prepared it, and two processes never share one), mode 0600 set on the open file
whatever the umask, flushed to disk, then renamed over the target in one step. A
crash leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_TEMP_TAG = ".partial-"


class DataDirError(Exception):
    """The data folder cannot be created or used; the message says why, for the user."""


def _make_dirs(path: Path) -> None:
    """Create *path* and every missing parent with mode 0700 (``mkdir(parents=True)``
    would give the parents the umask's mode)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process meanwhile
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        tighten(folder, PRIVATE_DIR_MODE)


def tighten(path: Path, mode: int) -> bool:
    """Set *path*'s permission bits to *mode* if they differ; False if that was impossible
    (a read-only disk, or another owner). Missing paths are left alone."""
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def ensure_private_dir(path: Path) -> Path:
    """Create *path* (and parents) if needed, with mode 0700 on the folder itself.

    An existing folder is tightened to 0700 as well, so health data never sits
    in a folder others can list. A folder that cannot be tightened because it is
    on a read-only disk is still returned (reading works; writing will say why
    it cannot). Raises :class:`DataDirError` with a clear message when the folder
    cannot be used at all (a file in the way, no permission to create it).
    """
    path = path.expanduser()
    try:
        _make_dirs(path)
    except OSError as exc:
        raise DataDirError(f"cannot use {path} as the data folder: {exc.strerror or exc}") from exc
    if not path.is_dir():
        raise DataDirError(f"cannot use {path} as the data folder: a file is in the way")
    if not tighten(path, PRIVATE_DIR_MODE) and os.access(path, os.W_OK):
        raise DataDirError(
            f"cannot use {path} as the data folder: its permissions cannot be made private "
            "(is it owned by another user?)"
        )
    return path.resolve()


def unique_temp(target: Path) -> tuple[int, Path]:
    """Create an empty private file beside *target* with a unique name (``O_EXCL``).

    Returns the open descriptor (mode 0600 set with ``fchmod``, whatever the umask)
    and its path. The name starts with *target*'s name, so a leftover one is easy
    to recognise.
    """
    for _ in range(100):
        # os.urandom is what secrets.token_hex uses; the secrets module would load
        # OpenSSL (hashlib, ~3 MiB resident) at every start for these four bytes.
        name = f"{target.name}{_TEMP_TAG}{os.getpid()}-{os.urandom(4).hex()}"
        temp = target.with_name(name)
        try:
            fd = os.open(
                temp,
                os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0),
                PRIVATE_FILE_MODE,
            )
        except FileExistsError:
            continue
        os.fchmod(fd, PRIVATE_FILE_MODE)
        return fd, temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(temp: Path, target: Path) -> None:
    """Make the finished private *temp* file appear as *target* in one step, durably."""
    os.chmod(temp, PRIVATE_FILE_MODE)
    fsync_path(temp)
    os.replace(temp, target)
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder
        fsync_path(target.parent)


@contextlib.contextmanager
def private_output(target: Path) -> Iterator[Path]:
    """A private temporary path to write *target* through (for writers that need a path,
    such as Qt's PDF and image writers). On a clean exit it replaces *target* atomically;
    on an error it is removed and *target* is left as it was."""
    fd, temp = unique_temp(target)
    os.close(fd)
    try:
        yield temp
        publish(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically (unique temporary file, fsync, rename), mode 0600.

    A crash leaves either the old file or the new one, never half of either.
    """
    fd, temp = unique_temp(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        publish(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def is_temp_name(name: str) -> bool:
    """Whether *name* is one of :func:`unique_temp`'s temporary files."""
    return _TEMP_TAG in name


def tighten_settings(settings_file: Path) -> None:
    """Make the settings file 0600 and its folder 0700, creating the file empty (0600,
    ``O_EXCL``) if it is missing, so that settings holding health details (the side
    that hurts, reminder times) are never readable by others. Called on every start:
    an older version left them 0644 in a 0755 folder. Best effort: a read-only home
    folder is left as it is."""
    with contextlib.suppress(OSError):
        _make_dirs(settings_file.parent)
        tighten(settings_file.parent, PRIVATE_DIR_MODE)
        try:
            fd = os.open(settings_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        except FileExistsError:
            tighten(settings_file, PRIVATE_FILE_MODE)
        else:
            os.fchmod(fd, PRIVATE_FILE_MODE)
            os.close(fd)


def sweep_temps(folder: Path, older_than_s: float = 3600.0) -> list[Path]:
    """Remove :func:`unique_temp` files left in *folder* by a process that was killed.

    A file is removed only when the process named in it no longer runs, or it is older
    than *older_than_s*; a temporary file never holds the only copy of anything.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if is_temp_name(p.name)]
    except OSError:
        return removed
    now = time.time()
    for path in candidates:
        pid_text = path.name.rsplit(_TEMP_TAG, 1)[1].split("-", 1)[0]
        try:
            stale = now - path.lstat().st_mtime > older_than_s or not _running(int(pid_text))
        except (OSError, ValueError):
            continue
        if stale:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
