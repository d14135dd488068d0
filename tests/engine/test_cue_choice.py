"""Which chime starts each segment: a step, a rest, or the same step on the other side."""

from __future__ import annotations

from routine_app.core.routine import Kind, Routine, Side, Step
from routine_app.core.segments import expand
from routine_app.engine.cues import Cue, announcement, cue_for


def chimes(*steps: Step) -> list[Cue]:
    segments = expand(Routine("r", "R", "S", Kind.STRETCH, steps))
    return [cue_for(segments, i) for i in range(len(segments))]


def test_both_sides_with_a_rest_between() -> None:
    step = Step("Stretch", "do", 30, sides=(Side.LEFT, Side.RIGHT), rest=10)
    assert chimes(step) == [Cue.STEP_START, Cue.REST_START, Cue.SWITCH_SIDE]


def test_reps_on_one_side_are_not_a_switch() -> None:
    step = Step("Stretch", "do", 30, sides=(Side.LEFT,), reps=2)
    assert chimes(step) == [Cue.STEP_START, Cue.STEP_START]


def test_taking_turns_switches_every_rep() -> None:
    step = Step("Stretch", "do", 30, sides=(Side.LEFT, Side.RIGHT), reps=2, alternate=True)
    assert chimes(step) == [Cue.STEP_START] + [Cue.SWITCH_SIDE] * 3


def test_a_new_step_on_the_other_side_is_a_new_step() -> None:
    left = Step("One", "do", 30, sides=(Side.LEFT,))
    right = Step("Two", "do", 30, sides=(Side.RIGHT,))
    assert chimes(left, right) == [Cue.STEP_START, Cue.STEP_START]


def test_the_voice_says_rest_and_the_side() -> None:
    step = Step("Stretch", "do", 30, sides=(Side.LEFT, Side.RIGHT), rest=10)
    segments = expand(Routine("r", "R", "S", Kind.STRETCH, (step,)))
    spoken = [announcement(s) for s in segments]
    assert spoken[0] == "Stretch, left side"
    assert spoken[1].lower().startswith("rest")
    assert spoken[2] == "Stretch, right side"
