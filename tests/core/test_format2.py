"""Routine format 2: position, intensity, gentle link, evidence, step caution, alternate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routine_app.core.loader import load_routine_bytes, load_routine_file
from routine_app.core.problems import Problem, RoutineError
from routine_app.core.routine import Intensity, Position, Side
from routine_app.core.segments import SegmentKind, expand
from routine_app.core.writer import RoutineDraft, StepDraft, draft_from_routine, to_yaml
from routine_app.resources import assets_dir
from tests.conftest import VALID_ROUTINE

Write = Callable[..., Path]

V2 = VALID_ROUTINE.replace("format: 1\n", "format: 2\n").replace(
    "kind: stretch\n",
    "kind: stretch\nposition: seated\nintensity: gentle\ngentle_version: other-one\n"
    "evidence: Low quality evidence, short-term benefit.\n",
)


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(RoutineError) as info:
        load_routine_file(path, asset_dirs=[assets_dir()])
    return list(info.value.problems)


def test_format_2_fields_load(write_routine: Write) -> None:
    text = V2.replace(
        "    rest: 5s\n",
        "    rest: 5s\n    alternate: true\n    caution: Skip this on a flare day.\n",
    )
    routine = load_routine_file(write_routine(text))
    assert routine.format == 2
    assert routine.position is Position.SEATED
    assert routine.intensity is Intensity.GENTLE
    assert routine.gentle_version == "other-one"
    assert routine.evidence == "Low quality evidence, short-term benefit."
    step = routine.steps[1]
    assert step.alternate and step.caution == "Skip this on a flare day."
    assert routine.steps[0].caution is None and not routine.steps[0].alternate


def test_format_1_file_keeps_loading_with_defaults(write_routine: Write) -> None:
    routine = load_routine_file(write_routine(VALID_ROUTINE))
    assert routine.format == 1
    assert routine.position is None and routine.intensity is Intensity.REGULAR
    assert routine.gentle_version is None and routine.evidence is None


def test_format_2_keys_in_a_format_1_file_say_what_to_change(write_routine: Write) -> None:
    text = VALID_ROUTINE.replace("kind: stretch\n", "kind: stretch\nposition: floor\n").replace(
        "    rest: 5s\n", "    rest: 5s\n    alternate: true\n"
    )
    messages = [p.message for p in problems_of(write_routine(text))]
    assert messages == [
        "key 'position' needs format 2; this file says 'format: 1' "
        "(change it to 'format: 2' and add 'position')",
        "key 'alternate' needs format 2; this file says 'format: 1' "
        "(change it to 'format: 2' and add 'position')",
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("position: seated\n", "", "the routine is missing required key 'position'"),
        ("position: seated", "position: lying", "position must be one of 'floor', 'seated'"),
        ("intensity: gentle", "intensity: hard", "intensity must be one of 'regular', 'gentle'"),
        ("gentle_version: other-one", "gentle_version: Other One", "id 'Other One' must use"),
        ("gentle_version: other-one", "gentle_version: test-routine", "must name another"),
        ("evidence: Low quality evidence, short-term benefit.", "evidence: ''", "must not be"),
    ],
)
def test_bad_format_2_values_are_explained(
    write_routine: Write, old: str, new: str, message: str
) -> None:
    assert old in V2
    problems = problems_of(write_routine(V2.replace(old, new)))
    assert len(problems) == 1 and message in problems[0].message, problems


def test_alternate_needs_sides_and_a_boolean(write_routine: Write) -> None:
    text = V2.replace("    duration: 10s\n", "    duration: 10s\n    alternate: true\n")
    text = text.replace("    rest: 5s\n", "    rest: 5s\n    alternate: often\n")
    messages = [p.message for p in problems_of(write_routine(text))]
    assert messages == [
        "alternate: true needs sides, e.g. 'sides: [left, right]'",
        "alternate must be true or false",
    ]


def test_alternate_sides_take_turns_rep_by_rep(write_routine: Write) -> None:
    text = V2.replace("    rest: 5s\n", "    rest: 5s\n    alternate: true\n")
    routine = load_routine_file(write_routine(text))
    rounds = [
        (s.kind.value, s.side.value if s.side else None, s.rep)
        for s in expand(routine)
        if s.step_index == 1
    ]
    assert rounds == [
        ("step", "left", 1),
        ("rest", "right", 1),
        ("step", "right", 1),
        ("rest", "left", 2),
        ("step", "left", 2),
        ("rest", "right", 2),
        ("step", "right", 2),
    ]
    assert sum(s.duration for s in expand(routine)) == routine.total_duration
    # the side that hurts still goes first
    first = [s.side for s in expand(routine, first_side=Side.RIGHT) if s.is_step][1:]
    assert first == [Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT]


def test_right_side_rounds_get_the_mirrored_picture(write_routine: Write, tmp_path: Path) -> None:
    (tmp_path / "pose.svg").write_text("<svg/>")
    (tmp_path / "pose-right.svg").write_text("<svg/>")
    text = V2.replace("    rest: 5s\n", "    rest: 5s\n    image: pose.svg\n")
    text = text.replace("    duration: 10s\n", "    duration: 10s\n    image: pose.svg\n")
    routine = load_routine_file(write_routine(text))
    assert routine.steps[0].image_right is None, "a step without sides needs no mirror"
    pictures = {(s.side, s.image.name if s.image else None) for s in expand(routine) if s.is_step}
    assert pictures == {
        (None, "pose.svg"),
        (Side.LEFT, "pose.svg"),
        (Side.RIGHT, "pose-right.svg"),
    }


def test_without_a_mirror_both_sides_show_the_same_picture(
    write_routine: Write, tmp_path: Path
) -> None:
    (tmp_path / "pose.svg").write_text("<svg/>")
    text = V2.replace("    rest: 5s\n", "    rest: 5s\n    image: pose.svg\n")
    routine = load_routine_file(write_routine(text))
    assert {s.image for s in expand(routine) if s.side and s.is_step} == {tmp_path / "pose.svg"}


def test_step_caution_travels_with_each_segment(write_routine: Write) -> None:
    text = V2.replace("    rest: 5s\n", "    rest: 5s\n    caution: Skip on a flare day.\n")
    segments = [s for s in expand(load_routine_file(write_routine(text))) if s.step_index == 1]
    steps = [s for s in segments if s.kind is SegmentKind.STEP]
    assert {s.caution for s in steps} == {"Skip on a flare day."}


def test_format_2_round_trips_through_the_editor_format(write_routine: Write) -> None:
    text = V2.replace(
        "    rest: 5s\n", "    rest: 5s\n    alternate: true\n    caution: Go gently.\n"
    )
    path = write_routine(text)
    routine = load_routine_file(path)
    yaml_text, where = to_yaml(draft_from_routine(routine))
    assert yaml_text.startswith("format: 2\n")
    assert load_routine_bytes(yaml_text.encode(), path) == routine
    assert (1, "alternate") in where.values() and (None, "evidence") in where.values()


def test_a_draft_without_position_stays_format_1_and_extra_fields_are_explained() -> None:
    draft = RoutineDraft(
        "mine", "Mine", "Short", "stretch", steps=[StepDraft("A", "Do it", "30s", caution="Hm")]
    )
    text, where = to_yaml(draft)
    assert text.startswith("format: 1\n")
    with pytest.raises(RoutineError) as info:
        load_routine_bytes(text.encode(), Path("mine.yaml"))
    (problem,) = info.value.problems
    assert where[problem.line] == (0, "caution") and "needs format 2" in problem.message


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda t: t.strip() == t and t)


@settings(max_examples=60, deadline=None)
@given(
    position=st.sampled_from(["floor", "seated", "standing"]),
    intensity=st.sampled_from(["regular", "gentle"]),
    evidence=texts,
    caution=texts,
    alternate=st.booleans(),
)
def test_any_format_2_draft_round_trips(
    position: str, intensity: str, evidence: str, caution: str, alternate: bool
) -> None:
    draft = RoutineDraft(
        "mine",
        "Mine",
        "Short",
        "stretch",
        steps=[StepDraft("A", "Do it", "30s", "left, right", 2, "5s", "", "", caution, alternate)],
        position=position,
        intensity=intensity,
        gentle_version="mine-gentle",
        evidence=evidence,
    )
    text, _ = to_yaml(draft)
    routine = load_routine_bytes(text.encode(), Path("mine.yaml"))
    assert routine.position == Position(position) and routine.intensity == Intensity(intensity)
    assert routine.evidence == evidence and routine.steps[0].caution == caution
    assert routine.steps[0].alternate is alternate
    assert to_yaml(draft_from_routine(routine))[0] == text
