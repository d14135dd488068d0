"""The progress charts' pictures, drawn with QPainter on any paint device.

Each ``paint_*`` function draws one chart into a rectangle of any painter (a widget, a
PNG, the clinician PDF) and returns a :class:`Frame` saying where things went, so the
widgets in :mod:`routine_app.ui.progress.charts` can map the mouse to a day. QtGui only: no
widgets, so the report can draw the same picture as the screen.

Sizes are in the painter's units times *unit* (1.0 on screen, where Qt scales for HiDPI
itself; larger on a high-resolution image or page). Text uses the painter's font.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from routine_app.core.journal import Reach
from routine_app.i18n import weekday_name
from routine_app.store.progress import CALENDAR_WEEKS, Progress
from routine_app.ui.common.texts import TextContext, arg
from routine_app.ui.progress.date_ticks import date_ticks

BACK = "#1f77b4"
LEG = "#d9822b"
RED = "#c62828"
DONE = "#2f6f6a"
NOT_DONE = "#b0a99f"
#: No line is drawn across more than this many days without data.
MAX_GAP_DAYS = 3
#: Periods longer than this show routines per month rather than per week.
MONTHLY_AFTER_DAYS = 730
#: The least gap between two date labels, in pixels.
LABEL_GAP = 16
PAIN_RANGE = (-0.8, 10.6)
REACH_RANGE = (-0.4, 4.3)


class Charts(TextContext):
    """The translation context of every chart text (``Charts.tr``, so counts get plurals)."""


#: A legend entry: the mark's kind, its label, colour and line style.
Mark = tuple[str, str, QColor, Qt.PenStyle]
Ticks = Sequence[tuple[float, str]]


@dataclass(frozen=True, slots=True)
class ChartColours:
    """Every colour a chart uses: from the window's palette, or black and grey for paper."""

    background: QColor
    text: QColor
    grid: QColor
    axis: QColor
    highlight: QColor
    empty_day: QColor
    back: QColor
    leg: QColor
    red: QColor
    done: QColor
    not_done: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlphaF(0.16)
        return cls(
            palette.color(QPalette.ColorRole.Base),
            text,
            grid,
            palette.color(QPalette.ColorRole.Mid),
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.AlternateBase),
            *(QColor(c) for c in (BACK, LEG, RED, DONE, NOT_DONE)),
        )

    @classmethod
    def for_print(cls) -> ChartColours:
        """Black and greys that read when printed without colour (the series differ by
        line style and mark as well)."""
        black = QColor("black")
        return cls(
            QColor("white"),
            black,
            QColor("#cccccc"),
            QColor("#888888"),
            black,
            QColor("#eeeeee"),
            black,
            QColor("#777777"),
            black,
            QColor("#555555"),
            QColor("#bbbbbb"),
        )


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a chart was drawn: its plot area, days and values, and the texts it wrote."""

    plot: QRectF
    first: date
    last: date
    low: float
    high: float
    title: str
    y_labels: tuple[str, ...]
    x_labels: tuple[str, ...]
    legend: tuple[str, ...]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def x(self, day: date, offset: float = 0.5) -> float:
        """The x of *day*'s middle (or of *offset* days into it)."""
        share = ((day - self.first).days + offset) / self.days
        return self.plot.left() + self.plot.width() * share

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.plot.bottom() - self.plot.height() * share

    def day_at(self, x: float) -> date | None:
        """The day drawn at *x*, or ``None`` outside the plot."""
        if not self.plot.left() <= x <= self.plot.right() or self.plot.width() <= 0:
            return None
        index = int((x - self.plot.left()) / self.plot.width() * self.days)
        return self.first + timedelta(days=min(index, self.days - 1))


def runs(
    series: Sequence[tuple[date, float | None]], span_days: int = 1, max_gap: int = MAX_GAP_DAYS
) -> list[list[tuple[date, float]]]:
    """*series* cut into the parts a line may join: never across more than *max_gap*
    days without data, nor across a missing value. Each point stands for *span_days*
    days from its date."""
    result: list[list[tuple[date, float]]] = []
    current: list[tuple[date, float]] = []
    for day, value in series:
        if value is None:
            if current:
                result.append(current)
            current = []
            continue
        if current and (day - current[-1][0]).days - span_days > max_gap:
            result.append(current)
            current = []
        current.append((day, value))
    if current:
        result.append(current)
    return result


