"""A button that stays pressed, filled and in bold while on (its "toggle" tone's style
sheet, ``ui.common.colours.tone_sheet``, draws it), and is always wide enough for its
bold text.

A style sheet's ``:checked`` font does not count in Qt's size hints, so a plain
QPushButton sized for its normal text clipped its checked, bold text ("3 months").
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton, QWidget

from routine_app.ui.common.theme import set_tone

#: The checked style's padding on each side and its border (colours.tone_sheet).
CHECKED_PADDING = 10
CHECKED_BORDER = 2


class ToggleButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        set_tone(self, "toggle")  # filled while on (ui.common.colours)

    def sizeHint(self) -> QSize:
        return self._room_for_bold(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._room_for_bold(super().minimumSizeHint())

    def _room_for_bold(self, size: QSize) -> QSize:
        bold = QFont(self.font())
        bold.setBold(True)
        text = self.text().replace("&&", "&")
        needed = QFontMetrics(bold).horizontalAdvance(text) + 2 * (CHECKED_PADDING + CHECKED_BORDER)
        return QSize(max(size.width(), needed + 2), size.height())
