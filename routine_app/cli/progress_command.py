"""``routine-app progress [--json] [--range 2w|3m|1y|all] [--to DATE]``: the figures the
progress page shows (pain trend, routine verdicts, rates, streak), computed by the same
rules (:mod:`routine_app.core.figures`), as text or as JSON for scripts and tests.
The fields are documented in ``docs/statistics.md``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from routine_app.core.figures import ABOUT_RIGHT_AFTER, REGRESSION_NOTE, Figures
from routine_app.i18n import _, format_date
from routine_app.store.files import DataDirError
from routine_app.store.journal import JournalError
from routine_app.store.progress import Range, figures_for, period

RANGES = tuple(span.value for span in Range)


def main(args: argparse.Namespace) -> int:
    """`routine-app progress`: the figures for the range, as text or JSON."""
    from routine_app.cli.journal_commands import data_dir, open_journal

    today = args.to or date.today()
    span = Range(args.span)
    try:
        journal = open_journal(data_dir(args.data_dir))
    except (DataDirError, JournalError) as exc:
        print(_("routine-app: error: {exc}").format(exc=exc), file=sys.stderr)
        return 1
    with journal:
        first, last = period(journal, span, today)
        figures = figures_for(journal, first, last)
        titles = _titles(journal.path.parent)
    if args.json:
        document = {"range_name": span.value, **figures.to_json()}
        for routine in document["routines"]:
            routine["title"] = titles(routine["routine_id"])
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(text_report(figures, span, titles))
    return 0


def _titles(folder: Any) -> Callable[[str], str]:
    from routine_app.store.user_routines import load_all

    library = load_all(folder)

    def title(routine_id: str) -> str:
        routine = library.get(routine_id)
        return routine.title if routine else routine_id

    return title


def text_report(figures: Figures, span: Range, title: Callable[[str], str]) -> str:
    lines = [
        _("Progress, {span}: {first} to {last}").format(
            span=span.label,  # as translated: German nouns keep their capital
            first=format_date(figures.first, "numeric"),
            last=format_date(figures.last, "numeric"),
        ),
        figures.covered_text,
        "",
        figures.back.text,
        figures.leg.text,
        "",
        figures.adherence_text,
    ]
    if figures.routines:
        lines += ["", _("Pain right after each routine:")]
        lines += [f"  {title(r.routine_id)}: {r.verdict_text}" for r in figures.routines]
        lines += ["", _(ABOUT_RIGHT_AFTER), _(REGRESSION_NOTE)]
    return "\n".join(lines)
