"""A journal the user may not open (owned by someone else) is a permission problem,
never "damage": the command says so and nothing is moved. Run as another user with
``setpriv``, since root may open anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from routine_app.store.journal import JOURNAL_FILE
from tests.store.dataloss import ROOT, seed, stored_ids

NOBODY = 65534


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a command as another user")
    as_other = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run(
        [*as_other, sys.executable, "-c", "import routine_app"],
        capture_output=True,
        cwd="/",
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT)},
    )
    if probe.returncode != 0:  # pyenv's 3.13 links a library inside /root; a checkout in
        # /root (the minbase quick-start check) cannot be read by another user
        pytest.skip(f"{sys.executable} with this checkout cannot be run by another user here")
    base = Path(tempfile.mkdtemp(prefix="routine-app-perm-"))
    os.chmod(base, 0o755)
    try:
        yield base
    finally:
        shutil.rmtree(base)


def as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": "/nonexistent",
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*command, sys.executable, "-m", "routine_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd="/",
    )


def test_a_journal_owned_by_someone_else_is_not_called_damaged(shared_folder: Path) -> None:
    data = shared_folder / "data"
    ids = seed(data, 5, date(2026, 3, 1))
    os.chmod(data, 0o755)  # others may look into the folder, not open the journal
    before = sorted(p.name for p in data.iterdir())
    for command in (
        ["log", "--back", "1", "--leg", "1"],
        ["journal", "export"],
        ["journal", "check"],
    ):
        result = as_nobody(*command, "--data-dir", str(data))
        assert result.returncode == 1, result.stderr
        assert "damaged" not in result.stderr.lower() and "Traceback" not in result.stderr
        assert "permission" in result.stderr or "cannot be opened" in result.stderr
        assert sorted(p.name for p in data.iterdir()) == before
    assert set(ids) == stored_ids(data)
    assert not [p for p in data.iterdir() if p.name.startswith(JOURNAL_FILE + ".")]
