"""The progress charts, drawn with pyqtgraph. Imported only when the progress page is
first shown, so pyqtgraph costs nothing at startup."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from routine_app.core.journal import Entry, Reach
from routine_app.core.stats import DayPain
from routine_app.store.progress import CALENDAR_WEEKS, Progress
from routine_app.ui.date_ticks import date_ticks

BACK = "#1f77b4"
LEG = "#d9822b"
RED = "#c62828"
DONE = "#2f6f6a"
NOT_DONE = "#b0a99f"
DAY = 86_400
#: Periods longer than this show routines per month rather than per week.
MONTHLY_AFTER_DAYS = 730
#: The least gap between two date labels, in pixels.
LABEL_GAP = 16
DAILY_TITLE = "Pain, 0 to 10: daily average and 7-day average"
KEYS_HINT = "Use the Left and Right arrow keys, Home and End to read each day's entries."
CURSOR_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
#: How the two pain series are drawn: attribute, symbol, colour, name, line style.
LINES = (
    ("back", "o", BACK, "Back", Qt.PenStyle.SolidLine),
    ("leg", "t", LEG, "Leg", Qt.PenStyle.DashLine),
)


def stamp(day: date) -> float:
    """A day as the timestamp of its local noon (pyqtgraph's date axis counts seconds)."""
    return datetime(day.year, day.month, day.day, 12).timestamp()


def day_of(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp).date()


class DayAxis(pg.AxisItem):  # type: ignore[misc]
    """A date axis with a few round dates, as many as fit (see :mod:`.date_ticks`)."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        low, high = sorted((minVal, maxVal))
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        first, last = day_of(low), day_of(high)  # then only days whose noon is in view
        first += timedelta(days=stamp(first) < low)
        last -= timedelta(days=stamp(last) > high)
        ticks = [
            (stamp(day), label)
            for day, label in date_ticks(first, last, size, metrics.horizontalAdvance, LABEL_GAP)
        ]
        self._labels = {x: label for x, label in ticks if low <= x <= high}
        return [(float(DAY), list(self._labels))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(v, "") for v in values]


class Chart(pg.PlotWidget):  # type: ignore[misc]
    """A calm, static plot themed from the application palette, with a date axis."""

    _built = False  # palette changes during pyqtgraph's own set-up are not ours to follow

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, axisItems={"bottom": DayAxis()})
        self._title = title
        self._shown: Progress | None = None
        self._apply_palette()
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.showGrid(x=False, y=True, alpha=0.25)
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._built = True

    def show_progress(self, progress: Progress) -> None:
        self._shown = progress
        self.draw(progress)

    def draw(self, progress: Progress) -> None:
        raise NotImplementedError

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setTextPen(text)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))
        self._set_title(self._title)
        if self.plotItem.legend is not None:
            self.plotItem.legend.setLabelTextColor(text)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme change (light/dark, or the system's) while the page is open."""
        super().changeEvent(event)
        if self._built and event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            if self._shown is not None:
                self.draw(self._shown)  # the legend's labels take the new colour

    def add_legend(self) -> None:
        """A one-row legend under the date axis, outside the plot, so it never hides a
        point and no line runs through its text."""
        legend = pg.LegendItem(
            colCount=5, labelTextColor=self.palette().color(QPalette.ColorRole.Text)
        )
        self.plotItem.layout.addItem(legend, 4, 1)
        self.plotItem.legend = legend  # plots with a name now add themselves to it

    def _set_title(self, title: str) -> None:
        self._title = title
        self.setTitle(
            title, color=self.palette().color(QPalette.ColorRole.Text).name(), size="12pt"
        )
        self.setAccessibleName(title)

    def set_days(self, first: date, last: date) -> None:
        self.setXRange(stamp(first) - DAY / 2, stamp(last) + DAY / 2, padding=0.01)


class PainChart(Chart):
    """Daily means as points, 7-day rolling means as lines, red-flag days marked in red."""

    def __init__(
        self, entries_on: Callable[[date], list[Entry]], parent: QWidget | None = None
    ) -> None:
        super().__init__(DAILY_TITLE, parent)
        self.setMinimumHeight(280)
        self._entries_on = entries_on
        # Room under 0 for its label: pyqtgraph drops a label that overflows a gridded axis.
        self.setYRange(-0.8, 10.6, padding=0)
        self.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.add_legend()
        self._days: set[date] = set()
        self._periods: list[DayPain] = []  # the points drawn, when each is a period's mean
        self._period_days = 1
        self.scene().sigMouseMoved.connect(self._hover)
        # The keyboard reads what hovering shows: Left/Right/Home/End move a marker.
        self._targets: list[date] = []
        self._last = date.max
        self._cursor: int | None = None
        self._marker: pg.InfiniteLine | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(KEYS_HINT)

    def draw(self, progress: Progress) -> None:
        self.clear()
        self._days = {d.day for d in progress.days}
        points = progress.points  # a long period is drawn as N-day means
        self._targets = [p.day for p in points]
        self._last = progress.last
        self._cursor, self._marker = None, None
        self.setAccessibleDescription(KEYS_HINT)
        daily = progress.point_days == 1
        self._periods = [] if daily else points
        self._period_days = progress.point_days
        xs = np.array([stamp(d.day) for d in points], dtype=float)
        if daily:
            self._show_daily(xs, progress)
        else:
            self._show_periods(xs, progress)
        flagged = [stamp(d.day) for d in progress.days if d.red_flags]
        if flagged:
            self.plot(
                flagged,
                [10.1] * len(flagged),
                pen=None,
                symbol="x",
                symbolSize=14,
                symbolPen=pg.mkPen(RED, width=3),
                name="Emergency symptoms reported",
            )
        self.set_days(progress.first, progress.last)

    def _show_daily(self, xs: np.ndarray, progress: Progress) -> None:
        """Each day's mean as a point, and the 7-day means as lines."""
        self._set_title(DAILY_TITLE)
        for attribute, symbol, colour, name, _ in LINES:
            self.plot(
                xs,
                [getattr(d, attribute) for d in progress.points],
                pen=None,
                symbol=symbol,
                symbolSize=7,
                symbolBrush=colour,
                symbolPen=None,
                name=f"{name}, daily",
            )
        for attribute, _, colour, name, style in LINES:
            series = progress.trend(attribute)
            self.plot(
                [stamp(d) for d, _ in series],
                [v for _, v in series],
                pen=pg.mkPen(colour, width=3, style=style),
                name=f"{name}, 7-day",
            )

    def _show_periods(self, xs: np.ndarray, progress: Progress) -> None:
        """A long period: one point per run of days (their mean), joined by a line."""
        self._set_title(f"Pain, 0 to 10: average of every {progress.point_days} days")
        for attribute, symbol, colour, name, style in LINES:
            self.plot(
                xs,
                [v for _, v in progress.trend(attribute)],
                pen=pg.mkPen(colour, width=2, style=style),
                symbol=symbol,
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=None,
                name=f"{name}, {progress.trend_label}",
            )

    def _hover(self, position: QPointF) -> None:
        if not self._days or not self.plotItem.sceneBoundingRect().contains(position):
            return
        text = self.describe(day_of(self.plotItem.vb.mapSceneToView(position).x()))
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), text, self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """A highlighted frame round the plot shows where the arrow keys go. (Not a style
        sheet: that would pin the widget's palette and stop it following the theme.)"""
        super().focusInEvent(event)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        self.plotItem.vb.setBorder(pg.mkPen(highlight, width=2))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.plotItem.vb.setBorder(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not self._targets or key not in CURSOR_KEYS:
            super().keyPressEvent(event)
            return
        last = len(self._targets) - 1
        if key is Qt.Key.Key_Home:
            index = 0
        elif key is Qt.Key.Key_End or self._cursor is None:
            index = last if key is not Qt.Key.Key_Right else 0
        else:
            step = 1 if key is Qt.Key.Key_Right else -1
            index = min(last, max(0, self._cursor + step))
        self.point_at(index)
        event.accept()

    def point_at(self, index: int) -> str:
        """Mark the *index*-th drawn day (or period) and tell what it holds, as hovering
        does; the text also becomes the chart's accessible description."""
        self._cursor = index
        day = self._targets[index]
        text = self.describe(day) or ""
        if self._marker is None:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            self._marker = pg.InfiniteLine(
                angle=90,
                movable=False,
                pen=pg.mkPen(highlight, width=2, style=Qt.PenStyle.DashLine),
            )
            self.plotItem.addItem(self._marker, ignoreBounds=True)
        self._marker.setPos(stamp(day))
        self.setAccessibleDescription(text)
        anchor = self.plotItem.vb.mapViewToScene(QPointF(stamp(day), 10.0))
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(anchor)), text, self)
        return text

    def describe(self, day: date) -> str | None:
        """What hovering or the keyboard shows for *day*: the drawn period holding it, or
        that day's entries; ``None`` where nothing was drawn."""
        if self._periods:
            return self.describe_period(day)
        return self.describe_day(day) if day in self._days else None

    def describe_period(self, day: date) -> str | None:
        """What the drawn point covering *day* stands for, on a long period."""
        index = bisect_right(self._periods, day, key=attrgetter("day")) - 1
        if index < 0:
            return None
        point = self._periods[index]
        end = min(self._last, point.day + timedelta(days=self._period_days - 1))
        if day > end:
            return None
        lines = [
            f"{point.day:%d %b %Y} to {end:%d %b %Y}",
            f"Average back {point.back:.1f}, leg {point.leg:.1f} ({point.entries} entries)",
            f"Pain typically reached: {list(Reach)[round(point.reach)].label.lower()}",
        ]
        if point.red_flags:
            lines.append("⚠ emergency symptoms reported in this period")
        return "\n".join(lines)

    def describe_day(self, day: date) -> str:
        lines = [f"{day:%A %d %B %Y}"]
        for entry in self._entries_on(day):
            line = (
                f"{entry.recorded_at:%H:%M}  back {entry.back_pain}, leg {entry.leg_pain}, "
                f"reaches {entry.reaches.label.lower()}"
            )
            if entry.red_flags:
                line += "  ⚠ emergency symptoms"
            lines.append(line)
        return "\n".join(lines)


