"""``routine-app desktop install|uninstall``: a launcher with its icon, as a desktop sees it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from routine_app.cli.desktop_commands import APP_ID, Places, launch_command
from tests.cli.test_no_qt import run_cli

REQUIRED = os.environ.get("ROUTINE_APP_REQUIRE_DESKTOP") == "1"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if REQUIRED:
            pytest.fail(f"{name} is missing (Debian: desktop-file-utils / appstream)")
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    return {
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def installed(home: dict[str, str]) -> Places:
    return Places(Path(home["XDG_DATA_HOME"]), Path(home["XDG_CONFIG_HOME"]))


def test_install_puts_launcher_icons_metainfo_and_autostart(home: dict[str, str]) -> None:
    code, qt, output = run_cli("block", "desktop", "install", "--autostart", env=home)
    assert code == 0, output
    assert qt == [], "installing the launcher needs no Qt"
    places = installed(home)
    entry = places.launcher.read_text()
    assert f"Icon={APP_ID}\n" in entry
    assert "Categories=Utility;\n" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    program = shlex.split(exec_line.removeprefix("Exec="))[0]
    assert os.access(program, os.X_OK), f"{program} is not executable"
    assert "--autostart" in places.autostart.read_text()
    assert (places.icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    pngs = sorted(places.icons.glob(f"*x*/apps/{APP_ID}.png"))
    assert len(pngs) >= 6
    for png in pngs:
        size = int(png.parent.parent.name.split("x")[0])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
    assert places.metainfo.is_file()


def test_installed_files_validate(home: dict[str, str]) -> None:
    assert run_cli("watch", "desktop", "install", "--autostart", env=home)[0] == 0
    places = installed(home)
    for entry in (places.launcher, places.autostart):
        result = subprocess.run(
            [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(places.metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


QT_ICON = """
import os, sys
from PySide6.QtGui import QGuiApplication, QIcon
app = QGuiApplication([])
# What a desktop session's platform theme searches (offscreen searches nothing).
QIcon.setThemeSearchPaths([os.environ["XDG_DATA_HOME"] + "/icons", "/usr/share/icons"])
QIcon.setThemeName("hicolor")
icon = QIcon.fromTheme(sys.argv[1])
print(icon.isNull(), icon.pixmap(48, 48).isNull())
"""


def test_qt_finds_the_icon_by_app_id(home: dict[str, str]) -> None:
    if not Path("/usr/share/icons/hicolor/index.theme").is_file():
        if REQUIRED:
            pytest.fail("the hicolor icon theme is missing (Debian: hicolor-icon-theme)")
        pytest.skip("no hicolor icon theme: not a desktop system")
    assert run_cli("watch", "desktop", "install", env=home)[0] == 0
    result = subprocess.run(
        [sys.executable, "-c", QT_ICON, APP_ID],
        env={**os.environ, **home, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["False", "False"]


def test_reinstall_without_autostart_and_uninstall(home: dict[str, str]) -> None:
    assert run_cli("watch", "desktop", "install", "--autostart", env=home)[0] == 0
    places = installed(home)
    assert places.autostart.exists()
    assert run_cli("watch", "desktop", "install", env=home)[0] == 0
    assert not places.autostart.exists(), "install without --autostart turns it off"
    code, _qt, _output = run_cli("watch", "desktop", "uninstall", env=home)
    assert code == 0
    left = [p for p in Path(home["XDG_DATA_HOME"]).rglob("*") if p.is_file()]
    assert [p for p in left if APP_ID in p.name] == []


def test_unwritable_place_is_a_clear_error(home: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    code, _qt, output = run_cli(
        "watch", "desktop", "install", env={**home, "XDG_DATA_HOME": str(blocker / "data")}
    )
    assert code == 1
    assert output.startswith("routine-app: error: cannot write")
    assert "Traceback" not in output


def test_launch_command_is_this_installation() -> None:
    command = launch_command()
    assert Path(command[0]).is_file()
