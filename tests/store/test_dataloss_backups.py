"""Backups that cannot rotate away the past, and a restore that cannot lose the journal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from routine_app.store.journal import JOURNAL_FILE, Journal, JournalError
from routine_app.store.recovery import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    Backups,
    backup_day,
    check_file,
    to_rotate,
)
from tests.store.conftest import make_entry
from tests.store.dataloss import ROOT, count_in, fill_disk, seed, stored_ids, tmpfs

DAY = date(2026, 3, 1)


def test_rotation_keeps_daily_weekly_and_monthly_generations() -> None:
    today = date(2027, 6, 30)
    days = [today - timedelta(n) for n in range(500)]
    kept = sorted(set(days) - to_rotate(days, today), reverse=True)
    assert kept[:KEEP_DAILY] == days[:KEEP_DAILY]
    weeks = {d.isocalendar()[:2] for d in kept}
    months = {(d.year, d.month) for d in kept}
    assert len(months) == KEEP_MONTHLY and len(weeks) >= KEEP_WEEKLY
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert min(kept) >= today - timedelta(days=366)


def test_rotation_on_disk_over_seven_weeks_keeps_older_generations(tmp_path: Path) -> None:
    for day in range(50):
        with Journal.open(tmp_path, today=DAY + timedelta(day))[0] as journal:
            journal.add_entry(make_entry(day * 24))
    names = [p.name for p in Backups(tmp_path).daily()]
    assert names[0] == f"journal-{DAY + timedelta(49)}.sqlite3"
    assert f"journal-{DAY + timedelta(43)}.sqlite3" in names  # the 7th newest day
    assert "journal-2026-03-31.sqlite3" in names  # March's newest: a monthly generation
    assert len(names) > KEEP_DAILY
    # The oldest backup kept is weeks old, so a problem noticed late can still be undone.
    oldest = min(d for p in Backups(tmp_path).daily() if (d := backup_day(p)))
    assert (DAY + timedelta(49) - oldest).days >= 21


def test_a_future_dated_backup_neither_deletes_new_ones_nor_wins_a_restore(
    tmp_path: Path,
) -> None:
    seed(tmp_path, 1, date(2031, 1, 1))  # the clock was years ahead once
    seed(tmp_path, 0, date(2031, 1, 2))  # future backup holding that one entry
    ids = []
    for day in range(12):
        with Journal.open(tmp_path, today=DAY + timedelta(day))[0] as journal:
            ids.append(journal.add_entry(make_entry(1000 + day * 24)).id)
    daily = [p.name for p in Backups(tmp_path).daily()]
    assert "journal-2031-01-02.sqlite3" in daily  # never deleted by rotation
    assert f"journal-{DAY + timedelta(11)}.sqlite3" in daily  # new ones are not deleted
    recent = [f"journal-{DAY + timedelta(day)}.sqlite3" for day in range(5, 12)]
    assert set(recent) <= set(daily)
    # Damage the journal: the backup with the newest data is restored, not the 2031 one.
    (tmp_path / JOURNAL_FILE).write_bytes(b"garbage" * 1000)
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(11))
    with journal:
        assert set(ids[:-1]) <= {e.id for e in journal.entries()}
    assert report.restored_from == Backups(tmp_path).folder / (
        f"journal-{DAY + timedelta(11)}.sqlite3"
    )


def test_an_emptied_journal_never_pushes_good_backups_out(tmp_path: Path) -> None:
    ids = seed(tmp_path, 20, DAY)
    for day in range(1, 4):
        seed(tmp_path, 0, DAY + timedelta(day))
    with Journal.open(tmp_path, today=DAY + timedelta(3))[0] as journal:
        for entry_id in ids:
            journal.delete_entry(entry_id)  # every entry gone (by mistake, or a bug)
    for day in range(4, 40):
        seed(tmp_path, 0, DAY + timedelta(day))
    holding = [p for p in Backups(tmp_path).daily() if count_in(p) == 20]
    assert len(holding) == 3  # all of them, however many empty days followed
    best = Backups(tmp_path).best()
    assert best is not None and best[1].entries == 20


def test_restore_on_a_full_disk_keeps_the_current_journal_and_says_why(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        first = seed(data, 20, DAY)
        journal, _ = Journal.open(data, today=DAY + timedelta(1))  # backup of the 20
        with journal:
            later = [journal.add_entry(make_entry(100 + n)).id for n in range(5)]
            (backup,) = [p for p in Backups(data).daily() if count_in(p) == 20]
            filler = fill_disk(disk)
            with pytest.raises(JournalError, match="disk is full"):
                journal.restore(backup)
            assert {e.id for e in journal.entries()} == set(first + later)
            filler.unlink()
            journal.add_entry(make_entry(200))  # the journal is still open and usable
        assert set(first + later) <= stored_ids(data)
        names = sorted(p.name for p in data.iterdir())
        assert names[:2] == ["backups", JOURNAL_FILE]
        assert not [n for n in names if "partial" in n or "before-restore" in n]


def test_restore_of_a_damaged_backup_changes_nothing(tmp_path: Path) -> None:
    ids = seed(tmp_path, 3, DAY)
    bad = Backups(tmp_path).folder / "journal-manual-20260301-090000.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    with Journal.open(tmp_path, today=DAY)[0] as journal:
        with pytest.raises(JournalError, match="damaged"):
            journal.restore(bad)
        assert {e.id for e in journal.entries()} == set(ids)


def test_restore_copies_checks_then_swaps_keeping_the_current_file(tmp_path: Path) -> None:
    seed(tmp_path, 3, DAY)
    with Journal.open(tmp_path, today=DAY + timedelta(1))[0] as journal:
        backup = Backups(tmp_path).daily()[0]
        journal.add_entry(make_entry(50))
        kept = journal.restore(backup)
        assert journal.counts() == (3, 0)
        journal.add_entry(make_entry(60))
    assert count_in(kept) == 4 and check_file(kept) is None


def test_a_prepared_partial_file_is_never_used(tmp_path: Path) -> None:
    """Someone else's file at the old fixed temporary name is neither written nor followed."""
    seed(tmp_path, 2, DAY)
    folder = Backups(tmp_path).folder
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    target = folder / f"journal-{DAY + timedelta(1)}.sqlite3"
    (folder / (target.name + ".partial")).symlink_to(victim)
    seed(tmp_path, 0, DAY + timedelta(1))
    assert victim.read_text() == "someone else's file"
    assert count_in(target) == 2 and (target.stat().st_mode & 0o777) == 0o600


_LOG = [sys.executable, "-m", "routine_app", "log", "--back", "3", "--leg", "4"]


def test_overlapping_first_starts_all_succeed_with_sound_backups(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(4):
        folder = tmp_path / f"trial{trial}"
        processes = [
            subprocess.Popen(
                [*_LOG, "--data-dir", str(folder)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(3)
        ]
        results = [(*p.communicate(timeout=120), p.returncode) for p in processes]
        assert [code for *_, code in results] == [0, 0, 0], [err for _, err, _ in results]
        ids = {out.strip() for out, _, _ in results}
        assert ids <= stored_ids(folder) and len(ids) == 3
        backups = Backups(folder).all()
        assert backups and all(check_file(p) is None for p in backups)
        leftovers = [p.name for p in folder.rglob("*partial*")]
        assert leftovers == []
    conn = sqlite3.connect(tmp_path / "trial0" / JOURNAL_FILE)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
