"""The end-of-routine summary: what was done, how long it took, the pain before.

Text from the session's facts, in the window's language, shown above the after-questions on the
player's done panel.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from routine_app.core.durations import format_duration
from routine_app.core.session import StepCount
from routine_app.ui.common.texts import TextContext, arg


class RoutineSummary(TextContext):
    """The translation context of the summary's texts (``RoutineSummary.tr``)."""


@dataclass(frozen=True, slots=True)
class Done:
    """What a run did: *steps_done* of *steps_total* steps as the routine defines them;
    *parts* (core.session.count_steps) adds the timed parts when they differ."""

    title: str
    steps_done: int
    steps_total: int
    seconds: float
    completed: bool
    pain_before: int | None
    parts: StepCount | None = None

    @classmethod
    def of(
        cls, title: str, count: StepCount, seconds: float, completed: bool, pain: int | None
    ) -> Done:
        return cls(title, count.steps_done, count.steps, seconds, completed, pain, count)


def _parts_text(count: StepCount, completed: bool) -> str:
    """``both sides, 8 timed parts`` / ``1 of 8 timed parts``: the parts the journal
    counts, and why there are more of them than steps."""
    if not completed:
        return arg(RoutineSummary.tr("%1 of %n timed parts", "", count.parts), count.parts_done)
    if count.both_sides and count.repeats:
        text = RoutineSummary.tr("both sides and repeats, %n timed parts", "", count.parts)
    elif count.both_sides:
        text = RoutineSummary.tr("both sides, %n timed parts", "", count.parts)
    elif count.repeats:
        text = RoutineSummary.tr("repeats, %n timed parts", "", count.parts)
    else:
        text = RoutineSummary.tr("%n timed parts", "", count.parts)
    return text


def summary_html(done: Done) -> str:
    """A short list: the routine, steps done of all (with the timed parts when a step
    has sides or repeats), time, the pain rated before."""
    completed = done.completed or done.steps_done >= done.steps_total
    if done.parts is not None:
        completed = done.completed or done.parts.parts_done >= done.parts.parts
    if completed:
        steps = RoutineSummary.tr("all %n steps", "", done.steps_total)
    else:
        steps = arg(
            RoutineSummary.tr("%1 of %n steps", "", done.steps_total),
            done.steps_done,
        )
    if done.parts is not None and done.parts.parts != done.parts.steps:
        steps = f"{steps} ({_parts_text(done.parts, completed)})"
    time = QCoreApplication.translate("RoutineSummary", "Time: %1")
    rows = [
        f"<b>{html.escape(done.title)}</b>: {html.escape(steps)}",
        html.escape(arg(time, format_duration(done.seconds))),
    ]
    if done.pain_before is not None:
        before = QCoreApplication.translate("RoutineSummary", "Pain before: %1 out of 10")
        rows.append(html.escape(arg(before, done.pain_before)))
    return "<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>"
