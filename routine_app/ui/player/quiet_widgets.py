"""Widgets the player changes every second, made cheap to change.

:class:`QuietBar`: Fusion's own progress bar paints gradients and frames through the
style (and Qt hands part of that to pooled threads), and, not being opaque, makes its
parents repaint too; the player repaints its bars every second, so that cost was paid
all the time a routine played. This one stays a QProgressBar (value, range, format and
the accessible progress-bar role are unchanged) and only paints differently.

:class:`SteadyLabel`: a label of a fixed size that changes only with the pattern of its
text, not its digits. A plain QLabel asks its page for a new layout on every new text,
and the whole page (wrapped texts and all) was laid out again every second; Qt skips
that for a widget whose minimum and maximum sizes are equal.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

DIGIT = re.compile(r"[0-9]")


class QuietBar(QProgressBar):
    """A flat, opaque progress bar in the palette's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def setValue(self, value: int) -> None:
        """As QProgressBar's, but painted with the window's next paint (one for every
        widget that changed), not at once on its own."""
        self.setUpdatesEnabled(False)  # QProgressBar repaints at once; this defers it
        super().setValue(value)
        self.setUpdatesEnabled(True)  # schedules the update

    def fraction(self) -> float:
        span = self.maximum() - self.minimum()
        return 0.0 if span <= 0 else (self.value() - self.minimum()) / span

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        trough = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(trough)
        done = trough.adjusted(1.5, 1.5, -1.5, -1.5)
        done.setWidth(done.width() * max(0.0, min(1.0, self.fraction())))
        painter.fillRect(done, palette.color(QPalette.ColorRole.Highlight))
        if self.isTextVisible():  # readable on both parts: light on the filled one
            text = self.text()
            rest = QRectF(done.right(), rect.top(), rect.right() - done.right(), rect.height())
            for clip, role in (
                (
                    QRectF(rect.left(), rect.top(), done.right() - rect.left(), rect.height()),
                    QPalette.ColorRole.HighlightedText,
                ),
                (rest, QPalette.ColorRole.Text),
            ):
                painter.setClipRect(clip)
                painter.setPen(palette.color(role))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class SteadyLabel(QLabel):
    """A one-line label as big as its text with every digit as wide as the widest one,
    fixed at that size, so a clock ticking down never re-lays out its page. Place it
    in a layout with an alignment, which centres it in the space it is given."""

    def __init__(
        self, parent: QWidget | None = None, scale: float = 1.0, bold: bool = False
    ) -> None:
        super().__init__(parent)
        self._pattern: str | None = None
        self._widest: str | None = None  # the font's widest digit
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        self.setFont(font)

    def setText(self, text: str) -> None:
        self._fit(text)
        super().setText(text)

    def _fit(self, text: str, force: bool = False) -> None:
        if force or self._widest is None:
            self._widest = max("0123456789", key=self.fontMetrics().horizontalAdvance)
        pattern = DIGIT.sub(self._widest, text)
        if pattern == self._pattern and not force:
            return
        self._pattern = pattern
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        size = QSize(metrics.horizontalAdvance(pattern) + 2 + extra, metrics.height() + extra)
        self.setFixedSize(size.grownBy(margins))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit(self.text(), force=True)