def round_ticks(top: float, most: int) -> list[tuple[float, str]]:
    """Whole-number ticks from 0 to *top* at a round step (1, 2, 5, 10, 20 ...), at most
    *most* + 1 of them."""
    step = 1
    while top / step > max(1, most):
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return [(float(v), str(v)) for v in range(0, int(top) + 1, step)]


def _scaled(font: QFont, factor: float) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * factor)
    else:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return result


def _legend_rows(marks: Sequence[Mark], metrics: QFontMetricsF, width: float, unit: float) -> int:
    rows, x = 1, 0.0
    for _, label, _, _ in marks:
        item = 30 * unit + metrics.horizontalAdvance(label)
        if x and x + item > width:
            rows, x = rows + 1, 0.0
        x += item + 24 * unit
    return rows if marks else 0


def _axes(
    painter: QPainter,
    rect: QRectF,
    title: str,
    days: tuple[date, date],
    y_range: tuple[float, float],
    y_ticks: Callable[[float], Ticks],
    marks: Sequence[Mark],
    colours: ChartColours,
    unit: float,
) -> Frame:
    """Background, title, value grid, date axis and legend; the plot area is returned."""
    base = painter.font()
    small = _scaled(base, 0.85)
    title_metrics, metrics = QFontMetricsF(base), QFontMetricsF(small)
    line = metrics.height()
    painter.fillRect(rect, colours.background)
    painter.setPen(colours.text)
    title_box = QRectF(rect.left(), rect.top() + 4 * unit, rect.width(), title_metrics.height())
    painter.drawText(title_box, Qt.AlignmentFlag.AlignCenter, title)
    legend_height = _legend_rows(marks, metrics, rect.width() - 24 * unit, unit) * line * 1.3
    top = title_box.bottom() + 8 * unit
    bottom = rect.bottom() - legend_height - line - 12 * unit
    ticks = y_ticks(bottom - top)
    label_width = max((metrics.horizontalAdvance(label) for _, label in ticks), default=0.0)
    left = rect.left() + label_width + 14 * unit
    plot = QRectF(left, top, max(1.0, rect.right() - 10 * unit - left), max(1.0, bottom - top))
    first, last = days
    frame = Frame(plot, first, last, *y_range, title, tuple(t for _, t in ticks), (), ())
    painter.setFont(small)
    for value, label in ticks:
        y = frame.y(value)
        painter.setPen(QPen(colours.grid, unit))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(colours.text)
        box = QRectF(rect.left(), y - line / 2, label_width + 6 * unit, line)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(QPen(colours.axis, unit))
    painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
    painter.drawLine(QLineF(plot.topLeft(), plot.bottomLeft()))
    labels = _date_axis(painter, frame, metrics, colours, unit)
    corner = QPointF(rect.left() + 12 * unit, plot.bottom() + line + 12 * unit)
    _legend(painter, marks, corner, rect.width() - 24 * unit, colours.text, unit)
    painter.setFont(base)
    legend = tuple(label for _, label, _, _ in marks)
    return Frame(plot, first, last, *y_range, title, frame.y_labels, labels, legend)


