"""Every page in every theme meets WCAG AA, measured from the rendered pixels.

Text (every visible, enabled label and button with text) at 4.5:1 against its own
background; check box and radio button outlines, the 0-10 scale buttons' outlines and
the focus ring at 3:1. A theme switched live recolours widgets built before it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from routine_app.core.settings import SAFETY_ACKNOWLEDGED, Scheme
from routine_app.engine.clock import FakeClock
from routine_app.ui.common.colours import HIGH_CONTRAST, THEMES, Theme, contrast
from routine_app.ui.common.pain_scale import ScaleButton
from routine_app.ui.common.theme import apply_theme
from routine_app.ui.main_window import MainWindow
from tests.ui import contrast as pixels
from tests.ui.conftest import MakeWindow
from tests.ui.contrast import (
    outline_contrast,
    text_contrast,
)

TEXT = 4.5
CONTROL = 3.0

restore_style = pixels.restore_style  # the fixture, shared with the other theme tests


def _visible(widget: QWidget) -> bool:
    seen = widget.visibleRegion().boundingRect()
    return widget.isVisible() and seen.width() > 4 and seen.height() > 4


def text_failures(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget) or not widget.isEnabled():
            continue
        texty = isinstance(widget, QLabel | QAbstractButton) and widget.text().strip()
        if not texty or (isinstance(widget, QLabel) and not widget.pixmap().isNull()):
            continue
        name = widget.text()  # type: ignore[attr-defined]
        ratio = text_contrast(widget)
        if ratio < TEXT:
            found.append(f"{type(widget).__name__} {name[:50]!r}: {ratio:.2f}")
    return found


def indicator_failures(root: QWidget) -> list[str]:
    found = []
    for box in root.findChildren(QAbstractButton):
        if not _visible(box) or not isinstance(box, QCheckBox | QRadioButton):
            continue
        if isinstance(box, ScaleButton):
            continue
        option = QStyleOptionButton()
        box.initStyleOption(option)  # type: ignore[attr-defined]
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(box, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        part = box.style().subElementRect(element, option, box)
        ratio = outline_contrast(box, part)
        if ratio < CONTROL:
            found.append(f"{type(box).__name__} {box.text()[:40]!r} indicator: {ratio:.2f}")
    return found


def scale_failures(root: QWidget, window: str) -> list[str]:
    found = []
    for button in root.findChildren(ScaleButton):
        if not _visible(button):
            continue
        image = (
            button.window()
            .grab(
                button.geometry().translated(
                    button.parentWidget().mapTo(button.window(), QPoint(0, 0))
                )
            )
            .toImage()
        )
        middle = button.height() // 2
        edge = max(contrast(QColor(image.pixel(x, middle)), window) for x in range(3))
        if edge < CONTROL:
            found.append(f"scale button {button.text()} outline: {edge:.2f}")
    return found


def field_failures(root: QWidget, window: str) -> list[str]:
    """Text fields, spin boxes, combo boxes and framed lists: an edge at 3:1."""
    found = []
    kinds = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QAbstractItemView)
    for field in root.findChildren(QWidget):
        if not isinstance(field, kinds) or not _visible(field) or not field.isEnabled():
            continue
        if isinstance(field, QAbstractScrollArea) and field.frameShape() == QFrame.Shape.NoFrame:
            continue
        if isinstance(field, QLineEdit) and not field.hasFrame():
            continue  # inside a spin box or combo box, which draw the edge
        if field.parentWidget() is not None and isinstance(
            field.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue
        image = (
            field.window()
            .grab(QRect(field.mapTo(field.window(), QPoint(0, 0)), field.size()))
            .toImage()
        )
        middle = field.height() // 2
        edge = max(contrast(QColor(image.pixel(x, middle)), window) for x in range(2))
        if edge < CONTROL:
            found.append(f"{type(field).__name__} {field.accessibleName()!r} edge: {edge:.2f}")
    return found


def check_page(root: QWidget, theme: Theme, where: str) -> list[str]:
    problems = text_failures(root) + indicator_failures(root)
    problems += scale_failures(root, THEMES[theme].window)
    problems += field_failures(root, THEMES[theme].window)
    return [f"{theme} {where}: {p}" for p in problems]


def pages(window: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    for name in ("library", "journal", "progress", "editor"):
        window.show_page(name)
        qtbot.wait(20)
        yield name, window
    assert window.start_routine(window.library.routines[0].id)
    window.player_page.pain_before.set_value(4)
    yield "player ready", window
    window.player_page.begin()
    window.player_page.side_label.setText("Left side")
    window.player_page.sound_button.setChecked(True)
    yield "player running", window
    player = window.player_page.player
    assert player is not None
    player.stop()
    window.player_page.pain_after.set_value(2)
    yield "player done", window
    settings = window.open_settings()
    qtbot.waitExposed(settings)
    yield "settings", settings
    settings.reject()
    dialog = window.open_log_dialog()
    qtbot.waitExposed(dialog)
    dialog.back.set_value(6)
    dialog.numbness.setChecked(True)
    yield "log dialog", dialog
    dialog.reject()


@pytest.mark.parametrize("scheme", [Scheme.LIGHT, Scheme.DARK, Scheme.HIGH_CONTRAST])
def test_every_page_meets_wcag_aa_in_every_theme(
    qapp: QApplication,
    qtbot: QtBot,
    make_window: MakeWindow,
    settings: object,
    restore_style: None,
    scheme: Scheme,
) -> None:
    apply_theme(qapp, scheme)
    theme = Theme(scheme.value)
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)  # type: ignore[attr-defined]
    window = make_window(clock=FakeClock())
    window.resize(1200, 800)
    problems: list[str] = []
    for where, root in pages(window, qtbot):
        problems += check_page(root, theme, where)
    assert problems == [], "\n".join(problems)


def test_a_theme_switched_live_recolours_pages_built_before_it(
    qapp: QApplication,
    qtbot: QtBot,
    make_window: MakeWindow,
    settings: object,
    restore_style: None,
) -> None:
    """The pain question vanished in dark mode: a style sheet froze its light colours."""
    apply_theme(qapp, Scheme.LIGHT)
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)  # type: ignore[attr-defined]
    window = make_window(clock=FakeClock())
    window.start_routine(window.library.routines[0].id)
    window.player_page.player.stop() if False else None
    apply_theme(qapp, Scheme.DARK)
    qtbot.wait(20)
    problems = check_page(window, Theme.DARK, "player ready after switching")
    assert problems == []
    heading = window.player_page.pain_before.findChild(QLabel)
    assert heading is not None and text_contrast(heading) >= TEXT


def test_the_focus_ring_is_two_pixels_at_three_to_one(
    qapp: QApplication, qtbot: QtBot, make_window: MakeWindow, restore_style: None
) -> None:
    for scheme in (Scheme.LIGHT, Scheme.DARK, Scheme.HIGH_CONTRAST):
        apply_theme(qapp, scheme)
        colours = THEMES[Theme(scheme.value)]
        window = make_window()
        button = window.log_button
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        qtbot.wait(20)
        parent = button.parentWidget()
        assert parent is not None
        image = parent.grab().toImage()
        outer = button.geometry().adjusted(-3, -3, 3, 3)
        middle = outer.center().y()
        ring = [
            QColor(image.pixel(x, middle)).name() for x in range(outer.left(), outer.left() + 3)
        ]
        assert ring.count(colours.focus) >= 2, (scheme, ring)
        assert contrast(colours.focus, colours.window) >= CONTROL
        assert contrast(colours.focus, colours.button) >= CONTROL
        window.close()


def test_high_contrast_colours_are_really_high() -> None:
    c = HIGH_CONTRAST
    assert contrast(c.text, c.window) >= 7
    assert contrast(c.caution_fg, c.caution_bg) >= 7
    assert contrast(c.highlighted_text, c.highlight) >= 7


def test_the_measure_fails_dark_text_on_a_dark_background(qtbot: QtBot) -> None:
    label = QLabel("Optional: how bad is your pain right now?")
    qtbot.addWidget(label)
    label.setStyleSheet("color: #2a2d31; background: #1e2124;")
    label.show()
    assert text_contrast(label) < 1.5
    label.setStyleSheet("color: #e8e6e3; background: #1e2124;")
    assert text_contrast(label) > 10
    assert QRect(label.contentsRect()).isValid()


#: (foreground, background, minimum) for every pair of theme colours drawn together.
PAIRS = [
    ("text", "window", TEXT),
    ("text", "base", TEXT),
    ("text", "button", TEXT),
    ("text", "alternate_base", TEXT),
    ("placeholder", "base", TEXT),
    ("link", "window", TEXT),
    ("link", "base", TEXT),
    ("highlighted_text", "highlight", TEXT),
    ("caution_fg", "caution_bg", TEXT),
    ("danger", "window", TEXT),
    ("danger", "base", TEXT),
    ("side", "window", TEXT),
    ("control", "window", CONTROL),
    ("control", "base", CONTROL),
    ("focus", "window", CONTROL),
    ("focus", "base", CONTROL),
    ("highlight", "window", CONTROL),
    ("chart_back", "base", CONTROL),
    ("chart_leg", "base", CONTROL),
    ("chart_done", "base", CONTROL),
    ("chart_not_done", "base", CONTROL),
    ("danger", "base", CONTROL),
]


@pytest.mark.parametrize("theme", list(Theme))
def test_every_colour_pair_of_a_theme_meets_wcag_aa(theme: Theme) -> None:
    colours = THEMES[theme]
    low = {
        f"{fg} on {bg}: {contrast(getattr(colours, fg), getattr(colours, bg)):.2f}"
        for fg, bg, minimum in PAIRS
        if contrast(getattr(colours, fg), getattr(colours, bg)) < minimum
    }
    assert low == set()
