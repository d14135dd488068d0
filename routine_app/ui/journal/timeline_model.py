"""A lazy list model over the journal timeline: rows are read from SQLite page by page
as the view scrolls (``canFetchMore``/``fetchMore``), never all at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from routine_app.core.journal import Entry, Outcome, Session
from routine_app.core.triage import short_name
from routine_app.store.journal import Journal, timeline_key
from routine_app.ui.common.delegates import ROW_ROLE, Row

PAGE = 200
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
RED = "danger"  # the theme's danger colour (ui.common.colours), resolved when painted
SESSION_ACCENT = "highlight"

_Index = QModelIndex | QPersistentModelIndex


def day_heading(day: date, today: date) -> str:
    if day == today:
        return "Today"
    if (today - day).days == 1:
        return "Yesterday"
    return f"{day:%A} {day.day} {day:%B %Y}"


def local(moment: datetime) -> datetime:
    return moment.astimezone()


def entry_row(entry: Entry) -> Row:
    title = f"{local(entry.recorded_at):%H:%M}   Back {entry.back_pain} · Leg {entry.leg_pain}"
    if entry.leg_pain or entry.leg_side.value != "none":
        title += f"  ({entry.leg_side.label.lower()}, reaches {entry.reaches.label.lower()})"
    details = [
        name
        for name, on in (
            ("numbness", entry.numbness),
            ("tingling", entry.tingling),
            ("weakness", entry.weakness),
        )
        if on
    ]
    if entry.medication:
        details.append(f"medication: {entry.medication}")
    if entry.notes:
        details.append(entry.notes.replace("\n", " "))
    if entry.warning_signs:
        names = ", ".join(short_name(s) for s in sorted(entry.warning_signs))
        details.insert(0, "to get checked soon: " + names)
    if entry.red_flags:
        title = "⚠ " + title
        details.insert(
            0,
            "EMERGENCY SYMPTOMS REPORTED: "
            + ", ".join(short_name(f.value) for f in sorted(entry.red_flags)),
        )
    return Row(title, " · ".join(details), accent=RED if entry.red_flags else None)


def session_row(session: Session, routine_title: Callable[[str], str]) -> Row:
    title = f"{local(session.started_at):%H:%M}   ▶ {routine_title(session.routine_id)}"
    outcome = {
        Outcome.COMPLETED: "completed",
        Outcome.STOPPED: "stopped early",
        Outcome.ABANDONED: "not finished",
    }[session.outcome]
    parts = [f"Routine {outcome} ({session.segments_done} of {session.segments_total} parts)"]
    if session.pain_before is not None and session.pain_after is not None:
        parts.append(f"pain {session.pain_before} → {session.pain_after}")
    elif session.pain_before is not None:
        parts.append(f"pain before {session.pain_before}")
    if session.pain_moved is not None:
        parts.append(f"pain moved: {session.pain_moved.label.lower()}")
    return Row(title, " · ".join(parts), accent=SESSION_ACCENT)


class TimelineModel(QAbstractListModel):
    """Entries and sessions newest first, with a day heading on the first row of each day."""

    def __init__(
        self,
        journal: Journal,
        routine_title: Callable[[str], str],
        parent: QObject | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._routine_title = routine_title
        self.routine_title = routine_title
        self._today = today
        self._items: list[Entry | Session] = []
        self._exhausted = False

    def reload(self) -> None:
        """Forget what was read and start again from the newest item: the first page is
        read inside the reset, so views never see an empty model nor a second change."""
        self.beginResetModel()
        self._items = self._journal.timeline(PAGE, None)
        self._exhausted = len(self._items) < PAGE
        self.endResetModel()

    def item(self, row: int) -> Entry | Session | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        before = timeline_key(self._items[-1]) if self._items else None
        page = self._journal.timeline(PAGE, before)
        self._exhausted = len(page) < PAGE
        if page:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._items.extend(page)
            self.endInsertRows()

    def _day(self, row: int) -> date:
        item = self._items[row]
        moment = item.recorded_at if isinstance(item, Entry) else item.started_at
        return local(moment).date()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        row = entry_row(item) if isinstance(item, Entry) else session_row(item, self._routine_title)
        if role == ROW_ROLE:
            first_of_day = index.row() == 0 or self._day(index.row() - 1) != self._day(index.row())
            heading = day_heading(self._day(index.row()), self._today()) if first_of_day else None
            return Row(row.title, row.subtitle, heading, row.accent)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.title}. {row.subtitle}".strip(". ")
        return None