class ReachChart(Chart):
    """How far down the leg the pain reached each day: lower is better."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("How far down the leg the pain reaches each day (lower is better)", parent)
        self.setYRange(-0.4, 4.3, padding=0)
        left = self.getAxis("left")
        left.setTicks([[(r.level, r.label) for r in Reach]])
        left.setWidth(self.fontMetrics().horizontalAdvance("Below the knee") + 24)
        self.setMinimumHeight(200)

    def draw(self, progress: Progress) -> None:
        self.clear()
        points = progress.points
        daily = progress.point_days == 1
        self._set_title(
            "How far down the leg the pain reaches each day (lower is better)"
            if daily
            else f"How far down the leg the pain typically reaches, every "
            f"{progress.point_days} days (lower is better)"
        )
        # Markers only where each is a real day; a long period is a plain line.
        markers = {"symbol": "s", "symbolSize": 5, "symbolBrush": LEG, "symbolPen": None}
        self.plot(
            [stamp(d.day) for d in points],
            [d.reach for d in points],
            pen=pg.mkPen(LEG, width=2),
            **(markers if daily else {}),
        )
        self.set_days(progress.first, progress.last)


class WeeklyChart(Chart):
    """Sessions per week, completed (teal) stacked under stopped or unfinished (grey)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Routines per week: completed, and stopped early", parent)
        self.add_legend()

    def draw(self, progress: Progress) -> None:
        self.clear()
        monthly = progress.period_days > MONTHLY_AFTER_DAYS
        weeks = progress.months if monthly else progress.weeks
        self._set_title(
            f"Routines per {'month' if monthly else 'week'}: completed, and stopped early"
        )
        middle = timedelta(days=14 if monthly else 3)
        xs = np.array([stamp(w.start + middle) for w in weeks], dtype=float)
        done = np.array([w.completed for w in weeks], dtype=float)
        other = np.array([w.not_completed for w in weeks], dtype=float)
        width = DAY * (24 if monthly else 5)
        if len(weeks):
            self.addItem(
                pg.BarGraphItem(
                    x=xs, height=done, width=width, brush=DONE, pen=None, name="Completed"
                )
            )
            self.addItem(
                pg.BarGraphItem(
                    x=xs,
                    y0=done,
                    height=other,
                    width=width,
                    brush=NOT_DONE,
                    pen=None,
                    name="Stopped early",
                )
            )
        top = max([*(done + other), 31.0 if monthly else 7.0])
        self.setYRange(0, top + 0.5, padding=0)
        self.set_days(progress.first, progress.last)


