"""Labels with text scaled from the application font, so they follow the system size,
and word-wrapped labels that remember their height for a width."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width it was asked about.

    QLabel lays its whole text out again on every ``heightForWidth()``, and Qt's
    layouts ask several times for the same widths while a page settles: the library's
    steps (a table with a picture a step) were laid out 13 times at startup, about
    1.5 ms each, for 3 widths. The heights are kept for the current text and font and
    forgotten on any change event (font, style, palette)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self._heights_for: tuple[str, str] = ("", "")

    def heightForWidth(self, width: int) -> int:
        key = (self.text(), self.font().key())
        if key != self._heights_for:
            self._heights, self._heights_for = {}, key
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights = {}
        super().changeEvent(event)


def scaled_label(
    parent: QWidget, scale: float = 1.0, bold: bool = False, text: str = "", wrap: bool = True
) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(wrap)
    return label


def page_title(parent: QWidget, text: str) -> QLabel:
    return scaled_label(parent, 1.5, True, text, wrap=False)
