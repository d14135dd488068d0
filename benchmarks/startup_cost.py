"""What starting the app costs, against a bare PySide6 window measured in the same run.

Each figure is the median of --runs interleaved runs of a fresh process (wall time from
spawn to exit, and peak RSS from wait4; this process stays small, so the child's peak is
its own):

- bare window: a QMainWindow with a QLabel, quit by a 0 ms timer (the timer fires
  before the first paint: the bare window is never drawn, while ``--smoke`` lays out
  and paints the whole first page);
- ``routine-app --smoke`` on an empty journal (startup / bare, wall and peak RSS);
- the progress page opened first vs the library (both on a 20-year journal);
- peak RSS with the progress page on "all" (20 years) / bare;
- startup with 20 years / empty, on an ordinary start and on the first start of a day
  (today's backup removed before each such run).

Usage: python benchmarks/startup_cost.py [--runs 7] [--before DIR]
``--before`` also runs the app from another checkout (``git archive main | tar -x -C
DIR``), interleaved, for a before/after in one run. CPU time (user + system, from
wait4) is printed beside wall time: on a loaded machine it is the steadier figure.
The sources are compiled to bytecode first (benchmarks/compiled.py), as an installed
app is: under PYTHONDONTWRITEBYTECODE=1 every start would otherwise compile them.
On this version the day's backup is made after the window shows, in a session, not by
``--smoke``: the "first start of a day" then measures what is left on the startup path.
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

from compiled import compile_sources  # noqa: E402

# Filled by a child process: Linux carries a parent's resident size into a child it
# spawns (ru_maxrss counts the address space shared until exec), so a parent that had
# built the 20-year journal itself (~65 MiB) made every figure, the bare window's
# included, at least that big.
FILL = """
import sys
from pathlib import Path
sys.path[:0] = sys.argv[2:4]
from journal_startup import fill
print(*fill(Path(sys.argv[1])))
"""

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

Figure = tuple[float, float, float]  # wall seconds, CPU seconds, peak RSS MiB


def measure(command: list[str], env: dict[str, str]) -> Figure:
    began = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        cwd=env["PYTHONPATH"],  # `python -m` looks in the working folder first
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=False,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        raise SystemExit(f"{command} failed:\n{process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def cases_for(
    source: Path, base: Path
) -> dict[str, Callable[[], tuple[list[str], dict[str, str]]]]:
    empty, full = base / "empty", base / "full"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(source.resolve()),
        "XDG_CONFIG_HOME": str(base / "config"),
    }
    app = [sys.executable, "-m", "routine_app", "--smoke", "--data-dir"]
    today = full / "backups" / f"journal-{date.today().isoformat()}.sqlite3"

    def first_of_day() -> tuple[list[str], dict[str, str]]:
        today.unlink(missing_ok=True)
        return [*app, str(full)], env

    return {
        "bare": lambda: ([sys.executable, "-c", BARE], env),
        "empty": lambda: ([*app, str(empty)], env),
        "library": lambda: ([*app, str(full), "--view", "library"], env),
        "progress": lambda: ([*app, str(full), "--view", "progress"], env),
        "progress all": lambda: ([*app, str(full), "--view", "progress", "--range", "all"], env),
        "first of day": first_of_day,
    }


def report(source: Path, results: dict[str, list[Figure]]) -> None:
    wall, cpu, rss = (
        {n: statistics.median(f[i] for f in r) for n, r in results.items()} for i in range(3)
    )
    print(f"app from {source}")
    for name in results:
        print(
            f"  {name:13} wall {wall[name] * 1000:6.0f} ms   CPU {cpu[name] * 1000:6.0f} ms   "
            f"peak RSS {rss[name]:6.1f} MiB"
        )
    rows = [
        ("--smoke startup / bare window", "empty", "bare", "1.3"),
        ("progress page first / library (20 y)", "progress", "library", "1.3"),
        ("startup 20 y / empty", "library", "empty", "1.05"),
        ("first start of a day 20 y / empty", "first of day", "empty", "1.05"),
    ]
    for label, top, bottom, goal in rows:
        print(
            f"  {label:38} wall {wall[top] / wall[bottom]:5.2f}   "
            f"CPU {cpu[top] / cpu[bottom]:5.2f}   (goal: at most {goal})"
        )
    for label, top, goal in (
        ("peak RSS / bare window", "empty", "1.5"),
        ("peak RSS, progress on all (20 y) / bare", "progress all", "1.8"),
    ):
        print(f"  {label:38} {rss[top] / rss['bare']:5.2f}   (goal: at most {goal})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--before", type=Path, help="also run the app from this checkout, interleaved"
    )
    args = parser.parse_args()
    sources = [ROOT] if args.before is None else [args.before, ROOT]
    for source in sources:  # time what users run: compiled modules, not sources
        compile_sources(source)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "empty").mkdir()
        (base / "full").mkdir()
        filled = subprocess.run(
            [sys.executable, "-c", FILL, str(base / "full"), str(ROOT / "benchmarks"), str(ROOT)],
            check=True,
            capture_output=True,
            text=True,
        )
        entries, sessions = map(int, filled.stdout.split())
        print(f"20-year journal: {entries:,} entries, {sessions:,} sessions; {args.runs} runs")
        cases = {source: cases_for(source, base) for source in sources}
        for source in sources:  # warm the disk cache; make today's backups
            for make in cases[source].values():
                measure(*make())
        results = {s: {name: [] for name in cases[s]} for s in sources}
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            for name in cases[ROOT]:
                for source in sources:
                    results[source][name].append(measure(*cases[source][name]()))
    for source in sources:
        report(source, results[source])


if __name__ == "__main__":
    main()
