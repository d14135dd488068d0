"""Painting list rows as a bold first line over a muted second line, with an optional
group heading above the row (used for day headings in the journal)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from routine_app.ui.common.colours import for_palette

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 100


def accent_colour(accent: str, palette: QPalette) -> QColor:
    if accent == "danger":
        return QColor(for_palette(palette).danger)
    if accent == "highlight":
        return palette.color(QPalette.ColorRole.Highlight)
    return QColor(accent)


@dataclass(frozen=True, slots=True)
class Row:
    """What a two-line row shows. ``accent`` colours a marker bar: a colour, or a theme
    colour by name ("danger", "highlight"), so the bar follows the theme."""

    title: str
    subtitle: str = ""
    heading: str | None = None
    accent: str | None = None


class TwoLineDelegate(QStyledItemDelegate):
    """Paints the :class:`Row` found under ``ROW_ROLE`` for each index.

    With *wrap*, a row's title and second line wrap onto as many lines as they need at
    the view's width (the view should relayout on resize: QListView.ResizeMode.Adjust);
    without, each is one line, cut short with "…".
    """

    PADDING = 10

    def __init__(self, parent: QObject | None = None, wrap: bool = False) -> None:
        super().__init__(parent)
        self.wrap = wrap
        #: wrapped heights by (font, title, subtitle, width): a list lays its rows out
        #: several times while a page settles, each time asking every row's size
        self._heights: dict[tuple[str, str, str, int], tuple[int, int]] = {}

    def _row(self, index: Index) -> Row:
        row = index.data(ROW_ROLE)
        return row if isinstance(row, Row) else Row(str(index.data() or ""))

    def _heading_height(self, option: QStyleOptionViewItem, row: Row) -> int:
        return int(QFontMetrics(option.font).height() * 2.0) if row.heading else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = self._row(index)
        heading = self._heading_height(option, row)
        view = option.widget
        if self.wrap and isinstance(view, QAbstractItemView):
            width = view.viewport().width() - 2 * self.PADDING - (6 if row.accent else 0)
            title, subtitle = self._wrapped_heights(option.font, row, max(width, 80))
            height = title + subtitle + 2 * self.PADDING
            return QSize(min(320, view.viewport().width()), height + heading)
        lines = 2.3 if row.subtitle else 1.2
        height = int(QFontMetrics(option.font).height() * lines) + 2 * self.PADDING
        return QSize(320, height + heading)

    def _wrapped_heights(self, font: QFont, row: Row, width: int) -> tuple[int, int]:
        """Heights of the wrapped title, and of the gap and wrapped second line."""
        key = (font.key(), row.title, row.subtitle, width)
        heights = self._heights.get(key)
        if heights is None:
            if len(self._heights) > 2000:  # many widths seen (a window resized a lot)
                self._heights.clear()
            heights = self._heights[key] = self._measure(font, row, width)
        return heights

    def _measure(self, font: QFont, row: Row, width: int) -> tuple[int, int]:
        bold, small = _fonts(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        area = QRect(0, 0, width, 10_000)
        title = QFontMetrics(bold).boundingRect(area, flags, row.title).height()
        if not row.subtitle:
            return title, 0
        gap = int(QFontMetrics(bold).height() * 0.25)
        return title, gap + QFontMetrics(small).boundingRect(area, flags, row.subtitle).height()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = self._row(index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        heading_height = self._heading_height(opt, row)
        painter.save()
        if row.heading:
            self._paint_heading(painter, opt, row, heading_height)
        opt.rect = opt.rect.adjusted(0, heading_height, 0, 0)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        if row.accent:
            painter.fillRect(
                QRect(opt.rect.left(), opt.rect.top() + 4, 5, opt.rect.height() - 8),
                accent_colour(row.accent, opt.palette),
            )
            rect.adjust(6, 0, 0, 0)
        self._paint_lines(painter, opt, row, rect, selected)
        painter.restore()

    def _paint_heading(
        self, painter: QPainter, opt: QStyleOptionViewItem, row: Row, height: int
    ) -> None:
        font = QFont(opt.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.WindowText))
        area = QRect(opt.rect.left() + self.PADDING, opt.rect.top(), opt.rect.width(), height)
        painter.fillRect(
            QRect(opt.rect.left(), opt.rect.top(), opt.rect.width(), height),
            opt.palette.color(QPalette.ColorRole.Window),
        )
        painter.drawText(
            area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, row.heading or ""
        )

    def _paint_lines(
        self, painter: QPainter, opt: QStyleOptionViewItem, row: Row, rect: QRect, selected: bool
    ) -> None:
        palette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, small = _fonts(opt.font)
        painter.setFont(bold)
        painter.setPen(palette.color(role))
        metrics = QFontMetrics(bold)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self.wrap:
            title_height, _ = self._wrapped_heights(opt.font, row, rect.width())
            painter.drawText(rect, int(top) | int(Qt.TextFlag.TextWordWrap), row.title)
            below = title_height + int(metrics.height() * 0.25)
        else:
            title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, top, title)
            below = int(metrics.height() * 1.25)
        if not row.subtitle:
            return
        painter.setFont(small)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        area = rect.adjusted(0, below, 0, 0)
        if self.wrap:
            painter.drawText(area, int(top) | int(Qt.TextFlag.TextWordWrap), row.subtitle)
            return
        painter.drawText(
            area,
            top,
            QFontMetrics(small).elidedText(row.subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )


def _fonts(font: QFont) -> tuple[QFont, QFont]:
    """A row's fonts: bold for its title, 90 % for its second line."""
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(small.pointSizeF() * 0.9)
    return bold, small