def _date_axis(
    painter: QPainter, frame: Frame, metrics: QFontMetricsF, colours: ChartColours, unit: float
) -> tuple[str, ...]:
    plot = frame.plot
    ticks = date_ticks(
        frame.first, frame.last, plot.width(), metrics.horizontalAdvance, LABEL_GAP * unit
    )
    for day, label in ticks:
        x = frame.x(day)
        painter.setPen(QPen(colours.axis, unit))
        painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + 5 * unit))
        width = metrics.horizontalAdvance(label) + 2
        left = min(max(x - width / 2, plot.left() - width / 2), plot.right() + 8 * unit - width)
        painter.setPen(colours.text)
        box = QRectF(left, plot.bottom() + 6 * unit, width, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    return tuple(label for _, label in ticks)


def _legend(
    painter: QPainter,
    marks: Sequence[Mark],
    origin: QPointF,
    width: float,
    text: QColor,
    unit: float,
) -> None:
    metrics = QFontMetricsF(painter.font())
    x, y = origin.x(), origin.y()
    for kind, label, colour, style in marks:
        item = 30 * unit + metrics.horizontalAdvance(label)
        if x > origin.x() and x + item > origin.x() + width:
            x, y = origin.x(), y + metrics.height() * 1.3
        middle = y + metrics.height() / 2
        if kind == "line":
            painter.setPen(QPen(colour, 3 * unit, style))
            painter.drawLine(QLineF(x, middle, x + 22 * unit, middle))
        else:
            _mark(painter, kind, QPointF(x + 11 * unit, middle), colour, unit)
        painter.setPen(text)
        painter.drawText(QPointF(x + 30 * unit, y + metrics.ascent()), label)
        x += item + 24 * unit


def _mark(painter: QPainter, kind: str, centre: QPointF, colour: QColor, unit: float) -> None:
    """One data mark: "circle", "triangle", "square", "box" (a legend swatch) or "x"."""
    _marks(painter, kind, [centre], colour, unit)


def _marks(
    painter: QPainter, kind: str, centres: Sequence[QPointF], colour: QColor, unit: float
) -> None:
    """The same mark at each of *centres*, with one pen and brush (150 points of a long
    period draw in one go, not 150 times saving and restoring the painter)."""
    painter.save()
    if kind == "x":
        painter.setPen(QPen(colour, 3 * unit))
        r = 6 * unit
        for c in centres:
            painter.drawLine(QLineF(c.x() - r, c.y() - r, c.x() + r, c.y() + r))
            painter.drawLine(QLineF(c.x() - r, c.y() + r, c.x() + r, c.y() - r))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        r = {"circle": 3.5, "triangle": 4.5, "square": 2.5, "box": 7.0}.get(kind, 3.5) * unit
        for c in centres:
            if kind == "circle":
                painter.drawEllipse(c, r, r)
            elif kind == "triangle":  # pointing down, as pyqtgraph's "t" did
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(c.x() - r, c.y() - r * 0.8),
                            QPointF(c.x() + r, c.y() - r * 0.8),
                            QPointF(c.x(), c.y() + r * 0.9),
                        ]
                    )
                )
            else:
                painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    painter.restore()


def _polyline(
    painter: QPainter,
    frame: Frame,
    series: Sequence[tuple[date, float | None]],
    pen: QPen,
    span_days: int = 1,
) -> None:
    """A line through *series*, broken where data is missing (see :func:`runs`); a point
    that stands for *span_days* days is drawn at the middle of its days.

    Drawn as separate straight pieces (dashes cut here, see :func:`dash_lines`):
    antialiased, a 150-point zigzag stroked as one path took 3-4 ms, as pieces 0.2 ms."""
    offset = span_days / 2
    solid = QPen(pen)
    solid.setStyle(Qt.PenStyle.SolidLine)
    painter.setPen(solid)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    dashed = pen.style() == Qt.PenStyle.DashLine
    width = max(pen.widthF(), 1.0)
    for part in runs(series, span_days):
        points = [QPointF(frame.x(day, offset), frame.y(value)) for day, value in part]
        if dashed:  # Qt's dash pattern: 4 widths drawn, 2 left out, along the line
            painter.drawLines(dash_lines(points, 4 * width, 2 * width))
        else:
            painter.drawLines([QLineF(a, b) for a, b in pairwise(points)])


def dash_lines(points: Sequence[QPointF], on: float, off: float) -> list[QLineF]:
    """The dashes of a line through *points*: *on* long, *off* apart, the pattern
    running on across the corners (as a dashed path would)."""
    lines: list[QLineF] = []
    drawing, left = True, on
    for a, b in pairwise(points):
        segment = QLineF(a, b)
        length = segment.length()
        done = 0.0
        while length - done > 1e-9:
            step = min(left, length - done)
            if drawing:
                lines.append(
                    QLineF(segment.pointAt(done / length), segment.pointAt((done + step) / length))
                )
            done += step
            left -= step
            if left <= 1e-9:
                drawing = not drawing
                left = on if drawing else off
    return lines


def daily_title() -> str:
    return QCoreApplication.translate("Charts", "Pain, 0 to 10: daily average and 7-day average")


def pain_title(progress: Progress) -> str:
    if progress.point_days == 1:
        return daily_title()
    return Charts.tr("Pain, 0 to 10: average of every %n days", "", progress.point_days)


