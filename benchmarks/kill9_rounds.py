"""200 rounds of ``kill -9``: every entry the journal acknowledged must still be there.

Each round starts a writer process on the same data folder with the calendar one day
later (so every start makes the day's backup and rotates old ones), lets it log entries
(and, every 25 entries, a manual backup), and kills it with SIGKILL at a random moment:
during start-up, the integrity check, the backup, the rotation or a write. Afterwards
the journal is opened once more and every acknowledged id is looked up.

Usage: python benchmarks/kill9_rounds.py [--rounds 200] [--seed 1] [--max-delay 0.6]
Prints entries acknowledged vs present (goal: equal), files moved aside (goal: 0) and
backups failing their check (goal: 0).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from routine_app.core.journal import Entry, new_id, now  # noqa: E402
from routine_app.store.journal import JOURNAL_FILE, Journal  # noqa: E402
from routine_app.store.recovery import Backups, check_file  # noqa: E402

START = date(2026, 1, 1)


def child(folder: Path, day: int) -> None:
    """The writer: open (backup due), then log entries as fast as possible."""
    journal, _ = Journal.open(folder, today=START + timedelta(days=day))
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        entry = journal.add_entry(
            Entry(new_id(), now(), number % 11, (number * 7) % 11, notes=f"round {day} #{number}")
        )
        print(entry.id, flush=True)
        if number % 25 == 0:
            journal.backup_now()


def one_round(folder: Path, day: int, delay: float) -> tuple[list[str], bool]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, __file__, "--child", str(folder), str(day)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env) as process:
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        assert process.stdout is not None
        output = process.stdout.read()
    lines = [line.decode() for line in output.split(b"\n")[:-1]]  # a torn line was no promise
    started = bool(lines) and lines[0] == "ready"
    return [line for line in lines if line != "ready"], started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.6)
    parser.add_argument("--child", nargs=2, metavar=("DIR", "DAY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
        return 0
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="kill9-"))
    acknowledged: list[str] = []
    killed_before_ready = 0
    for day in range(args.rounds):
        ids, started = one_round(folder, day, rng.uniform(0.0, args.max_delay))
        acknowledged += ids
        killed_before_ready += not started
    journal, report = Journal.open(folder, today=START + timedelta(days=args.rounds))
    with journal:
        present = {e.id for e in journal.entries()}
        integrity = journal.integrity()
    lost = [i for i in acknowledged if i not in present]
    aside = [p.name for p in folder.iterdir() if p.name.startswith(JOURNAL_FILE + ".")]
    backups = Backups(folder).all()
    bad_backups = [p.name for p in backups if check_file(p) is not None]
    leftovers = [p.name for p in folder.rglob("*.partial-*")]
    print(f"rounds:                     {args.rounds}")
    print(f"killed during start-up:     {killed_before_ready}")
    print(f"entries acknowledged:       {len(acknowledged)}")
    print(f"acknowledged and present:   {len(acknowledged) - len(lost)}")
    print(f"lost:                       {len(lost)}")
    print(f"journal integrity:          {'; '.join(integrity)}")
    print(f"files moved aside:          {len(aside)} {aside if aside else ''}")
    print(f"notices at the final open:  {len(report.notices)}")
    print(f"backups kept / failing:     {len(backups)} / {len(bad_backups)}")
    print(f"temporary files left:       {len(leftovers)} (swept by the next day's backup)")
    return 1 if lost or aside or bad_backups else 0


if __name__ == "__main__":
    sys.exit(main())
