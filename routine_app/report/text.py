"""The clinician report's text: every section as HTML for QTextDocument, from the shared
figures (:mod:`routine_app.core.figures`) and the clinical extras (:mod:`.core.clinical`,
:mod:`.store.clinical`). Plain Python, no Qt: :mod:`routine_app.report.pdf` draws the chart
and prints the pages.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import fmean

from routine_app import __version__
from routine_app.core import clinical, safety, triage
from routine_app.core.figures import (
    ABOUT_RIGHT_AFTER,
    MIN_RATED,
    REGRESSION_NOTE,
    plural,
    trend_rule,
)
from routine_app.core.weekly_check import WeeklyCheck
from routine_app.i18n import N_, _, format_date, format_datetime, format_decimal, ngettext
from routine_app.store import weekly_checks
from routine_app.store.clinical import ClinicalQueries
from routine_app.store.journal import Journal
from routine_app.store.progress import Progress
from routine_app.store.safety import MovedCounts, pain_moved_counts

#: where the chart image goes; report/pdf.py adds the image under this name
CHART_SRC = "report://pain-chart"

MAX_PAGES = 2
MAX_LISTED = 8
MAX_DATES = 10
MAX_MEDICATIONS = 10
MAX_CHECK_ROWS = 10
CHECK_TITLE = N_("Weekly check: Sciatica Bothersomeness Index (SBI) and PEG")
CHECK_NOTE = N_(
    "SBI: how bothersome in the past week, each 0 (not at all) to 6 (extremely); the score "
    "is the sum. PEG: average pain and its interference with enjoyment of life and with "
    "general activity in the past week, each 0-10; the score is the mean."
)
MAX_NOTES = 5

SESSION_RULE = N_(
    "A rated session is a completed or stopped one with pain rated before and after. It "
    "improved when pain fell by 2 points or more, or from 3 or more to at most {share} of "
    "before; it was worse when pain rose by 2 or more. Verdict: under {count} rated "
    "sessions, not enough data; worse in at least a third, worse; improved in at least "
    "half, helps; otherwise no clear change."
)


def session_rule() -> str:
    """The session verdict rule in the current language."""
    return _(SESSION_RULE).format(count=MIN_RATED, share="70 %")


@dataclass(frozen=True, slots=True)
class ReportExtras:
    """The clinical details beyond the progress figures."""

    symptoms: list[clinical.SymptomDay] = field(default_factory=list)
    checks: list[WeeklyCheck] = field(default_factory=list)
    warnings: list[tuple[datetime, list[str]]] = field(default_factory=list)
    clearances: list[tuple[datetime, str]] = field(default_factory=list)
    episode_began: date | None = None
    notes: list[tuple[datetime, str]] = field(default_factory=list)
    moved: list[MovedCounts] = field(default_factory=list)


def read_extras(
    journal: Journal, first: date, last: date, episode_began: date | None = None
) -> ReportExtras:
    queries = ClinicalQueries(journal.connection)
    return ReportExtras(
        symptoms=queries.symptom_days(first, last),
        checks=weekly_checks.between(journal, first, last),
        warnings=queries.warning_signs(first, last),
        clearances=queries.clearances(first, last),
        episode_began=episode_began or queries.episode_began(last),
        notes=queries.notes(first, last, MAX_NOTES + 1),
        moved=pain_moved_counts(journal, first, last),
    )


def _fmt(value: float | None) -> str:
    return _("n/a") if value is None else format_decimal(value)


def sign_label(sign_id: str) -> str:
    """A warning sign's wording from the triage (an id it does not know, from a newer
    version, is shown as words)."""
    try:
        return triage.sign(sign_id).text
    except KeyError:
        return sign_id.replace("-", " ").capitalize()


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A bordered table; the first column (dates, names) does not wrap."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='white-space: nowrap'>{html.escape(c)}</td>"
            if i == 0
            else f"<td>{html.escape(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table cellpadding='2' border='1' cellspacing='0'><tr>{head}</tr>{body}</table>"


def _capped(items: Sequence[str], limit: int = MAX_LISTED) -> str:
    shown = "".join(f"<li>{i}</li>" for i in items[:limit])
    more = (
        "<li>" + _("… and {count} more").format(count=len(items) - limit) + "</li>"
        if len(items) > limit
        else ""
    )
    return f"<ul>{shown}{more}</ul>"


def _episode(extras: ReportExtras, last: date) -> str:
    if extras.episode_began is None:
        return _("Episode start: not recorded.")
    days = (last - extras.episode_began).days + 1
    weeks = days // 7
    return _("This episode began on {date}: {days} ({weeks}) by the end of the period.").format(
        date=format_date(extras.episode_began),
        days=plural(days, "day"),
        weeks=plural(weeks, "week"),
    )


def _pain_section(progress: Progress, extras: ReportExtras) -> str:
    figures = progress.figures
    rows, weekly = clinical.period_rows(
        progress.days, extras.symptoms, progress.first, progress.last
    )
    table = _table(
        [
            _("Week from") if weekly else _("Months"),
            _("Days logged"),
            _("Back"),
            _("Leg"),
            _("Pain typically reaches"),
            _("Numbness days"),
            _("Tingling days"),
            _("Weakness days"),
        ],
        [
            [
                r.label(weekly),
                str(r.days_logged),
                _fmt(r.back),
                _fmt(r.leg),
                r.reach_label,
                str(r.numbness_days),
                str(r.tingling_days),
                str(r.weakness_days),
            ]
            for r in rows
        ],
    )
    by = (
        _(
            "Daily means by week, how far down the leg the pain typically reached (the mean "
            "of each day's furthest), and the days with each symptom:"
        )
        if weekly
        else _(
            "Daily means by month, how far down the leg the pain typically reached (the mean "
            "of each day's furthest), and the days with each symptom:"
        )
    )
    return (
        "<h2>" + _("Back and leg pain (0 = none, 10 = worst imaginable)") + "</h2>"
        f"<p>{html.escape(figures.back.text)}.<br>{html.escape(figures.leg.text)}.</p>"
        f"<p><small>{html.escape(trend_rule())}</small></p>"
        f"<p><img src='{CHART_SRC}' width='600'></p>"
        f"<p>{by}</p>{table}"
    )


def _symptoms_section(progress: Progress, extras: ReportExtras) -> str:
    counts = clinical.symptom_counts(extras.symptoms)
    logged = plural(len(extras.symptoms), "day")
    legs = ", ".join(
        _("{leg} on {days}").format(leg=_(label), days=plural(counts[key], "day"))
        for key, label in (
            ("left", N_("left leg")),
            ("right", N_("right leg")),
            ("both", N_("both legs")),
        )
        if counts[key]
    )
    medication = clinical.medication_days(extras.symptoms)
    more = len(medication) - MAX_MEDICATIONS
    meds = (
        _("Medication (as written in the journal): ")
        + "; ".join(
            f"{html.escape(name)}: {plural(days, 'day')}"
            for name, days in medication[:MAX_MEDICATIONS]
        )
        + (_("; and {count} more").format(count=more) if more > 0 else "")
        + "."
        if medication
        else _("No medication recorded in this period.")
    )
    counted = _(
        "Of {logged} with an entry: numbness on {numbness}, tingling on {tingling}, "
        "weakness on {weakness}."
    ).format(
        logged=logged,
        numbness=counts["numbness"],
        tingling=counts["tingling"],
        weakness=counts["weakness"],
    )
    named = _("Leg named: {legs}.").format(legs=legs or _("none"))
    return (
        "<h2>" + _("Symptoms, leg and medication") + f"</h2><p>{counted} {named}</p><p>{meds}</p>"
    )


def _weekly_section(extras: ReportExtras, first: date, last: date) -> str:
    if not extras.checks:
        none = _("No weekly check was answered in this period.")
        return f"<h2>{_(CHECK_TITLE)}</h2><p>{none}</p>"

    def cell(value: float | int | None, digits: int = 0) -> str:
        return "-" if value is None else format_decimal(value, digits)

    if len(extras.checks) > MAX_CHECK_ROWS:
        return _monthly_checks(extras.checks, first, last)
    rows = [
        [
            format_date(c.recorded_at, "table"),
            *(cell(v) for v in c.sbi),
            cell(c.sbi_score),
            *(cell(v) for v in c.peg),
            cell(c.peg_score, 1),
        ]
        for c in extras.checks
    ]
    return (
        f"<h2>{_(CHECK_TITLE)}</h2>"
        + _table(
            [
                _("Date"),
                _("SBI leg pain"),
                _("Numb/ tingling"),
                _("Weak- ness"),
                _("Sitting"),
                _("SBI (0-24)"),
                _("PEG pain"),
                _("Enjoy- ment"),
                _("Activ- ity"),
                _("PEG (0-10)"),
            ],
            rows,
        )
        + "<p><small>"
        + _(CHECK_NOTE)
        + " "
        + _("'-' = skipped.")
        + "</small></p>"
    )


def _monthly_checks(checks: Sequence[WeeklyCheck], first: date, last: date) -> str:
    """More checks than fit: the mean scores of each row's complete checks, with rows as
    in the pain table (weeks, months or groups of months)."""
    starts, weekly = clinical.period_starts(first, last)
    rows = []
    for index, start in enumerate(starts):
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else last
        group = [c for c in checks if start <= c.recorded_at.date() <= end]
        if not group:
            continue
        sbi = [c.sbi_score for c in group if c.sbi_score is not None]
        peg = [c.peg_score for c in group if c.peg_score is not None]
        label = clinical.PeriodRow(max(start, first), min(end, last), 0, None, None, None, 0, 0, 0)
        rows.append(
            [
                label.label(weekly),
                str(len(group)),
                format_decimal(fmean(sbi)) if sbi else "-",
                format_decimal(fmean(peg)) if peg else "-",
            ]
        )
    return (
        f"<h2>{_(CHECK_TITLE)}</h2>"
        + _table(
            [
                _("Week from") if weekly else _("Months"),
                _("Checks"),
                _("Mean SBI (0-24)"),
                _("Mean PEG (0-10)"),
            ],
            rows,
        )
        + "<p><small>"
        + _(CHECK_NOTE)
        + " "
        + _("Means of the complete answers.")
        + "</small></p>"
    )


def _dates(moments: Sequence[datetime], limit: int = MAX_DATES) -> str:
    """``01 Dec 2025 08:00, 04 Dec 20:00, … and 12 more``: the first *limit* times."""
    shown = []
    year = None
    for moment in moments[:limit]:
        form = "short" if moment.year == year else "medium"
        shown.append(format_datetime(moment, form))
        year = moment.year
    more = _(" and {count} more").format(count=len(moments) - limit) if len(moments) > limit else ""
    return ", ".join(shown) + more


def _by_sign(reports: Sequence[tuple[datetime, Sequence[str]]], limit: int) -> list[str]:
    """One line per sign: its wording, how many times, and when (first ones)."""
    times: dict[str, list[datetime]] = {}
    for moment, signs in reports:
        for sign in signs:
            times.setdefault(sign, []).append(moment)
    return [
        f"<b>{html.escape(sign)}</b>: "
        + ngettext("{count} time", "{count} times", len(when)).format(count=len(when))
        + f": {_dates(when, limit)}"
        for sign, when in times.items()
    ]


def _signs_section(
    progress: Progress,
    extras: ReportExtras,
    warning_label: Callable[[str], str],
    dates: int = MAX_DATES,
) -> str:
    emergencies = _by_sign(
        [
            (e.recorded_at, [f.question for f in sorted(e.red_flags)])
            for e in progress.red_flag_entries
        ],
        dates,
    )
    warnings = _by_sign(
        [(moment, [warning_label(s) for s in signs]) for moment, signs in extras.warnings],
        dates,
    )
    checks = [
        format_datetime(moment) + (f" ({html.escape(note)})" if note else "")
        for moment, note in extras.clearances
    ]
    return (
        "<h2>"
        + _("Warning and emergency signs")
        + "</h2>"
        + _reported(
            emergencies,
            _("Emergency signs reported (the app told the patient to seek emergency care):"),
            _("No emergency sign reported in this period."),
        )
        + _reported(
            warnings,
            _("Warning signs reported (the app advised seeing a doctor soon):"),
            _("No warning sign reported in this period."),
        )
        + (
            "<p>"
            + _(
                "A doctor or nurse checked the patient after an emergency sign on: {dates}."
            ).format(dates=", ".join(checks))
            + "</p>"
            if checks
            else ""
        )
    )


def _reported(found: Sequence[str], heading: str, none: str) -> str:
    """*heading* over the (capped) list of what was *found*, or *none* if nothing was."""
    return f"<p>{heading}</p>{_capped(found)}" if found else f"<p>{none}</p>"


def _moved_table(moved: Sequence[MovedCounts], routine_title: Callable[[str], str]) -> str:
    """Where the pain moved during each routine, by the person's answer afterwards: a
    routine that sends pain further down the leg is the stop rule's concern."""
    if not moved:
        return ""
    rows = [
        [routine_title(c.routine_id), str(c.towards_back), str(c.further_down), str(c.neither)]
        for c in moved
    ]
    header = [
        _("Routine"),
        _("Towards the back (centralised)"),
        _("Further down the leg (peripheralised)"),
        _("Neither"),
    ]
    return (
        "<h3>"
        + _("Where the pain moved during each routine (the person's answer afterwards)")
        + "</h3>"
        + _table(header, rows)
    )


