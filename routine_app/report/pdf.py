"""The clinician report: at most two printable pages (PDF) summarising a period.

Every figure and verdict comes from :mod:`routine_app.core.figures` through
:func:`routine_app.store.progress.collect`, the same as the progress page, the insights
and ``routine-app progress --json``; the clinical extras (symptoms, leg, medication,
weekly SBI and PEG, warning signs, clearances, episode) from :mod:`.core.clinical` and
:mod:`.store.clinical`. The text is laid out by QTextDocument as real text (it copies
cleanly); the pain chart is drawn with QPainter in black and grey so it reads when
printed without colour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from routine_app import __version__
from routine_app.i18n import _
from routine_app.report.text import (
    CHART_SRC,
    MAX_PAGES,
    read_extras,
    report_html,
    sign_label,
)
from routine_app.store.files import private_output
from routine_app.store.journal import Journal
from routine_app.store.progress import Progress, collect
from routine_app.ui.progress.chart_paint import ChartColours, paint_pain

CHART_URL = QUrl(CHART_SRC)
CHART_SIZE = (1800, 560)


def plain_font(points: int) -> QFont:
    """DejaVu Sans without ligatures, so "fi" copies out of the PDF as two letters."""
    font = QFont("DejaVu Sans", points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def pain_chart(progress: Progress) -> QImage:
    """Back and leg pain, 0-10, drawn by the same code as the progress page's chart
    (:func:`routine_app.ui.progress.chart_paint.paint_pain`) in black and greys for paper: daily
    means as marks, the 7-day means (where 4 of 7 days have data; N-day means on a long
    period) as lines never drawn across more than 3 days without data."""
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(28)
    painter.setFont(font)
    paint_pain(
        painter,
        QRectF(0, 0, width, height),
        progress,
        ChartColours.for_print(),
        unit=width / 720,
    )
    painter.end()
    return image


def write_report(
    journal: Journal,
    path: Path,
    first: date,
    last: date,
    routine_title: Callable[[str], str] = str,
    today: date | None = None,
    episode_began: date | None = None,
    warning_label: Callable[[str], str] = sign_label,
) -> int:
    """Write the PDF for *first*..*last* to *path*; returns the number of pages.

    *episode_began* overrides the episode start stored in the journal; *warning_label*
    words a warning sign id (the safety triage's wording, when wired)."""
    made = today or datetime.now().date()
    progress = collect(journal, first, last)
    extras = read_extras(journal, first, last, episode_began)
    chart = None if progress.empty else pain_chart(progress)
    pages = 0
    for compact in (False, True):  # a crowded period drops the notes and tightens lists
        text = report_html(progress, routine_title, made, extras, warning_label, compact)
        pages = _print(text, chart, path, 7 if compact else 8)
        if pages <= MAX_PAGES:
            break
    return pages


def _print(text: str, chart: QImage | None, path: Path, points: int) -> int:
    document = QTextDocument()
    document.setDefaultFont(plain_font(points))
    document.setDefaultStyleSheet(
        "h1 { font-size: 14pt; } h2 { font-size: 11pt; margin-top: 8px; margin-bottom: 2px; } "
        "h3 { font-size: 9pt; } p { margin-top: 2px; margin-bottom: 2px; } "
        "ul { margin-top: 0px; } th { background: #eeeeee; }"
    )
    if chart is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, chart)
    document.setHtml(text)
    with private_output(path) as temp:  # 0600, unique O_EXCL name, atomic rename
        return _print_pdf(document, temp)


def _print_pdf(document: QTextDocument, path: Path) -> int:
    writer = QPdfWriter(str(path))
    writer.setTitle(_("Sciatica Routines progress report"))
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
        raise OSError(_("could not write a PDF to {path}").format(path=path))
    return pages


def pdf_page_count(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    pdf.load(str(path))
    count = pdf.pageCount()
    pdf.close()
    return count
