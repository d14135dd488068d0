"""Reminders reach a real desktop notification service over a real session bus.

The test starts its own session bus (dbus-daemon), X server (Xvfb) and notification
daemon (dunst), runs the app's notifier in a child process on that bus, and reads what
dunst received from its history. Without those programs it skips, except where
``ROUTINE_APP_REQUIRE_DESKTOP=1`` (CI) makes it fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from routine_app.ui.notifier import gvariant_string

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dbus-daemon", "Xvfb", "dunst", "dunstctl", "gdbus")
NOTIFY = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon
from routine_app.ui.notifier import Notifier

app = QApplication([])
if os.environ.get("WAIT_FOR_TRAY"):
    for _ in range(100):
        if QSystemTrayIcon.isSystemTrayAvailable():
            break
        time.sleep(0.05)
icon = QPixmap(16, 16)
icon.fill(QColor("teal"))
notifier = Notifier(QIcon(icon), lambda text: print("WINDOW:", text, flush=True))
print("METHOD:", notifier.method, flush=True)
if len(sys.argv) > 2:  # wait until told the service is gone
    sys.stdin.readline()
notifier.notify(sys.argv[1])


def report():
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget.metaObject().className() == "QBalloonTip":
            texts = [label.text() for label in widget.findChildren(QLabel) if label.text()]
            print("BALLOON:", " | ".join(texts), flush=True)
    app.quit()


QTimer.singleShot(3000, report)
app.exec()
"""

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Desktop:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.dunst: subprocess.Popen[bytes] | None = None

    def start_dunst(self) -> None:
        self.dunst = subprocess.Popen(["dunst"], env=self.env, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if self.ctl("count").returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError("dunst did not start")

    def stop_dunst(self) -> None:
        assert self.dunst is not None
        self.dunst.terminate()
        self.dunst.wait(5)

    def ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )

    def bodies(self) -> list[str]:
        self.ctl("close-all")
        time.sleep(0.2)
        history = json.loads(self.ctl("history").stdout)
        return [n["body"]["data"] for n in history["data"][0]]

    def notifier(
        self, message: str, *, pause: bool = False, tray: bool = False
    ) -> subprocess.Popen[str]:
        env = {**self.env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        if tray:  # a real X11 window, so Qt can find the tray
            env |= {"QT_QPA_PLATFORM": "xcb", "WAIT_FOR_TRAY": "1"}
        argv = [sys.executable, "-c", NOTIFY, message] + (["pause"] if pause else [])
        return subprocess.Popen(
            argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("ROUTINE_APP_REQUIRE_DESKTOP") == "1":
            pytest.fail(f"missing {', '.join(missing)}")
        pytest.skip(f"needs {', '.join(missing)}")
    children: list[subprocess.Popen[str]] = []
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    children.append(xvfb)
    assert xvfb.stdout is not None
    display = xvfb.stdout.readline().strip()
    # A bus that starts nothing by itself (no service folders), so the notification
    # service is there exactly while the test runs dunst.
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    children.append(bus)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "DISPLAY": f":{display}",
        "DBUS_SESSION_BUS_ADDRESS": address,
    }
    place = Desktop(env)
    try:
        place.start_dunst()
        yield place
    finally:
        if place.dunst is not None and place.dunst.poll() is None:
            place.stop_dunst()
        for child in reversed(children):
            child.terminate()
            child.wait(5)
            if child.stdout is not None:
                child.stdout.close()


def test_a_reminder_reaches_the_desktop_notification_service(desktop: Desktop) -> None:
    message = 'Time for the "foam roller" (café break over): it\'s 18:00 \\ no rush'
    child = desktop.notifier(message)
    out, _ = child.communicate(timeout=30)
    assert "METHOD: dbus" in out
    assert "WINDOW:" not in out
    assert desktop.bodies() == [message]


def test_when_the_service_goes_away_the_reminder_shows_in_the_window(desktop: Desktop) -> None:
    child = desktop.notifier("Time to log your pain.", pause=True)
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "METHOD: dbus"
    desktop.stop_dunst()
    child.stdin.write("go\n")
    child.stdin.flush()
    out, _ = child.communicate(timeout=60)
    assert "WINDOW: Time to log your pain." in out
    assert "not available on this desktop" in out


def test_with_a_system_tray_the_reminder_is_a_balloon_from_the_tray_icon(
    desktop: Desktop,
) -> None:
    if shutil.which("trayer") is None:
        if os.environ.get("ROUTINE_APP_REQUIRE_DESKTOP") == "1":
            pytest.fail("missing trayer")
        pytest.skip("needs trayer")
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "120"],
        env=desktop.env,
        stderr=subprocess.DEVNULL,
    )
    try:
        out, _ = desktop.notifier("Time for your routine.", tray=True).communicate(timeout=60)
    finally:
        tray.terminate()
        tray.wait(5)
    assert "METHOD: tray" in out
    assert "BALLOON: Sciatica Routines | Time for your routine." in out
    assert desktop.bodies() == []  # not also sent to the notification service


def test_messages_become_gvariant_string_literals() -> None:
    assert gvariant_string("plain") == "'plain'"
    assert gvariant_string("it's \\ done") == "'it\\'s \\\\ done'"
