"""Expansion of a routine into the flat list of timed segments the player runs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from routine_app.core.routine import Routine, Side, Step
from routine_app.i18n import _


class SegmentKind(StrEnum):
    LEAD_IN = "lead-in"
    STEP = "step"
    REST = "rest"


@dataclass(frozen=True, slots=True)
class Segment:
    """One timed stretch of a routine: a step on one side and rep, a rest, or the lead-in.

    ``step_index`` is the 0-based index of the step this segment belongs to
    (for a rest: the step whose sides or reps it separates; -1 for the lead-in).
    """

    kind: SegmentKind
    step_index: int
    duration: float
    name: str
    instructions: str = ""
    side: Side | None = None
    rep: int = 1
    reps: int = 1
    say: str | None = None
    image: Path | None = None
    #: The step's own caution (format 2), shown while it runs.
    caution: str | None = None

    @property
    def is_step(self) -> bool:
        return self.kind is SegmentKind.STEP


def expand(
    routine: Routine, lead_in: float = 0.0, first_side: Side | None = None
) -> tuple[Segment, ...]:
    """Return the segments of *routine* in order.

    Each step runs once per side (in the order listed), and on each side once per rep;
    with ``alternate`` the sides take turns rep by rep instead. A rest of the step's
    ``rest`` length separates consecutive reps and sides, never follows the step's last
    round, and is left out when zero. A lead-in of *lead_in* seconds (if positive) comes
    first. With *first_side* (the side that hurts), steps done on both sides start with
    that side. Right-side rounds (and the rests before them) get the step's mirrored
    picture when it has one.
    """
    segments: list[Segment] = []
    if lead_in > 0:
        first = routine.steps[0]
        cautions = "".join(f"\n• {c}" for c in routine.cautions)
        text = _("Get into position for: {name}.").format(name=first.name)
        if cautions:
            text += "\n\n" + _("Before you start:") + cautions
        segments.append(Segment(SegmentKind.LEAD_IN, -1, lead_in, _("Get ready"), text))
    for index, step in enumerate(routine.steps):
        if first_side is not None and first_side in step.sides:
            step = replace(step, sides=(first_side, *(x for x in step.sides if x != first_side)))
        segments.extend(_expand_step(index, step))
    return tuple(segments)


def _expand_step(index: int, step: Step) -> list[Segment]:
    sides: tuple[Side | None, ...] = step.sides or (None,)
    reps = range(1, step.reps + 1)
    if step.alternate:
        rounds = [(side, rep) for rep in reps for side in sides]
    else:
        rounds = [(side, rep) for side in sides for rep in reps]
    result: list[Segment] = []
    for number, (side, rep) in enumerate(rounds):
        if number and step.rest > 0:
            switching = side is not None and side != rounds[number - 1][0]
            hint = _("Relax.")
            if switching and side is Side.LEFT:
                hint = _("Switch to the left side.")
            elif switching and side is Side.RIGHT:
                hint = _("Switch to the right side.")
            result.append(
                Segment(
                    SegmentKind.REST,
                    index,
                    step.rest,
                    _("Rest"),
                    hint,
                    side=side,
                    rep=rep,
                    reps=step.reps,
                    image=step.image_for(side),  # how to get into the next round
                )
            )
        result.append(
            Segment(
                SegmentKind.STEP,
                index,
                step.duration,
                step.name,
                step.instructions,
                side=side,
                rep=rep,
                reps=step.reps,
                say=step.say,
                image=step.image_for(side),
                caution=step.caution,
            )
        )
    return result


def total_duration(segments: tuple[Segment, ...]) -> float:
    return sum(s.duration for s in segments)
