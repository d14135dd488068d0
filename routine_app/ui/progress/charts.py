"""The progress charts as widgets: the pictures come from :mod:`.chart_paint` (the same
functions the PDF can call); these add the theme, hover and keyboard read-outs.

Plain QWidgets painted with QPainter: no plotting library, nothing to load but Qt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from routine_app.core.journal import Entry, Reach
from routine_app.core.stats import DayPain
from routine_app.i18n import format_date, format_decimal, weekday_name
from routine_app.store.progress import CALENDAR_WEEKS, Progress
from routine_app.ui.common.texts import arg
from routine_app.ui.progress.chart_paint import (
    ChartColours,
    Charts,
    Frame,
    calendar_title,
    daily_reach_title,
    daily_title,
    pain_title,
    paint_calendar,
    paint_pain,
    paint_reach,
    paint_sessions,
    reach_title,
    sessions_title,
    weekly_title,
)


def keys_hint() -> str:
    return QCoreApplication.translate(
        "Charts", "Use the Left and Right arrow keys, Home and End to read each day's entries."
    )


CURSOR_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)


class Chart(QWidget):
    """A calm, static chart themed from the application palette, with a date axis.

    Subclasses say what to draw in :meth:`paint`; the frame it returns is kept for
    mapping the mouse to a day. The picture is drawn once into a pixmap and kept until
    the data, size, colours, font or marker change: showing, scrolling or hovering the
    page again only copies it."""

    def __init__(self, title: str, parent: QWidget | None = None, height: int = 230) -> None:
        super().__init__(parent)
        self._shown: Progress | None = None
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()
        self.frame: Frame | None = None
        self.title = ""
        self._set_title(title)
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(700, self.minimumHeight())

    def colours(self) -> ChartColours:
        """The colours drawn now: from this widget's palette, so a theme change shows."""
        return ChartColours.from_palette(self.palette())

    def show_progress(self, progress: Progress) -> None:
        self._shown = progress
        self._set_title(self.title_for(progress))
        self.redraw()

    def redraw(self) -> None:
        """Draw the picture again at the next paint (what it shows has changed)."""
        self._picture = None
        self.update()

    def title_for(self, progress: Progress) -> str:
        raise NotImplementedError

    def paint(self, painter: QPainter, rect: QRectF, progress: Progress) -> Frame:
        raise NotImplementedError

    def _set_title(self, title: str) -> None:
        self.title = title
        self.setAccessibleName(title)

    def _current_picture(self) -> QPixmap:
        """The chart drawn at this size, in these colours and font (drawn if need be)."""
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.palette().cacheKey(), self.font().key())
        if self._picture is None or key != self._picture_key:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            painter.setFont(self.font())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRectF(self.rect())
            if self._shown is None:
                painter.fillRect(rect, self.colours().background)
            else:
                self.frame = self.paint(painter, rect, self._shown)
            painter.end()
            self._picture, self._picture_key = picture, key
        return self._picture

    def paintEvent(self, event: QPaintEvent) -> None:
        picture = self._current_picture()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        if self.hasFocus() and self.frame is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # A highlighted frame round the plot shows where the arrow keys go.
            painter.setPen(QPen(self.colours().highlight, 2))
            painter.drawRect(self.frame.plot)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme or font change (light/dark, or the system's) while open."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.redraw()


class PainChart(Chart):
    """Daily means as marks, 7-day rolling means as lines, red-flag days marked in red.
    Hovering, or Left/Right/Home/End, tells what a day (or a long period's point) holds."""

    def __init__(
        self, entries_on: Callable[[date], list[Entry]], parent: QWidget | None = None
    ) -> None:
        super().__init__(daily_title(), parent, height=280)
        self._entries_on = entries_on
        self._days: set[date] = set()
        self._periods: Sequence[DayPain] = []  # the points drawn, when each is a period's mean
        self._period_days = 1
        self._targets: list[date] = []
        self._last = date.max
        self._cursor: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(keys_hint())

    def title_for(self, progress: Progress) -> str:
        return pain_title(progress)

    def show_progress(self, progress: Progress) -> None:
        # Each day's entries are read out only where each day is drawn (not 20 years').
        self._days = {d.day for d in progress.days} if progress.point_days == 1 else set()
        self._targets = [p.day for p in progress.points]
        self._last = progress.last
        self._cursor = None
        self._period_days = progress.point_days
        self._periods = [] if progress.point_days == 1 else progress.points
        self.setAccessibleDescription(keys_hint())
        super().show_progress(progress)

    def paint(self, painter: QPainter, rect: QRectF, progress: Progress) -> Frame:
        marker = None if self._cursor is None else self._targets[self._cursor]
        return paint_pain(painter, rect, progress, self.colours(), marker=marker)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        position = event.position()
        frame = self.frame
        if frame is None or not self._targets or not frame.plot.contains(position):
            return
        day = frame.day_at(position.x())
        text = None if day is None else self.describe(day)
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

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
        self.setAccessibleDescription(text)
        self._picture = None  # the marker moved
        self.repaint()  # the marker, and a frame to place the tip by
        if self.frame is not None:
            anchor = QPoint(round(self.frame.x(day, self._period_days / 2)), 0)
            anchor.setY(round(self.frame.y(10.0)))
            QToolTip.showText(self.mapToGlobal(anchor), text, self)
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
        average = Charts.tr("Average back %1, leg %2 (%n entries)", "", point.entries)
        reached = QCoreApplication.translate("Charts", "Pain typically reached: %1")
        lines = [
            arg(
                QCoreApplication.translate("Charts", "%1 to %2"),
                format_date(point.day, "medium"),
                format_date(end, "medium"),
            ),
            arg(average, format_decimal(point.back), format_decimal(point.leg)),
            arg(reached, list(Reach)[round(point.reach)].label),
        ]
        if point.red_flags:
            lines.append(
                QCoreApplication.translate("Charts", "⚠ emergency symptoms reported in this period")
            )
        return "\n".join(lines)

    def describe_day(self, day: date) -> str:
        heading = QCoreApplication.translate("Charts", "%1 %2", "weekday and date")
        lines = [arg(heading, weekday_name(day), format_date(day, "long"))]
        pain = QCoreApplication.translate("Charts", "back %1, leg %2, reaches: %3")
        for entry in self._entries_on(day):
            line = f"{entry.recorded_at:%H:%M}  " + arg(
                pain, entry.back_pain, entry.leg_pain, entry.reaches.label
            )
            if entry.red_flags:
                line += "  " + QCoreApplication.translate("Charts", "⚠ emergency symptoms")
            lines.append(line)
        return "\n".join(lines)


class ReachChart(Chart):
    """How far down the leg the pain reached each day: lower is better."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(daily_reach_title(), parent, height=200)

    def title_for(self, progress: Progress) -> str:
        return reach_title(progress)

    def paint(self, painter: QPainter, rect: QRectF, progress: Progress) -> Frame:
        return paint_reach(painter, rect, progress, self.colours())


class WeeklyChart(Chart):
    """Sessions per week (per month on long periods), completed (teal) stacked under
    stopped or unfinished (grey)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(weekly_title(), parent)

    def title_for(self, progress: Progress) -> str:
        return sessions_title(progress)

    def paint(self, painter: QPainter, rect: QRectF, progress: Progress) -> Frame:
        return paint_sessions(painter, rect, progress, self.colours())


class CalendarHeatmap(QWidget):
    """The last weeks as a grid, one cell per day, shaded by how many routines were done
    (see :func:`.chart_paint.paint_calendar`)."""

    WEEKS = CALENDAR_WEEKS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[date, int] = {}
        self._last = date.today()
        self.setMinimumHeight(170)
        self.setAccessibleName(calendar_title(self.WEEKS))

    def sizeHint(self) -> QSize:
        return QSize(700, 180)

    def show_progress(self, progress: Progress) -> None:
        self._counts = progress.calendar
        self._last = progress.last
        done = len(self._counts)
        #: %n is the number of days with a routine, %1 the number of weeks shown.
        text = Charts.tr("%n days with a routine in the last %1 weeks", "", done)
        self.setAccessibleDescription(arg(text, self.WEEKS))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = ChartColours.from_palette(self.palette())
        paint_calendar(painter, QRectF(self.rect()), self._counts, self._last, colours, self.WEEKS)
        painter.end()
