"""Printed documents: the clinician report (``pdf``, sections in ``text`` and
``safety``) and the one-page safety card (``safety_card``).

A layer of its own between ``app`` and ``ui``: the report draws the progress page's
pain chart (``ui/progress/chart_paint.py``), so the window cannot import it. ``app.py``
hands the window a :class:`Printer` instead (``ui.main_window.Printouts``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from routine_app.store.journal import Journal


class Printer:
    """Writes the window's printouts; each module (and QtPdf) loads when first used."""

    def report(
        self,
        journal: Journal,
        path: Path,
        first: date,
        last: date,
        routine_title: Callable[[str], str],
    ) -> int:
        from routine_app.report.pdf import write_report

        return write_report(journal, path, first, last, routine_title)

    def safety_card(self, path: Path) -> int:
        from routine_app.report.safety_card import write_safety_card

        return write_safety_card(path)
