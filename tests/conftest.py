"""Test harness: offscreen Qt, test-mode standard paths, and fixtures for routine files."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ROUTINE_APP_DATA_DIR", None)

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from routine_app.resources import routines_dir

BUNDLED = sorted(routines_dir().glob("*.yaml"))

VALID_ROUTINE = """\
format: 1
id: test-routine
title: Test routine
summary: A short routine used by the tests.
kind: stretch
equipment: [Mat]
cautions:
  - Stop if pain spreads down the leg.
steps:
  - name: Settle
    instructions: Lie on your back.
    duration: 10s
  - name: Stretch
    instructions: Hold the stretch.
    duration: 30
    sides: [left, right]
    reps: 2
    rest: 5s
"""


@pytest.fixture(autouse=True)
def _qt_test_paths(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Never touch a real user's files: QStandardPaths points at test locations, and the
    default data folder (worked out without Qt, from XDG_DATA_HOME) at a temporary one."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    yield


@pytest.fixture(scope="session", autouse=True)
def _private_speech_daemon() -> Iterator[None]:
    """Every test talks to a speech-dispatcher of its own session, on a private socket.

    The per-user daemon is shared by everything on the machine: one started by a
    subprocess test with no sound server (PULSE_SERVER pointing nowhere, a layout probe
    with voice on by default) keeps failing to open audio, and a daemon that hung while
    shutting down takes connections and never answers. Either made the voice tests fail
    depending on what ran before them. This one is started here, in the test run's own
    sound environment, never shuts itself down (-t 0), and is left to exit with the
    machine's session: killing it while a client waits would crash that client."""
    binary = shutil.which("speech-dispatcher")
    if binary is None or "SPEECHD_ADDRESS" in os.environ:
        yield
        return
    folder = Path(tempfile.mkdtemp(prefix="sd-"))  # short: a socket path has 108 bytes
    socket_path = folder / "speechd.sock"
    command = [binary, "-d", "-c", "unix_socket", "-S", str(socket_path), "-t", "0"]
    command += ["-P", str(folder / "pid"), "-L", str(folder)]
    subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ).wait(timeout=30)
    deadline = time.monotonic() + 10
    while not socket_path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket_path}")
        yield


@pytest.fixture
def write_routine(tmp_path: Path) -> Callable[..., Path]:
    """Write routine text to a file in a temporary folder and return its path."""

    def write(text: str | bytes = VALID_ROUTINE, name: str = "routine.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        return path

    return write
