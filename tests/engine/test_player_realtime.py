"""One real-clock run: the schedule holds with real timers (margin for a loaded CI box)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from routine_app.core.routine import Kind, Routine, Side, Step
from routine_app.core.segments import expand
from routine_app.engine.clock import SystemClock
from routine_app.engine.player import RoutinePlayer

MARGIN = 0.150


def test_real_clock_keeps_the_schedule(qtbot: QtBot) -> None:
    routine = Routine(
        "rt",
        "RT",
        "S",
        Kind.STRETCH,
        (Step("A", "a", 1), Step("B", "b", 1, sides=(Side.LEFT, Side.RIGHT), rest=1)),
    )
    clock = SystemClock()
    player = RoutinePlayer(expand(routine, lead_in=1), clock)
    starts: list[float] = []
    seconds: list[int] = []
    player.segment_started.connect(lambda _i: starts.append(clock.now()))
    player.remaining_changed.connect(seconds.append)
    began = clock.now()
    with qtbot.waitSignal(player.finished, timeout=10_000):
        player.start()
    assert player.finished_at is not None
    scheduled = [0, 1, 2, 3, 4]
    lateness = [at - began - due for at, due in zip(starts, scheduled, strict=True)]
    assert all(-0.01 < late < MARGIN for late in lateness), lateness
    assert abs(clock.now() - began - 5) < MARGIN
    assert seconds == [1, 1, 1, 1, 1]
