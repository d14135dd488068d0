"""The end-of-routine summary: what was done, how long it took, the pain before.

Plain text from the session's facts (no Qt), shown above the after-questions on the
player's done panel.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from routine_app.core.durations import format_duration


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
    steps = (
        f"all {done.steps_total} steps"
        if done.completed or done.steps_done >= done.steps_total
        else f"{done.steps_done} of {done.steps_total} steps"
    )
    rows = [
        f"<b>{html.escape(done.title)}</b>: {steps}",
        f"Time: {format_duration(done.seconds)}",
    ]
    if done.pain_before is not None:
        rows.append(f"Pain before: {done.pain_before} out of 10")
    return "<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>"
