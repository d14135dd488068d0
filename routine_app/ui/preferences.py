"""Every preference in one place: key, type, default and a title for people (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from routine_app.ui.theme import Scheme


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    kind: type
    default: Any
    title: str


SOUND = Option("player/sound", bool, True, "Sound cues")
VOICE = Option("player/voice", bool, False, "Speak each step")
VOLUME = Option("player/volume", int, 80, "Volume")
LEAD_IN = Option("player/lead_in", int, 5, "Get-ready time before a routine (seconds)")
THEME = Option("appearance/theme", str, Scheme.SYSTEM.value, "Theme")
AFFECTED_SIDE = Option("routines/affected_side", str, "both", "Side that hurts")

AFFECTED_SIDES = {"both": "Both / not sure", "left": "Left", "right": "Right"}


class Preferences:
    """Typed access to QSettings; values out of range fall back to the default."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, option: Option) -> Any:
        value: Any = self.settings.value(option.key, option.default, type=option.kind)
        allowed: dict[str, Any] = {
            THEME.key: {s.value for s in Scheme},
            AFFECTED_SIDE.key: set(AFFECTED_SIDES),
            LEAD_IN.key: range(0, 61),
            VOLUME.key: range(0, 101),
        }
        if option.key in allowed and value not in allowed[option.key]:
            return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        self.settings.setValue(option.key, value)
        self.settings.sync()
