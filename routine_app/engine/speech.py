"""Spoken steps on a thread of their own: the speech engine never blocks the window.

Starting QTextToSpeech connects to a speech daemon (speech-dispatcher on Linux). A stale
daemon accepts the connection and never answers: created on the GUI thread, the engine
froze the window for over a minute. A Python worker thread does not help by itself, as
PySide keeps Python's GIL for the whole of a QTextToSpeech call made from Python, so the
GUI thread waits for the GIL instead.

So Qt does the waiting in C++: a placeholder QTextToSpeech (an engine name that does not
exist: made at once, no daemon) lives in a daemon thread processing Qt events, and
every call that reaches the daemon (setEngine, setLocale, setVoice, say, stop) is queued
to it with QMetaObject.invokeMethod, which runs it in that thread with no Python frame
and so without the GIL. Its answers come back as queued signals. An engine that has not
answered within ``timeout`` seconds is given up on; the window never waits for it. And
before Qt's speechd plug-in connects, speechd_probe asks speech-dispatcher whether it
answers at all, so a stale daemon is left alone instead of tying up the thread.
"""

from __future__ import annotations

import functools
import queue
import threading
from collections.abc import Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QEventLoop,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from shiboken6 import Shiboken

from routine_app.engine import speechd_probe
from routine_app.engine.speechd_probe import Answer
from routine_app.engine.voice_language import locale_for, voice_for

#: Seconds to wait for a speech engine before voice is reported as unavailable.
STARTUP_TIMEOUT = 12.0
#: Rounds through the engines, and the pause between them: a daemon started on demand
#: may not list its voices at once.
ATTEMPTS = 3
RETRY_SECONDS = 0.4
#: No engine has this name: the placeholder is made at once and talks to nobody.
PLACEHOLDER = "none"
QUEUED = Qt.ConnectionType.QueuedConnection
#: Seconds speech-dispatcher has to answer a hello before it counts as stale.
PROBE_SECONDS = 5.0
POLL_MS = 50


class Status(Enum):
    OFF = "off"  # not asked for yet
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


def _serve(
    handoff: queue.Queue[tuple[threading.Event, Any, Answer | None]], probe: float | None
) -> None:
    """The speech thread: a placeholder engine, and Qt's event processing to run the
    calls queued to it until the done flag it came with is set (see _finish).

    First, when speech-dispatcher is among the engines, ask it (for up to *probe*
    seconds) whether it answers at all. The engine is made here, so it belongs to this
    thread; this frame keeps it alive until the thread ends, so it is destroyed here
    too, never by the GUI thread. Waiting for events releases the GIL.
    """
    from PySide6.QtTextToSpeech import QTextToSpeech

    answer = speechd_probe.ask(probe) if probe is not None else None
    done = threading.Event()
    # Both belong to this thread's own QThread object, not to Python: at exit PySide
    # deletes every object Python owns, from the GUI thread, and deleting an engine
    # stuck in a call to the daemon would wait for it for ever.
    owner = QThread.currentThread()
    events = QEventLoop(owner)  # gives this thread Qt's event dispatcher
    speech = QTextToSpeech(PLACEHOLDER, owner)
    handoff.put((done, speech, answer))
    while not done.is_set():
        events.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def _finish(done: threading.Event, speech: Any, *_: object) -> None:
    """Stop speaking and end the speech thread: the flag is set, and the stop queued to
    the thread wakes it up to see it (nothing to queue once the engine is gone)."""
    done.set()
    if Shiboken.isValid(speech):
        QMetaObject.invokeMethod(speech, "stop", QUEUED)


