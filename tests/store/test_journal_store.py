from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from routine_app.core.journal import JournalValueError, LegSide, RedFlag
from routine_app.store.journal import JOURNAL_FILE, Journal, JournalTooNewError, timeline_key
from routine_app.store.recovery import KEEP_DAILY, Backups
from routine_app.store.schema import SCHEMA_VERSION
from tests.store.conftest import make_entry, make_session

FIXTURES = Path(__file__).parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_entry_round_trip_survives_reopen(tmp_path: Path) -> None:
    entry = make_entry(
        red_flags=frozenset({RedFlag.SADDLE_NUMBNESS, RedFlag.BOTH_LEGS}),
        medication="ibuprofen 400 mg",
        numbness=True,
    )
    with Journal.open(tmp_path)[0] as journal:
        journal.add_entry(entry)
    with Journal.open(tmp_path)[0] as journal:
        assert journal.entry(entry.id) == entry
        assert journal.integrity() == ["ok"]


def test_update_and_delete(journal: Journal) -> None:
    entry = journal.add_entry(make_entry())
    changed = journal.update_entry(make_entry(id=entry.id, back_pain=1, leg_side=LegSide.BOTH))
    assert journal.entry(entry.id) == changed
    assert journal.delete_entry(entry.id) == changed
    with pytest.raises(KeyError):
        journal.entry(entry.id)
    with pytest.raises(KeyError):
        journal.update_entry(changed)
    journal.add_entry(changed)  # undo of a delete puts back the same entry
    assert journal.entry(entry.id) == changed


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"back_pain": 11}, "back pain must be a whole number from 0"),
        ({"leg_pain": -1}, "leg pain must be a whole number from 0"),
        ({"leg_pain": 2.5}, "leg pain must be a whole number"),
        ({"leg_pain": True}, "leg pain must be a whole number"),
        ({"leg_side": "middle"}, "leg side must be one of left, right, both, none"),
        ({"reaches": "knee"}, "how far the pain reaches must be one of"),
        ({"recorded_at": "yesterday"}, "is not a time"),
        ({"recorded_at": "2026-01-01T10:00:00"}, "has no UTC offset"),
        ({"red_flags": frozenset({"headache"})}, "red flag must be one of"),
        ({"id": "not-a-uuid"}, "id must be a UUID"),
        ({"numbness": "yes"}, "numbness must be true or false"),
    ],
)
def test_invalid_values_never_reach_the_database(
    journal: Journal, change: dict[str, object], message: str
) -> None:
    with pytest.raises(JournalValueError, match=message):
        journal.add_entry(make_entry(**change))
    assert journal.counts() == (0, 0)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("back_pain", 11),
        ("leg_pain", "seven"),
        ("back_pain", 2.5),
        ("leg_side", "middle"),
        ("reaches", "knee"),
        ("recorded_at", "not a time"),
        ("numbness", 2),
        ("flag_both_legs", -1),
    ],
)
def test_check_constraints_reject_raw_writes(journal: Journal, column: str, value: object) -> None:
    journal.add_entry(make_entry())
    with pytest.raises(sqlite3.IntegrityError):
        journal.connection.execute(f"UPDATE entries SET {column} = ?", (value,))


def test_sessions_are_stored_and_validated(journal: Journal) -> None:
    session = journal.start_session(
        make_session(ended_at=None, outcome="abandoned", segments_done=0, pain_after=None)
    )
    finished = journal.update_session(make_session(id=session.id))
    assert journal.session(session.id) == finished
    with pytest.raises(JournalValueError, match="cannot end before it starts"):
        journal.start_session(make_session(ended_at=make_session().started_at - timedelta(1)))
    with pytest.raises(JournalValueError, match="more segments than it has"):
        journal.start_session(make_session(segments_done=13))


