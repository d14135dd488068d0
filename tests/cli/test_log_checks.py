"""``routine-app log`` refuses answers that cannot be true, says what is allowed, exits 2
and writes nothing: a time later than now, a time before 1900, and answers that
contradict each other."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from routine_app.cli import main
from routine_app.store.journal import Journal


def _log(data: Path, *args: str) -> int:
    return main(["log", "--data-dir", str(data), "--back", "3", *args])


def _entries(data: Path) -> list[object]:
    if not data.exists():
        return []
    with Journal.open_read_only(data) as journal:
        return list(journal.entries())


@pytest.mark.parametrize("at", ["2030-01-01", "2099-01-01T00:00+00:00", "3000-01-01"])
def test_a_time_in_the_future_is_refused(
    at: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert _log(data, "--leg", "1", "--at", at) == 2
    err = capsys.readouterr().err
    assert f"--at {at!r} is later than now (" in err
    assert "give a time from 1900 up to now" in err
    assert _entries(data) == []


def test_a_few_minutes_ahead_are_allowed_more_are_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    soon = datetime.now() + timedelta(minutes=2)
    later = datetime.now() + timedelta(minutes=10)
    assert _log(data, "--leg", "1", "--at", soon.isoformat(timespec="minutes")) == 0
    assert _log(data, "--leg", "1", "--at", later.isoformat(timespec="minutes")) == 2
    assert "is later than now" in capsys.readouterr().err
    assert len(_entries(data)) == 1


def test_before_1900_is_refused_and_the_year_range_still_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert _log(data, "--leg", "1", "--at", "1899-12-31T10:00") == 2
    err = capsys.readouterr().err
    assert "--at '1899-12-31T10:00' is before the year 1900; give a time from 1900 up to now" in err
    assert _log(data, "--leg", "1", "--at", "2020-03-04T05:06") == 0
    assert len(_entries(data)) == 1


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--leg", "0", "--reaches", "foot"], ("Leg pain is 0", "the pain reaches “Foot or toes”")),
        (
            ["--leg", "5", "--leg-side", "none", "--reaches", "foot"],
            ("The pain reaches “Foot or toes”", "the leg that hurts is given as “No leg”"),
        ),
        (
            ["--leg", "0", "--leg-side", "left"],
            ("Leg pain is 0", "the leg that hurts is given as “Left leg”"),
        ),
        (
            ["--leg", "0", "--leg-side", "right", "--reaches", "thigh"],
            ("Leg pain is 0", "the pain reaches “Thigh”"),
        ),
    ],
)
def test_contradicting_answers_are_refused_naming_both(
    args: list[str], names: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert _log(data, *args) == 2
    err = capsys.readouterr().err
    assert all(name in err for name in names), err
    assert not data.exists(), "nothing is created for a refused entry"


@pytest.mark.parametrize(
    "args",
    [
        ["--leg", "0", "--reaches", "buttock"],  # buttock pain is not leg pain
        ["--leg", "0", "--leg-side", "both"],  # the both-legs emergency sign: never refused
        ["--leg", "0", "--red-flag", "both-legs"],
        ["--leg", "4", "--leg-side", "left", "--reaches", "foot"],
        ["--leg", "4"],  # no leg or extent given: the defaults stay accepted
    ],
)
def test_answers_that_agree_are_stored(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert _log(data, *args) == 0
    assert len(_entries(data)) == 1
    capsys.readouterr()
