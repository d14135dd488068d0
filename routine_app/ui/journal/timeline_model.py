"""A lazy list model over the journal timeline: rows are read from SQLite page by page
as the view scrolls (``canFetchMore``/``fetchMore``), never all at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from routine_app.core.journal import Entry, Outcome, PainMoved, Session
from routine_app.core.triage import short_name
from routine_app.i18n import format_date, weekday_name
from routine_app.store.journal import Journal, timeline_key
from routine_app.ui.common.delegates import ROW_ROLE, Row
from routine_app.ui.common.texts import TextContext, arg

PAGE = 200
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
RED = "danger"  # the theme's danger colour (ui.common.colours), resolved when painted
SESSION_ACCENT = "highlight"

_Index = QModelIndex | QPersistentModelIndex


class TimelineRows(TextContext):
    """The translation context of the rows' counted texts."""


def day_heading(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("TimelineModel", "Today")
    if (today - day).days == 1:
        return QCoreApplication.translate("TimelineModel", "Yesterday")
    #: a day heading in the journal; %1 is the weekday, %2 the long date.
    return arg(
        QCoreApplication.translate("TimelineModel", "%1 %2"), weekday_name(day), long_day(day)
    )


def long_day(day: date) -> str:
    """DAY as the long date of the current language (2 December 2026, 2. Dezember 2026)."""
    return format_date(day, "long").lstrip("0")


def local(moment: datetime) -> datetime:
    return moment.astimezone()


def entry_row(entry: Entry) -> Row:
    pain = arg(
        QCoreApplication.translate("TimelineModel", "Back %1 · Leg %2"),
        entry.back_pain,
        entry.leg_pain,
    )
    title = f"{local(entry.recorded_at):%H:%M}   {pain}"
    if entry.leg_pain or entry.leg_side.value != "none":
        where = arg(
            QCoreApplication.translate("TimelineModel", "%1, reaches: %2"),
            entry.leg_side.label,
            entry.reaches.label,
        )
        title += f"  ({where})"
    details = [
        name
        for name, on in (
            (QCoreApplication.translate("TimelineModel", "numbness"), entry.numbness),
            (QCoreApplication.translate("TimelineModel", "tingling"), entry.tingling),
            (QCoreApplication.translate("TimelineModel", "weakness"), entry.weakness),
        )
        if on
    ]
    if entry.medication:
        details.append(
            arg(QCoreApplication.translate("TimelineModel", "medication: %1"), entry.medication)
        )
    if entry.notes:
        details.append(entry.notes.replace("\n", " "))
    if entry.warning_signs:
        names = ", ".join(short_name(s) for s in sorted(entry.warning_signs))
        details.insert(
            0, arg(QCoreApplication.translate("TimelineModel", "to get checked soon: %1"), names)
        )
    if entry.red_flags:
        title = "⚠ " + title
        names = ", ".join(short_name(f.value) for f in sorted(entry.red_flags))
        details.insert(
            0,
            arg(
                QCoreApplication.translate("TimelineModel", "EMERGENCY SYMPTOMS REPORTED: %1"),
                names,
            ),
        )
    return Row(title, " · ".join(details), accent=RED if entry.red_flags else None)


def _outcome(session: Session) -> str:
    done, total = session.segments_done, session.segments_total
    if session.outcome is Outcome.COMPLETED:
        text = TimelineRows.tr("Routine completed (%1 of %n timed parts)", "", total)
    elif session.outcome is Outcome.STOPPED:
        text = TimelineRows.tr("Routine stopped early (%1 of %n timed parts)", "", total)
    else:
        text = TimelineRows.tr("Routine not finished (%1 of %n timed parts)", "", total)
    return arg(text, done)


def session_row(session: Session, routine_title: Callable[[str], str]) -> Row:
    title = f"{local(session.started_at):%H:%M}   ▶ {routine_title(session.routine_id)}"
    parts = [_outcome(session)]
    if session.pain_before is not None and session.pain_after is not None:
        parts.append(
            arg(
                QCoreApplication.translate("TimelineModel", "pain %1 → %2"),
                session.pain_before,
                session.pain_after,
            )
        )
    elif session.pain_before is not None:
        parts.append(
            arg(QCoreApplication.translate("TimelineModel", "pain before %1"), session.pain_before)
        )
    if session.pain_moved is PainMoved.FURTHER_DOWN:
        parts.append(
            QCoreApplication.translate("TimelineModel", "pain moved: further down the leg")
        )
    elif session.pain_moved is PainMoved.TOWARDS_BACK:
        parts.append(
            QCoreApplication.translate("TimelineModel", "pain moved: back towards the back")
        )
    elif session.pain_moved is PainMoved.NEITHER:
        parts.append(QCoreApplication.translate("TimelineModel", "pain moved: neither"))
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
