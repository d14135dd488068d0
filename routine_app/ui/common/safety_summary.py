"""A short safety summary for the journal and progress pages: the week of this
episode, and how often each routine's pain moved towards the back or down the leg."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from routine_app.i18n import format_date
from routine_app.store import safety
from routine_app.store.journal import Journal
from routine_app.ui.common.texts import TextContext, arg


class SafetyCounts(TextContext):
    """The translation context of the summary's texts built outside the widget."""


def moved_lines(journal: Journal, routine_title: Callable[[str], str]) -> list[str]:
    """One line per routine with stop-rule answers, e.g. "Foam roller: towards the back
    (centralised) 3 times, further down the leg (peripheralised) once, neither twice"."""
    lines = []
    for counts in safety.pain_moved_counts(journal):
        line = arg(
            SafetyCounts.tr(
                "%1: towards the back (centralised) %2, further down the leg (peripheralised) "
                "%3, neither %4",
            ),
            routine_title(counts.routine_id),
            times(counts.towards_back),
            times(counts.further_down),
            times(counts.neither),
        )
        lines.append(line)
    return lines


def times(count: int) -> str:
    """How often: never, once, twice, 3 times."""
    if count == 0:
        return SafetyCounts.tr("never")
    if count == 1:
        return SafetyCounts.tr("once")
    if count == 2:
        return SafetyCounts.tr("twice")
    return SafetyCounts.tr("%n times", "", count)


def week_text(journal: Journal, today: date) -> str:
    clock = safety.episode_clock(journal, today)
    if clock is None:
        return ""
    return arg(
        SafetyCounts.tr("Week %1 of this episode (it began on %2)."),
        clock.week,
        format_date(clock.began_on, "long"),
    )


class SafetySummary(QLabel):
    """Rich text: "Week N" and the per-routine stop-rule answers; hidden when empty."""

    def __init__(self, routine_title: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetySummary")
        self.setWordWrap(True)
        self._routine_title = routine_title

    def show_journal(self, journal: Journal, today: date) -> None:
        week = week_text(journal, today)
        moved = moved_lines(journal, self._routine_title)
        parts = [f"<b>{html.escape(week)}</b>"] if week else []
        if moved:
            parts.append(self.tr("Where the pain moved after routines (your answers):"))
            parts.append("<br>".join(f"• {html.escape(line)}" for line in moved))
        self.setText("<br>".join(parts))
        self.setVisible(bool(parts))
