"""The one door for journal writes: each user action is one store write, then one signal
saying what changed.

Pages never write to the store themselves; they call these methods and refresh, when
``changed(Changes)`` fires, only if a kind of record they show changed. That holds for
entries (log, edit, delete, undo), sessions (the player), weekly checks, clearances and
episode starts (the safety screens), a JSON import and a restore from a backup.

Errors the user can cause or meet (disk full, file locked, an invalid value) are
reported through the ``report_error`` callback and nothing is lost: the caller keeps
what the user typed. The file-level writes (import, restore, the weekly check) raise
them instead, for their dialogs word them with the file's name.

Undo of a delete holds the deleted item. An import or a restore clears it: after a
restore the item belongs to another journal, and an import may have brought it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from routine_app.core.journal import Entry, JournalValueError, Session, new_id, now
from routine_app.core.safety_records import Clearance, Episode, Lock
from routine_app.store import safety
from routine_app.store.changes import (
    ENTRIES,
    SAFETY_RECORDS,
    SESSIONS,
    WEEKLY_CHECKS,
    Changes,
    of_import,
)
from routine_app.store.journal import Journal, JournalError

if TYPE_CHECKING:  # loaded when a weekly check or an import is written, not at start
    from routine_app.core.weekly_check import WeeklyCheck
    from routine_app.store.exchange import ImportResult

ErrorReporter = Callable[[str], None]
T = TypeVar("T")


def _kind(item: Entry | Session) -> Changes:
    return ENTRIES if isinstance(item, Entry) else SESSIONS


class JournalActions(QObject):
    """Signals: ``changed(Changes)`` after any write; ``undo_available(bool)``."""

    changed = Signal(object)
    undo_available = Signal(bool)

    def __init__(
        self, journal: Journal, report_error: ErrorReporter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._report_error = report_error
        self._deleted: list[Entry | Session] = []

    # --- the door ---------------------------------------------------------------------------

    def _write(self, action: Callable[[], T], changes: Changes | Callable[[T], Changes]) -> T:
        """Run one store write; once it is on disk, say what changed (*changes*, or
        what it works out from the write's result). Errors propagate, nothing is sent."""
        result = action()
        self.changed.emit(changes(result) if callable(changes) else changes)
        return result

    def _run(self, action: Callable[[], object], changes: Changes) -> bool:
        """:meth:`_write`, with a known error reported and False returned."""
        try:
            self._write(action, changes)
        except (JournalError, JournalValueError) as exc:
            self._report_error(str(exc))
            return False
        except KeyError:
            # Edited or finished after it left the journal (a restore swapped the journal).
            self._report_error(
                self.tr(
                    "Not saved: this item is no longer in your journal (it was deleted, or "
                    "the journal was restored from a backup). Nothing was changed."
                )
            )
            return False
        return True

    def _forget_undo(self) -> bool:
        """Drop what Undo could put back; True when there was something."""
        had = bool(self._deleted)
        self._deleted.clear()
        self.undo_available.emit(False)
        return had

    # --- entries and sessions -------------------------------------------------------------------

    def add(self, entry: Entry) -> bool:
        return self._run(lambda: self.journal.add_entry(entry), ENTRIES)

    def edit(self, entry: Entry) -> bool:
        return self._run(lambda: self.journal.update_entry(entry), ENTRIES)

    def delete(self, item: Entry | Session) -> bool:
        def remove() -> None:
            if isinstance(item, Entry):
                self._deleted.append(self.journal.delete_entry(item.id))
            else:
                self._deleted.append(self.journal.delete_session(item.id))

        done = self._run(remove, _kind(item))
        self.undo_available.emit(bool(self._deleted))
        return done

    def can_undo(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> Entry | Session | None:
        """Put back the most recently deleted item, exactly as it was."""
        if not self._deleted:
            return None
        item = self._deleted[-1]
        restore = self.journal.add_entry if isinstance(item, Entry) else self.journal.start_session
        if not self._run(lambda: restore(item), _kind(item)):  # type: ignore[arg-type]
            return None
        self._deleted.pop()
        self.undo_available.emit(bool(self._deleted))
        return item

    def save_session(self, session: Session, *, new: bool) -> bool:
        """Record a routine session (start) or its progress (end, pain after)."""
        write = self.journal.start_session if new else self.journal.update_session
        return self._run(lambda: write(session), SESSIONS)

    # --- safety records and weekly checks -------------------------------------------------------

    def confirm_checked(self, note: str = "") -> bool:
        """Record that a doctor or nurse has checked the person (lifts the emergency lock)."""
        clearance = Clearance(new_id(), now(), note)
        return self._run(lambda: safety.add_clearance(self.journal, clearance), SAFETY_RECORDS)

    def set_episode_start(self, began_on: date) -> bool:
        """Record the day this episode of sciatica began."""
        episode = Episode(new_id(), began_on, now())
        return self._run(lambda: safety.add_episode(self.journal, episode), SAFETY_RECORDS)

    def add_weekly_check(self, check: WeeklyCheck) -> WeeklyCheck:
        """Store a weekly check; raises JournalError or JournalValueError (nothing stored)."""
        from routine_app.store import weekly_checks

        return self._write(lambda: weekly_checks.add(self.journal, check), WEEKLY_CHECKS)

    # --- the whole journal ----------------------------------------------------------------------

    def import_json(self, data: bytes) -> tuple[ImportResult, bool]:
        """Merge a JSON export (all or nothing); returns the result and whether an undo
        was possible before (it no longer is). Raises ImportFileError, ValueError or
        JournalError with the journal unchanged."""
        from routine_app.store import exchange

        dropped: list[bool] = []

        def merge() -> ImportResult:
            result = exchange.import_json(self.journal, data)
            dropped.append(self._forget_undo())  # before the pages hear of it
            return result

        return self._write(merge, of_import), dropped[0]

    def restore(self, backup: Path) -> tuple[Path, bool]:
        """Replace the journal with *backup*; returns where the current journal was kept
        and whether an undo was possible before (it no longer is). Raises JournalError,
        OSError or sqlite3.Error with the current journal in place and open."""
        dropped: list[bool] = []

        def swap() -> Path:
            kept = self.journal.restore(backup)
            dropped.append(self._forget_undo())  # the deleted item was another journal's
            return kept

        return self._write(swap, Changes.whole_journal()), dropped[0]

    # --- reading ----------------------------------------------------------------------------

    def lock(self) -> Lock | None:
        """The emergency lock, if it holds (read from the journal each time)."""
        return safety.lock(self.journal)

    def last_entry(self) -> Entry | None:
        recent = self.journal.recent_entries(1)
        return recent[0] if recent else None
