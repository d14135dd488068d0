"""Every page and dialog fits small screens, at several scale factors (issue 14).

Each case runs tests/ui/layout_probe.py in a subprocess: QT_SCALE_FACTOR is read once
at start, and the offscreen platform takes the screen size from a config file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from routine_app.ui.window_state import fit_rect
from tests.ui.screens import run_on_screen

CASES = [
    (800, 600, 1.0, "en"),  # a small screen
    (1366, 768, 1.5, "en"),  # a common laptop at 150 %: 910x512 logical pixels
    (1600, 1200, 2.0, "en"),  # 800x600 logical pixels at 200 %
    (1920, 1080, 1.0, "en"),
    (800, 600, 1.0, "de"),  # German's longer words on the small screen
    (1366, 768, 1.5, "de"),
]


@pytest.mark.parametrize(("width", "height", "scale", "language"), CASES)
def test_every_page_and_dialog_fits_the_screen(
    tmp_path: Path, width: int, height: int, scale: float, language: str
) -> None:
    result = run_on_screen(
        "tests.ui.layout_probe", width, height, scale, tmp_path, language=language
    )
    assert result["language"] == language
    screen = result["screen"]
    assert isinstance(screen, list)
    assert abs(screen[0] - width / scale) <= 1 and abs(screen[1] - height / scale) <= 1
    assert result["problems"] == [], "\n".join(map(str, result["problems"]))  # type: ignore[call-overload]
    minimum = result["window_minimum"]
    assert isinstance(minimum, list)
    assert minimum[0] <= screen[0] and minimum[1] <= screen[1]


def test_a_window_saved_on_a_larger_screen_comes_back_on_the_smaller_one() -> None:
    laptop = QRect(0, 0, 1366, 740)
    saved = QRect(1800, 900, 1600, 1000)  # on a monitor that is gone now
    fitted = fit_rect(saved, [laptop], QSize(400, 300))
    assert laptop.contains(fitted)
    assert fitted.size() == QSize(1366, 740)


def test_a_window_partly_off_the_screen_is_moved_back_whole() -> None:
    screen = QRect(0, 0, 800, 600)
    fitted = fit_rect(QRect(600, -50, 500, 400), [screen], QSize(200, 200))
    assert fitted == QRect(300, 0, 500, 400)


def test_of_two_screens_the_window_stays_on_the_one_it_was_on() -> None:
    left, right = QRect(0, 0, 1920, 1080), QRect(1920, 0, 1280, 1024)
    fitted = fit_rect(QRect(2000, 100, 1000, 700), [left, right], QSize(200, 200))
    assert right.contains(fitted)
