"""Contrast measured from rendered pixels (WCAG 2.x ratios).

``text_contrast`` grabs a widget, takes its commonest colour inside the contents
rectangle as the background and the best-contrasting colour that covers a real area
(not a stray anti-aliased pixel) as the ink: text that vanishes (dark on dark) scores
near 1. ``outline_contrast`` does the same inside a sub-rectangle (a check box's
indicator) against the widget's background.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from routine_app.ui.common.colours import contrast

MIN_INK_PIXELS = 3


def _colours(image: QImage, area: QRect) -> Counter[int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I")
    pixels.frombytes(bytes(image.constBits()))
    stride = image.bytesPerLine() // 4
    counts: Counter[int] = Counter()
    area = area.intersected(image.rect())
    for y in range(area.top(), area.bottom() + 1):
        start = y * stride
        counts.update(pixels[start + area.left() : start + area.right() + 1])
    return Counter({colour & 0xFFFFFF: n for colour, n in counts.items()})


def _grab(widget: QWidget) -> tuple[QImage, QPoint]:
    """The visible part of the widget as drawn in its window (so a transparent widget
    shows what is behind it), and where that part starts in the widget."""
    window = widget.window()
    visible = widget.visibleRegion().boundingRect()
    area = QRect(widget.mapTo(window, visible.topLeft()), visible.size())
    image = window.grab(area).toImage()
    ratio = image.devicePixelRatio()
    if ratio != 1:
        image = image.scaled(area.width(), area.height())
    return image, visible.topLeft()


def best_ink(counts: Counter[int], background: int) -> float:
    inks = [c for c, n in counts.items() if n >= MIN_INK_PIXELS and c != background]
    return max((contrast(QColor(background), QColor(c)) for c in inks), default=1.0)


def text_contrast(widget: QWidget) -> float:
    """Contrast of the widget's text against its own background, from its pixels."""
    image, origin = _grab(widget)
    counts = _colours(image, widget.contentsRect().translated(-origin))
    background = counts.most_common(1)[0][0]
    return best_ink(counts, background)


def outline_contrast(widget: QWidget, part: QRect) -> float:
    """Contrast of what is drawn in *part* of the widget against the widget's background."""
    image, origin = _grab(widget)
    background = _colours(image, image.rect()).most_common(1)[0][0]
    return best_ink(_colours(image, part.translated(-origin)), background)


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[None]:
    """Put back plain Fusion after a test that applied a theme."""
    yield
    qapp.setStyleSheet("")
    qapp.setStyle("Fusion")
    qapp.setPalette(QPalette())
