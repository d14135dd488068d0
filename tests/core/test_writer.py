"""Editor round trip: routine -> draft -> YAML -> loader gives the same routine."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from routine_app.core.durations import duration_text, parse_duration
from routine_app.core.loader import load_routine_bytes, load_routine_file
from routine_app.core.problems import RoutineError
from routine_app.core.writer import RoutineDraft, StepDraft, draft_from_routine, to_yaml
from routine_app.resources import assets_dir
from tests.conftest import BUNDLED


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_routines_round_trip_through_the_editor_format(path: Path) -> None:
    routine = load_routine_file(path, asset_dirs=[assets_dir()])
    text, _ = to_yaml(draft_from_routine(routine, [assets_dir()]))
    again = load_routine_bytes(text.encode(), path, asset_dirs=[assets_dir()])
    assert again == routine


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=1, max_value=3600).map(lambda v: round(v, 3)))
def test_duration_text_parses_back_exactly(seconds: float) -> None:
    assert parse_duration(duration_text(seconds)) == seconds


def test_problems_map_to_the_field_at_fault(tmp_path: Path) -> None:
    draft = RoutineDraft(
        "my-routine",
        "Mine",
        "Short",
        "stretch",
        [],
        ["Go gently"],
        [StepDraft("A", "Do it", "45s"), StepDraft("B", "", "2 weeks")],
    )
    text, where = to_yaml(draft)
    with pytest.raises(RoutineError) as info:
        load_routine_bytes(text.encode(), tmp_path / "x.yaml")
    faults = {where[p.line] for p in info.value.problems}
    assert faults == {(1, "instructions"), (1, "duration")}


@given(st.text(max_size=60))
@example("0\x850")  # NEL: YAML folds it as a line break unless it is escaped
@example("a\u2028b")
def test_any_text_survives_the_round_trip(text: str) -> None:
    draft = RoutineDraft(
        "r",
        "T",
        "S",
        "stretch",
        [text] if text.strip() else [],
        [],
        [StepDraft("A", "Do it", "10s", say=text)],
    )
    yaml_text, _ = to_yaml(draft)
    try:
        routine = load_routine_bytes(yaml_text.encode(), Path("x.yaml"))
    except RoutineError:
        return  # control characters YAML forbids are reported, never crash
    if text.strip():
        assert routine.equipment == (text.strip(),)
