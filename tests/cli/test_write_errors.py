"""A file the user asked for that cannot be written is named as asked, with the reason,
never as the temporary file it is written through first (``r.pdf.partial-24226-...``),
and nothing is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_app.cli import main


@pytest.fixture(autouse=True)
def _qt_first(qapp: object) -> None:
    """The report makes a QGuiApplication if none exists; pytest-qt's comes first."""


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(tmp_path / "data"), *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "name", "after"),
    [
        (["report", "-o"], "r.pdf", ""),
        (["report", "--safety-card", "-o"], "card.pdf", ""),
        (["journal", "export", "-o"], "r.json", ". Nothing was exported."),
        (["routines", "export", "knee-to-chest", "-o"], "r.yaml", ""),
    ],
)
def test_a_missing_folder_is_named_with_the_file_asked_for(
    args: list[str], name: str, after: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / name
    code, err = _run(tmp_path, capsys, *args, str(target))
    assert code == 1
    assert err == (
        f"routine-app: error: cannot write {target}: "
        f"the folder {target.parent} does not exist{after}\n"
    )
    assert ".partial-" not in err
    made = [] if name == "card.pdf" else ["data"]  # the safety card needs no journal
    assert sorted(p.name for p in tmp_path.iterdir()) == made


@pytest.mark.parametrize("args", [["report", "-o"], ["routines", "export", "knee-to-chest", "-o"]])
def test_a_folder_in_the_way_is_named(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    code, err = _run(tmp_path, capsys, *args, str(target))
    assert code == 1
    assert err == f"routine-app: error: cannot write {target}: {target} is a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "taken"]
    assert list(target.iterdir()) == []
