"""Terminal commands work without Qt: they import no PySide6 module, with or without
--data-dir, and still work where PySide6 cannot be imported at all. The window without a
display says so in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from routine_app.cli import build_parser
from routine_app.cli.desktop_check import NO_DISPLAY, missing_libraries, uses_xcb
from tests.conftest import BUNDLED

# Runs the CLI in-process, optionally with PySide6 made unimportable (as on a server
# without Qt's system libraries), then reports every Qt module that got loaded.
RUNNER = """
import json, sys
block = sys.argv[1] == "block"
if block:
    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} blocked: libGL.so.1 missing (simulated)")
            return None
    sys.meta_path.insert(0, Blocker())
from routine_app.cli import main
code = main(sys.argv[2:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("\\n" + json.dumps({"code": code, "qt": loaded}))
"""


def run_cli(mode: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, list[str], str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, mode, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, **(env or {})},
        check=False,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["code"], report["qt"], result.stderr


def terminal_commands(data: Path, tmp: Path) -> list[list[str]]:
    export = tmp / "export.json"
    commands = [
        ["log", "--back", "3", "--leg", "5", "--leg-side", "left", "--reaches", "thigh"],
        ["journal", "export", "--format", "json", "-o", str(export)],
        ["journal", "export", "--format", "csv"],
        ["journal", "import", str(export)],
        ["journal", "check"],
        ["validate", str(BUNDLED[0])],
        ["routines", "list"],
        ["routines", "export", "knee-to-chest", "-o", str(tmp / "k.yaml")],
    ]
    choices = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if "progress" in choices:  # added by the progress issue; must stay Qt-free too
        commands.append(["progress", "--json"])
    return commands


@pytest.mark.parametrize("mode", ["watch", "block"])
@pytest.mark.parametrize("where", ["--data-dir", "default folder"])
def test_terminal_commands_import_no_qt(tmp_path: Path, mode: str, where: str) -> None:
    data = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    for command in terminal_commands(data, tmp_path):
        args = [*command, "--data-dir", str(data)] if where == "--data-dir" else command
        if command[0] == "validate":
            args = command
        code, qt, output = run_cli(mode, *args, env=env)
        assert code == 0, f"{command}: {output}"
        assert qt == [], f"{command} loaded {qt}"
    folder = (
        data if where == "--data-dir" else tmp_path / "xdg" / "SciaticaRoutines" / "routine-app"
    )
    assert (folder / "journal.sqlite3").is_file()


def test_window_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    for args in (["--data-dir", str(tmp_path)], ["play", "knee-to-chest"]):
        code, qt, output = run_cli("watch", *args)
        assert code == 1
        assert output.splitlines() == [f"routine-app: error: {NO_DISPLAY}"]
        assert qt == [], "Qt must not even be loaded to find out"


def test_smoke_without_display_uses_offscreen(tmp_path: Path) -> None:
    code, qt, output = run_cli("watch", "--smoke", "--data-dir", str(tmp_path))
    assert code == 0, output
    assert "PySide6.QtWidgets" in qt


def test_missing_libraries_are_named_by_package() -> None:
    assert missing_libraries({"libc.so.6": "libc6", "libnot-there.so.9": "not-there9"}) == [
        "not-there9"
    ]


def test_platform_detection() -> None:
    assert uses_xcb({"DISPLAY": ":0"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w", "XDG_SESSION_TYPE": "wayland"})
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1"})
