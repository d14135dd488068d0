from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from routine_app.core.loader import load_routine_file
from routine_app.core.routine import Kind, Routine, Side, Step
from routine_app.core.segments import SegmentKind, expand, total_duration
from routine_app.resources import assets_dir
from tests.conftest import BUNDLED


def routine_of(*steps: Step) -> Routine:
    return Routine("r", "R", "S", Kind.STRETCH, steps)


def describe(routine: Routine, lead_in: float = 0) -> list[tuple[str, int, str | None, int, float]]:
    return [
        (s.kind.value, s.step_index, s.side.value if s.side else None, s.rep, s.duration)
        for s in expand(routine, lead_in)
    ]


def test_single_step_is_one_segment() -> None:
    assert describe(routine_of(Step("A", "do", 30))) == [("step", 0, None, 1, 30)]


def test_sides_then_reps_with_rests_between_but_not_after() -> None:
    step = Step("A", "do", 30, sides=(Side.RIGHT, Side.LEFT), reps=2, rest=5)
    assert describe(routine_of(step)) == [
        ("step", 0, "right", 1, 30),
        ("rest", 0, "right", 2, 5),
        ("step", 0, "right", 2, 30),
        ("rest", 0, "left", 1, 5),
        ("step", 0, "left", 1, 30),
        ("rest", 0, "left", 2, 5),
        ("step", 0, "left", 2, 30),
    ]


def test_zero_rest_adds_no_segments() -> None:
    step = Step("A", "do", 10, sides=(Side.LEFT, Side.RIGHT), reps=3)
    assert [s.kind for s in expand(routine_of(step))] == [SegmentKind.STEP] * 6


def test_rest_before_a_side_change_says_to_switch() -> None:
    step = Step("A", "do", 10, sides=(Side.LEFT, Side.RIGHT), rest=5)
    rest = expand(routine_of(step))[1]
    assert rest.kind is SegmentKind.REST
    assert rest.instructions == "Switch to the right side."


def test_lead_in_comes_first_and_names_the_first_step() -> None:
    segments = expand(routine_of(Step("Settle", "do", 10), Step("B", "do", 20)), lead_in=5)
    assert segments[0].kind is SegmentKind.LEAD_IN
    assert segments[0].duration == 5
    assert "Settle" in segments[0].instructions
    assert [s.step_index for s in segments] == [-1, 0, 1]


def test_expansion_total_matches_routine_total(write_routine: Callable[..., Path]) -> None:
    for path in [*BUNDLED, write_routine()]:
        routine = load_routine_file(path, asset_dirs=[assets_dir()])
        assert total_duration(expand(routine)) == routine.total_duration
        assert total_duration(expand(routine, lead_in=5)) == routine.total_duration + 5


def test_lead_in_lists_the_cautions() -> None:
    routine = Routine(
        "r",
        "R",
        "S",
        Kind.STRETCH,
        (Step("A", "do", 10),),
        cautions=("Do not bounce.", "Stop if pain spreads."),
    )
    lead_in = expand(routine, lead_in=5)[0]
    assert "Before you start:\n• Do not bounce.\n• Stop if pain spreads." in lead_in.instructions
