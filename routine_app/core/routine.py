"""Immutable routine objects, as loaded from routine files (format versions 1 and 2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from routine_app.core.labelled import Labelled
from routine_app.i18n import N_


class Kind(Labelled):
    SELF_MASSAGE = "self-massage", N_("Self-massage")
    STRETCH = "stretch", N_("Stretch")


class Position(Labelled):
    """Where the body is during a routine (format 2)."""

    FLOOR = "floor", N_("On the floor")
    SEATED = "seated", N_("Seated")
    STANDING = "standing", N_("Standing")


class Intensity(Labelled):
    """Regular, or gentle: the flare-day version of a routine (format 2)."""

    REGULAR = "regular", N_("Regular")
    GENTLE = "gentle", N_("Gentle (flare day)")


class Side(Labelled):
    LEFT = "left", N_("Left side")
    RIGHT = "right", N_("Right side")


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
    #: Shown on this step while it runs (format 2), e.g. "Skip this on a flare day".
    caution: str | None = None
    #: Sides alternate rep by rep (left, right, left, right) instead of all reps per side.
    alternate: bool = False
    #: The mirrored picture for the right side (``NAME-right.svg`` beside ``image``).
    image_right: Path | None = None

    def image_for(self, side: Side | None) -> Path | None:
        """The picture for *side*: pictures show the left side, mirrored for the right."""
        if side is Side.RIGHT and self.image_right is not None:
            return self.image_right
        return self.image

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
    #: Format 2 fields; a format 1 file gets these defaults (position unknown).
    position: Position | None = None
    intensity: Intensity = Intensity.REGULAR
    #: The id of this routine's flare-day version, if it has one.
    gentle_version: str | None = None
    #: What is known about this kind of routine and how strongly.
    evidence: str | None = None
    format: int = 1
    #: 1-based line and column of the ``id`` value in the source file, for messages.
    id_position: tuple[int, int] = field(default=(1, 1), compare=False)
    #: Bundled routines: the fields the user's language has no translation for yet.
    untranslated: tuple[str, ...] = field(default=(), compare=False)

    @property
    def total_duration(self) -> float:
        return sum(step.total_duration for step in self.steps)
