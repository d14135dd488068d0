"""The app started as a user starts it, in a subprocess, offscreen."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import VALID_ROUTINE


def run_app(
    *args: str, env: dict[str, str] | None = None, config: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the app; its settings go to *config* (a temporary folder), never the user's."""
    config = config or Path(tempfile.mkdtemp(prefix="routine-app-config-"))
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "routine_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
        check=False,
    )


def test_smoke_starts_creates_private_data_dir_and_saves_screenshot(tmp_path: Path) -> None:
    data = tmp_path / "deep" / "data"
    shot = tmp_path / "shot.png"
    result = run_app("--smoke", "--data-dir", str(data), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
    }
    assert len(colours) > 10, "screenshot is not blank"


def test_data_dir_from_environment(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = run_app("--smoke", env={"ROUTINE_APP_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert data.is_dir()


def test_existing_data_dir_is_made_private(tmp_path: Path) -> None:
    data = tmp_path / "open"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    assert run_app("--smoke", "--data-dir", str(data)).returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_unusable_data_dir_fails_with_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    result = run_app("--smoke", "--data-dir", str(blocker / "data"))
    assert result.returncode != 0
    assert "routine-app: error: cannot use" in result.stderr
    assert blocker.read_text() == "in the way"


def test_broken_user_routine_does_not_stop_startup(tmp_path: Path) -> None:
    routines = tmp_path / "data" / "routines"
    routines.mkdir(parents=True)
    (routines / "mine.yaml").write_text(VALID_ROUTINE.replace("id: test-routine", "id: Bad Id"))
    result = run_app("--smoke", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr


def test_unknown_view_is_refused(tmp_path: Path) -> None:
    result = run_app("--smoke", "--data-dir", str(tmp_path), "--view", "nowhere")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_play_runs_a_routine_file_and_quits_when_done(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "SciaticaRoutines").mkdir(parents=True)
    (config / "SciaticaRoutines" / "routine-app.conf").write_text("[safety]\nacknowledged=true\n")
    routine = tmp_path / "quick.yaml"
    routine.write_text(
        VALID_ROUTINE.replace("duration: 10s", "duration: 1s")
        .replace("duration: 30\n", "duration: 1\n")
        .replace("reps: 2", "reps: 1")
        .replace("rest: 5s", "rest: 0")
    )
    data = tmp_path / "data"
    result = run_app(
        "play",
        str(routine),
        "--lead-in",
        "0",
        "--quit-when-done",
        "--data-dir",
        str(data),
        config=config,
    )
    assert result.returncode == 0, result.stderr
    export = run_app("journal", "export", "--data-dir", str(data))
    (session,) = json.loads(export.stdout)["sessions"]
    assert session["routine_id"] == "test-routine"
    assert session["outcome"] == "completed"
    assert (session["segments_done"], session["segments_total"]) == (3, 3)


def test_play_unknown_routine_fails_clearly(tmp_path: Path) -> None:
    result = run_app("play", "no-such-routine", "--data-dir", str(tmp_path), "--smoke")
    assert result.returncode == 1
    assert "no routine with id 'no-such-routine'" in result.stderr


def test_report_command_writes_a_pdf_and_progress_view_screenshot(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_app("log", "--back", "5", "--leg", "6", "--data-dir", str(data)).returncode == 0
    result = run_app("report", "-o", str(tmp_path / "r.pdf"), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "1 page" in result.stdout
    shot = tmp_path / "progress.png"
    result = run_app(
        "--view",
        "progress",
        "--range",
        "2w",
        "--smoke",
        "--screenshot",
        str(shot),
        "--data-dir",
        str(data),
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    bad = run_app(
        "report", "-o", str(tmp_path / "x.pdf"), "--from", "2026-02-30", "--data-dir", str(data)
    )
    assert bad.returncode == 2 and "not a date" in bad.stderr


LAZY_MODULES = (
    "routine_app.ui.progress.charts",
    "PySide6.QtPdf",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtDBus",
    "routine_app.ui.library.editor",
    "routine_app.ui.journal.page",
)


def test_only_what_the_first_page_needs_is_loaded_at_startup(tmp_path: Path) -> None:
    """Charts, the PDF, sound, the editor and the journal page load when first used."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from routine_app.app import GuiOptions, build_window\n"
        f"window, _ = build_window(GuiOptions(data_dir=Path({str(tmp_path)!r})))\n"
        "window.show(); app.processEvents()\n"
        f"print(*[m for m in {LAZY_MODULES!r} if m in sys.modules])\n"
        "window.show_page('journal'); window.show_page('editor'); app.processEvents()\n"
        "print('built', window._journal.built, window._editor.built)\n"
        "window.player_page.load(window.library.routines[0])\n"
        "print('sound', 'PySide6.QtMultimedia' in sys.modules)\n"
        "from routine_app.core.journal import Entry, new_id, now\n"
        "window.journal_actions.add(Entry(new_id(), now(), 3, 4))\n"
        "window.show_page('progress'); app.processEvents()\n"
        "print('charts', 'routine_app.ui.progress.charts' in sys.modules,\n"
        "      [m for m in ('numpy', 'pyqtgraph') if m in sys.modules])\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded, built, sound, charts = result.stdout.splitlines()
    assert loaded == "", f"loaded at startup: {loaded}"
    assert built == "built True True"
    assert sound == "sound True", "the first routine loads the sounds"
    assert charts == "charts True []", "charts are drawn by Qt alone"


def test_the_days_backup_is_made_after_the_window_shows(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from routine_app.app import GuiOptions, run_gui\n"
        "from routine_app.store.recovery import Backups\n"
        "data = Path(sys.argv[1])\n"
        "def check():\n"
        "    print('shown', any(w.isVisible() for w in app.topLevelWidgets()))\n"
        "    app.quit()\n"
        "QTimer.singleShot(500, check)  # in the event loop, after startup\n"
        "code = run_gui(GuiOptions(data_dir=data))\n"
        "print('exit', code, [p.name for p in Backups(data).daily()])\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", code, str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown, done = result.stdout.splitlines()
    assert shown == "shown True"
    assert done == f"exit 0 ['journal-{date.today().isoformat()}.sqlite3']"
