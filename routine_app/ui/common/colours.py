"""Every colour the app paints with, per theme, in one place.

Three themes: light, dark and high contrast. Each is a ``Colours``: the Qt palette
roles plus the meanings the pages need (caution boxes, danger, focus ring, the
worked-side accent, control outlines). Widgets never carry colours of their own: they
carry a ``tone`` (``caution``, ``caution-box``, ``danger``, ``danger-box``, ``notice``,
``accent``, ``side``, ``toggle`` for a button filled while checked), and
``tone_sheet`` gives the small style sheet of that tone in a theme's colours;
switching theme gives every toned widget its sheet again, so every page recolours at
once. Text colours meet WCAG AA against the background they
are drawn on (4.5:1; 3:1 for control outlines and the focus ring); ``contrast``
computes the ratio.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QPalette


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True, slots=True)
class Colours:
    """One theme's colours (the values are in ``_ROLES`` below)."""

    theme: Theme
    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    highlight: str
    highlighted_text: str
    placeholder: str
    disabled: str
    link: str
    mid: str
    control: str
    focus: str
    caution_bg: str
    caution_fg: str
    caution_border: str
    danger: str
    side: str
    chart_back: str
    chart_leg: str
    chart_done: str
    chart_not_done: str

    def palette(self) -> QPalette:
        roles = QPalette.ColorRole
        palette = QPalette()
        for role, colour in (
            (roles.Window, self.window),
            (roles.WindowText, self.text),
            (roles.Base, self.base),
            (roles.AlternateBase, self.alternate_base),
            (roles.Text, self.text),
            (roles.Button, self.button),
            (roles.ButtonText, self.text),
            (roles.BrightText, self.text),
            (roles.Highlight, self.highlight),
            (roles.HighlightedText, self.highlighted_text),
            (roles.ToolTipBase, self.base),
            (roles.ToolTipText, self.text),
            (roles.PlaceholderText, self.placeholder),
            (roles.Link, self.link),
            (roles.LinkVisited, self.link),
            (roles.Mid, self.mid),
            (roles.Dark, self.control),
            (roles.Shadow, self.control),
        ):
            palette.setColor(role, QColor(colour))
        for role in (roles.WindowText, roles.Text, roles.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled))
        return palette


#: Each colour in the light, dark and high-contrast themes, side by side.
_ROLES: dict[str, tuple[str, str, str]] = {
    "window": ("#f4f1ec", "#1e2124", "#000000"),
    "text": ("#1f2328", "#e8e6e3", "#ffffff"),
    "base": ("#ffffff", "#26292d", "#000000"),
    "alternate_base": ("#ece7df", "#2c3035", "#1a1a1a"),
    "button": ("#e9e4dc", "#2f3338", "#000000"),
    "highlight": ("#2f6f6a", "#2b7a72", "#ffd60a"),
    "highlighted_text": ("#ffffff", "#ffffff", "#000000"),
    "placeholder": ("#5f636a", "#a3a9af", "#d0d0d0"),
    "disabled": ("#6e7279", "#8d9298", "#b0b0b0"),
    "link": ("#1d5f8a", "#7cc0ea", "#9cc8ff"),
    "mid": ("#c9c2b8", "#4a4f55", "#ffffff"),
    # Outline of check boxes, radio buttons and scale buttons (3:1 against window).
    "control": ("#6b6f76", "#a3a9af", "#ffffff"),
    "focus": ("#1d5f8a", "#7cc0ea", "#ffd60a"),
    "caution_bg": ("#fff4d6", "#3a3120", "#000000"),
    "caution_fg": ("#4d3900", "#ffe3a0", "#ffe066"),
    "caution_border": ("#b38600", "#d9a400", "#ffd60a"),
    "danger": ("#a3001d", "#ff8a8a", "#ff9a9a"),
    # The worked-side blue of the step pictures, readable on the window.
    "side": ("#08659c", "#5cb8f0", "#8fd3ff"),
    # Chart series (back pain, leg pain, routine done, not done), 3:1 on ``base``.
    "chart_back": ("#1f77b4", "#5aa9e6", "#6cc8ff"),
    "chart_leg": ("#b35900", "#f0a04b", "#ffb347"),
    "chart_done": ("#2f6f6a", "#4fb3a9", "#5fe0c8"),
    "chart_not_done": ("#8a8278", "#8d9298", "#b0b0b0"),
}

LIGHT, DARK, HIGH_CONTRAST = (
    Colours(theme, **{role: colours[column] for role, colours in _ROLES.items()})
    for column, theme in enumerate(Theme)
)

THEMES = {c.theme: c for c in (LIGHT, DARK, HIGH_CONTRAST)}

#: Width of the keyboard focus ring, in pixels.
FOCUS_WIDTH = 2


def for_palette(palette: QPalette) -> Colours:
    """The theme a palette belongs to (by its window colour; unknown ones by lightness)."""
    window = palette.color(QPalette.ColorRole.Window)
    for colours in THEMES.values():
        if QColor(colours.window) == window:
            return colours
    return DARK if window.lightness() < 128 else LIGHT


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor | str, second: QColor | str) -> float:
    """WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    a = relative_luminance(QColor(first))
    b = relative_luminance(QColor(second))
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def caution_style(c: Colours) -> str:
    return (
        f"background: {c.caution_bg}; color: {c.caution_fg}; "
        f"border: none; border-left: 6px solid {c.caution_border}; padding: 10px;"
    )


def tone_sheet(tone: str, c: Colours) -> str:
    """The style sheet a widget of *tone* carries, in colours *c* ("" for no such tone).

    Each widget with a tone carries its own small sheet (``ui.common.theme.set_tone``),
    not one sheet for the whole application: an application sheet sends every widget of
    every page through Qt's style sheet machinery, which made building the window about
    70 ms slower. The rules still select on the ``tone`` property, so a sheet also
    reaches the children it names (a caution box's labels).
    """
    rules = {
        "caution": f"""*[tone="caution"] {{ {caution_style(c)} }}""",
        "caution-box": f"""
QFrame[tone="caution-box"] {{ background: {c.caution_bg}; border: 2px solid {c.caution_border};
    border-radius: 6px; }}
QFrame[tone="caution-box"] QLabel {{ color: {c.caution_fg}; background: transparent; }}""",
        "danger": f"""QLabel[tone="danger"] {{ color: {c.danger}; }}""",
        "danger-box": f"""
QFrame[tone="danger-box"] {{ border: 3px solid {c.danger}; border-radius: 6px; padding: 6px; }}
QGroupBox[tone="danger-box"] {{ border: 2px solid {c.danger}; border-radius: 6px;
    margin-top: 1.2em; }}
QGroupBox[tone="danger-box"]::title {{ subcontrol-origin: margin; left: 10px;
    color: {c.danger}; }}""",
        "notice": f"""
*[tone="notice"] {{ border: 2px solid {c.highlight}; border-radius: 6px; padding: 6px; }}""",
        "accent": f"""
QLabel[tone="accent"] {{ background: transparent; border: none;
    border-left: 6px solid {c.highlight}; padding: 8px 12px; }}""",
        "side": f"""QLabel[tone="side"] {{ color: {c.side}; }}""",
        "toggle": f"""
QPushButton[tone="toggle"]:checked {{ background: {c.highlight};
    color: {c.highlighted_text}; font-weight: bold; border: 2px solid {c.text};
    border-radius: 4px; padding: 4px 10px; }}""",
    }
    return rules.get(tone, "")
