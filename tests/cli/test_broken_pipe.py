"""A reader that goes away (``routine-app progress --json | head -1``) ends a command
quietly with 141 (128 + SIGPIPE, as the shell reports it), never with a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from routine_app.cli import EXIT_BROKEN_PIPE


@pytest.mark.parametrize(
    "args",
    [
        ["progress", "--json"],
        ["progress"],
        ["routines", "list"],
        ["routines", "list", "--json"],
        ["journal", "export"],
        ["--help"],  # argparse ignores the failed write itself: 0, and quiet as well
    ],
)
def test_a_closed_pipe_ends_the_command_quietly(args: list[str], tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written: every write fails
    try:
        result = subprocess.run(
            [sys.executable, "-m", "routine_app", "--data-dir", str(tmp_path / "data"), *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            cwd=tmp_path,
            check=False,
        )
    finally:
        os.close(write)
    assert EXIT_BROKEN_PIPE == 141
    expected = 0 if args == ["--help"] else EXIT_BROKEN_PIPE
    assert result.returncode == expected, result.stderr
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr
    assert "Exception ignored" not in result.stderr
