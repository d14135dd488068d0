"""Reminders with the window closed, on a real X server with a real system tray.

The app is started as ``run_gui`` starts it, in a child process under Xvfb with trayer as
the tray (the desktop fixture of test_notifier.py). Closing the window leaves it in the
tray while a reminder is on; the reminder then arrives as a tray balloon; Quit ends it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.test_notifier import ROOT, Desktop, desktop  # noqa: F401

CHILD = """
import sys
from datetime import datetime, timedelta
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon
import routine_app.engine.reminders as reminders
from routine_app.app import GuiOptions, run_gui
from routine_app.engine.datadir import configure_names
from routine_app.ui.main_window import MainWindow

reminders.CHECK_MS = 300  # check often; what is due still comes from the schedule
mode, data = sys.argv[1], Path(sys.argv[2])
app = QApplication([])
configure_names()
settings = QSettings()
settings.setValue("reminders/routine/enabled", mode != "no-reminder")
settings.setValue("reminders/keep_in_tray", mode != "keep-off")  # the Settings checkbox
settings.sync()


def say(*words):
    print(*words, flush=True)


def window():
    return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))


def balloon():
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget.metaObject().className() == "QBalloonTip":
            return " | ".join(l.text() for l in widget.findChildren(QLabel) if l.text())
    return ""


def make_due_now():
    # A reminder due this very minute, last seen two minutes ago: the next check fires it.
    now = datetime.now()
    settings.setValue("reminders/routine/days", "0,1,2,3,4,5,6")
    settings.setValue("reminders/routine/time", now.strftime("%H:%M"))
    settings.setValue("reminders/routine/last_seen", (now - timedelta(minutes=2)).isoformat())


def step(at, action):
    QTimer.singleShot(int(at * 1000), action)


step(2.0, lambda: say("VISIBLE", window().isVisible()))
step(2.1, lambda: say("TRAY", QSystemTrayIcon.isSystemTrayAvailable()))
step(2.2, lambda: window().close())
step(2.6, lambda: say("AFTER-CLOSE", window().isVisible(), balloon()))
step(2.7, make_due_now)
step(4.5, lambda: say("REMINDER", balloon()))
step(5.0, lambda: window().quit_action.trigger())
step(9.0, lambda: (say("STILL-RUNNING"), app.exit(3)))
autostart = mode == "autostart"
say("EXIT", run_gui(GuiOptions(data_dir=data, autostart=autostart)))
"""


@pytest.fixture
def tray(desktop: Desktop) -> Iterator[Desktop]:  # noqa: F811
    if shutil.which("trayer") is None:
        if os.environ.get("ROUTINE_APP_REQUIRE_DESKTOP") == "1":
            pytest.fail("missing trayer")
        pytest.skip("needs trayer")
    process = subprocess.Popen(
        ["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "120"],
        env=desktop.env,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield desktop
    finally:
        process.terminate()
        process.wait(5)


def run_app(place: Desktop, mode: str, data: Path) -> list[str]:
    env = {**place.env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_reminders_arrive_with_the_window_closed_and_quit_quits(
    tray: Desktop, tmp_path: Path
) -> None:
    out = run_app(tray, "reminder", tmp_path / "data")
    assert "VISIBLE True" in out and "TRAY True" in out
    after = next(line for line in out if line.startswith("AFTER-CLOSE"))
    assert after.startswith("AFTER-CLOSE False Sciatica Routines is still running | Reminders")
    assert "REMINDER Sciatica Routines | " in "\n".join(out)
    assert "routine" in next(line for line in out if line.startswith("REMINDER")).lower()
    assert out[-1] == "EXIT 0", "Quit ends the app though the tray kept it running"
    assert "STILL-RUNNING" not in out
    # The notice is shown once: a second run closes the window without it.
    again = run_app(tray, "reminder", tmp_path / "data")
    assert "AFTER-CLOSE False " in again and again[-1] == "EXIT 0"


@pytest.mark.parametrize("mode", ["no-reminder", "keep-off"])
def test_without_a_reminder_or_with_the_setting_off_closing_quits(
    tray: Desktop, tmp_path: Path, mode: str
) -> None:
    out = run_app(tray, mode, tmp_path / "data")
    assert "VISIBLE True" in out
    assert out[-1] == "EXIT 0"
    assert not any(line.startswith("AFTER-CLOSE") for line in out), "the app should be gone"


def test_autostart_starts_in_the_tray(tray: Desktop, tmp_path: Path) -> None:
    out = run_app(tray, "autostart", tmp_path / "data")
    assert "VISIBLE False" in out and "TRAY True" in out
    assert out[-1] == "EXIT 0"
