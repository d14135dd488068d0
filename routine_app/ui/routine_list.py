"""A read-only list model over loaded routines and a two-line delegate to show them."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from routine_app.core.durations import format_duration
from routine_app.core.routine import Routine

ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def routine_subtitle(routine: Routine) -> str:
    """``Stretch · 6 min · 3 steps · Mat`` — kind, total time, steps, equipment."""
    steps = len(routine.steps)
    parts = [
        routine.kind.label,
        format_duration(routine.total_duration),
        f"{steps} step{'s' if steps != 1 else ''}",
    ]
    parts.append(", ".join(routine.equipment) if routine.equipment else "No equipment")
    return " · ".join(parts)


class RoutineListModel(QAbstractListModel):
    """Exposes a tuple of routines to views; replace them all with :meth:`set_routines`."""

    def __init__(self, routines: tuple[Routine, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routines = routines

    def set_routines(self, routines: tuple[Routine, ...]) -> None:
        self.beginResetModel()
        self._routines = routines
        self.endResetModel()

    def routine_at(self, row: int) -> Routine | None:
        return self._routines[row] if 0 <= row < len(self._routines) else None

    def row_of(self, routine_id: str) -> int:
        return next((i for i, r in enumerate(self._routines) if r.id == routine_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._routines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        routine = self.routine_at(index.row()) if index.isValid() else None
        if routine is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return routine.title
        if role == SUBTITLE_ROLE:
            return routine_subtitle(routine)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{routine.title}. {routine_subtitle(routine)}"
        if role == ROUTINE_ROLE:
            return routine
        return None


class RoutineDelegate(QStyledItemDelegate):
    """Paints a routine as a bold title over a muted line of facts."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = int(metrics.height() * 2.3) + 2 * self.PADDING
        return QSize(320, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(role))
        line = QFontMetrics(bold).height()
        painter.drawText(
            rect.adjusted(0, 0, 0, -line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(opt.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        painter.drawText(
            rect.adjusted(0, int(line * 1.25), 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
