"""A read-only list model over loaded routines."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from routine_app.core.durations import format_duration
from routine_app.core.routine import Intensity, Routine
from routine_app.ui.common.delegates import ROW_ROLE, Row
from routine_app.ui.common.texts import TextContext

ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class RoutineFacts(TextContext):
    """The translation context of a routine's counted facts."""


def routine_subtitle(routine: Routine) -> str:
    """``Stretch · On the floor · 6 min · 3 steps · Mat``: kind, position (and "Gentle"
    for a flare-day version), total time, steps, equipment."""
    steps = len(routine.steps)
    parts = [routine.kind.label]
    if routine.position is not None:
        parts.append(routine.position.label)
    if routine.intensity is Intensity.GENTLE:
        parts.append(QCoreApplication.translate("RoutineListModel", "Gentle"))
    parts += [
        format_duration(routine.total_duration),
        RoutineFacts.tr("%n step(s)", "", steps),
    ]
    parts.append(
        ", ".join(routine.equipment)
        if routine.equipment
        else QCoreApplication.translate("RoutineListModel", "No equipment")
    )
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
        if role == ROW_ROLE:
            return Row(routine.title, routine_subtitle(routine))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{routine.title}. {routine_subtitle(routine)}"
        if role == ROUTINE_ROLE:
            return routine
        return None
