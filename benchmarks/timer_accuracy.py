"""Timer accuracy: the deadline-based RoutinePlayer against a naive tick-counting QTimer,
measured in the same run on the same routine of many short steps, in real time.

Usage: python benchmarks/timer_accuracy.py [--steps 30] [--step-seconds 1]
Prints, for each, the error at the end of the routine and the worst error (early or
late) of a step change (goal for the player: under 20 ms).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from routine_app.core.segments import Segment, SegmentKind
from routine_app.engine.clock import SystemClock
from routine_app.engine.player import RoutinePlayer


def run_player(segments: list[Segment], clock: SystemClock) -> tuple[float, float]:
    player = RoutinePlayer(segments, clock)
    changes: list[float] = []
    player.segment_started.connect(lambda _i: changes.append(clock.now()))
    loop = QEventLoop()
    player.finished.connect(loop.quit)
    began = clock.now()
    player.start()
    loop.exec()
    return summarise(segments, began, changes, clock.now())


def run_naive(segments: list[Segment], clock: SystemClock) -> tuple[float, float]:
    """Counts 1 s ticks of a default (coarse) QTimer, as a simple implementation would."""
    timer = QTimer()
    timer.setInterval(1000)
    state = {"index": 0, "left": segments[0].duration}
    changes: list[float] = []
    loop = QEventLoop()

    def tick() -> None:
        state["left"] -= 1
        if state["left"] > 0:
            return
        state["index"] += 1
        if state["index"] >= len(segments):
            timer.stop()
            loop.quit()
            return
        state["left"] = segments[int(state["index"])].duration
        changes.append(clock.now())

    timer.timeout.connect(tick)
    began = clock.now()
    changes.append(began)
    timer.start()
    loop.exec()
    return summarise(segments, began, changes, clock.now())


def summarise(
    segments: list[Segment], began: float, changes: list[float], ended: float
) -> tuple[float, float]:
    due, worst = 0.0, 0.0
    for segment, at in zip(segments, changes, strict=False):
        worst = max(worst, abs(at - began - due))
        due += segment.duration
    return ended - began - due, worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--step-seconds", type=int, default=1)
    args = parser.parse_args()
    app = QCoreApplication([])
    segments = [
        Segment(SegmentKind.STEP, i, float(args.step_seconds), f"step {i}")
        for i in range(args.steps)
    ]
    total = args.steps * args.step_seconds
    clock = SystemClock()
    print(f"routine: {args.steps} steps of {args.step_seconds} s = {total} s, real time")
    for name, run in (("RoutinePlayer (deadline)", run_player), ("naive tick counter", run_naive)):
        end_error, worst = run(segments, clock)
        print(
            f"{name:26} end error {end_error * 1000:+8.1f} ms   "
            f"worst step-change error {worst * 1000:7.1f} ms"
        )
    app.quit()


if __name__ == "__main__":
    main()
