"""The language chosen in Settings (System, English, Deutsch) is the window's at the next
start; the dialog itself is tested in tests/ui/test_settings.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Started as the app starts (app.run_gui with --smoke): prints the language the window
#: got and one of its texts, after the setting in the user's settings file is read.
START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from routine_app import i18n
from routine_app.app import GuiOptions, run_gui
from routine_app.core.settings import LANGUAGE
from routine_app.engine.datadir import configure_names
configure_names()
if sys.argv[2] != "-":
    QSettings().setValue(LANGUAGE.key, sys.argv[2])
    QSettings().sync()
code = run_gui(GuiOptions(data_dir=Path(sys.argv[1]), smoke=True))
print(json.dumps([code, i18n.current_language(),
    QCoreApplication.translate("PlayerPage", "Start routine (Space)")]))
"""


def start(tmp_path: Path, environment_language: str, setting: str) -> list[object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(
        LANGUAGE=environment_language,
        LANG="C.UTF-8",
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PULSE_SERVER=f"unix:{tmp_path / 'no-audio'}",
    )
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "data"), setting],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("environment", "setting", "language", "text"),
    [
        ("en", "de", "de", "Routine starten (Leertaste)"),  # the setting wins
        ("de", "en", "en", "Start routine (Space)"),
        ("de", "system", "de", "Routine starten (Leertaste)"),  # System: the desktop's
        ("de", "-", "de", "Routine starten (Leertaste)"),  # never set: System
        ("en", "xx", "en", "Start routine (Space)"),  # a stored value with no catalogue
    ],
)
def test_the_window_starts_in_the_chosen_language(
    tmp_path: Path, environment: str, setting: str, language: str, text: str
) -> None:
    assert start(tmp_path, environment, setting) == [0, language, text]