class Speech(QObject):
    """Speaks text once an engine answers. Signals: ``changed()`` when the engine is ready
    or has failed (see ``status`` and ``problem``).

    The engine's signals are connected to methods of this object (never to lambdas,
    which PySide would run in the speech thread), so they run on the GUI thread.
    """

    changed = Signal()

    def __init__(
        self,
        timeout: float = STARTUP_TIMEOUT,
        engines: Sequence[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = Status.OFF
        self.problem = ""  # why there is no voice, once it failed
        self.note = ""  # e.g. no voice for the app's language (the default one speaks)
        self._timeout = timeout
        self._engines = engines
        self._plan: list[tuple[str, float]] = []  # (engine, delay before trying it)
        self._trying = ""
        self._speech: Any = None
        self._done: threading.Event | None = None
        self._speaking = False
        self._silent = False  # speech-dispatcher took the connection and said nothing
        self._closed = False
        self._voice_after_locale = False
        self._handoff: queue.Queue[tuple[threading.Event, Any, Answer | None]] = queue.Queue()
        self._poll = QTimer(self)  # for the speech thread's handoff
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._gave_up)

    # --- starting ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the engine in the background (once); ``changed`` tells how it went."""
        if self.status is not Status.OFF:
            return
        self.status = Status.STARTING
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            text = QCoreApplication.translate(
                "Speech", "Spoken steps are off: speech could not load (%1)."
            )
            self._fail(text.replace("%1", str(exc)))
            return
        engines = (  # Qt's mock engine only when asked for by name (tests)
            list(self._engines)
            if self._engines is not None
            else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        )
        self._plan = [
            (engine, RETRY_SECONDS if attempt and not index else 0.0)
            for attempt in range(ATTEMPTS)
            for index, engine in enumerate(engines)
        ]
        probe = min(PROBE_SECONDS, self._timeout / 2) if "speechd" in engines else None
        threading.Thread(
            target=_serve, args=(self._handoff, probe), name="speech", daemon=True
        ).start()
        self._deadline.start(int(self._timeout * 1000))
        self._poll.start()

    def _collect(self) -> None:
        """The speech thread is up (and has asked speech-dispatcher): try the engines."""
        try:
            self._done, self._speech, answer = self._handoff.get_nowait()
        except queue.Empty:
            return
        self._poll.stop()
        if self._closed:
            _finish(self._done, self._speech)
            self._done = self._speech = None
            return
        self._speech.engineChanged.connect(self._engine_changed)
        self._speech.stateChanged.connect(self._state_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        # Deleted without close() (its owner went away): the thread ends all the same.
        self.destroyed.connect(functools.partial(_finish, self._done, self._speech))
        if answer is Answer.SILENT:  # leave it alone: see speechd_probe
            self._plan = [step for step in self._plan if step[0] != "speechd"]
            self._silent = True
        self._try_next()

    def _try_next(self) -> None:
        if self.status is not Status.STARTING:
            return
        if not self._plan:
            self._fail(
                QCoreApplication.translate(
                    "Speech",
                    "Spoken steps are off: the speech service (speech-dispatcher) does not "
                    "answer. Restarting the computer, or speech-dispatcher, may help.",
                )
                if self._silent
                else QCoreApplication.translate(
                    "Speech",
                    "Spoken steps are off: no speech engine is available "
                    "(install speech-dispatcher to hear them).",
                )
            )
            return
        engine, delay = self._plan.pop(0)
        if delay:
            QTimer.singleShot(int(delay * 1000), self, lambda: self._set_engine(engine))
        else:
            self._set_engine(engine)

    def _set_engine(self, engine: str) -> None:
        if self.status is not Status.STARTING or self._speech is None:
            return
        if self._trying == engine:  # setting the same name again would do nothing
            self._invoke("setEngine", Q_ARG(str, PLACEHOLDER))
        self._trying = engine
        self._invoke("setEngine", Q_ARG(str, engine))

    def _engine_changed(self, engine: str) -> None:
        if self.status is not Status.STARTING or engine != self._trying:
            return  # the placeholder between two tries, or an answer after giving up
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._speech.state() == QTextToSpeech.State.Error:
            self._try_next()
            return
        self._deadline.stop()
        self.status = Status.READY
        self._match_language()
        self.changed.emit()

    def _gave_up(self) -> None:
        if self.status is Status.STARTING:
            text = QCoreApplication.translate(
                "Speech",
                "Spoken steps are off: the speech engine did not answer within %1 "
                "seconds (restarting speech-dispatcher may help).",
            )
            self._fail(text.replace("%1", f"{self._timeout:g}"))

    def _fail(self, problem: str) -> None:
        self._deadline.stop()
        self.status = Status.FAILED
        self.problem = problem
        self.changed.emit()

    # --- the app's language ----------------------------------------------------------------

    def _match_language(self) -> None:
        """The locale, then a voice, of the app's language (see voice_language)."""
        locale, note = locale_for(self._speech)
        self.note = note or ""
        if locale is None:
            return
        if locale == self._speech.locale():
            self._match_voice()
            return
        self._voice_after_locale = True
        self._speech.localeChanged.connect(self._locale_changed)
        self._invoke("setLocale", Q_ARG(QLocale, locale))

    def _locale_changed(self, _locale: QLocale) -> None:
        if self._voice_after_locale:
            self._voice_after_locale = False
            self._match_voice()

    def _match_voice(self) -> None:
        from PySide6.QtTextToSpeech import QVoice

        voice = voice_for(self._speech)
        if voice is not None:
            self._invoke("setVoice", Q_ARG(QVoice, voice))

    # --- speaking ----------------------------------------------------------------------------

    def say(self, text: str) -> bool:
        """Speak *text* if the engine is ready; returns whether it was sent."""
        if self.status is not Status.READY or not text:
            return False
        self._speaking = True  # until the engine says otherwise
        self._invoke("say", Q_ARG(str, text))
        return True

    def stop(self) -> None:
        if self.status is Status.READY:
            self._speaking = False
            self._invoke("stop")

    def speaking(self) -> bool:
        return self._speaking

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)

    def close(self) -> None:
        """End the speech thread (without waiting for it: it may be stuck in the daemon)."""
        self._deadline.stop()
        self._closed = True
        if self.status in (Status.STARTING, Status.READY):
            self.status = Status.FAILED
            self.problem = QCoreApplication.translate(
                "Speech", "Spoken steps are off: speech was closed."
            )
        if self._done is not None:
            _finish(self._done, self._speech)
            self._speech = None  # the thread holds it too, and deletes it when it ends
            self._done = None

    def _invoke(self, method: str, *args: Any) -> None:
        QMetaObject.invokeMethod(self._speech, method, QUEUED, *args)