class CalendarHeatmap(QWidget):
    """The last weeks as a grid, one cell per day (rows Monday to Sunday), shaded by how
    many routines were done; each day with a session also carries a dot, so the meaning
    does not rest on colour alone."""

    WEEKS = CALENDAR_WEEKS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[date, int] = {}
        self._last = date.today()
        self.setMinimumHeight(170)
        self.setAccessibleName("Calendar of routine days")

    def sizeHint(self) -> QSize:
        return QSize(700, 180)

    def show_progress(self, progress: Progress) -> None:
        self._counts = progress.calendar
        self._last = progress.last
        done = len(self._counts)
        self.setAccessibleDescription(f"{done} days with a routine in the last {self.WEEKS} weeks")
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), 22),
            Qt.AlignmentFlag.AlignLeft,
            f"Days with a routine, last {self.WEEKS} weeks (darker: more routines that day)",
        )
        left, top = 40.0, 28.0
        cell = min((self.width() - left - 4) / self.WEEKS, (self.height() - top - 4) / 7)
        last_monday = self._last - timedelta(days=self._last.weekday())
        first_monday = last_monday - timedelta(weeks=self.WEEKS - 1)
        for row, name in ((0, "Mon"), (3, "Thu"), (6, "Sun")):
            painter.drawText(
                QRectF(0, top + row * cell, left - 4, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        base = palette.color(QPalette.ColorRole.AlternateBase)
        for week in range(self.WEEKS):
            for weekday in range(7):
                day = first_monday + timedelta(weeks=week, days=weekday)
                if day > self._last:
                    continue
                rect = QRectF(left + week * cell + 1, top + weekday * cell + 1, cell - 2, cell - 2)
                count = self._counts.get(day, 0)
                colour = QColor(DONE) if count else base
                if count:
                    colour.setAlphaF(min(1.0, 0.45 + 0.25 * count))
                painter.fillRect(rect, colour)
                if count:
                    painter.setBrush(palette.color(QPalette.ColorRole.Base))
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(rect.center(), cell * 0.12, cell * 0.12)
                    painter.setPen(text)
        painter.end()
