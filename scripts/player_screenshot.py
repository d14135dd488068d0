"""Save a picture of the player part-way through a step, for the README.

Usage: python scripts/player_screenshot.py DATA_DIR OUT.png
Runs the real window offscreen on a fake clock, so the picture is the same every time.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from routine_app.app import configure_application
from routine_app.engine.clock import FakeClock
from routine_app.engine.translators import install_language
from routine_app.ui.common.theme import apply_theme
from tests.ui.offscreen_window import offscreen_window


def main(data_dir: Path, out: Path) -> None:
    configure_application()
    app = QApplication(sys.argv[:1])
    install_language(app)  # as the app does: LANGUAGE, and English plural forms
    apply_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        window, journal = offscreen_window(data_dir, Path(folder), clock)
        window.show()
        window.start_routine("piriformis-stretch")
        page = window.player_page
        page.begin()
        assert page.player is not None
        for _ in range(4 * 27):
            clock.advance(0.25)
            page.player.poll()
        app.processEvents()
        window.grab().save(str(out))
        page.stop_if_running()
        journal.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
