"""``play`` checks the routine before the display: a wrong id says so, even where no
window could open (it used to say "no display")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _play(tmp_path: Path, routine: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    return subprocess.run(
        [sys.executable, "-m", "routine_app", "play", routine, "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="the display check is Linux's")
def test_an_unknown_routine_is_named_even_without_a_display(tmp_path: Path) -> None:
    result = _play(tmp_path, "nonexist")
    assert result.returncode == 1
    assert "no routine with id 'nonexist' and no routine file of that name" in result.stderr
    assert "knee-to-chest" in result.stderr  # the ids that exist
    assert "no display" not in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="the display check is Linux's")
def test_a_known_routine_without_a_display_still_says_no_display(tmp_path: Path) -> None:
    result = _play(tmp_path, "knee-to-chest")
    assert result.returncode == 1
    assert "no display" in result.stderr
