"""Every rule of the routine format, and hostile input, against the real loader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from routine_app.core.loader import load_routine_file
from routine_app.core.problems import Problem, RoutineError
from routine_app.core.routine import Kind, Side
from routine_app.core.safeyaml import MAX_BYTES
from routine_app.resources import assets_dir
from tests.conftest import BUNDLED, VALID_ROUTINE

Write = Callable[..., Path]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(RoutineError) as info:
        load_routine_file(path, asset_dirs=[assets_dir()])
    return list(info.value.problems)


def only_problem(path: Path) -> Problem:
    problems = problems_of(path)
    assert len(problems) == 1, problems
    return problems[0]


def replace(old: str, new: str) -> str:
    assert old in VALID_ROUTINE
    return VALID_ROUTINE.replace(old, new, 1)


def test_valid_file_loads_into_immutable_routine(write_routine: Write) -> None:
    routine = load_routine_file(write_routine())
    assert routine.id == "test-routine"
    assert routine.kind is Kind.STRETCH
    assert routine.equipment == ("Mat",)
    assert routine.cautions == ("Stop if pain spreads down the leg.",)
    assert [s.name for s in routine.steps] == ["Settle", "Stretch"]
    stretch = routine.steps[1]
    assert (stretch.duration, stretch.sides, stretch.reps, stretch.rest) == (
        30.0,
        (Side.LEFT, Side.RIGHT),
        2,
        5.0,
    )
    # 10 + 4 rounds of 30 s + 3 rests of 5 s
    assert routine.total_duration == 10 + 120 + 15
    with pytest.raises(AttributeError):
        routine.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_routines_load(path: Path) -> None:
    routine = load_routine_file(path, asset_dirs=[assets_dir()], bundled=True)
    assert routine.cautions, "every bundled routine lists its cautions"
    assert all(len(step.instructions) > 80 for step in routine.steps), "real instructions"
    assert routine.total_duration <= 20 * 60
    assert all(step.image is not None and step.image.suffix == ".svg" for step in routine.steps)


def test_bundled_routines_cover_the_four_techniques() -> None:
    ids = {load_routine_file(p, asset_dirs=[assets_dir()]).id for p in BUNDLED}
    assert ids >= {"foam-roller", "tennis-ball", "piriformis-stretch", "knee-to-chest"}


def test_unknown_key_suggests_the_near_miss(write_routine: Write) -> None:
    path = write_routine(replace("    duration: 10s", "    duraton: 10s"))
    problems = problems_of(path)
    messages = [p.message for p in problems]
    assert "unknown key 'duraton' in step 1; did you mean 'duration'?" in messages
    unknown = next(p for p in problems if "duraton" in p.message)
    assert (unknown.line, unknown.column) == (12, 5)
    assert any("missing required key 'duration'" in m for m in messages)


def test_unknown_top_level_key_without_near_miss_lists_allowed(write_routine: Write) -> None:
    problem = only_problem(write_routine(VALID_ROUTINE + "colour: blue\n"))
    assert problem.message.startswith("unknown key 'colour' in the routine (allowed: format")
    assert (problem.line, problem.column) == (19, 1)


def test_problem_points_at_offending_value(write_routine: Write) -> None:
    problem = only_problem(write_routine(replace("reps: 2", "reps: 0")))
    assert problem.format() == (
        f"{problem.path}:17:11: error: reps must be a whole number from 1 to 100"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("format: 1\n", "", "missing required key 'format'"),
        ("format: 1", "format: one", "format must be a whole number"),
        ("id: test-routine", "id: Test Routine", "id 'Test Routine' must use only lowercase"),
        ("id: test-routine\n", "", "missing required key 'id'"),
        ("title: Test routine\n", "", "missing required key 'title'"),
        ("title: Test routine", "title: ''", "title must not be empty"),
        ("summary: A short routine used by the tests.", "summary: [a, b]", "summary must be text"),
        ("kind: stretch", "kind: yoga", "kind must be 'self-massage' or 'stretch'"),
        ("equipment: [Mat]", "equipment: Mat", "equipment must be a list"),
        ("    duration: 30\n", "    duration: 0.5\n", "duration must be between 1 s and 1 h"),
        ("    duration: 30\n", "    duration: 2h\n", "duration must be between 1 s and 1 h"),
        ("    duration: 30\n", "    duration: soon\n", "is not a duration"),
        ("    duration: 30\n", "    duration: yes\n", "duration: expected a duration"),
        ("sides: [left, right]", "sides: [left, left]", "sides must be [left, right]"),
        ("sides: [left, right]", "sides: left", "sides must be [left, right]"),
        ("reps: 2", "reps: 2.5", "reps must be a whole number"),
        ("reps: 2", "reps: true", "reps must be a whole number"),
        ("rest: 5s", "rest: -5s", "rest:"),
        ("rest: 5s", "rest: 2h", "rest must be between 0 s and 1 h"),
    ],
)
def test_rule_violations_are_reported(
    write_routine: Write, old: str, new: str, message: str
) -> None:
    problems = problems_of(write_routine(replace(old, new)))
    assert any(message in p.message for p in problems), problems


def test_empty_steps_list_is_an_error(write_routine: Write) -> None:
    text = VALID_ROUTINE[: VALID_ROUTINE.index("steps:")] + "steps: []\n"
    assert "steps must be a non-empty list" in only_problem(write_routine(text)).message


def test_newer_format_is_a_clear_error_and_stops_there(write_routine: Write) -> None:
    text = replace("format: 1", "format: 3") + "new_feature: true\n"
    problem = only_problem(write_routine(text))
    assert "format 3 is newer than this version of Sciatica Routines" in problem.message
    assert (problem.line, problem.column) == (1, 9)


def test_routine_longer_than_two_hours_is_rejected(write_routine: Write) -> None:
    text = replace("    duration: 30\n", "    duration: 1h\n").replace("reps: 2", "reps: 1")
    text = text.replace("rest: 5s", "rest: 1s")
    problem = only_problem(write_routine(text))
    assert "the limit is 120 min" in problem.message
    assert problem.line == 10  # the steps node


def test_duplicate_key_is_an_error(write_routine: Write) -> None:
    problem = only_problem(
        write_routine(replace("kind: stretch\n", "kind: stretch\nkind: stretch\n"))
    )
    assert problem.message == "duplicate key 'kind' in the routine"


def test_missing_image_is_an_error(write_routine: Write) -> None:
    text = replace("    duration: 10s\n", "    duration: 10s\n    image: nowhere.svg\n")
    problem = only_problem(write_routine(text))
    assert "image file 'nowhere.svg' not found" in problem.message


def test_image_resolves_next_to_the_file_first(write_routine: Write, tmp_path: Path) -> None:
    (tmp_path / "pose.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    text = replace("    duration: 10s\n", "    duration: 10s\n    image: pose.svg\n")
    routine = load_routine_file(write_routine(text), asset_dirs=[assets_dir()])
    assert routine.steps[0].image == (tmp_path / "pose.svg").resolve()


def test_image_falls_back_to_bundled_assets(write_routine: Write) -> None:
    text = replace("    duration: 10s\n", "    duration: 10s\n    image: icons/routine-app.svg\n")
    routine = load_routine_file(write_routine(text), asset_dirs=[assets_dir()])
    assert routine.steps[0].image == (assets_dir() / "icons" / "routine-app.svg").resolve()


def test_all_problems_in_a_file_are_reported_at_once(write_routine: Write) -> None:
    text = replace("kind: stretch", "kind: yoga").replace("reps: 2", "reps: 0")
    assert len(problems_of(write_routine(text))) == 2


# --- hostile and broken input -------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"# only a comment\n", "file is empty"),
        (b"\xff\xfe\x00garbage", "not valid UTF-8"),
        (b"format: 1\ntitle: caf\xe9\n", "not valid UTF-8"),
        (b"format: 1\n  id: [unclosed\n", "not valid YAML"),
        (b"- just\n- a list\n", "the routine must be a mapping"),
        (b"just text", "the routine must be a mapping"),
        (b"format: 1\n---\nformat: 1\n", "one YAML document"),
        (b"a: \x00", "NUL"),
    ],
)
def test_broken_files_give_one_clear_problem(
    write_routine: Write, data: bytes, message: str
) -> None:
    problem = only_problem(write_routine(data))
    assert message in problem.message


def test_python_object_tags_are_refused(write_routine: Write, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"format: 1\nid: !!python/object/apply:os.system ['touch {marker}']\n"
    problem = only_problem(write_routine(text))
    assert "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in (
        problem.message
    )
    assert (problem.line, problem.column) == (2, 5)
    assert not marker.exists()


def test_alias_bomb_is_refused(write_routine: Write) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}] " for i in range(8)]
    problem = only_problem(write_routine("\n".join(lines) + "\n"))
    assert "anchors and aliases" in problem.message


def test_deep_nesting_is_refused(write_routine: Write) -> None:
    problem = only_problem(write_routine("x: " + "[" * 5000 + "]" * 5000 + "\n"))
    assert "nested too deeply" in problem.message


def test_huge_file_is_refused_before_parsing(write_routine: Write) -> None:
    problem = only_problem(write_routine(b"#" * (MAX_BYTES + 1)))
    assert "file is too large" in problem.message


def test_unreadable_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "missing.yaml")
    assert problem.message.startswith("cannot read file")
    assert only_problem(tmp_path).message.startswith("cannot read file")
