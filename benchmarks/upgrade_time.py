"""How long the first start after an upgrade waits for the journal's schema migration:
opening a 20-year journal saved at schema 1 (which builds the per-day totals of
schema 2 and keeps a copy of the old file first) against opening the same journal
once it is already current. Both in one run, on the same data.

Usage: python benchmarks/upgrade_time.py [--runs 3]
Prints the median of each and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from journal_startup import fill

from routine_app.store.journal import JOURNAL_FILE, Journal
from routine_app.store.schema import V1


def as_schema_1(current: Path, target: Path) -> None:
    """The same entries and sessions in a file with schema 1 only, as version 1 left it."""
    target.mkdir()
    conn = sqlite3.connect(target / JOURNAL_FILE, isolation_level=None)
    conn.executescript(V1)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("ATTACH DATABASE ? AS current", (str(current / JOURNAL_FILE),))
    conn.execute("INSERT INTO entries SELECT * FROM current.entries")
    conn.execute("INSERT INTO sessions SELECT * FROM current.sessions")
    conn.execute("DETACH DATABASE current")
    conn.close()


def timed_open(folder: Path) -> float:
    began = time.perf_counter()
    journal, _ = Journal.open(folder)
    elapsed = time.perf_counter() - began
    journal.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        entries, sessions = fill(root / "current")
        as_schema_1(root / "current", root / "old")
        upgrading, current = [], []
        for run in range(args.runs):
            copy = root / f"upgrade-{run}"
            shutil.copytree(root / "old", copy)
            upgrading.append(timed_open(copy))
            current.append(timed_open(copy))  # now at schema 2, today's backup made
        a, b = statistics.median(current), statistics.median(upgrading)
        print(f"journal: {entries:,} entries, {sessions:,} sessions (20 years)")
        print(f"open, already current:        {a * 1000:7.1f} ms")
        print(f"open, upgrading from schema 1: {b * 1000:7.1f} ms   ratio {b / a:.1f}")


if __name__ == "__main__":
    main()
