from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from routine_app.cli import main
from tests.conftest import BUNDLED, VALID_ROUTINE


def test_bundled_routines_validate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *map(str, BUNDLED)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{len(BUNDLED)} routine files OK\n"
    assert len(BUNDLED) >= 10
    assert captured.err == "", "bundled files are format 2 and their gentle links resolve"


def test_format_1_file_is_valid_and_told_what_format_2_adds(
    write_routine: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_routine(VALID_ROUTINE, "old.yaml")
    assert main(["validate", str(old)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "1 routine file OK\n"
    assert captured.err.startswith(f"{old}:1:1: note: format 2 adds 'position'")
    assert "format 1 files keep working unchanged" in captured.err


def test_format_2_key_in_a_format_1_file_is_an_error_saying_what_to_change(
    write_routine: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_routine(VALID_ROUTINE.replace("equipment:", "position: seated\nequipment:"))
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}:6:1: error: key 'position' needs format 2; this file says 'format: 1' "
        "(change it to 'format: 2' and add 'position')\n"
    )


def test_a_gentle_link_to_an_unknown_routine_is_noted(
    write_routine: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    v2 = VALID_ROUTINE.replace("format: 1", "format: 2").replace(
        "equipment:", "position: floor\ngentle_version: nowhere\nequipment:"
    )
    linked = VALID_ROUTINE.replace("format: 1", "format: 2").replace(
        "equipment:", "position: floor\ngentle_version: foam-roller-gentle\nequipment:"
    )
    path = write_routine(v2)
    assert main(["validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:2:5: note: gentle_version 'nowhere' is not a bundled routine" in err
    assert main(["validate", str(write_routine(linked, "linked.yaml"))]) == 0
    assert capsys.readouterr().err == "", "a bundled routine is a fine target"


def test_invalid_file_prints_linter_lines_and_exits_1(
    write_routine: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_routine(VALID_ROUTINE, "good.yaml")
    bad = write_routine(
        VALID_ROUTINE.replace("reps: 2", "reps: 0").replace("kind", "knd"), "bad.yaml"
    )
    assert main(["validate", str(good), str(bad)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines == [
        f"{bad}:5:1: error: unknown key 'knd' in the routine; did you mean 'kind'?",
        f"{bad}:1:1: error: the routine is missing required key 'kind'",
        f"{bad}:17:11: error: reps must be a whole number from 1 to 100",
    ]
    assert "1 of 2 routine files invalid" in captured.err


def test_duplicate_ids_across_files_are_reported(
    write_routine: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_routine(VALID_ROUTINE, "a.yaml")
    second = write_routine(VALID_ROUTINE, "b.yaml")
    assert main(["validate", str(first), str(second)]) == 1
    assert capsys.readouterr().out.startswith(f"{second}:2:5: error: id 'test-routine' is already")


def test_missing_file_is_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.yaml"
    assert main(["validate", str(missing)]) == 1
    assert capsys.readouterr().out.startswith(f"{missing}:1:1: error: cannot read file")


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    from routine_app import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"routine-app {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    for option in (
        "--data-dir",
        "--view",
        "--screenshot",
        "--smoke",
        "--version",
        "validate",
        "ROUTINE_APP_DATA_DIR",
    ):
        assert option in help_text


def test_routines_list_import_export(
    write_routine: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    mine = write_routine(VALID_ROUTINE, "mine.yaml")
    assert main(["routines", "import", str(mine), "--data-dir", data]) == 0
    assert main(["routines", "import", str(mine), "--data-dir", data]) == 1
    assert "use --replace or --keep-both" in capsys.readouterr().err
    assert main(["routines", "import", str(mine), "--keep-both", "--data-dir", data]) == 0
    assert main(["routines", "list", "--data-dir", data]) == 0
    listed = capsys.readouterr().out
    assert "test-routine-2" in listed and "foam-roller" in listed and "bundled" in listed
    out = tmp_path / "shared.yaml"
    assert main(["routines", "export", "test-routine", "-o", str(out), "--data-dir", data]) == 0
    assert out.read_text() == VALID_ROUTINE
    assert main(["routines", "export", "nope", "-o", str(out), "--data-dir", data]) == 2
