"""The settings of ``core/settings.py`` kept in QSettings: typed get/set, checked against
the declaration, and the file's key renames applied once at startup (:meth:`upgrade`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QSettings

from routine_app.core.settings import (
    GENTLE_GROUP,
    MIGRATIONS,
    SETTINGS_VERSION,
    VERSION,
    Option,
    gentle_version,
)

T = TypeVar("T")


class Preferences:
    """Typed access to QSettings; values unreadable or out of range read as the default."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, option: Option[T]) -> T:
        return option.decode(self.settings.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        """Store *value* now (ValueError, and nothing stored, if it is not allowed)."""
        stored = option.encode(value)
        if stored is None:
            self.settings.remove(option.key)
        else:
            self.settings.setValue(option.key, stored)
        self.settings.sync()

    def upgrade(
        self, version: int = VERSION, migrations: Mapping[int, Mapping[str, str]] = MIGRATIONS
    ) -> None:
        """Bring a file of an older format to *version*: each rename of a later version,
        in order, once. A value already under the new key wins. A file of a newer
        format (written by a newer app) is left as it is."""
        found = self.get(SETTINGS_VERSION)
        if found >= version:
            return
        for step in sorted(v for v in migrations if found < v <= version):
            for old, new in migrations[step].items():
                self._rename(old, new)
        self.set(SETTINGS_VERSION, version)

    def _rename(self, old: str, new: str) -> None:
        keys = self.settings.allKeys()
        moves = (
            [(key, new + key.removeprefix(old)) for key in keys if key.startswith(old)]
            if old.endswith("/")
            else [(old, new)] * (old in keys)
        )
        for before, after in moves:
            if not self.settings.contains(after):
                self.settings.setValue(after, self.settings.value(before))
            self.settings.remove(before)

    def gentle_version(self, routine_id: str) -> str:
        """The id of the routine marked as the flare-day version of *routine_id*, or ''."""
        return self.get(gentle_version(routine_id))

    def set_gentle_version(self, routine_id: str, gentle_id: str) -> None:
        """Mark *gentle_id* as the gentle version of *routine_id* ('' removes the mark)."""
        for other in self._gentle_marks():  # a routine is the gentle version of one only
            if self.gentle_version(other) == gentle_id:
                self.set(gentle_version(other), "")  # removes the mark
        self.set(gentle_version(routine_id), gentle_id)

    def gentle_of(self, gentle_id: str) -> str:
        """Which routine *gentle_id* is the gentle version of, or ''."""
        found = (r for r in self._gentle_marks() if self.gentle_version(r) == gentle_id)
        return next(found, "")

    def _gentle_marks(self) -> list[str]:
        """The routines with a gentle version marked."""
        keys = self.settings.allKeys()
        return [key.removeprefix(GENTLE_GROUP) for key in keys if key.startswith(GENTLE_GROUP)]
