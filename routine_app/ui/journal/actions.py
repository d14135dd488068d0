"""The journal as the window uses it: each user action is one store write, then one signal.

Pages never write to the store themselves; they call these methods and refresh
when ``changed`` fires. Errors the user can cause or meet (disk full, file
locked, an invalid value) are reported through the ``report_error`` callback
and nothing is lost: the caller keeps what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from routine_app.core.journal import Entry, JournalValueError, Session, new_id, now
from routine_app.core.safety_records import Clearance, Episode, Lock
from routine_app.store import safety
from routine_app.store.journal import Journal, JournalError

ErrorReporter = Callable[[str], None]


class JournalActions(QObject):
    """Signals: ``changed()`` after any write; ``undo_available(bool)``."""

    changed = Signal()
    undo_available = Signal(bool)

    def __init__(
        self, journal: Journal, report_error: ErrorReporter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._report_error = report_error
        self._deleted: list[Entry | Session] = []

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (JournalError, JournalValueError) as exc:
            self._report_error(str(exc))
            return False
        self.changed.emit()
        return True

    def add(self, entry: Entry) -> bool:
        return self._run(lambda: self.journal.add_entry(entry))

    def edit(self, entry: Entry) -> bool:
        return self._run(lambda: self.journal.update_entry(entry))

    def delete(self, item: Entry | Session) -> bool:
        def remove() -> None:
            if isinstance(item, Entry):
                self._deleted.append(self.journal.delete_entry(item.id))
            else:
                self._deleted.append(self.journal.delete_session(item.id))

        done = self._run(remove)
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
        if not self._run(lambda: restore(item)):  # type: ignore[arg-type]
            return None
        self._deleted.pop()
        self.undo_available.emit(bool(self._deleted))
        return item

    def save_session(self, session: Session, *, new: bool) -> bool:
        """Record a routine session (start) or its progress (end, pain after)."""
        write = self.journal.start_session if new else self.journal.update_session
        return self._run(lambda: write(session))

    def confirm_checked(self, note: str = "") -> bool:
        """Record that a doctor or nurse has checked the person (lifts the emergency lock)."""
        clearance = Clearance(new_id(), now(), note)
        return self._run(lambda: safety.add_clearance(self.journal, clearance))

    def set_episode_start(self, began_on: date) -> bool:
        """Record the day this episode of sciatica began."""
        episode = Episode(new_id(), began_on, now())
        return self._run(lambda: safety.add_episode(self.journal, episode))

    def lock(self) -> Lock | None:
        """The emergency lock, if it holds (read from the journal each time)."""
        return safety.lock(self.journal)

    def last_entry(self) -> Entry | None:
        recent = self.journal.recent_entries(1)
        return recent[0] if recent else None