def _routines_section(
    progress: Progress, routine_title: Callable[[str], str], moved: Sequence[MovedCounts] = ()
) -> str:
    figures = progress.figures
    rows = [
        [
            routine_title(r.routine_id),
            str(r.rated),
            str(r.improved),
            str(r.worse),
            r.median_text,
            r.verdict_text.split(":")[0],
        ]
        for r in figures.routines
    ]
    table = (
        _table(
            [_("Routine"), _("Rated"), _("Improved"), _("Worse"), _("Median change"), _("Verdict")],
            rows,
        )
        + f"<p><small>{html.escape(_(ABOUT_RIGHT_AFTER))} {html.escape(session_rule())} "
        f"{html.escape(_(REGRESSION_NOTE))}</small></p>"
        if rows
        else "<p>" + _("No session was rated before and after in this period.") + "</p>"
    )
    return (
        "<h2>" + _("Routines done") + f"</h2><p>{html.escape(figures.adherence_text)} "
        f"{html.escape(figures.covered_text)}</p>"
        "<h3>"
        + _("Pain right after each routine")
        + "</h3>"
        + table
        + _moved_table(moved, routine_title)
    )


def report_html(
    progress: Progress,
    routine_title: Callable[[str], str],
    made: date,
    extras: ReportExtras | None = None,
    warning_label: Callable[[str], str] = sign_label,
    compact: bool = False,
) -> str:
    """The report as HTML; *compact* leaves out the notes (saying so) and lists fewer
    dates, for a period too full for two pages."""
    extras = extras or ReportExtras()
    period = _("Period: <b>{first}</b> to <b>{last}</b> ({days}).").format(
        first=format_date(progress.first),
        last=format_date(progress.last),
        days=plural(progress.period_days, "day"),
    )
    made_on = _("Made on {date} from the patient's own journal.").format(date=format_date(made))
    head = (
        "<h1>" + _("Sciatica Routines: progress report") + "</h1>"
        f"<p>{period} {_episode(extras, progress.last)} {made_on}</p>"
    )
    foot = f"<p><small>{safety.DISCLAIMER} Sciatica Routines {__version__}.</small></p>"
    if progress.empty:
        empty = _("The journal holds no pain entries and no routine sessions in this period.")
        return head + "<h2>" + _("No data") + f"</h2><p>{empty}</p>" + foot
    notes = [
        format_date(moment, "medium") + ": " + html.escape(text) for moment, text in extras.notes
    ]
    notes_html = "<h2>" + _("Recent notes") + "</h2>" + _capped(notes, MAX_NOTES) if notes else ""
    if compact and notes:
        notes_html = (
            "<p><small>"
            + _("Notes are left out to keep this report to two pages; they are in the journal.")
            + "</small></p>"
        )
    return (
        head
        + _pain_section(progress, extras)
        + _symptoms_section(progress, extras)
        + _signs_section(progress, extras, warning_label, 4 if compact else MAX_DATES)
        + _routines_section(progress, routine_title, extras.moved)
        + _weekly_section(extras, progress.first, progress.last)
        + notes_html
        + foot
    )
