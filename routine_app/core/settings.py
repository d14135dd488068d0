"""Every setting the app keeps, declared once: key, type, default, title, allowed values.

No Qt here: ``ui/common/preferences.py`` stores these through QSettings, and everything
else reads and writes them by their declaration (``preferences.get(SOUND)``), never
by a key of its own (``tests/test_settings_keys.py`` fails on a key literal anywhere
else). Each :class:`Option` turns what the settings file holds into a typed value and
back; a value that cannot be read, or is not allowed, reads as the default.

The file carries a format version (:data:`SETTINGS_VERSION`). When a key is renamed,
bump :data:`VERSION` and add ``{VERSION: {old key: new key}}`` to :data:`MIGRATIONS`:
the adapter applies the renames once, at startup, so a user's file keeps its values.

Titles marked ``N_`` are shown in Settings (translate them with ``Option.label``); the
others name state the app keeps for itself and are never shown.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from routine_app.core.reminders import DEFAULTS, ReminderKind, Schedule
from routine_app.i18n import N_, SYSTEM_LANGUAGE, _, available_languages

T = TypeVar("T")


class Scheme(StrEnum):
    """The colour theme chosen in Settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


def _as_is(value: object) -> object:
    return value


@dataclass(frozen=True, slots=True)
class Option(Generic[T]):
    """One setting. *read* turns what the file holds into the value (raising ValueError
    or TypeError when it cannot); *write* turns the value into what is stored (None
    removes the key); *allowed*, when given, holds every value the setting may take."""

    key: str
    default: T
    title: str
    read: Callable[[object], T] = field(compare=False)
    write: Callable[[T], object] = field(default=_as_is, compare=False)
    allowed: Container[T] | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        """The title in the current language."""
        return _(self.title)

    def decode(self, raw: object) -> T:
        """The value *raw* (as the settings file gave it) stands for; the default when
        it is missing (None), unreadable, or not allowed."""
        if raw is None:
            return self.default
        try:
            value = self.read(raw)
        except (TypeError, ValueError):
            return self.default
        return value if self.allows(value) else self.default

    def encode(self, value: T) -> object:
        """What to store for *value*; ValueError if the setting does not allow it."""
        if not self.allows(value):
            raise ValueError(f"{self.key}: {value!r} is not allowed")
        return self.write(value)

    def allows(self, value: T) -> bool:
        return self.allowed is None or value in self.allowed


class Settings(Protocol):
    """Typed access to the stored settings (``ui.common.preferences.Preferences``)."""

    def get(self, option: Option[T]) -> T: ...

    def set(self, option: Option[T], value: T) -> None: ...


# -- Reading and writing stored values --------------------------------------------------
# QSettings gives back what was set in this run as it was (True, 80), and what it read
# from the file as text ("true", "80"), or a list of texts for a comma-separated value.


def read_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "1", "false", "0"):
        return raw.strip().lower() in ("true", "1")
    raise ValueError(f"not a yes/no value: {raw!r}")


