"""The speech engine starts on its own thread: a daemon that never answers, or no engine
at all, never blocks the window (issue 14: QTextToSpeech froze the GUI for over a minute).

The daemons here are real Unix sockets speaking to Qt's own speechd plug-in: one that
accepts the connection and never replies (what a stale speech-dispatcher does), and one
that answers the first hello and then falls silent, so the plug-in itself hangs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from routine_app.engine import speechd_probe
from routine_app.engine.cues import Cues
from routine_app.engine.speech import Speech, Status
from routine_app.resources import assets_dir

ROOT = Path(__file__).resolve().parents[2]


def ssip_reply(line: bytes) -> bytes:
    """What a working speech-dispatcher with one English voice answers (enough for Qt's
    plug-in to start: it lists modules and voices and reads pitch, rate and volume)."""
    if line.startswith(b"LIST OUTPUT_MODULES"):
        return b"250-espeak-ng\r\n250 OK MODULE LIST SENT\r\n"
    if line.startswith(b"LIST SYNTHESIS_VOICES"):
        return b"249-English\ten-US\tnone\r\n249 OK VOICE LIST SENT\r\n"
    if line.startswith(b"GET OUTPUT_MODULE"):
        return b"251-espeak-ng\r\n251 OK GET RETURNED\r\n"
    if line.startswith(b"GET "):
        return b"251-0\r\n251 OK GET RETURNED\r\n"
    return b"208 OK\r\n"


class FakeDaemon:
    """A Unix socket standing in for speech-dispatcher: it accepts every connection and
    answers the first *replies* lines it reads (every line while *replies* is None, until
    ``silent`` is set), then says nothing more."""

    def __init__(self, path: Path, replies: int | None = 0) -> None:
        self.path = path
        self.replies = replies
        self.silent = threading.Event()
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(8)
        self.clients: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:  # closed
                return
            self.clients.append(client)
            threading.Thread(target=self._answer, args=(client,), daemon=True).start()

    def _answer(self, client: socket.socket) -> None:
        answered = 0
        with client.makefile("rb") as lines:
            while line := lines.readline():
                if self.silent.is_set() or (self.replies is not None and answered >= self.replies):
                    continue
                client.sendall(ssip_reply(line))
                answered += 1

    def close(self) -> None:
        self.server.close()
        for client in self.clients:
            client.close()


def needs_speechd() -> None:
    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's speech-dispatcher plug-in is not installed")


@pytest.fixture
def silent_daemon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDaemon]:
    needs_speechd()
    daemon = FakeDaemon(tmp_path / "speechd.sock")
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{daemon.path}")
    yield daemon
    daemon.close()  # safe: the probe kept Qt's plug-in away from it


#: Daemons Qt's plug-in got stuck on. libspeechd crashes the process when a connection
#: it waits on drops, so these stay open until the test run ends (as a stale daemon
#: would); the stuck speech thread is a daemon thread and ends with the process.
_STUCK: list[FakeDaemon] = []


@pytest.fixture
def hanging_daemon(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> FakeDaemon:
    needs_speechd()
    daemon = FakeDaemon(tmp_path_factory.mktemp("speechd") / "speechd.sock", replies=1)
    _STUCK.append(daemon)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{daemon.path}")
    return daemon


class Heartbeat:
    """The longest time the GUI thread's event loop went without running a 20 ms timer."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._beat)
        self.timer.start(20)

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def start_and_wait(qtbot: QtBot, speech: Speech) -> Heartbeat:
    heart = Heartbeat()
    began = time.monotonic()
    with qtbot.waitSignal(speech.changed, timeout=10_000):
        speech.start()
        assert time.monotonic() - began < 0.2  # start() returns at once
        assert speech.status is Status.STARTING
    heart.timer.stop()
    return heart


def test_a_stale_daemon_is_noticed_and_left_alone(qtbot: QtBot, silent_daemon: FakeDaemon) -> None:
    assert speechd_probe.ask(0.3) is speechd_probe.Answer.SILENT
    speech = Speech(timeout=2, engines=["speechd"])
    heart = start_and_wait(qtbot, speech)
    assert speech.status is Status.FAILED
    assert "does not answer" in speech.problem, speech.problem
    assert heart.longest < 0.5, f"the GUI thread stalled for {heart.longest:.2f} s"
    assert not speech.say("hello")  # nothing is sent to an engine that never answered
    speech.close()


