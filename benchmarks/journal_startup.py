"""How much a 20-year journal slows startup: `routine-app --smoke` with a journal of
20 years (4 entries a day plus a daily session) against an empty one, side by side.

Usage: python benchmarks/journal_startup.py [--runs N]
Prints the median wall time of each and the ratio (goal: about 1.0).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from compiled import compile_sources  # noqa: E402

from routine_app.core.journal import Entry, LegSide, Reach, Session, new_id  # noqa: E402
from routine_app.store.journal import Journal  # noqa: E402

YEARS = 20
ENTRIES_PER_DAY = 4


def fill(data_dir: Path) -> tuple[int, int]:
    journal, _ = Journal.open(data_dir)
    start = datetime.now().astimezone() - timedelta(days=365 * YEARS)
    entries, sessions = [], []
    for day in range(365 * YEARS):
        base = start + timedelta(days=day)
        for slot in range(ENTRIES_PER_DAY):
            pain = (day + slot) % 11
            entries.append(
                Entry(
                    new_id(),
                    base + timedelta(hours=7 + 4 * slot),
                    pain,
                    (pain * 3) % 11,
                    LegSide.LEFT,
                    list(Reach)[pain % 5],
                    notes="after work" if slot == 2 else "",
                )
            )
        sessions.append(
            Session(
                new_id(),
                "foam-roller",
                base + timedelta(hours=18),
                base + timedelta(hours=18, minutes=10),
                "completed",
                12,
                12,
                5,
                4,
            )
        )
    with journal:
        journal.merge(entries, sessions)
        return journal.counts()


def smoke(data_dir: Path, view: str) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(data_dir.parent / "config"),
    }
    began = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "routine_app",
            "--smoke",
            "--data-dir",
            str(data_dir),
            "--view",
            view,
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_sources(ROOT)  # time what users run: compiled modules, not sources
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as full:
        began = time.perf_counter()
        entries, sessions = fill(Path(full))
        print(
            f"filled {entries:,} entries and {sessions:,} sessions in "
            f"{time.perf_counter() - began:.1f} s"
        )
        for view in ("library", "journal"):
            smoke(Path(empty), view), smoke(Path(full), view)  # warm caches, daily backup
            small, big = [], []
            for _ in range(args.runs):  # interleaved, so machine noise hits both alike
                small.append(smoke(Path(empty), view))
                big.append(smoke(Path(full), view))
            a, b = statistics.median(small), statistics.median(big)
            print(
                f"--smoke --view {view:8} empty journal {a * 1000:7.0f} ms   "
                f"20-year journal {b * 1000:7.0f} ms   ratio {b / a:.2f}"
            )


if __name__ == "__main__":
    main()
