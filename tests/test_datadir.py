"""The default data folder, worked out without Qt, is the one Qt's QStandardPaths gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from routine_app.engine.datadir import NoDataDirError, default_data_dir

# Asks Qt, in a fresh process (test mode off), after the app's own names are set.
QT_SAYS = """
from PySide6.QtCore import QStandardPaths
from routine_app.engine.datadir import configure_names
configure_names()
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
"""


def qt_location(env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", QT_SAYS],
        env={"PATH": os.environ["PATH"], "PYTHONPATH": os.getcwd(), **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    "xdg",
    [None, "", "ABSOLUTE", "relative/data", "ABSOLUTE/with space/é"],
    ids=["unset", "empty", "absolute", "relative", "unusual"],
)
def test_same_folder_as_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str | None
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home)}
    if xdg is not None:
        env["XDG_DATA_HOME"] = xdg.replace("ABSOLUTE", str(tmp_path / "xdg"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    expected = qt_location(env)
    assert expected, "Qt gave no location"
    assert str(default_data_dir()) == expected


def test_no_home_at_all_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: (_ for _ in ()).throw(KeyError())))
    with pytest.raises(NoDataDirError, match="--data-dir"):
        default_data_dir()
