"""The end-of-routine summary: what was done, how long it took, the pain before.

Text from the session's facts, in the window's language, shown above the after-questions on the
player's done panel.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from routine_app.core.durations import format_duration
from routine_app.ui.common.texts import TextContext, arg


class RoutineSummary(TextContext):
    """The translation context of the summary's texts (``RoutineSummary.tr``)."""


@dataclass(frozen=True, slots=True)
class Done:
    title: str
    steps_done: int
    steps_total: int
    seconds: float
    completed: bool
    pain_before: int | None


def summary_html(done: Done) -> str:
    """A short list: the routine, steps done of all, time, the pain rated before."""
    if done.completed or done.steps_done >= done.steps_total:
        steps = RoutineSummary.tr("all %n steps", "", done.steps_total)
    else:
        steps = arg(
            RoutineSummary.tr("%1 of %n steps", "", done.steps_total),
            done.steps_done,
        )
    time = QCoreApplication.translate("RoutineSummary", "Time: %1")
    rows = [
        f"<b>{html.escape(done.title)}</b>: {html.escape(steps)}",
        html.escape(arg(time, format_duration(done.seconds))),
    ]
    if done.pain_before is not None:
        before = QCoreApplication.translate("RoutineSummary", "Pain before: %1 out of 10")
        rows.append(html.escape(arg(before, done.pain_before)))
    return "<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>"
