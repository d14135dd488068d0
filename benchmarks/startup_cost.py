"""What starting the app costs, against a bare PySide6 window measured in the same run.

Each figure is the median of --runs interleaved runs of a fresh process (wall time from
spawn to exit, and peak RSS from wait4):

- bare window: a QMainWindow with a QLabel, quit by a 0 ms timer;
- ``routine-app --smoke`` on an empty journal (startup / bare, wall and peak RSS);
- the progress page opened first vs the library (both on a 20-year journal);
- peak RSS with the progress page on "all" (20 years) / bare;
- startup with 20 years / empty, on an ordinary start and on the first start of a day
  (today's backup removed before each such run).

Usage: python benchmarks/startup_cost.py [--runs 7] [--source DIR]
``--source`` runs the app from another checkout (for a before/after in one run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from journal_startup import fill  # noqa: E402

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

Figure = tuple[float, float]  # wall seconds, peak RSS MiB


def measure(command: list[str], env: dict[str, str]) -> Figure:
    began = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=False
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        assert process.stderr is not None
        raise SystemExit(f"{command} failed:\n{process.stderr.read().decode()}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--source", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        empty, full = base / "empty", base / "full"
        empty.mkdir()
        full.mkdir()
        entries, sessions = fill(full)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(args.source.resolve()),
            "XDG_CONFIG_HOME": str(base / "config"),
        }
        app = [sys.executable, "-m", "routine_app", "--smoke", "--data-dir"]
        today = full / "backups" / f"journal-{date.today().isoformat()}.sqlite3"

        def first_of_day() -> list[str]:
            today.unlink(missing_ok=True)
            return [*app, str(full)]

        cases: dict[str, Callable[[], list[str]]] = {
            "bare": lambda: [sys.executable, "-c", BARE],
            "empty": lambda: [*app, str(empty)],
            "library": lambda: [*app, str(full), "--view", "library"],
            "progress": lambda: [*app, str(full), "--view", "progress"],
            "progress all": lambda: [*app, str(full), "--view", "progress", "--range", "all"],
            "first of day": first_of_day,
        }
        for make in cases.values():  # warm the disk cache; make today's backups
            measure(make(), env)
        results: dict[str, list[Figure]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            for name, make in cases.items():
                results[name].append(measure(make(), env))
    wall = {n: statistics.median(w for w, _ in r) for n, r in results.items()}
    rss = {n: statistics.median(m for _, m in r) for n, r in results.items()}
    print(f"app from {args.source}; 20-year journal: {entries:,} entries, {sessions:,} sessions")
    for name in cases:
        print(f"  {name:13} wall {wall[name] * 1000:6.0f} ms   peak RSS {rss[name]:6.1f} MiB")
    rows = [
        ("--smoke startup / bare window, wall", wall["empty"] / wall["bare"], "1.3"),
        ("peak RSS / bare window", rss["empty"] / rss["bare"], "1.5"),
        ("peak RSS, progress on all (20 y) / bare", rss["progress all"] / rss["bare"], "1.8"),
        ("progress page first / library (20 y), wall", wall["progress"] / wall["library"], "1.3"),
        ("startup 20 y / empty, wall", wall["library"] / wall["empty"], "1.05"),
        ("first start of a day 20 y / empty, wall", wall["first of day"] / wall["empty"], "1.05"),
    ]
    for label, ratio, goal in rows:
        print(f"{label:45} {ratio:5.2f}  (goal: at most {goal})")


if __name__ == "__main__":
    main()