def paint_pain(
    painter: QPainter,
    rect: QRectF,
    progress: Progress,
    colours: ChartColours,
    *,
    unit: float = 1.0,
    marker: date | None = None,
) -> Frame:
    """Back and leg pain, 0 to 10. Each day's mean as a mark and the 7-day mean as a line;
    on a long period one mark per run of days (their mean), joined. Red-flag days carry
    a red cross at the top; *marker* draws the keyboard's dashed line on a day."""
    daily = progress.point_days == 1
    series = (
        ("back", "circle", colours.back, Qt.PenStyle.SolidLine),
        ("leg", "triangle", colours.leg, Qt.PenStyle.DashLine),
    )
    marks: list[Mark] = []
    if daily:
        marks += [
            (
                "circle",
                QCoreApplication.translate("Charts", "Back, daily"),
                colours.back,
                series[0][3],
            ),
            (
                "triangle",
                QCoreApplication.translate("Charts", "Leg, daily"),
                colours.leg,
                series[1][3],
            ),
        ]
    marks += [
        (
            "line",
            arg(QCoreApplication.translate("Charts", "Back, %1"), progress.trend_label),
            colours.back,
            series[0][3],
        ),
        (
            "line",
            arg(QCoreApplication.translate("Charts", "Leg, %1"), progress.trend_label),
            colours.leg,
            series[1][3],
        ),
    ]
    flagged = progress.red_flag_days
    if flagged:
        reported = QCoreApplication.translate("Charts", "Emergency symptoms reported")
        marks.append(("x", reported, colours.red, Qt.PenStyle.SolidLine))
    frame = _axes(
        painter,
        rect,
        pain_title(progress),
        (progress.first, progress.last),
        PAIN_RANGE,
        lambda _: [(float(v), str(v)) for v in range(0, 11, 2)],
        marks,
        colours,
        unit,
    )
    painter.save()
    painter.setClipRect(frame.plot.adjusted(-8 * unit, -8 * unit, 8 * unit, 0))
    span = progress.point_days
    offset = span / 2
    for attribute, kind, colour, style in series:
        trend: list[tuple[date, float | None]] = list(progress.trend(attribute))
        _polyline(painter, frame, trend, QPen(colour, (3 if daily else 2) * unit, style), span)
        centres = [
            QPointF(frame.x(point.day, offset), frame.y(getattr(point, attribute)))
            for point in progress.points
        ]
        _marks(painter, kind, centres, colour, unit if daily else unit * 0.8)
    top = frame.y(10.1)
    _marks(painter, "x", [QPointF(frame.x(day), top) for day in flagged], colours.red, unit)
    if marker is not None:
        x = frame.x(marker, offset)
        painter.setPen(QPen(colours.highlight, 2 * unit, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(x, frame.plot.top(), x, frame.plot.bottom()))
    painter.restore()
    return frame


def daily_reach_title() -> str:
    return QCoreApplication.translate(
        "Charts", "How far down the leg the pain reaches each day (lower is better)"
    )


def reach_title(progress: Progress) -> str:
    if progress.point_days == 1:
        return daily_reach_title()
    return Charts.tr(
        "How far down the leg the pain typically reaches, every %n days (lower is better)",
        "",
        progress.point_days,
    )


def paint_reach(
    painter: QPainter, rect: QRectF, progress: Progress, colours: ChartColours, *, unit: float = 1.0
) -> Frame:
    """How far down the leg the pain reached: a line, with a mark on each real day."""
    frame = _axes(
        painter,
        rect,
        reach_title(progress),
        (progress.first, progress.last),
        REACH_RANGE,
        lambda _: [(float(r.level), r.label) for r in Reach],
        (),
        colours,
        unit,
    )
    painter.save()
    painter.setClipRect(frame.plot.adjusted(-4 * unit, -4 * unit, 4 * unit, 0))
    span = progress.point_days
    series: list[tuple[date, float | None]] = [(p.day, p.reach) for p in progress.points]
    _polyline(painter, frame, series, QPen(colours.leg, 2 * unit), span)
    if span == 1:
        centres = [QPointF(frame.x(p.day), frame.y(p.reach)) for p in progress.points]
        _marks(painter, "square", centres, colours.leg, unit)
    painter.restore()
    return frame


def weekly_title() -> str:
    return QCoreApplication.translate("Charts", "Routines per week: completed, and stopped early")


def sessions_title(progress: Progress) -> str:
    if progress.period_days > MONTHLY_AFTER_DAYS:
        return QCoreApplication.translate(
            "Charts", "Routines per month: completed, and stopped early"
        )
    return weekly_title()


def paint_sessions(
    painter: QPainter, rect: QRectF, progress: Progress, colours: ChartColours, *, unit: float = 1.0
) -> Frame:
    """Routines per week (per month on a long period): completed stacked under stopped."""
    monthly = progress.period_days > MONTHLY_AFTER_DAYS
    periods = progress.months if monthly else progress.weeks
    top = max([*(p.completed + p.not_completed for p in periods), 31 if monthly else 7]) + 0.5
    line = QFontMetricsF(painter.font()).height()
    marks: list[Mark] = [
        (
            "box",
            QCoreApplication.translate("Charts", "Completed"),
            colours.done,
            Qt.PenStyle.SolidLine,
        ),
        (
            "box",
            QCoreApplication.translate("Charts", "Stopped early"),
            colours.not_done,
            Qt.PenStyle.SolidLine,
        ),
    ]
    frame = _axes(
        painter,
        rect,
        sessions_title(progress),
        (progress.first, progress.last),
        (0.0, top),
        lambda height: round_ticks(top, int(height / (1.6 * line))),
        marks,
        colours,
        unit,
    )
    painter.save()
    painter.setClipRect(frame.plot)
    painter.setPen(Qt.PenStyle.NoPen)
    width = 24 if monthly else 5
    start = 2 if monthly else 1  # centred in its month or week
    bottom = frame.y(0)
    bar = frame.x(progress.first, start + width) - frame.x(progress.first, start)
    completed, stopped = [], []
    for p in periods:
        left = frame.x(p.start, start)
        done, other = frame.y(p.completed), frame.y(p.completed + p.not_completed)
        completed.append(QRectF(left, done, bar, bottom - done))
        stopped.append(QRectF(left, other, bar, done - other))
    for bars, colour in ((completed, colours.done), (stopped, colours.not_done)):
        painter.setBrush(colour)  # one call per colour: 20 years are 480 bars
        painter.drawRects(bars)
    painter.restore()
    return frame


def calendar_title(weeks: int = CALENDAR_WEEKS) -> str:
    return Charts.tr(
        "Days with a routine, last %n weeks (darker: more routines that day)", "", weeks
    )


def paint_calendar(
    painter: QPainter,
    rect: QRectF,
    counts: dict[date, int],
    last: date,
    colours: ChartColours,
    weeks: int = CALENDAR_WEEKS,
) -> None:
    """The last *weeks* as a grid, one cell per day (rows Monday to Sunday), shaded by how
    many routines were done; each day with a session also carries a dot, so the meaning
    does not rest on colour alone."""
    painter.save()
    painter.setPen(colours.text)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), 22),
        Qt.AlignmentFlag.AlignLeft,
        calendar_title(weeks),
    )
    left, top = rect.left() + 40.0, rect.top() + 28.0
    cell = min((rect.right() - left - 4) / weeks, (rect.bottom() - top - 4) / 7)
    last_monday = last - timedelta(days=last.weekday())
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    for row in (0, 3, 6):  # Monday, Thursday, Sunday
        name = weekday_name(row, short=True)
        painter.drawText(
            QRectF(rect.left(), top + row * cell, 36, cell),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
    painter.setPen(Qt.PenStyle.NoPen)
    for week in range(weeks):
        for weekday in range(7):
            day = first_monday + timedelta(weeks=week, days=weekday)
            if day > last:
                continue
            box = QRectF(left + week * cell + 1, top + weekday * cell + 1, cell - 2, cell - 2)
            count = counts.get(day, 0)
            colour = QColor(colours.done) if count else colours.empty_day
            if count:
                colour.setAlphaF(min(1.0, 0.45 + 0.25 * count))
            painter.fillRect(box, colour)
            if count:
                painter.setBrush(colours.background)
                painter.drawEllipse(box.center(), cell * 0.12, cell * 0.12)
    painter.restore()
