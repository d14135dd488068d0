"""``routine-app routines list --json``: the library as data for scripts and tests."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from routine_app.cli import main
from tests.conftest import VALID_ROUTINE

KEYS = {
    "id",
    "title",
    "kind",
    "position",
    "intensity",
    "gentle_version",
    "duration_seconds",
    "steps",
    "equipment",
    "source",
}


def listed(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["routines", "list", "--json", "--data-dir", str(data_dir)]) == 0
    result: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return result


def test_bundled_library_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = listed(tmp_path, capsys)
    assert all(row.keys() >= KEYS for row in rows)
    bundled = {str(r["id"]): r for r in rows if r["source"] == "bundled"}
    assert len(bundled) >= 10
    positions = {r["position"] for r in bundled.values()}
    assert {"seated", "standing", "floor"} <= positions
    assert "daily-routine" in bundled and "standing-break" in bundled
    for original in ("foam-roller", "tennis-ball", "piriformis-stretch", "knee-to-chest"):
        gentle = bundled[original]["gentle_version"]
        assert gentle == f"{original}-gentle" and bundled[str(gentle)]["intensity"] == "gentle"
    knee = bundled["knee-to-chest"]
    assert knee["duration_seconds"] == 360.0 and knee["kind"] == "stretch"
    steps = knee["steps"]
    assert isinstance(steps, list) and len(steps) == 3
    assert steps[1]["alternate"] is True and steps[1]["sides"] == ["left", "right"]
    assert steps[1]["image"].endswith("knee-to-chest.svg")
    assert steps[1]["image_right"].endswith("knee-to-chest-right.svg")


def test_own_routines_are_marked_own_and_format_1_has_no_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], write_routine: Callable[..., Path]
) -> None:
    folder = tmp_path / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(VALID_ROUTINE)
    rows = {r["id"]: r for r in listed(tmp_path / "data", capsys)}
    mine = rows["test-routine"]
    assert mine["source"] == "own" and mine["position"] is None
    assert mine["intensity"] == "regular" and mine["gentle_version"] is None
    assert mine["duration_seconds"] == 10 + 4 * 30 + 3 * 5


def test_json_is_the_only_thing_on_stdout_of_the_real_command(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "broken.yaml").write_text("format: 1\n")
    run = subprocess.run(
        [sys.executable, "-m", "routine_app", "routines", "list", "--json"],
        capture_output=True,
        text=True,
        env={
            "ROUTINE_APP_DATA_DIR": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        },
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)) >= 10
    assert "broken.yaml" in run.stderr
