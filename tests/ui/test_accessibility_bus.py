"""What a screen reader gets: the app on the real AT-SPI bus, read and driven from outside.

Each test starts an X server (Xvfb) and runs ``tests/ui/atspi_agent.py`` with Debian's
/usr/bin/python3 (pyatspi) inside ``dbus-run-session``; the agent starts the app with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` and reports what it found as JSON. Without Xvfb,
dbus-run-session or pyatspi the tests skip, except where ``ROUTINE_APP_REQUIRE_DESKTOP=1``
(CI) makes them fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from routine_app.core.journal import Outcome
from routine_app.store.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
AGENT = Path(__file__).with_name("atspi_agent.py")
SYSTEM_PYTHON = "/usr/bin/python3"
CLOCK = re.compile(r"^\d+:\d\d$")

#: Roles of things a person operates or reads on purpose: each needs a name.
NAMED_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "slider",
    "spin button",
    "date editor",
    "list",
    "table",
    "tree",
    "tree table",
    "progress bar",
    "image",
    "page tab",
    "canvas",
    "scroll pane",
    "link",
}

QUICK_ROUTINE = """\
format: 1
id: quick-check
title: A quick check
summary: Two short steps for the accessibility test.
kind: stretch
equipment: []
steps:
  - name: Breathe
    instructions: Lie still and breathe slowly.
    duration: 3s
  - name: Reach
    instructions: Reach your arms overhead.
    duration: 3s
"""


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi (gir1.2-atspi-2.0, at-spi2-core)")
    return missing


@pytest.fixture
def display() -> Iterator[str]:
    missing = _missing_tools()
    if missing:
        if os.environ.get("ROUTINE_APP_REQUIRE_DESKTOP") == "1":
            pytest.fail(f"missing {', '.join(missing)}")
        pytest.skip(f"needs {', '.join(missing)}")
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert xvfb.stdout is not None
    number = xvfb.stdout.readline().strip()
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(5)
        xvfb.stdout.close()


def run_agent(scenario: str, display: str, home: Path, data: Path) -> dict[str, Any]:
    config = home / "config"
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_RUNTIME_DIR": str(home),
        "DISPLAY": display,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    app = [sys.executable, "-m", "routine_app", "--data-dir", str(data)]
    done = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(AGENT), scenario, "--", *app],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def prepare(tmp_path: Path, routine: bool = False) -> tuple[Path, Path]:
    home = tmp_path / "home"
    settings = home / "config" / "SciaticaRoutines"
    settings.mkdir(parents=True)
    # A one-second lead-in and no sound: the routine ends within seconds.
    (settings / "routine-app.conf").write_text("[player]\nlead_in=1\nsound=false\nvoice=false\n")
    data = tmp_path / "data"
    if routine:
        (data / "routines").mkdir(parents=True)
        (data / "routines" / "quick.yaml").write_text(QUICK_ROUTINE)
    return home, data


def unnamed(nodes: list[dict[str, Any]]) -> list[str]:
    found = []
    for node in nodes:
        wanted = node["focusable"] or node["role"] in NAMED_ROLES
        if not wanted or node["role"] == "frame" or node["name"].strip():
            continue
        if node["role"] == "image" and node["path"] == "/alert/image":
            continue  # a message box's icon beside its own text: decoration
        found.append(f"{node['role']} at {node['path']}")
    return found


def test_every_page_and_dialog_names_its_controls(display: str, tmp_path: Path) -> None:
    home, data = prepare(tmp_path)
    views = run_agent("walk", display, home, data)["views"]
    assert set(views) >= {
        "page Routines",
        "page Progress",
        "page Editor",
        "page Journal",
        "safety screen",
        "player ready",
        "player running",
        "player done",
        "stop question",
        "Settings",
        "Log pain",
        "Keyboard shortcuts",
        "About Sciatica Routines",
        "Weekly check",
    }
    problems = {view: unnamed(nodes) for view, nodes in views.items()}
    assert {view: found for view, found in problems.items() if found} == {}

    # 0-10 scales are one-of-many choices: eleven radio buttons, never check boxes.
    for view, title in (
        ("player ready", "Optional: how bad is your pain right now?"),
        ("player done", "Optional: how bad is your pain now?"),
        ("Log pain", "Back pain"),
        ("Log pain", "Leg pain"),
    ):
        scale = [n for n in views[view] if n["name"].startswith(f"{title}: ")]
        assert [n["name"] for n in scale] == [f"{title}: {i} of 10" for i in range(11)]
        assert {n["role"] for n in scale} == {"radio button"}, view

    weekly = [n for n in views["Weekly check"] if re.search(r": \d+$", n["name"])]
    assert len(weekly) >= 4 * 7 and {n["role"] for n in weekly} == {"radio button"}

    # The countdown reads as its number, described as the time left.
    clocks = [n for n in views["player running"] if CLOCK.match(n["name"])]
    assert [(n["role"], n["description"]) for n in clocks] == [("label", "Time left in this step")]

    # Sound and Voice say their state, as a check box would.
    toggles = {
        n["name"]: n["role"]
        for n in views["player running"]
        if n["name"].startswith(("Sound: ", "Voice: "))
    }
    assert set(toggles) == {"Sound: off", "Voice: off"}  # both are off in this test
    assert set(toggles.values()) <= {"check box", "toggle button"}

    # The step picture says what it shows.
    pictures = [n for n in views["player running"] if n["name"].startswith("Picture: ")]
    assert pictures, "the step picture is named"

    # Settings: people's words, no internal keys, no two controls with one name.
    settings = views["Settings"]
    names = [n["name"] for n in settings if n["role"] in ("check box", "spin button")]
    assert len(names) == len(set(names)), names
    assert "Routine reminder: Monday" in names and "Log pain reminder time" in names
    assert not [n for n in names if re.search(r"\b(routine|log) (Mon|Tue|Wed)", n)]


def test_a_routine_and_a_pain_entry_through_the_bus_alone(display: str, tmp_path: Path) -> None:
    home, data = prepare(tmp_path, routine=True)
    result = run_agent("drive", display, home, data)
    readings = result["countdown"]
    assert readings and all(CLOCK.match(r["name"]) for r in readings)
    assert {r["description"] for r in readings} == {"Time left in this step"}
    assert len({r["name"] for r in readings}) >= 2, "the number changes as time passes"
    assert result["pain_before_checked"] and result["pain_after_checked"]
    assert any("5" in row and "3" in row for row in result["journal_rows"]), result["journal_rows"]
    journal, _ = Journal.open(data)
    with journal:
        (session,) = journal.sessions()
        assert (session.routine_id, session.outcome) == ("quick-check", Outcome.COMPLETED)
        assert (session.pain_before, session.pain_after) == (3, 2)
        (entry,) = journal.entries()
        assert (entry.back_pain, entry.leg_pain) == (5, 3)
