"""The schema is created (or upgraded) once, however many programs start at the same
moment on a new folder or an old journal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from routine_app.store.journal import JOURNAL_FILE, Journal
from routine_app.store.schema import SCHEMA_VERSION
from tests.store.dataloss import ROOT

FIXTURES = Path(__file__).with_name("fixtures")
OPENER = """
import sys, time
from pathlib import Path
from routine_app.core.journal import Entry, new_id, now
from routine_app.store.journal import Journal
start = float(sys.argv[2])
while time.time() < start:
    pass
journal, report = Journal.open(Path(sys.argv[1]))
with journal:
    print(journal.add_entry(Entry(new_id(), now(), 3, 4)).id)
"""


def start_together(folder: Path, count: int) -> list[tuple[str, str, int]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    at = str(time.time() + 1.5)  # after every interpreter has started
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(folder), at],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(count)
    ]
    return [(*p.communicate(timeout=120), p.returncode) for p in processes]


def test_simultaneous_first_starts_create_the_schema_once(tmp_path: Path) -> None:
    for trial in range(3):
        folder = tmp_path / f"new{trial}"
        results = start_together(folder, 5)
        assert [code for *_, code in results] == [0] * 5, [err for _, err, _ in results]
        with Journal.open(folder)[0] as journal:
            assert journal.schema_version == SCHEMA_VERSION
            assert {out.strip() for out, _, _ in results} == {e.id for e in journal.entries()}


def test_simultaneous_starts_on_an_old_journal_migrate_it_once(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(FIXTURES / "journal-v1.sqlite3", folder / JOURNAL_FILE)
    results = start_together(folder, 4)
    assert [code for *_, code in results] == [0] * 4, [err for _, err, _ in results]
    with Journal.open(folder)[0] as journal:
        assert journal.schema_version == SCHEMA_VERSION
        ids = {e.id for e in journal.entries()}
    assert {out.strip() for out, _, _ in results} <= ids
