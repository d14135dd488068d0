"""A short safety summary for the journal and progress pages: the week of this
episode, and how often each routine's pain moved towards the back or down the leg."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from routine_app.store import safety
from routine_app.store.journal import Journal


def times(count: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(count, f"{count} times")


def moved_lines(journal: Journal, routine_title: Callable[[str], str]) -> list[str]:
    """One line per routine with stop-rule answers, e.g. "Foam roller: towards the back
    (centralised) 3 times, further down the leg (peripheralised) once, neither twice"."""
    lines = []
    for counts in safety.pain_moved_counts(journal):
        parts = [
            f"towards the back (centralised) {times(counts.towards_back)}",
            f"further down the leg (peripheralised) {times(counts.further_down)}",
            f"neither {times(counts.neither)}",
        ]
        lines.append(f"{routine_title(counts.routine_id)}: {', '.join(parts)}")
    return lines


def week_text(journal: Journal, today: date) -> str:
    clock = safety.episode_clock(journal, today)
    if clock is None:
        return ""
    return f"Week {clock.week} of this episode (it began on {clock.began_on:%d %B %Y})."


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
