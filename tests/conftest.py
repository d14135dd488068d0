"""Test harness: offscreen Qt, test-mode standard paths, and fixtures for routine files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ROUTINE_APP_DATA_DIR", None)

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from routine_app.resources import routines_dir

BUNDLED = sorted(routines_dir().glob("*.yaml"))

VALID_ROUTINE = """\
format: 1
id: test-routine
title: Test routine
summary: A short routine used by the tests.
kind: stretch
equipment: [Mat]
cautions:
  - Stop if pain spreads down the leg.
steps:
  - name: Settle
    instructions: Lie on your back.
    duration: 10s
  - name: Stretch
    instructions: Hold the stretch.
    duration: 30
    sides: [left, right]
    reps: 2
    rest: 5s
"""


@pytest.fixture(autouse=True)
def _qt_test_paths(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Never touch a real user's files: QStandardPaths points at test locations, and the
    default data folder (worked out without Qt, from XDG_DATA_HOME) at a temporary one."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    yield


@pytest.fixture
def write_routine(tmp_path: Path) -> Callable[..., Path]:
    """Write routine text to a file in a temporary folder and return its path."""

    def write(text: str | bytes = VALID_ROUTINE, name: str = "routine.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        return path

    return write