def test_timeline_mixes_entries_and_sessions_newest_first_with_keyset_paging(
    journal: Journal,
) -> None:
    items = [journal.add_entry(make_entry(h)) for h in range(0, 50, 2)]
    items += [journal.start_session(make_session(h)) for h in range(1, 50, 2)]
    expected = sorted(items, key=timeline_key, reverse=True)
    pages, key = [], None
    while page := journal.timeline(7, key):
        pages.append(page)
        key = timeline_key(page[-1])
    assert [item for page in pages for item in page] == expected
    assert [len(p) for p in pages] == [7] * 7 + [1]


def test_files_are_private(tmp_path: Path) -> None:
    with Journal.open(tmp_path)[0] as journal:
        journal.add_entry(make_entry())
        assert mode(tmp_path / JOURNAL_FILE) == 0o600
        assert mode(tmp_path / (JOURNAL_FILE + "-wal")) == 0o600
        (backup,) = Backups(tmp_path).daily()
        assert mode(backup) == 0o600
        assert mode(backup.parent) == 0o700


def test_one_backup_a_day_keeping_seven(tmp_path: Path) -> None:
    start = date(2026, 1, 1)
    for day in range(10):
        for _ in range(2):  # a second start on the same day makes no new backup
            journal, _ = Journal.open(tmp_path, today=start + timedelta(day))
            with journal:
                journal.add_entry(make_entry(day))
    names = [p.name for p in Backups(tmp_path).daily()]
    assert len(names) == KEEP_DAILY
    assert names[0] == "journal-2026-01-10.sqlite3"
    assert names[-1] == "journal-2026-01-04.sqlite3"
    newest = sqlite3.connect(Backups(tmp_path).daily()[0])
    assert newest.execute("SELECT count(*) FROM entries").fetchone() == (
        18,
    )  # two a day, taken before day 10
    newest.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL_FILE
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(JournalTooNewError, match="newer version of Sciatica Routines"):
        Journal.open(tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [JOURNAL_FILE]


def test_damaged_file_is_moved_aside_and_backup_restored(tmp_path: Path) -> None:
    keep = make_entry()
    with Journal.open(tmp_path, today=date(2026, 3, 1))[0] as journal:
        journal.add_entry(keep)
    with Journal.open(tmp_path, today=date(2026, 3, 2))[0] as journal:
        journal.add_entry(make_entry(5))  # after the 2 March backup was taken
    path = tmp_path / JOURNAL_FILE
    damaged = b"this is not a database" + path.read_bytes()[22:]
    path.write_bytes(damaged)
    journal, report = Journal.open(tmp_path, today=date(2026, 3, 2))
    with journal:
        assert [e.id for e in journal.entries()] == [keep.id]
    assert report.moved_aside is not None and report.moved_aside.read_bytes() == damaged
    assert report.restored_from == Backups(tmp_path).daily()[0]
    (notice,) = report.notices
    assert str(report.moved_aside) in notice and "2026-03-02" in notice


def test_damaged_file_without_backup_starts_empty_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL_FILE
    path.write_bytes(b"\x00garbage" * 1000)
    journal, report = Journal.open(tmp_path)
    with journal:
        assert journal.counts() == (0, 0)
    assert report.moved_aside is not None
    assert report.moved_aside.read_bytes() == b"\x00garbage" * 1000
    assert "no good backup" in report.notices[0]


def test_empty_v0_file_migrates_to_current(tmp_path: Path) -> None:
    (tmp_path / JOURNAL_FILE).write_bytes(b"")
    with Journal.open(tmp_path)[0] as journal:
        assert journal.schema_version == SCHEMA_VERSION
        assert journal.integrity() == ["ok"]


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("journal-v*.sqlite3")), ids=lambda p: p.name
)
def test_every_frozen_older_version_migrates_keeping_its_data(
    tmp_path: Path, fixture: Path
) -> None:
    target = tmp_path / JOURNAL_FILE
    target.write_bytes(fixture.read_bytes())
    before = sqlite3.connect(fixture)
    count = before.execute("SELECT count(*) FROM entries").fetchone()[0]
    before.close()
    with Journal.open(tmp_path)[0] as journal:
        assert journal.schema_version == SCHEMA_VERSION
        assert journal.counts()[0] == count > 0
        assert all(e.id for e in journal.entries())
