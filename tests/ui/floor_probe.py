"""Open floor mode on the screen Qt was started with and print what it shows (JSON).

Run in a subprocess by tests/ui/test_floor_mode.py.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMenuBar, QStatusBar

from routine_app.app import configure_application
from routine_app.engine.clock import FakeClock
from routine_app.ui.common.theme import apply_theme
from tests.ui.offscreen_window import offscreen_window


def probe() -> dict[str, object]:
    configure_application()
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    folder = Path(tempfile.mkdtemp())
    clock = FakeClock()
    window, journal = offscreen_window(folder, folder, clock)
    window.show()
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.begin()
    page.toggle_full_screen()  # what F11 and the Floor mode button do
    for _ in range(5):
        app.processEvents()
    floor = page.floor
    assert floor is not None
    screen = app.primaryScreen().geometry()
    result = {
        "screen": [screen.width(), screen.height()],
        "full_screen": floor.isFullScreen(),
        "geometry": [floor.width(), floor.height()],
        "countdown_ink": floor.countdown_height(),
        "countdown_text": floor.countdown.text(),
        "countdown_fits": floor.countdown.fontMetrics().horizontalAdvance(floor.countdown.text())
        <= floor.width(),
        "name": floor.name.text(),
        "side": floor.side.text(),
        "menus_or_status": len(floor.findChildren(QMenuBar)) + len(floor.findChildren(QStatusBar)),
    }
    page.stop_if_running()
    journal.close()
    return result


if __name__ == "__main__":
    print(json.dumps(probe()))
