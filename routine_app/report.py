"""The clinician report: one or two printable pages (PDF) summarising a period.

Built from the same :func:`routine_app.store.progress.collect` numbers as the progress
page. The text is laid out by QTextDocument (which paginates); the pain chart is drawn
with QPainter in black and grey so it reads when printed without colour.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from routine_app import __version__
from routine_app.core.journal import Reach
from routine_app.core.safety import DISCLAIMER
from routine_app.store.files import private_output
from routine_app.store.journal import Journal
from routine_app.store.progress import Progress, collect

CHART_URL = QUrl("report://pain-chart")
CHART_SIZE = (1800, 620)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def _reach_label(progress: Progress, first: date, last: date) -> str:
    levels = [d.reach for d in progress.days if first <= d.day <= last]
    if not levels:
        return "n/a"
    typical = round(sum(levels) / len(levels))
    return list(Reach)[typical].label.lower()


def pain_chart(progress: Progress) -> QImage:
    """Back (solid black) and leg (dashed grey) pain, 0-10, over the period: 7-day averages,
    or N-day averages on a long period (the same lines as the screen)."""
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(26)
    painter.setFont(font)
    left, right, top, bottom = 90.0, 30.0, 50.0, 70.0
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    span = max(1, (progress.last - progress.first).days)

    def x(day: date) -> float:
        return plot.left() + plot.width() * (day - progress.first).days / span

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * value / 10

    painter.setPen(QPen(QColor("#bbbbbb"), 1))
    for value in range(0, 11, 2):
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(0, y(value) - 15, left - 12, 30),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
    painter.setPen(QColor("black"))
    middle = progress.first + timedelta(days=span // 2)
    for label_day, align, shift in (
        (progress.first, Qt.AlignmentFlag.AlignLeft, 0.0),
        (middle, Qt.AlignmentFlag.AlignHCenter, -150.0),
        (progress.last, Qt.AlignmentFlag.AlignRight, -300.0),
    ):
        painter.drawText(
            QRectF(x(label_day) + shift, plot.bottom() + 10, 300, 40),
            align,
            f"{label_day:%d %b %Y}",
        )
    for series, pen in (
        (progress.trend("back"), QPen(QColor("black"), 5)),
        (progress.trend("leg"), QPen(QColor("#666666"), 5, Qt.PenStyle.DashLine)),
    ):
        path = QPainterPath()
        for index, (point_day, level) in enumerate(series):
            point = QPointF(x(point_day), y(level))
            path.moveTo(point) if index == 0 else path.lineTo(point)
        painter.setPen(pen)
        painter.drawPath(path)
        if len(series) == 1:
            painter.drawEllipse(QPointF(x(series[0][0]), y(series[0][1])), 6, 6)
    for pain_day in progress.days:
        if pain_day.red_flags:
            painter.setPen(QPen(QColor("black"), 3))
            painter.drawText(
                QRectF(x(pain_day.day) - 20, top - 45, 40, 40), Qt.AlignmentFlag.AlignCenter, "!"
            )
    painter.setPen(QPen(QColor("black"), 5))
    painter.drawLine(QPointF(left + 10, 22), QPointF(left + 70, 22))
    painter.drawText(QPointF(left + 80, 32), f"Back pain ({progress.trend_label})")
    painter.setPen(QPen(QColor("#666666"), 5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(left + 520, 22), QPointF(left + 580, 22))
    painter.setPen(QColor("black"))
    painter.drawText(
        QPointF(left + 590, 32),
        f"Leg pain ({progress.trend_label})    ! = emergency symptoms reported",
    )
    painter.end()
    return image


def report_html(progress: Progress, routine_title: Callable[[str], str], made: date) -> str:
    head = (
        f"<h1>Sciatica Routines: progress report</h1><p>Period: <b>{progress.first:%d %B %Y}"
        f"</b> to <b>{progress.last:%d %B %Y}</b> ({progress.period_days} days). "
        f"Made on {made:%d %B %Y} from the patient's own journal.</p>"
    )
    if progress.empty:
        return (
            head
            + (
                "<h2>No data</h2><p>The journal holds no pain entries and no routine "
                "sessions in this period.</p>"
            )
            + f"<p><small>{DISCLAIMER}</small></p>"
        )
    first_day, start_end, end_start, last_day = progress.compare
    logged = sum(d.entries for d in progress.days)
    summary = (
        "<h2>Pain (0 = no pain, 10 = worst imaginable)</h2>"
        "<table cellpadding='4' border='1' cellspacing='0'>"
        f"<tr><th></th><th>First 2 weeks logged (from {first_day:%d %b})</th>"
        f"<th>Last 2 weeks logged (to {last_day:%d %b})</th></tr>"
        f"<tr><td>Back pain, average</td><td>{_fmt(progress.start_back)}</td>"
        f"<td>{_fmt(progress.end_back)}</td></tr>"
        f"<tr><td>Leg pain, average</td><td>{_fmt(progress.start_leg)}</td>"
        f"<td>{_fmt(progress.end_leg)}</td></tr>"
        f"<tr><td>Pain typically reaches</td>"
        f"<td>{_reach_label(progress, first_day, start_end)}</td>"
        f"<td>{_reach_label(progress, end_start, last_day)}</td></tr></table>"
        f"<p>{logged} entries on {len(progress.days)} days.</p>"
        f"<p><img src='{CHART_URL.toString()}' width='560'></p>"
    )
    adherence = (
        "<h2>Routines done</h2>"
        f"<p>{progress.sessions} sessions ({progress.completed} completed) on "
        f"{progress.days_with_session} of {progress.period_days} days "
        f"({100 * progress.days_with_session / progress.period_days:.0f} %). "
        f"Current streak: {progress.streak} days.</p>"
    )
    rows = "".join(
        f"<tr><td>{html.escape(routine_title(s.routine_id))}</td><td>{s.sessions}</td>"
        f"<td>{_fmt(s.mean_before)}</td><td>{_fmt(s.mean_after)}</td>"
        f"<td>{s.mean_change:+.1f} (SD {s.spread:.1f})</td><td>{html.escape(s.verdict())}</td>"
        "</tr>"
        for s in progress.before_after
    )
    table = "<h2>Pain before and after each routine</h2>" + (
        "<table cellpadding='4' border='1' cellspacing='0'><tr><th>Routine</th>"
        "<th>Sessions</th><th>Before</th><th>After</th><th>Change</th><th>Reading</th></tr>"
        f"{rows}</table><p><small>A change of about 2 points or 30 % is clinically "
        "meaningful (Ostelo 2008; Farrar 2001).</small></p>"
        if rows
        else "<p>No session was rated before and after in this period.</p>"
    )
    flags = "".join(
        f"<li>{e.recorded_at:%d %b %Y %H:%M}: "
        f"{html.escape(', '.join(f.question for f in sorted(e.red_flags)))}</li>"
        for e in progress.red_flag_entries
    )
    red = "<h2>Emergency symptoms reported</h2>" + (
        f"<ul>{flags}</ul>" if flags else "<p>None reported in this period.</p>"
    )
    notes = "".join(
        f"<li>{e.recorded_at:%d %b %Y}: "
        + html.escape(
            "; ".join(x for x in (e.medication and f"medication: {e.medication}", e.notes) if x)
        )
        + "</li>"
        for e in progress.notes
    )
    notes_html = f"<h2>Recent notes</h2><ul>{notes}</ul>" if notes else ""
    foot = f"<p><small>{DISCLAIMER} Sciatica Routines {__version__}.</small></p>"
    return head + summary + adherence + table + red + notes_html + foot


def write_report(
    journal: Journal,
    path: Path,
    first: date,
    last: date,
    routine_title: Callable[[str], str] = str,
    today: date | None = None,
) -> int:
    """Write the PDF for *first*..*last* to *path*; returns the number of pages."""
    made = today or datetime.now().date()
    progress = collect(journal, first, last, made)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setDefaultStyleSheet(
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; "
        "margin-top: 10px; } th { background: #eeeeee; }"
    )
    if not progress.empty:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, CHART_URL, pain_chart(progress)
        )
    document.setHtml(report_html(progress, routine_title, made))
    with private_output(path) as temp:  # 0600, unique O_EXCL name, atomic rename
        return _print_pdf(document, temp)


def _print_pdf(document: QTextDocument, path: Path) -> int:
    writer = QPdfWriter(str(path))
    writer.setTitle("Sciatica Routines progress report")
    writer.setCreator(f"Sciatica Routines {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the file
    pages = pdf_page_count(path)
    if pages == 0:
        raise OSError(f"could not write a PDF to {path}")
    return pages


def pdf_page_count(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    pdf.load(str(path))
    count = pdf.pageCount()
    pdf.close()
    return count
