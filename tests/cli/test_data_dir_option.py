"""--data-dir refuses values that cannot be the folder meant: an empty one (the current
folder, which would then be made private) and one that starts with "-" (an option typed
by mistake, as in ``--data-dir=--help``, which once made a folder named "--help")."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from routine_app.cli import main


def _run_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "routine_app", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def test_an_option_as_the_folder_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    result = _run_in(tmp_path, "--data-dir=--help", "log", "--back", "2", "--leg", "1")
    assert result.returncode == 2
    assert "argument --data-dir: '--help' looks like an option, not a folder" in result.stderr
    assert "write ./--help" in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_an_empty_folder_is_refused_and_the_current_folder_is_left_alone(
    tmp_path: Path,
) -> None:
    tmp_path.chmod(0o755)
    result = _run_in(tmp_path, "log", "--data-dir", "", "--back", "2", "--leg", "1")
    assert result.returncode == 2
    assert "argument --data-dir: the data folder must not be empty" in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


@pytest.mark.parametrize(
    "args",
    [
        ["--data-dir", "   ", "progress"],
        ["progress", "--data-dir=-x"],
        ["journal", "export", "--data-dir=--json"],
        ["routines", "list", "--data-dir="],
        ["safety", "status", "--data-dir", "-"],
    ],
)
def test_every_command_refuses_them(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert "argument --data-dir:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_whose_name_starts_with_a_dash_can_be_given_as_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "./-journal", "log", "--back", "2", "--leg", "1"]) == 0
    assert (tmp_path / "-journal" / "journal.sqlite3").exists()
    capsys.readouterr()
