"""A row of widgets that wraps onto more lines when the window is narrow.

Used for button bars and page headers, so a small screen (800x600, or 1366x768 at
150 %) never needs a wider window: items keep their size and move to the next line.
A stretch (``addStretch``) takes the spare room of its line, as in a QHBoxLayout, so a
title stays left and buttons stay right while everything fits on one line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    """Lays items out left to right and wraps them; height follows the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is not None:
            self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout's list interface --------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Like QBoxLayout.insertWidget: put *widget* before item *index*."""
        self.addChildWidget(widget)
        from PySide6.QtWidgets import QWidgetItem

        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:
        """Spare room on the line goes here (*stretch* is accepted for QHBoxLayout's sake)."""
        del stretch
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ---------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line with everything in it."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(
            0, len(visible) - 1
        )
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else may wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width() if item.widget() else 0
            needed = width if not lines[-1] else used + self._spacing + width
            if lines[-1] and needed > area.width() and item.widget():
                lines.append([])
                needed = width
            lines[-1].append(item)
            used = needed
        y = area.y()
        for line in lines:
            widgets = [i for i in line if i.widget() is not None]
            if not widgets:
                continue
            height = max(i.sizeHint().height() for i in widgets)
            if move:
                self._place(line, area, y, height)
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom()

    def _place(self, line: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        widths = [i.sizeHint().width() if i.widget() else 0 for i in line]
        shown = [i for i in line if i.widget() is not None]
        spare = area.width() - sum(widths) - self._spacing * max(0, len(shown) - 1)
        stretches = [i for i in line if i.widget() is None]
        x = area.x()
        for item, width in zip(line, widths, strict=True):
            if item.widget() is None:
                x += max(0, spare) // max(1, len(stretches))
                continue
            width = min(width, area.width())
            item.setGeometry(
                QRect(
                    QPoint(x, y + (height - item.sizeHint().height()) // 2),
                    QSize(width, item.sizeHint().height()),
                )
            )
            x += width + self._spacing
