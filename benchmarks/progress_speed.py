"""Time to show the progress page for 2 weeks and for all time on a 20-year journal
(4 entries a day and a daily session), measured in one run.

Usage: python benchmarks/progress_speed.py [--runs 5]
Goal: all time costs at most 2x the 2-week figure. Prints both medians and the ratio.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from journal_startup import fill
from PySide6.QtWidgets import QApplication

from routine_app.store.journal import Journal
from routine_app.store.progress import Range, collect, period
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.progress.page import ProgressPage


def show(app: QApplication, page: ProgressPage, span: Range) -> float:
    gc.collect()  # garbage left by the step before is not this step's cost
    began = time.perf_counter()
    page.set_range(span)
    page.grab()  # lay out and paint every chart, as the screen would
    app.processEvents()
    return time.perf_counter() - began


def numbers(journal: Journal, span: Range) -> float:
    """The data part alone: the queries and statistics behind the page (and the report)."""
    today = date.today()
    gc.collect()
    began = time.perf_counter()
    collect(journal, *period(journal, span, today), today)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        entries, sessions = fill(Path(folder))
        journal, _ = Journal.open(Path(folder))
        actions = JournalActions(journal, print)
        page = ProgressPage(actions, str)
        page.resize(1100, 900)
        page.show()
        show(app, page, Range.ALL)  # first show builds the charts
        figures: dict[Range, list[float]] = {Range.TWO_WEEKS: [], Range.ALL: []}
        data: dict[Range, list[float]] = {Range.TWO_WEEKS: [], Range.ALL: []}
        for _ in range(args.runs):
            for span in figures:
                figures[span].append(show(app, page, span))
                data[span].append(numbers(journal, span))
        two_weeks = statistics.median(figures[Range.TWO_WEEKS])
        all_time = statistics.median(figures[Range.ALL])
        print(f"journal: {entries:,} entries, {sessions:,} sessions (20 years)")
        print(f"progress page, 2 weeks: {two_weeks * 1000:7.1f} ms")
        print(f"progress page, all time: {all_time * 1000:7.1f} ms")
        print(f"ratio all/2 weeks: {all_time / two_weeks:.2f} (goal: at most 2)")
        short, long = (statistics.median(data[s]) * 1000 for s in (Range.TWO_WEEKS, Range.ALL))
        print(f"of which the numbers (collect): 2 weeks {short:.1f} ms, all time {long:.1f} ms")
        journal.close()


if __name__ == "__main__":
    main()