def read_int(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise TypeError(f"not a whole number: {raw!r}")
    return int(raw)


def read_str(raw: object) -> str:
    if not isinstance(raw, str):
        raise TypeError(f"not a text: {raw!r}")
    return raw


def read_scheme(raw: object) -> Scheme:
    return Scheme(read_str(raw))


def read_day(raw: object) -> date | None:
    return date.fromisoformat(read_str(raw)) if raw != "" else None


def read_moment(raw: object) -> datetime | None:
    return datetime.fromisoformat(read_str(raw)) if raw != "" else None


def read_clock(raw: object) -> time:
    return time.fromisoformat(read_str(raw))


def read_weekdays(raw: object) -> frozenset[int]:
    """Weekday numbers (Monday 0) from "0,2,4"; entries that are no weekday are left out."""
    parts = read_str(raw).split(",") if not isinstance(raw, list) else raw
    found = (str(part).strip() for part in parts)
    return frozenset(int(p) for p in found if p.isdigit() and 0 <= int(p) <= 6)


def read_rect(raw: object) -> tuple[int, int, int, int] | None:
    """x, y, width, height; stored as a list of four numbers."""
    if not isinstance(raw, list | tuple) or len(raw) != 4:
        raise ValueError(f"not four numbers: {raw!r}")
    x, y, width, height = (read_int(v) for v in raw)
    if width <= 0 or height <= 0:
        raise ValueError(f"an empty rectangle: {raw!r}")
    return x, y, width, height


def _iso(value: date | datetime | None) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return None if value is None else value.isoformat()


def _text_or_none(value: str) -> str | None:
    return value or None


def _clock_text(value: time) -> str:
    return value.strftime("%H:%M")


def _weekdays_text(value: frozenset[int]) -> str:
    return ",".join(map(str, sorted(value)))


def _rect_list(value: tuple[int, int, int, int] | None) -> list[int] | None:
    return None if value is None else list(value)


def flag(key: str, default: bool, title: str) -> Option[bool]:
    return Option(key, default, title, read_bool)


def number(key: str, default: int, title: str, lowest: int, highest: int) -> Option[int]:
    return Option(key, default, title, read_int, allowed=range(lowest, highest + 1))


def bounds(option: Option[int]) -> tuple[int, int]:
    """The lowest and highest value a number setting allows (for a spin box)."""
    assert isinstance(option.allowed, range), option.key
    return option.allowed.start, option.allowed.stop - 1


# -- The settings -----------------------------------------------------------------------

SETTINGS_VERSION = Option("settings/version", 0, "Settings file format", read_int)
#: The format this app writes. A file without a version is version 0 (before 1).
VERSION = 1
#: Key renames by the version that made them: ``{version: {old key: new key}}``. A key
#: ending in "/" renames a whole group (``{"gentle/": "gentle_versions/"}``).
MIGRATIONS: Mapping[int, Mapping[str, str]] = {}

SOUND = flag("player/sound", True, "Sound cues")
#: On by default where a speech engine answers (the player asks once whether to keep it).
#: The engine starts on a thread of its own (engine/speech.py), so a speech daemon that
#: hangs never freezes the window or the first routine.
VOICE = flag("player/voice", True, "Speak each step")
VOICE_ASKED = flag("player/voice_asked", False, "Asked once whether to keep the voice on")
VOLUME = number("player/volume", 80, "Volume", 0, 100)
LEAD_IN = number("player/lead_in", 5, N_("Get-ready time before a routine (seconds)"), 0, 60)

#: Themes and what Settings calls them.
THEMES: Mapping[Scheme, str] = {
    Scheme.SYSTEM: N_("Follow the system"),
    Scheme.LIGHT: N_("Light"),
    Scheme.DARK: N_("Dark"),
    Scheme.HIGH_CONTRAST: N_("High contrast"),
}
THEME: Option[Scheme] = Option(
    "appearance/theme", Scheme.SYSTEM, N_("Theme"), read_scheme, lambda s: Scheme(s).value, THEMES
)


class _Languages:
    """The language setting's choices: System, or a language with a catalogue (looked up
    when asked, so a catalogue added to the locale folder is a choice at once)."""

    def __contains__(self, value: object) -> bool:
        return value == SYSTEM_LANGUAGE or value in available_languages()


#: The window's language: "system" follows the desktop session, else a language code.
#: Read once at start (engine/translators.py): a change takes effect after a restart.
LANGUAGE: Option[str] = Option(
    "appearance/language", SYSTEM_LANGUAGE, N_("Language"), read_str, allowed=_Languages()
)

#: Sides and what Settings calls them ("left"/"right" are ``core.routine.Side`` values).
AFFECTED_SIDES: Mapping[str, str] = {
    "both": N_("Both / not sure"),
    "left": N_("Left"),
    "right": N_("Right"),
}
AFFECTED_SIDE: Option[str] = Option(
    "routines/affected_side", "both", N_("Side that hurts"), read_str, allowed=AFFECTED_SIDES
)
GENTLE_THRESHOLD = number(
    "routines/gentle_threshold",
    7,
    N_("Offer gentle versions when the last pain is at least"),
    0,
    10,
)
#: The group of "gentle/ROUTINE-ID" = the id of the routine marked in the editor as the
#: flare-day version of ROUTINE-ID (a routine is the gentle version of one at most).
GENTLE_GROUP = "gentle/"


def gentle_version(routine_id: str) -> Option[str]:
    """The id of the routine marked as the gentle version of *routine_id* ('' for none)."""
    return Option(
        f"{GENTLE_GROUP}{routine_id}", "", "Gentle version of a routine", read_str, _text_or_none
    )


SAFETY_ACKNOWLEDGED = flag("safety/acknowledged", False, "Safety screen read before a routine")
REVIEW_DISMISSED_ON: Option[date | None] = Option(
    "safety/review_dismissed_on", None, "Review advice last dismissed on", read_day, _iso
)
WEEKLY_CHECK_PUT_OFF_ON: Option[date | None] = Option(
    "weekly_check/put_off_on", None, "Weekly check last put off on", read_day, _iso
)

WINDOW_GEOMETRY: Option[tuple[int, int, int, int] | None] = Option(
    "window/geometry", None, "Window place and size", read_rect, _rect_list
)
WINDOW_MAXIMIZED = flag("window/maximized", False, "Window maximized")

KEEP_IN_TRAY = flag(
    "reminders/keep_in_tray", True, "Keep running in the tray when the window is closed"
)
TRAY_NOTICE_SHOWN = flag("reminders/tray_notice_shown", False, "Told once about the tray")


@dataclass(frozen=True, slots=True)
class ReminderOptions:
    """The settings of one reminder (``reminders/KIND/...``)."""

    enabled: Option[bool]
    days: Option[frozenset[int]]
    at: Option[time]
    #: When the app last checked it: one missed while closed is shown once at start.
    last_seen: Option[datetime | None]


def _reminder(kind: ReminderKind) -> ReminderOptions:
    group, default = f"reminders/{kind.value}", DEFAULTS[kind]
    return ReminderOptions(
        flag(f"{group}/enabled", default.enabled, "Reminder on"),
        Option(f"{group}/days", default.days, "Reminder weekdays", read_weekdays, _weekdays_text),
        Option(f"{group}/time", default.at, "Reminder time", read_clock, _clock_text),
        Option(f"{group}/last_seen", None, "Reminder last checked", read_moment, _iso),
    )


REMINDERS: Mapping[ReminderKind, ReminderOptions] = {kind: _reminder(kind) for kind in ReminderKind}


def load_schedule(settings: Settings, kind: ReminderKind) -> Schedule:
    options = REMINDERS[kind]
    return Schedule(
        kind, settings.get(options.enabled), settings.get(options.days), settings.get(options.at)
    )


def save_schedule(settings: Settings, schedule: Schedule) -> None:
    options = REMINDERS[schedule.kind]
    settings.set(options.enabled, schedule.enabled)
    settings.set(options.days, schedule.days)
    settings.set(options.at, schedule.at)
