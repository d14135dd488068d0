"""What a journal write changed (Anki's ``OpChanges`` idea), so each page refreshes
only for the kinds of record it shows.

Every journal write the window makes goes through one door
(:class:`routine_app.ui.journal.actions.JournalActions`), which sends one of these
with its ``changed`` signal. No Qt here: the CLI and tests can build and read them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this at start; export and import load when used
    from routine_app.store.exchange import ImportResult


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of journal record a write changed.

    ``replaced`` means the whole journal was swapped (a restore): every kind changed,
    and nothing held from before it (an undo, a session being recorded) still refers to
    the journal now open. Build it with :meth:`whole_journal`, which sets every kind.
    """

    entries: bool = False
    sessions: bool = False
    weekly_checks: bool = False
    #: clearances ("a doctor or nurse has checked me") and episode starts
    safety_records: bool = False
    replaced: bool = False

    @classmethod
    def whole_journal(cls) -> Changes:
        return cls(True, True, True, True, True)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(getattr(self, f.name) or getattr(other, f.name) for f in fields(self)))


ENTRIES = Changes(entries=True)
SESSIONS = Changes(sessions=True)
WEEKLY_CHECKS = Changes(weekly_checks=True)
SAFETY_RECORDS = Changes(safety_records=True)
NOTHING = Changes()


def of_import(result: ImportResult) -> Changes:
    """The kinds a JSON import added (records already present change nothing)."""
    return Changes(
        entries=result.entries_added > 0,
        sessions=result.sessions_added > 0,
        weekly_checks=result.weekly_checks_added > 0,
        safety_records=result.clearances_added + result.episodes_added > 0,
    )
