"""Quiet by default: known-harmless Qt messages are dropped, real ones still show, and
--verbose shows everything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from routine_app.engine.qt_messages import is_harmless


def smoke(tmp_path: Path, *extra: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "routine_app", "--smoke", "--data-dir", str(tmp_path), *extra],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stderr


def test_window_start_is_quiet_and_verbose_shows_all(tmp_path: Path) -> None:
    assert smoke(tmp_path) == ""
    assert "propagateSizeHints" in smoke(tmp_path, "--verbose")


REAL_AND_HARMLESS = """
from PySide6.QtCore import QLoggingCategory, qCWarning, qWarning
from routine_app.engine.qt_messages import quiet_known_noise
quiet_known_noise(verbose=False)
qWarning("This plugin does not support propagateSizeHints()")
qCWarning(QLoggingCategory("qt.multimedia.ffmpeg"), "Could not open the PipeWire stream")
qWarning("QFile: a real problem the user should see")
"""


def test_real_warnings_still_show() -> None:
    result = subprocess.run(
        [sys.executable, "-c", REAL_AND_HARMLESS],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stderr.splitlines() == ["QFile: a real problem the user should see"]


def test_known_noise_is_recognised() -> None:
    assert is_harmless("default", "This plugin does not support propagateSizeHints()")
    assert is_harmless("qt.multimedia.ffmpeg", "anything")
    assert not is_harmless("default", "QSqlDatabase: a real problem")
    assert not is_harmless("qt.qpa.xcb", "could not connect to display")
