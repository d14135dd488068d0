"""An entry reported as saved survives a kill -9 at any moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from routine_app.store.journal import JOURNAL_FILE, Journal

ROUNDS = 12
WRITER = Path(__file__).with_name("durability_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(data_dir: Path, after: float) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)], stdout=subprocess.PIPE, env=env
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n"
        time.sleep(after)
        process.send_signal(signal.SIGKILL)
        output = process.stdout.read()
    # Only whole lines were reported: a torn last line was never a promise.
    return [line.decode() for line in output.split(b"\n")[:-1]]


def test_reported_entries_survive_kill_9_at_random_points(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    reported: list[str] = []
    for _ in range(ROUNDS):
        reported += run_and_kill(tmp_path, rng.uniform(0.0, 0.25))
    assert len(reported) > ROUNDS, "the writer wrote something before most kills"
    conn = sqlite3.connect(tmp_path / JOURNAL_FILE)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    journal, report = Journal.open(tmp_path)
    with journal:
        stored = {entry.id for entry in journal.entries()}
    assert report.notices == ()
    missing = [i for i in reported if i not in stored]
    assert not missing, f"{len(missing)} of {len(reported)} reported entries were lost"
