"""The printable safety card: one A6 page with the emergency signs, what to do, the
signs to get checked soon, and blank lines for the person's own numbers.

Worded by the triage (core/triage.py); laid out by QTextDocument, which shrinks the
type until everything fits on one page.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from routine_app import __version__
from routine_app.core import safety
from routine_app.core.triage import Level, signs_at
from routine_app.i18n import N_, _
from routine_app.report.pdf import pdf_page_count

TITLE = N_("Sciatica: when to get help")
MARGIN_MM = 7
#: Largest type first; the first size at which the card fits one page is used.
FONT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)
BLANK = "_" * 28
LAYOUT_DPI = 96


def card_html() -> str:
    def items(level: Level) -> str:
        return "".join(f"<li>{html.escape(s.text)}</li>" for s in signs_at(level, reportable=True))

    emergency = html.escape(Level.EMERGENCY.advice)
    soon = html.escape(Level.SEE_SOON.advice)
    act_now = _("EMERGENCY: act now if you have")
    my_number = _("My emergency number:")
    my_gp = _("My GP or clinic:")
    check_soon = _("Get checked soon (not an emergency) if you have")
    return (
        f"<h1>{html.escape(_(TITLE))}</h1>"
        f"<h2>{act_now}</h2><ul>{items(Level.EMERGENCY)}</ul>"
        f"<p><b>{emergency}</b></p>"
        f"<p><b>{my_number}</b> {BLANK}</p>"
        f"<p><b>{my_gp}</b> {BLANK}</p>"
        f"<h2>{check_soon}</h2>"
        f"<ul>{items(Level.SEE_SOON)}</ul>"
        f"<p>{soon}</p>"
        f"<p><small>{html.escape(safety.DISCLAIMER)} Sciatica Routines {__version__}.</small></p>"
    )


def _layout(size: QPageSize.PageSizeId) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(size), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def _print(path: Path, size: QPageSize.PageSizeId, points: float) -> int:
    writer = QPdfWriter(str(path))
    writer.setTitle(_(TITLE))
    writer.setCreator(f"Sciatica Routines {__version__}")
    writer.setPageLayout(_layout(size))
    document = QTextDocument()
    document.setDefaultStyleSheet(
        f"h1 {{ font-size: {points + 4}pt; margin: 0; }} "
        f"h2 {{ font-size: {points + 1}pt; margin-top: 5px; margin-bottom: 1px; }} "
        "ul { margin-top: 0; margin-bottom: 0; margin-left: -14px; } "
        "p { margin-top: 3px; margin-bottom: 0; }"
    )
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    document.setDefaultFont(font)
    document.setHtml(card_html())
    # A page size of its own makes the document paginate like the card (no added
    # footer); measured at the screen resolution the document lays out with.
    area = writer.pageLayout().paintRectPixels(LAYOUT_DPI)
    document.setPageSize(QSizeF(area.width(), area.height()))
    if document.pageCount() > 1 and points > FONT_SIZES[-1]:
        return document.pageCount()
    document.print_(writer)
    del writer  # finishes the file
    return pdf_page_count(path)


def write_safety_card(path: Path, size: QPageSize.PageSizeId = QPageSize.PageSizeId.A6) -> int:
    """Write the card to *path* as a one-page PDF (A6 unless *size* says A5), with the
    largest type that fits one page; returns the number of pages (1). Raises OSError
    when the file cannot be written."""
    path.write_bytes(b"")  # a clear OSError (no folder, no permission, full disk) up front
    pages = 0
    for points in FONT_SIZES:
        pages = _print(path, size, points)
        if pages <= 1:
            break
    if pages == 0:
        raise OSError(_("could not write a PDF to {path}").format(path=path))
    return pages
