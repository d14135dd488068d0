"""The README works where it is read: on a package index (absolute links) and on a bare
Debian (its quick start names the packages the app's own checks ask for)."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

from routine_app.cli.desktop_check import QT_CORE_LIBRARIES, XCB_LIBRARIES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
commands = runpy.run_path(str(ROOT / "scripts" / "readme_commands.py"))["commands"]


def test_links_and_images_are_absolute() -> None:
    targets = re.findall(r"\]\(([^)]+)\)", README)
    assert targets
    assert [t for t in targets if not t.startswith("https://")] == []


def test_quick_start_is_one_package_line_and_two_commands() -> None:
    found = commands(README)
    assert set(found) == {"packages", "run", "test"}
    assert all("\n" not in command for command in found.values())
    assert "python3 -m venv" in found["run"] and found["run"].endswith("bin/routine-app")
    assert "'.[test]'" in found["test"] and found["test"].endswith("-m pytest")


def test_package_line_has_what_the_app_checks_for() -> None:
    packages = set(commands(README)["packages"].split())
    needed = {"python3-venv", "fonts-dejavu-core", "libpulse0", "speech-dispatcher"}
    needed |= {"libxrandr2"}  # Qt's FFmpeg media plugin; without it a warning at each start
    needed |= {"libwayland-cursor0", "libwayland-egl1"}  # Qt's Wayland plugin
    needed |= set(QT_CORE_LIBRARIES.values()) | set(XCB_LIBRARIES.values())
    assert needed - packages == set()
