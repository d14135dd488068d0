"""Immutable routine objects, as loaded from routine files (format version 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Kind(StrEnum):
    SELF_MASSAGE = "self-massage"
    STRETCH = "stretch"

    @property
    def label(self) -> str:
        return "Self-massage" if self is Kind.SELF_MASSAGE else "Stretch"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def label(self) -> str:
        return "Left side" if self is Side.LEFT else "Right side"


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a routine. ``sides`` empty means the step is done once, not per side."""

    name: str
    instructions: str
    duration: float
    sides: tuple[Side, ...] = ()
    reps: int = 1
    rest: float = 0.0
    image: Path | None = None
    say: str | None = None

    @property
    def total_duration(self) -> float:
        """Time the step takes with all its sides, reps and the rests between them."""
        rounds = max(1, len(self.sides)) * self.reps
        return rounds * self.duration + (rounds - 1) * self.rest


@dataclass(frozen=True, slots=True)
class Routine:
    """A routine: metadata, cautions and a non-empty tuple of steps."""

    id: str
    title: str
    summary: str
    kind: Kind
    steps: tuple[Step, ...]
    equipment: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    source: Path | None = None
    bundled: bool = False
    #: 1-based line and column of the ``id`` value in the source file, for messages.
    id_position: tuple[int, int] = field(default=(1, 1), compare=False)

    @property
    def total_duration(self) -> float:
        return sum(step.total_duration for step in self.steps)
