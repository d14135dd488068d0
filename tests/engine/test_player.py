"""Player semantics on an injected clock: no event loop, no waiting."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from routine_app.core.routine import Kind, Routine, Side, Step
from routine_app.core.segments import SegmentKind, expand
from routine_app.engine.clock import FakeClock
from routine_app.engine.player import RoutinePlayer, State

ROUTINE = Routine(
    "r",
    "R",
    "S",
    Kind.STRETCH,
    (
        Step("Settle", "lie down", 5),
        Step("Stretch", "hold", 4, sides=(Side.LEFT, Side.RIGHT), rest=2),
    ),
)


class Recorder:
    def __init__(self, player: RoutinePlayer) -> None:
        self.events: list[tuple[str, object]] = []
        player.segment_started.connect(lambda i: self.events.append(("segment", i)))
        player.remaining_changed.connect(lambda s: self.events.append(("second", s)))
        for name in ("paused", "resumed", "finished", "stopped", "slept"):
            getattr(player, name).connect(self._note(name))

    def _note(self, name: str) -> Callable[[], None]:
        def note() -> None:
            self.events.append((name, None))

        return note

    def of(self, kind: str) -> list[object]:
        return [value for name, value in self.events if name == kind]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make(qtbot: QtBot, clock: FakeClock, lead_in: float = 3) -> tuple[RoutinePlayer, Recorder]:
    player = RoutinePlayer(expand(ROUTINE, lead_in=lead_in), clock)
    return player, Recorder(player)


def run_for(player: RoutinePlayer, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        player.poll()


def test_segments_run_in_order_with_every_second_shown_once(qtbot: QtBot, clock: FakeClock) -> None:
    player, rec = make(qtbot, clock)
    assert [s.kind for s in player.segments] == [
        SegmentKind.LEAD_IN,
        SegmentKind.STEP,
        SegmentKind.STEP,
        SegmentKind.REST,
        SegmentKind.STEP,
    ]
    player.start()
    run_for(player, clock, 3 + 5 + 4 + 2 + 4)
    assert rec.of("segment") == [0, 1, 2, 3, 4]
    assert rec.of("second") == [3, 2, 1, 5, 4, 3, 2, 1, 4, 3, 2, 1, 2, 1, 4, 3, 2, 1]
    assert player.state is State.FINISHED
    assert player.finished_at == pytest.approx(1000 + 18)
    assert player.parts_done() == player.parts_total() == 3


def test_late_wake_up_catches_up_without_drift_or_skipped_seconds(
    qtbot: QtBot, clock: FakeClock
) -> None:
    player, rec = make(qtbot, clock, lead_in=0)
    player.start()
    clock.advance(2.7)  # woke 1.7 s late: 5 -> 4 -> 3 all still shown
    player.poll()
    assert rec.of("second") == [5, 4, 3]
    clock.advance(2.6)  # crosses into the next segment at exactly t = 5
    player.poll()
    assert player.index == 1
    assert player.remaining_in_segment() == pytest.approx(4 - 0.3)


def test_pause_and_resume_lose_and_gain_nothing(qtbot: QtBot, clock: FakeClock) -> None:
    player, rec = make(qtbot, clock, lead_in=0)
    player.start()
    run_for(player, clock, 2)
    player.pause()
    clock.advance(100)
    player.poll()
    assert player.state is State.PAUSED
    assert player.remaining_in_segment() == pytest.approx(3)
    player.resume()
    run_for(player, clock, 3)
    assert player.index == 1 and player.elapsed_in_segment() == pytest.approx(0)
    run_for(player, clock, 10)
    assert player.finished_at == pytest.approx(1000 + 100 + 15)
    assert rec.of("paused") == [None] and rec.of("resumed") == [None]
    assert rec.of("second")[:5] == [5, 4, 3, 2, 1]


def test_next_and_previous_like_a_music_player(qtbot: QtBot, clock: FakeClock) -> None:
    player, rec = make(qtbot, clock, lead_in=0)
    player.start()
    player.next()
    assert player.index == 1 and player.remaining_in_segment() == 4
    clock.advance(1)
    player.previous()  # within 2 s: back to the step before
    assert player.index == 0 and player.remaining_in_segment() == 5
    clock.advance(3)
    player.poll()
    player.previous()  # later: restart this step
    assert player.index == 0 and player.remaining_in_segment() == 5
    player.pause()
    player.next()  # paused stays paused, at the start of the next segment
    assert player.state is State.PAUSED and player.index == 1
    assert player.remaining_in_segment() == 4
    for _ in range(3):
        player.next()
    assert player.state is State.FINISHED
    assert rec.of("finished") == [None]


def test_restart_and_stop(qtbot: QtBot, clock: FakeClock) -> None:
    player, rec = make(qtbot, clock, lead_in=0)
    player.stop()
    assert player.state is State.IDLE, "nothing to stop before starting"
    player.start()
    run_for(player, clock, 7)
    assert player.index == 1
    player.restart()
    assert player.index == 0 and player.state is State.RUNNING
    run_for(player, clock, 6)
    player.stop()
    assert player.state is State.STOPPED and rec.of("stopped") == [None]
    assert player.parts_done() == 1
    player.pause()
    player.resume()
    player.next()
    assert player.state is State.STOPPED, "commands after stop do nothing"


def test_toggle_pause_starts_pauses_and_resumes(qtbot: QtBot, clock: FakeClock) -> None:
    player, _ = make(qtbot, clock)
    player.toggle_pause()
    assert player.state is State.RUNNING
    player.toggle_pause()
    assert player.state is State.PAUSED
    player.toggle_pause()
    assert player.state is State.RUNNING


def test_suspended_computer_comes_back_paused_where_it_was(qtbot: QtBot, clock: FakeClock) -> None:
    player, rec = make(qtbot, clock, lead_in=0)
    player.start()
    run_for(player, clock, 3)
    clock.advance(3600)  # the laptop lid was closed for an hour
    player.poll()
    assert player.state is State.PAUSED
    assert player.index == 0
    assert player.remaining_in_segment() == pytest.approx(2)
    assert rec.of("slept") == [None]
    player.resume()
    run_for(player, clock, 2)
    assert player.index == 1


def test_empty_routine_is_refused() -> None:
    with pytest.raises(ValueError):
        RoutinePlayer((), FakeClock())
