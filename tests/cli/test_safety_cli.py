"""The safety net from the command line: both legs, warning signs, the lock and `play`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from routine_app.cli import main
from routine_app.cli.safety_commands import EXIT_LOCKED
from routine_app.core.safety import LOCKED_MESSAGE, RED_FLAG_MESSAGE
from routine_app.core.triage import Level, sign
from tests.cli.test_smoke import run_app
from tests.conftest import VALID_ROUTINE


def _export(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, object]]]:
    capsys.readouterr()
    assert main(["journal", "export", "--data-dir", str(data)]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_both_legs_as_leg_side_records_the_red_flag_and_warns_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["log", "--back", "2", "--leg", "4", "--leg-side", "both", "--data-dir", str(tmp_path)]
    )
    assert code == 0
    out = capsys.readouterr()
    assert RED_FLAG_MESSAGE in out.err and RED_FLAG_MESSAGE not in out.out
    assert sign("both-legs").text in out.err
    (entry,) = _export(tmp_path, capsys)["entries"]
    assert entry["leg_side"] == "both" and entry["red_flags"] == ["both-legs"]


def test_both_legs_flag_with_no_leg_records_both_legs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["log", "--back", "2", "--leg", "4", "--red-flag", "both-legs"]
    assert main([*args, "--data-dir", str(tmp_path)]) == 0
    (entry,) = _export(tmp_path, capsys)["entries"]
    assert entry["leg_side"] == "both"


def test_warning_signs_are_stored_with_see_soon_advice_not_the_emergency_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["log", "--back", "2", "--leg", "4", "--leg-side", "left"]
    signs = ["--warning-sign", "fever", "--warning-sign", "foot-drop"]
    assert main([*args, *signs, "--data-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert Level.SEE_SOON.advice in err and RED_FLAG_MESSAGE not in err
    assert sign("fever").text in err and sign("foot-drop").text in err
    (entry,) = _export(tmp_path, capsys)["entries"]
    assert entry["warning_signs"] == ["fever", "foot-drop"] and entry["red_flags"] == []
    assert main(["safety", "status", "--data-dir", str(tmp_path)]) == 0
    assert "available" in capsys.readouterr().out  # warning signs do not lock


def test_unknown_warning_sign_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "log",
                "--back",
                "2",
                "--leg",
                "4",
                "--warning-sign",
                "headache",
                "--data-dir",
                str(tmp_path),
            ]
        )
    assert exit_info.value.code == 2


def test_play_refuses_under_the_lock_until_cleared_and_a_later_entry_does_not_lift_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    flag = ["--red-flag", "saddle-numbness", "--at", "2026-01-01T09:00"]
    assert main(["log", "--back", "5", "--leg", "9", *flag, "--data-dir", data]) == 0
    assert main(["log", "--back", "1", "--leg", "1", "--data-dir", data]) == 0  # ordinary
    capsys.readouterr()
    assert main(["play", "knee-to-chest", "--data-dir", data]) == EXIT_LOCKED
    assert LOCKED_MESSAGE in capsys.readouterr().err
    assert main(["safety", "status", "--data-dir", data]) == 0
    assert "PAUSED" in capsys.readouterr().out
    assert main(["safety", "clear", "--note", "seen by GP", "--data-dir", data]) == 0
    assert "available again" in capsys.readouterr().out
    assert main(["safety", "status", "--data-dir", data]) == 0
    assert "available" in capsys.readouterr().out
    (clearance,) = _export(Path(data), capsys)["clearances"]
    assert clearance["note"] == "seen by GP"
    # A new emergency entry after the clearance locks again.
    assert main(["log", "--back", "5", "--leg", "9", "--leg-side", "both", "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["play", "knee-to-chest", "--data-dir", data]) == EXIT_LOCKED


def test_play_runs_once_cleared(tmp_path: Path) -> None:
    """From outside: locked `play` exits non-zero; after `safety clear` it plays."""
    config = tmp_path / "config"
    (config / "SciaticaRoutines").mkdir(parents=True)
    (config / "SciaticaRoutines" / "routine-app.conf").write_text("[safety]\nacknowledged=true\n")
    routine = tmp_path / "quick.yaml"
    routine.write_text(
        VALID_ROUTINE.replace("duration: 10s", "duration: 1s")
        .replace("duration: 30\n", "duration: 1\n")
        .replace("reps: 2", "reps: 1")
        .replace("rest: 5s", "rest: 0")
    )
    data = str(tmp_path / "data")
    logged = run_app("log", "--back", "3", "--leg", "6", "--leg-side", "both", "--data-dir", data)
    assert logged.returncode == 0 and RED_FLAG_MESSAGE in logged.stderr
    play = ("play", str(routine), "--lead-in", "0", "--quit-when-done", "--data-dir", data)
    refused = run_app(*play, config=config)
    assert refused.returncode == EXIT_LOCKED and LOCKED_MESSAGE in refused.stderr
    assert run_app("safety", "clear", "--data-dir", data).returncode == 0
    played = run_app(*play, config=config)
    assert played.returncode == 0, played.stderr
