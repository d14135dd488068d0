"""The clinician report's safety section, ready for ``report/pdf.py`` to append: warning
signs with their dates (worded by the triage), doctor's checks, the episode's length
and how often each routine's pain moved towards the back or down the leg.

Plain HTML for QTextDocument, from ``store.safety``; no Qt here.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from routine_app.core.triage import Level
from routine_app.i18n import _, format_date, format_datetime
from routine_app.store import safety
from routine_app.store.journal import Journal


def safety_section_html(
    journal: Journal,
    first: date,
    last: date,
    routine_title: Callable[[str], str] = str,
    today: date | None = None,
) -> str:
    """The section for local days *first*..*last* ('' when there is nothing to say)."""
    parts = [_episode(journal, today or last), _signs(journal, first, last)]
    parts += [_clearances(journal, first, last), _moved(journal, first, last, routine_title)]
    body = "".join(parts)
    return "<h2>" + _("Safety") + f"</h2>{body}" if body else ""


def _episode(journal: Journal, today: date) -> str:
    clock = safety.episode_clock(journal, today)
    if clock is None:
        return ""
    weeks = (today - clock.began_on).days // 7
    review = (
        " " + _("Leg pain is not clearly better; a review was advised.")
        if clock.review_advised
        else ""
    )
    began = _("This episode began on {began} ({weeks} weeks before {today}; week {week}).")
    text = began.format(
        began=format_date(clock.began_on),
        weeks=weeks,
        today=format_date(today),
        week=clock.week,
    )
    return f"<p>{text}{review}</p>"


def _signs(journal: Journal, first: date, last: date) -> str:
    found = safety.signs_with_dates(journal, first, last)
    if not found:
        return ""
    items = "".join(
        f"<li>{format_datetime(report.recorded_at, 'numeric')}: "
        f"<b>{html.escape(report.level.heading)}</b>: "
        f"{html.escape('; '.join(report.texts))}</li>"
        for report in found
    )
    emergencies = sum(report.level is Level.EMERGENCY for report in found)
    head = _("Warning signs reported ({count} with emergency signs):").format(count=emergencies)
    return f"<p>{head}</p><ul>{items}</ul>"


def _clearances(journal: Journal, first: date, last: date) -> str:
    checks = [c for c in safety.clearances(journal) if first <= c.confirmed_at.date() <= last]
    if not checks:
        return ""
    items = "".join(
        f"<li>{format_datetime(c.confirmed_at, 'numeric')}"
        + (f": {html.escape(c.note)}" if c.note else "")
        + "</li>"
        for c in checks
    )
    return "<p>" + _("Confirmed checked by a doctor or nurse:") + f"</p><ul>{items}</ul>"


def _moved(journal: Journal, first: date, last: date, title: Callable[[str], str]) -> str:
    counts = safety.pain_moved_counts(journal, first, last)
    if not counts:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(title(c.routine_id))}</td><td>{c.towards_back}</td>"
        f"<td>{c.further_down}</td><td>{c.neither}</td></tr>"
        for c in counts
    )
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            _("Routine"),
            _("Towards the back (centralised)"),
            _("Further down the leg (peripheralised)"),
            _("Neither"),
        )
    )
    return (
        "<p>"
        + _("Where the pain moved during each routine (the person's answer afterwards):")
        + "</p><table border='1' cellpadding='3' cellspacing='0'>"
        f"<tr>{head}</tr>{rows}</table>"
    )
