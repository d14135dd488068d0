"""Save a picture of every page (and the player's stages, and floor mode) at one window size.

Usage: python scripts/page_screenshots.py DATA_DIR OUT_DIR WIDTHxHEIGHT light|dark
Runs the real window offscreen on a fake clock, so the pictures are the same every time.
Files are named PAGE-WIDTHxHEIGHT-THEME.png. scripts/screenshots.sh calls it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from routine_app.app import configure_application
from routine_app.core.settings import Scheme
from routine_app.engine.clock import FakeClock
from routine_app.engine.translators import install_language
from routine_app.ui.common.theme import apply_theme
from tests.ui.offscreen_window import offscreen_window

ROUTINE = "piriformis-stretch"


def main(data_dir: Path, out: Path, size: str, theme: str) -> None:
    width, height = (int(v) for v in size.split("x"))
    configure_application()
    app = QApplication(sys.argv[:1])
    install_language(app)  # as the app does: LANGUAGE, and English plural forms
    apply_theme(app, Scheme(theme))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        window, journal = offscreen_window(data_dir, Path(folder), clock)
        window.show()
        window.resize(width, height)

        def save(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = out / f"{name}-{size}-{theme}.png"
            window.grab().save(str(path))
            print(path)

        for page in window.page_names():
            if page == "player":
                continue
            window.show_page(page)
            save(page)
        window.start_routine(ROUTINE)
        save("player-ready")
        player = window.player_page
        player.begin()
        assert player.player is not None
        for _ in range(4 * 27):
            clock.advance(0.25)
            player.player.poll()
        save("player-running")
        player.toggle_full_screen()
        floor_window = getattr(player, "floor", None)
        if floor_window is not None:
            floor_window.resize(width, height)
            for _ in range(3):
                app.processEvents()
            path = out / f"floor-{size}-{theme}.png"
            floor_window.grab().save(str(path))
            print(path)
            player.toggle_full_screen()
        while player.player.state.value == "running":
            clock.advance(0.25)
            player.player.poll()
        save("player-done")
        journal.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4])
