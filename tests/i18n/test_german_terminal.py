"""Terminal commands speak German under LANGUAGE=de (real processes, real catalogues)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data: Path | None, language: str = "de") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANGUAGE=language, LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "routine_app", *args, *(["--data-dir", str(data)] if data else [])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_help_is_german(tmp_path: Path) -> None:
    out = run("--help", data=tmp_path).stdout
    assert out.startswith("Aufruf: routine-app")
    assert "Optionen:" in out and "Fensteroptionen:" in out and "Befehle:" in out
    assert "diese Hilfe anzeigen und beenden" in out
    assert "show this help message" not in out and "window options" not in out


def test_subcommand_help_and_errors_are_german(tmp_path: Path) -> None:
    assert "Schmerz eintragen" in run("--help", data=tmp_path).stdout
    wrong = run("log", "--back", "11", "--leg", "2", data=tmp_path)
    assert wrong.returncode == 2
    assert "Fehler: Argument --back: 11 liegt außerhalb der Skala" in wrong.stderr


def test_log_and_safety_messages_are_german(tmp_path: Path) -> None:
    logged = run("log", "--back", "3", "--leg", "4", "--red-flag", "saddle-numbness", data=tmp_path)
    assert logged.returncode == 0, logged.stderr
    assert "Notruf 112" in logged.stderr and "Reithosenbereich" in logged.stderr
    status = run("safety", "status", data=tmp_path).stdout
    assert status.startswith("Routinen: GESPERRT seit")
    assert "Notruf 112" in status


def test_routines_are_listed_in_german_and_english_is_the_fallback(tmp_path: Path) -> None:
    german = run("routines", "list", data=tmp_path).stdout
    assert "Knie-zur-Brust-Dehnung" in german and "mitgeliefert" in german
    assert "Knee-to-chest stretch" not in german
    unknown = run("routines", "list", data=tmp_path, language="xx").stdout
    assert "Knee-to-chest stretch" in unknown and "bundled" in unknown


def test_own_routines_stay_as_written(tmp_path: Path) -> None:
    source = (ROOT / "routines" / "knee-to-chest.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        source.replace("id: knee-to-chest", "id: my-stretch").replace(
            "title: Knee-to-chest stretch", "title: My own stretch"
        ),
        encoding="utf-8",
    )
    assert run("routines", "import", str(mine), data=tmp_path / "d").returncode == 0
    listed = run("routines", "list", data=tmp_path / "d").stdout
    assert "My own stretch" in listed and "eigene" in listed


def test_validate_is_german_and_finds_every_bundled_routine_translated() -> None:
    bundled = sorted(str(p) for p in (ROOT / "routines").glob("*.yaml"))
    done = run("validate", *bundled, data=None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "12 Routine-Dateien in Ordnung" in done.stdout
    assert "Übersetzung" not in done.stderr  # none lacks a German text
