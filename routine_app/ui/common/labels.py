"""Labels with text scaled from the application font, so they follow the system size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


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
