"""Damage means damage: a healthy journal is never moved aside or replaced.

Each test reproduces a situation in which an earlier version lost months of entries,
under the real condition (a full tmpfs, an ``sqlite3`` shell holding a lock, a 0-byte
file), and checks that every acknowledged entry is still in the journal afterwards.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from routine_app.store import recovery
from routine_app.store.errors import Trouble, classify
from routine_app.store.journal import JOURNAL_FILE, Journal, JournalError
from routine_app.store.recovery import Backups, check_file
from tests.store.conftest import make_entry
from tests.store.dataloss import (
    LockingShell,
    aside_files,
    count_in,
    fill_disk,
    seed,
    stored_ids,
    tmpfs,
)

DAY = date(2026, 3, 1)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_full_disk_at_open_keeps_the_journal_in_place(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        data = disk / "data"
        ids = seed(data, 20, DAY)
        filler = fill_disk(disk)
        # The next day: the backup is due, the disk is full.
        try:
            journal, report = Journal.open(data, today=DAY + timedelta(1))
        except JournalError as exc:
            assert "disk is full" in str(exc) or "cannot be opened" in str(exc)
        else:
            with journal:
                assert {e.id for e in journal.entries()} == set(ids)
            assert report.moved_aside is None and report.restored_from is None
            assert any("backup" in n or "read only" in n for n in report.notices)
        assert aside_files(data) == []
        filler.unlink()
        journal, report = Journal.open(data, today=DAY + timedelta(1))
        with journal:
            assert {e.id for e in journal.entries()} == set(ids)
        assert report.moved_aside is None and report.restored_from is None
        assert aside_files(data) == []


def test_full_disk_while_saving_says_so_and_loses_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        data = disk / "data"
        ids = seed(data, 5, DAY)
        journal, _ = Journal.open(data, today=DAY)
        with journal:
            filler = fill_disk(disk)
            with pytest.raises(JournalError, match="disk is full"):
                for number in range(200):  # the WAL grows until the disk refuses
                    ids.append(journal.add_entry(make_entry(100 + number, notes="x" * 5000)).id)
            filler.unlink()
        assert set(ids) <= stored_ids(data)
        assert aside_files(data) == []


def test_lock_held_by_another_program_waits_then_fails_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery, "BUSY_TIMEOUT_S", 0.5)
    ids = seed(tmp_path, 20, DAY)
    shell = LockingShell(tmp_path / JOURNAL_FILE)
    try:
        with pytest.raises(JournalError, match="in use by another program"):
            Journal.open(tmp_path, today=DAY + timedelta(1))
        assert aside_files(tmp_path) == []
        with pytest.raises(JournalError, match="in use by another program"):
            check_file(tmp_path / JOURNAL_FILE, timeout=0.2)
    finally:
        # The other program goes on writing to the same file, then lets go.
        shell.insert_and_release("UPDATE entries SET notes = 'edited elsewhere';")
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(1))
    with journal:
        notes = {e.id: e.notes for e in journal.entries()}
    assert set(notes) == set(ids) and set(notes.values()) == {"edited elsewhere"}
    assert report.moved_aside is None and aside_files(tmp_path) == []


def test_a_normal_competing_writer_is_waited_for(tmp_path: Path) -> None:
    seed(tmp_path, 1, DAY)
    shell = LockingShell(tmp_path / JOURNAL_FILE)
    import threading

    timer = threading.Timer(0.5, lambda: shell.insert_and_release("SELECT 1;"))
    timer.start()
    journal, report = Journal.open(tmp_path, today=DAY)  # waits for the shell, then opens
    with journal:
        journal.add_entry(make_entry(2))
        assert journal.counts() == (2, 0)
    timer.join()
    assert report.notices == ()


def test_zero_byte_journal_beside_backups_restores_the_newest_with_data(tmp_path: Path) -> None:
    ids = seed(tmp_path, 20, DAY)
    seed(tmp_path, 0, DAY + timedelta(1))  # a second day's backup, same 20 entries
    path = tmp_path / JOURNAL_FILE
    path.write_bytes(b"")
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(2))
    with journal:
        assert {e.id for e in journal.entries()} == set(ids)
    assert report.moved_aside is not None and report.moved_aside.read_bytes() == b""
    assert ".empty-" in report.moved_aside.name
    assert report.restored_from == Backups(tmp_path).folder / "journal-2026-03-02.sqlite3"
    (notice,) = report.notices
    assert "empty (0 bytes)" in notice and "2026-03-02" in notice and "20 entries" in notice


def test_zero_byte_journal_then_a_week_of_starts_keeps_the_good_backups(tmp_path: Path) -> None:
    ids = seed(tmp_path, 20, DAY)
    for day in range(1, 8):
        seed(tmp_path, 0, DAY + timedelta(day))
    (tmp_path / JOURNAL_FILE).write_bytes(b"")
    for day in range(8, 30):
        seed(tmp_path, 0, DAY + timedelta(day))
    assert set(ids) <= stored_ids(tmp_path)
    assert all(count_in(p) == 20 for p in Backups(tmp_path).daily())


def test_missing_journal_beside_backups_restores_instead_of_starting_empty(
    tmp_path: Path,
) -> None:
    ids = seed(tmp_path, 3, DAY)
    seed(tmp_path, 0, DAY + timedelta(1))  # the backup of the next day holds the 3
    (tmp_path / JOURNAL_FILE).unlink()
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(2))
    with journal:
        assert {e.id for e in journal.entries()} == set(ids)
    assert "missing" in report.notices[0]


def test_first_start_with_an_empty_file_and_no_backups_is_a_first_start(tmp_path: Path) -> None:
    (tmp_path / JOURNAL_FILE).write_bytes(b"")
    journal, report = Journal.open(tmp_path)
    with journal:
        assert journal.counts() == (0, 0)
    assert report.notices == () and aside_files(tmp_path) == []


def test_page_damage_is_found_by_the_daily_check_and_repaired(tmp_path: Path) -> None:
    ids = seed(tmp_path, 300, DAY)
    path = tmp_path / JOURNAL_FILE
    with Journal.open(tmp_path, today=DAY + timedelta(1))[0] as journal:  # backup of 300
        journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, page):
        data[offset + 100 : offset + 200] = b"\xff" * 100  # smash page contents
    path.write_bytes(bytes(data))
    damaged = digest(path)
    # Not the first open of the day: only the header is read, which is fine.
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(1))
    journal.close()
    assert report.moved_aside is None
    # The next day's first open runs quick_check before the backup, finds the damage,
    # keeps the damaged file aside byte for byte and restores the day's backup.
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(2))
    with journal:
        assert {e.id for e in journal.entries()} == set(ids)
    assert report.moved_aside is not None and digest(report.moved_aside) == damaged
    assert report.restored_from is not None
    assert [count_in(p) for p in Backups(tmp_path).daily()] == [300, 300, 0]


def test_only_corrupt_and_notadb_count_as_damage() -> None:
    import sqlite3

    def error(code: int) -> sqlite3.Error:
        exc = sqlite3.OperationalError("x")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    assert classify(error(11)) is Trouble.DAMAGED
    assert classify(error(26)) is Trouble.DAMAGED
    assert classify(error(5)) is Trouble.BUSY
    assert classify(error(13)) is Trouble.FULL
    assert classify(error(14)) is Trouble.PERMISSION
    assert classify(error(10 | (12 << 8))) is Trouble.IO  # SQLITE_IOERR_SHMOPEN
    assert classify(error(1)) is Trouble.OTHER
    assert classify(RuntimeError("bug")) is Trouble.OTHER


def test_a_healthy_journal_set_aside_by_an_earlier_version_is_offered_back(
    tmp_path: Path,
) -> None:
    ids = seed(tmp_path, 20, DAY)
    # What the earlier version did on a full disk: rename the good file, start empty.
    (tmp_path / JOURNAL_FILE).rename(tmp_path / f"{JOURNAL_FILE}.damaged-20260301-100000")
    Journal.open(tmp_path, today=DAY, backup=False)[0].close()
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(1))
    with journal:
        assert journal.counts() == (0, 0)
        rescued = Backups(tmp_path).folder / "journal-rescued-20260301-100000.sqlite3"
        assert any("holds 20 entries" in n and rescued.name in n for n in report.notices)
        assert rescued in Backups(tmp_path).all()
        journal.restore(rescued)
        assert {e.id for e in journal.entries()} == set(ids)
    assert (tmp_path / f"{JOURNAL_FILE}.damaged-20260301-100000").exists()  # untouched


def test_damage_found_by_the_background_check_is_repaired_at_the_next_start(
    tmp_path: Path,
) -> None:
    """The window opens the journal without the day's check (backup=False) and runs the
    check and backup later on a thread; damage it finds leaves a mark, so the next start
    runs the full check, sets the damaged file aside and restores."""
    from routine_app.ui.daily_backup import make_daily_backup

    ids = seed(tmp_path, 300, DAY)
    path = tmp_path / JOURNAL_FILE
    with Journal.open(tmp_path, today=DAY + timedelta(1))[0] as journal:  # backup of 300
        journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, len(data) - 4096, 4096):
        data[offset + 100 : offset + 200] = b"\xff" * 100
    path.write_bytes(bytes(data))
    damaged = digest(path)
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(2), backup=False)
    journal.close()
    assert report.moved_aside is None  # the cheap open cannot see page damage
    made, (notice,) = make_daily_backup(tmp_path, DAY + timedelta(2))
    assert made is None and "found damage" in notice and "Restart the app" in notice
    assert digest(path) == damaged  # the check changed nothing
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(2), backup=False)
    with journal:
        assert {e.id for e in journal.entries()} == set(ids)
    assert report.moved_aside is not None and digest(report.moved_aside) == damaged
    # Repaired once: the mark is gone, so the next open is cheap again.
    journal, report = Journal.open(tmp_path, today=DAY + timedelta(2), backup=False)
    journal.close()
    assert report.moved_aside is None and report.notices == ()
