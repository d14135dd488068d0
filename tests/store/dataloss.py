"""Real failure conditions for the data-loss tests: a small tmpfs to fill, a read-only
mount, an ``sqlite3`` shell holding a lock, and journals seeded through the store."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from routine_app.store.journal import JOURNAL_FILE, Journal
from tests.store.conftest import make_entry, make_session

ROOT = Path(__file__).resolve().parents[2]


def _mount(args: list[str]) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "4m") -> Iterator[Path]:
    """A real small file system at *where* (skips the test where mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    if not _mount(["-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)]):
        pytest.skip("mounting a tmpfs needs root and a sandbox that allows it")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def read_only(where: Path, writable: bool = False) -> None:
    """Remount the tmpfs at *where* read-only (or writable again)."""
    mode = "rw" if writable else "ro"
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def fill_disk(folder: Path) -> Path:
    """Fill the file system holding *folder* to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    try:
        for size in (1 << 20, 65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size) == size:
                    pass
    finally:
        os.close(fd)
    return filler


def seed(data_dir: Path, entries: int, day: date | None = None, sessions: int = 0) -> list[str]:
    """Open the journal in *data_dir* (on *day*) and add entries; returns their ids."""
    ids = []
    with Journal.open(data_dir, today=day)[0] as journal:
        for number in range(entries):
            ids.append(journal.add_entry(make_entry(number)).id)
        for number in range(sessions):
            ids.append(journal.start_session(make_session(number)).id)
    return ids


def stored_ids(data_dir: Path) -> set[str]:
    conn = sqlite3.connect(f"{(data_dir / JOURNAL_FILE).as_uri()}?mode=ro", uri=True)
    try:
        found = {r[0] for r in conn.execute("SELECT id FROM entries UNION SELECT id FROM sessions")}
    finally:
        conn.close()
    return found


def count_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        conn.close()


def aside_files(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if p.name.startswith(JOURNAL_FILE + "."))


class LockingShell:
    """A real ``sqlite3`` shell process holding an exclusive lock on a journal."""

    def __init__(self, path: Path) -> None:
        if shutil.which("sqlite3") is None:
            pytest.skip("the sqlite3 shell is not installed (apt-get install sqlite3)")
        self.process = subprocess.Popen(
            ["sqlite3", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.send(
            "PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"
            "UPDATE entries SET notes = notes;\nSELECT 'locked';"
        )
        assert self.process.stdout is not None
        lines = [self.process.stdout.readline().strip() for _ in range(2)]
        assert "locked" in lines, lines

    def send(self, commands: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(commands + "\n")
        self.process.stdin.flush()

    def insert_and_release(self, entry_sql: str) -> None:
        """Run *entry_sql* in the held transaction, commit and quit."""
        self.process.communicate(entry_sql + "\nCOMMIT;\n.quit\n", timeout=20)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The app's command line in a subprocess; settings go to a temporary folder."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="routine-app-config-"),
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "routine_app", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