def test_an_engine_that_hangs_inside_qt_is_given_up_on_without_blocking(
    qtbot: QtBot, hanging_daemon: FakeDaemon
) -> None:
    assert speechd_probe.ask(2) is speechd_probe.Answer.ANSWERS  # the hello is answered
    speech = Speech(timeout=2, engines=["speechd"])
    heart = start_and_wait(qtbot, speech)
    assert len(hanging_daemon.clients) >= 3  # two probes, then Qt's plug-in: now stuck
    assert speech.status is Status.FAILED
    assert "did not answer within 2 seconds" in speech.problem, speech.problem
    assert heart.longest < 0.5, f"the GUI thread stalled for {heart.longest:.2f} s"
    speech.close()


def test_nobody_listening_lets_speech_dispatcher_start_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'none.sock'}")
    assert speechd_probe.ask(1) is speechd_probe.Answer.NONE_RUNNING
    monkeypatch.delenv("SPEECHD_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert speechd_probe.address()[1] == str(tmp_path / "speech-dispatcher" / "speechd.sock")


def test_an_engine_that_does_not_exist_fails_with_a_reason(qtbot: QtBot) -> None:
    speech = Speech(timeout=5, engines=["no-such-engine"])
    heart = start_and_wait(qtbot, speech)
    assert heart.longest < 0.5
    assert speech.status is Status.FAILED
    assert "no speech engine is available" in speech.problem
    speech.close()


@pytest.fixture
def mock_speech(qapp: object) -> Iterator[Speech]:
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    speech = Speech(engines=["mock"])
    yield speech
    speech.close()


def test_a_working_engine_speaks_off_the_gui_thread(qtbot: QtBot, mock_speech: Speech) -> None:
    with qtbot.waitSignal(mock_speech.changed, timeout=5000):
        mock_speech.start()
    assert mock_speech.status is Status.READY, mock_speech.problem
    assert mock_speech.say("Knee to chest, left side")
    assert mock_speech.speaking()  # at once: a chime asked for now waits or cuts it off
    qtbot.waitUntil(lambda: not mock_speech.speaking(), timeout=10_000)  # the engine finished


def test_cues_say_nothing_until_the_engine_is_ready_and_then_speak(
    qtbot: QtBot, mock_speech: Speech
) -> None:
    cues = Cues(assets_dir() / "sounds", speech=mock_speech)
    assert cues.set_voice_enabled(True)  # wanted, and not failed: the engine is starting
    assert cues.voice_enabled and not cues.voice_ready
    cues.say("too early")
    assert "say:too early" not in cues.played
    qtbot.waitUntil(lambda: cues.voice_ready, timeout=5000)
    cues.say("Rest")
    qtbot.waitUntil(lambda: "say:Rest" in cues.played, timeout=3000)
    assert cues.set_voice_enabled(False) is False
    cues.say("Not said")
    qtbot.wait(200)
    assert "say:Not said" not in cues.played


def test_cues_report_a_failed_engine_once_it_fails(qtbot: QtBot) -> None:
    cues = Cues(assets_dir() / "sounds", speech=Speech(timeout=5, engines=["no-such-engine"]))
    with qtbot.waitSignal(cues.voice_changed, timeout=5000):
        cues.set_voice_enabled(True)
    assert not cues.voice_enabled and not cues.voice_available
    assert any("Spoken steps are off" in line for line in cues.unavailable)
    cues.close()


def test_the_app_exits_while_the_engine_is_stuck_in_a_call(tmp_path: Path) -> None:
    """The engine started, then the daemon fell silent in the middle of speaking (as a
    real one did here): the app still quits at once. PySide deletes every object Python
    owns at exit, from the GUI thread; the engine belongs to its thread's QThread object
    instead, or deleting it would wait on the stuck call for ever."""
    needs_speechd()
    result = subprocess.run(
        [sys.executable, "-m", "tests.engine.speech_exit_probe", str(tmp_path / "sd.sock")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "en_US.UTF-8",  # the fake daemon's one voice
            "LC_ALL": "en_US.UTF-8",
            "PYTHONPATH": str(ROOT),
        },
    )
    assert "READY" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "stuck in say" in result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
