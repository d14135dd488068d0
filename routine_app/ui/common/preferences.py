"""Every preference in one place: key, type, default and a title for people (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from routine_app.ui.common.theme import Scheme


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    kind: type
    default: Any
    title: str


SOUND = Option("player/sound", bool, True, "Sound cues")
#: On by default where a speech engine answers (the player asks once whether to keep it).
#: The engine starts on a thread of its own (engine/speech.py), so a speech daemon that
#: hangs never freezes the window or the first routine.
VOICE = Option("player/voice", bool, True, "Speak each step")
VOLUME = Option("player/volume", int, 80, "Volume")
LEAD_IN = Option("player/lead_in", int, 5, "Get-ready time before a routine (seconds)")
THEME = Option("appearance/theme", str, Scheme.SYSTEM.value, "Theme")
AFFECTED_SIDE = Option("routines/affected_side", str, "both", "Side that hurts")

GENTLE_THRESHOLD = Option(
    "routines/gentle_threshold", int, 7, "Offer gentle versions when the last pain is at least"
)
GENTLE_GROUP = "gentle"
KEEP_IN_TRAY = Option(
    "reminders/keep_in_tray", bool, True, "Keep running in the tray when the window is closed"
)

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
            GENTLE_THRESHOLD.key: range(0, 11),
        }
        if option.key in allowed and value not in allowed[option.key]:
            return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        self.settings.setValue(option.key, value)
        self.settings.sync()

    def gentle_version(self, routine_id: str) -> str:
        """The id of the routine marked as the flare-day version of *routine_id*, or ''."""
        return str(self.settings.value(f"{GENTLE_GROUP}/{routine_id}", "", type=str))

    def set_gentle_version(self, routine_id: str, gentle_id: str) -> None:
        """Mark *gentle_id* as the gentle version of *routine_id* ('' removes the mark)."""
        key = f"{GENTLE_GROUP}/{routine_id}"
        for other in self.settings.allKeys():  # a routine is the gentle version of one only
            if other.startswith(f"{GENTLE_GROUP}/") and self.settings.value(other) == gentle_id:
                self.settings.remove(other)
        if gentle_id:
            self.settings.setValue(key, gentle_id)
        else:
            self.settings.remove(key)
        self.settings.sync()

    def gentle_of(self, gentle_id: str) -> str:
        """Which routine *gentle_id* is the gentle version of, or ''."""
        for key in self.settings.allKeys():
            if key.startswith(f"{GENTLE_GROUP}/") and self.settings.value(key) == gentle_id:
                return key.split("/", 1)[1]
        return ""
