"""Clocks the player reads. Time always comes from here, never from counting timer ticks."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...


class SystemClock:
    """Monotonic seconds that keep counting while the computer is suspended.

    Linux's ``CLOCK_BOOTTIME`` includes suspended time (``time.monotonic`` does not),
    so the player can notice that the machine slept and pause instead of pretending
    nothing happened. Elsewhere it falls back to ``time.monotonic``.
    """

    def __init__(self) -> None:
        self._boottime: int | None = getattr(time, "CLOCK_BOOTTIME", None)

    def now(self) -> float:
        if self._boottime is not None:
            return time.clock_gettime(self._boottime)
        return time.monotonic()


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock never goes backwards")
        self._now += seconds
