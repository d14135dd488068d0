"""Light and dark palettes with large, calm type."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MIN_POINT_SIZE = 12.0
FONT_SCALE = 1.2


class Scheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_LIGHT = {
    QPalette.ColorRole.Window: "#f4f1ec",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#ece7df",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#e9e4dc",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: "#2f6f6a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6b6f76",
    QPalette.ColorRole.Link: "#1d5f8a",
    QPalette.ColorRole.Mid: "#c9c2b8",
}

_DARK = {
    QPalette.ColorRole.Window: "#1e2124",
    QPalette.ColorRole.WindowText: "#e8e6e3",
    QPalette.ColorRole.Base: "#26292d",
    QPalette.ColorRole.AlternateBase: "#2c3035",
    QPalette.ColorRole.Text: "#e8e6e3",
    QPalette.ColorRole.Button: "#2f3338",
    QPalette.ColorRole.ButtonText: "#e8e6e3",
    QPalette.ColorRole.Highlight: "#4fa39b",
    QPalette.ColorRole.HighlightedText: "#0f1214",
    QPalette.ColorRole.ToolTipBase: "#2f3338",
    QPalette.ColorRole.ToolTipText: "#e8e6e3",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#7cc0ea",
    QPalette.ColorRole.Mid: "#4a4f55",
}

#: Colours for cautions and warnings, which always also carry a text label or icon.
CAUTION = {"light": ("#fff4d6", "#5c4400", "#d9a400"), "dark": ("#3a3120", "#ffe3a0", "#b38600")}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(scheme: Scheme) -> bool:
    return scheme is Scheme.DARK or (scheme is Scheme.SYSTEM and system_is_dark())


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7d8288" if dark else "#8a8f96")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, scheme: Scheme = Scheme.SYSTEM) -> None:
    """Use the Fusion style with our palette and a base font at least 12 pt."""
    app.setStyle("Fusion")
    app.setPalette(build_palette(is_dark(scheme)))
    # From the system font each time, so applying the theme again never grows the text.
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(MIN_POINT_SIZE, size * FONT_SCALE))
    app.setFont(font)


def caution_colours(palette: QPalette) -> tuple[str, str, str]:
    """Background, text and border colours for a caution box that suits *palette*."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return CAUTION["dark" if dark else "light"]
