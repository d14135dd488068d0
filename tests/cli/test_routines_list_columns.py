"""``routines list`` sizes its columns from what they hold: a long id or title no longer
pushes the rest of its line out of line (piriformis-stretch-gentle, Knee-to-chest
stretch (gentle) did with fixed widths)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from routine_app.cli import main
from routine_app.cli.routine_commands import columns
from tests.conftest import VALID_ROUTINE

LONG_ID = "a-very-long-routine-id-that-is-longer-than-any-bundled-one"
LONG_TITLE = "A very long title for my own routine, longer than the bundled ones"


def test_every_column_starts_at_the_same_place_on_every_line(
    write_routine: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    mine = write_routine(
        VALID_ROUTINE.replace("id: test-routine", f"id: {LONG_ID}").replace(
            "title: Test routine", f"title: {LONG_TITLE}"
        )
    )
    assert main(["routines", "import", str(mine), "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["routines", "list", "--data-dir", data]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 13
    by_id = {line.split()[0]: line for line in lines}
    titles = {
        LONG_ID: LONG_TITLE,
        "piriformis-stretch-gentle": "Piriformis stretch (gentle)",
        "knee-to-chest-gentle": "Knee-to-chest stretch (gentle)",
        "tennis-ball": "Tennis ball release",
    }
    starts = {by_id[i].index(title) for i, title in titles.items()}
    assert starts == {len(LONG_ID) + 2}
    kinds = {by_id[i].index("Stretch", len(LONG_ID) + 2 + 1) for i in titles if i != "tennis-ball"}
    assert kinds == {len(LONG_ID) + 2 + len(LONG_TITLE) + 2}
    # durations are aligned right, so the step counts (all one digit here) line up
    assert len({line.index(" step") for line in lines}) == 1
    assert by_id["tennis-ball-gentle"].split("  ")[-1].strip() == "bundled"


def test_columns_pads_to_the_widest_and_leaves_the_last_alone() -> None:
    rows = [["a", "long title", "1 min", "x"], ["longer-id", "t", "10 min 5 s", "end"]]
    assert columns(rows, right={2}) == [
        "a          long title       1 min  x",
        "longer-id  t           10 min 5 s  end",
    ]
    assert columns([]) == []
