"""The routine player: runs a routine's timed segments on a monotonic deadline.

Each segment ends at a deadline computed from the previous one (never from
counting ticks), so the routine cannot drift. A precise single-shot timer wakes
the player exactly when the next whole second is due, or the segment ends.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from routine_app.core import session
from routine_app.core.segments import Segment
from routine_app.engine.clock import Clock, SystemClock

#: "Previous" pressed within this many seconds of a step's start goes to the step before.
PREVIOUS_GRACE = 2.0
#: A gap this long between two wake-ups while running means the computer slept.
SLEEP_GAP = 3.0


class State(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class RoutinePlayer(QObject):
    """Plays *segments*; the UI only forwards commands and shows what the signals say.

    Signals:
        segment_started(int): the segment at this index has begun (also after next/previous).
        remaining_changed(int): whole seconds left in the segment, emitted once per value.
        paused(), resumed(), finished(), stopped(), state_changed(str).
        slept(): the computer was suspended; the player paused where it was.
    """

    segment_started = Signal(int)
    remaining_changed = Signal(int)
    paused = Signal()
    resumed = Signal()
    finished = Signal()
    stopped = Signal()
    slept = Signal()
    state_changed = Signal(str)

    def __init__(
        self,
        segments: Sequence[Segment],
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not segments:
            raise ValueError("a routine needs at least one segment")
        self.segments = tuple(segments)
        self._clock = clock or SystemClock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._state = State.IDLE
        self._index = 0
        self._segment_start = 0.0  # clock time the current segment began (pauses excluded)
        self._paused_elapsed = 0.0
        self._shown: int | None = None
        self._last_poll = 0.0
        self.finished_at: float | None = None

    # --- what the UI reads ------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def segment(self) -> Segment:
        return self.segments[self._index]

    @property
    def total_duration(self) -> float:
        return sum(s.duration for s in self.segments)

    def elapsed_in_segment(self) -> float:
        if self._state is State.RUNNING:
            return min(self.segment.duration, self._clock.now() - self._segment_start)
        if self._state is State.PAUSED:
            return self._paused_elapsed
        return self.segment.duration if self._state is State.FINISHED else 0.0

    def remaining_in_segment(self) -> float:
        return max(0.0, self.segment.duration - self.elapsed_in_segment())

    def elapsed_overall(self) -> float:
        before = sum(s.duration for s in self.segments[: self._index])
        return before + self.elapsed_in_segment()

    def parts_done(self) -> int:
        """How many timed parts (step segments, not rests or the lead-in) were completed."""
        return session.parts_done(self.segments, self._index, self._state is State.FINISHED)

    def parts_total(self) -> int:
        return session.parts_total(self.segments)

    def step_count(self) -> session.StepCount:
        """Steps and timed parts done so far (core.session.count_steps)."""
        return session.count_steps(self.segments, self.parts_done())

    # --- commands -----------------------------------------------------------------------

    def start(self) -> None:
        if self._state in (State.RUNNING, State.PAUSED):
            return
        self._set_state(State.RUNNING)
        self._enter(0, self._clock.now())

    def pause(self) -> None:
        if self._state is State.RUNNING:
            self._pause_at(self._clock.now())

    def resume(self) -> None:
        if self._state is not State.PAUSED:
            return
        now = self._clock.now()
        self._segment_start = now - self._paused_elapsed
        self._last_poll = now
        self._set_state(State.RUNNING)
        self.resumed.emit()
        self.poll()

    def toggle_pause(self) -> None:
        if self._state is State.RUNNING:
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()
        elif self._state is State.IDLE:
            self.start()

    def next(self) -> None:
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        if self._index + 1 >= len(self.segments):
            self._finish(self._clock.now())
            return
        self._jump(self._index + 1)

    def previous(self) -> None:
        """Restart the current segment; within its first 2 s, go to the one before."""
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        early = self.elapsed_in_segment() < PREVIOUS_GRACE
        self._jump(self._index - 1 if early and self._index > 0 else self._index)

    def restart(self) -> None:
        if self._state is State.IDLE:
            return
        self._timer.stop()
        self._set_state(State.RUNNING)
        self._enter(0, self._clock.now())

    def stop(self) -> None:
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        self._timer.stop()
        self._set_state(State.STOPPED)
        self.stopped.emit()

    # --- the clock loop -----------------------------------------------------------------

    def poll(self) -> None:
        """Bring the player up to the clock's time; called by the timer (or a test)."""
        if self._state is not State.RUNNING:
            return
        now = self._clock.now()
        if now - self._last_poll > SLEEP_GAP:
            self._pause_at(self._last_poll)
            self.slept.emit()
            return
        self._last_poll = now
        while now >= self._segment_start + self.segment.duration:
            end = self._segment_start + self.segment.duration
            if self._index + 1 >= len(self.segments):
                self._finish(end)
                return
            self._enter(self._index + 1, end, poll=False)
        self._show_remaining(now)
        self._schedule(now)

    def _enter(self, index: int, start: float, poll: bool = True) -> None:
        self._index = index
        self._segment_start = start
        self._shown = None
        self._last_poll = max(self._last_poll, start) if not poll else self._clock.now()
        self.segment_started.emit(index)
        if poll:
            self.poll()

    def _jump(self, index: int) -> None:
        was_paused = self._state is State.PAUSED
        self._timer.stop()
        self._enter(index, self._clock.now(), poll=not was_paused)
        if was_paused:
            self._paused_elapsed = 0.0
            self._shown = None
            self._show_remaining(self._clock.now())

    def _show_remaining(self, now: float) -> None:
        elapsed = self._paused_elapsed if self._state is State.PAUSED else now - self._segment_start
        remaining = max(1, math.ceil(self.segment.duration - elapsed - 1e-9))
        if self._shown is None:
            self._shown = remaining
            self.remaining_changed.emit(remaining)
            return
        while self._shown > remaining:  # a late wake-up still shows every second, in order
            self._shown -= 1
            self.remaining_changed.emit(self._shown)

    def _schedule(self, now: float) -> None:
        end = self._segment_start + self.segment.duration
        next_second = end - (self._shown or 1) + 1
        wake = next_second if next_second > now else end
        self._timer.start(max(0, math.ceil((min(wake, end) - now) * 1000)))

    def _pause_at(self, moment: float) -> None:
        self._timer.stop()
        self._paused_elapsed = max(0.0, min(self.segment.duration, moment - self._segment_start))
        self._set_state(State.PAUSED)
        self.paused.emit()

    def _finish(self, moment: float) -> None:
        self._timer.stop()
        self.finished_at = moment
        self._set_state(State.FINISHED)
        self.finished.emit()

    def _set_state(self, state: State) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)
