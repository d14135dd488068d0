"""Safety records in the journal file: warning signs, stop-rule answers, clearances and
episodes; stored, exported, imported, and read back for the lock and the report."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from routine_app.core.journal import JournalValueError, PainMoved, RedFlag, new_id
from routine_app.core.safety_records import Clearance, Episode
from routine_app.store import safety
from routine_app.store.exchange import ImportFileError, export_text, import_json
from routine_app.store.journal import Journal
from tests.store.conftest import BASE, make_entry, make_session


def test_new_fields_survive_a_reopen(tmp_path: Path) -> None:
    with Journal.open(tmp_path)[0] as journal:
        entry = journal.add_entry(make_entry(warning_signs=frozenset({"fever", "night-pain"})))
        session = journal.start_session(make_session(pain_moved=PainMoved.TOWARDS_BACK))
    with Journal.open(tmp_path)[0] as journal:
        assert journal.entry(entry.id).warning_signs == {"fever", "night-pain"}
        assert journal.session(session.id).pain_moved is PainMoved.TOWARDS_BACK
        stored = journal.connection.execute("SELECT warning_signs FROM entries").fetchone()[0]
        assert stored == "fever,night-pain"


def test_unknown_values_are_refused(journal: Journal) -> None:
    with pytest.raises(JournalValueError, match="warning sign"):
        journal.add_entry(make_entry(warning_signs=frozenset({"headache"})))
    with pytest.raises(JournalValueError, match="where the pain moved"):
        journal.start_session(make_session(pain_moved="sideways"))
    with pytest.raises(JournalValueError, match="after the day it is recorded"):
        safety.add_episode(journal, Episode(new_id(), BASE.date() + timedelta(days=1), BASE))
    assert journal.counts() == (0, 0) and safety.episodes(journal) == []


def test_export_and_import_carry_every_safety_record(journal: Journal, tmp_path: Path) -> None:
    journal.add_entry(make_entry(red_flags=frozenset({RedFlag.BOTH_LEGS})))
    journal.add_entry(make_entry(1, warning_signs=frozenset({"foot-drop"})))
    journal.start_session(make_session(2, pain_moved=PainMoved.FURTHER_DOWN))
    safety.add_clearance(journal, Clearance(new_id(), BASE + timedelta(hours=3), "GP, all fine"))
    safety.add_episode(journal, Episode(new_id(), BASE.date() - timedelta(days=10), BASE))
    text = export_text(journal, "json")
    document = json.loads(text)
    assert document["version"] == 2
    assert document["sessions"][0]["pain_moved"] == "further-down"
    assert document["entries"][1]["warning_signs"] == ["foot-drop"]
    assert document["clearances"][0]["note"] == "GP, all fine"
    assert document["episodes"][0]["began_on"] == "2026-02-19"
    with Journal.open(tmp_path / "other")[0] as other:
        result = import_json(other, text.encode())
        assert (result.clearances_added, result.episodes_added) == (1, 1)
        assert "1 session, 1 doctor's check and 1 episode start added" in result.summary()
        assert export_text(other, "json") == text
        again = import_json(other, text.encode())
        assert (again.entries_added, again.clearances_added, again.episodes_added) == (0, 0, 0)
        assert safety.lock(other) is None  # the imported clearance follows the emergency


def test_a_version_1_export_still_imports(journal: Journal) -> None:
    entry = make_entry()
    record = {
        "id": entry.id,
        "recorded_at": "2026-03-01T08:00:00.000+00:00",
        "back_pain": 4,
        "leg_pain": 6,
        "leg_side": "left",
        "reaches": "thigh",
        "numbness": False,
        "tingling": True,
        "weakness": False,
        "red_flags": [],
        "medication": "",
        "notes": "",
    }
    data = json.dumps({"format": "routine-app-journal", "version": 1, "entries": [record]})
    assert import_json(journal, data.encode()).entries_added == 1
    assert journal.entry(entry.id).warning_signs == frozenset()


def test_a_bad_clearance_rejects_the_whole_file(journal: Journal) -> None:
    data = json.dumps(
        {
            "format": "routine-app-journal",
            "version": 2,
            "entries": [],
            "clearances": [{"id": new_id(), "confirmed_at": "yesterday", "note": ""}],
        }
    )
    with pytest.raises(ImportFileError, match=r"clearances\[0\]"):
        import_json(journal, data.encode())
    assert safety.clearances(journal) == []


def test_lock_from_the_newest_emergency_and_the_newest_clearance(journal: Journal) -> None:
    assert safety.lock(journal) is None
    flagged = journal.add_entry(make_entry(red_flags=frozenset({RedFlag.SADDLE_NUMBNESS})))
    journal.add_entry(make_entry(1))  # a later ordinary entry
    held = safety.lock(journal)
    assert held is not None and held.entry.id == flagged.id
    safety.add_clearance(journal, Clearance(new_id(), BASE + timedelta(hours=2)))
    assert safety.lock(journal) is None
    journal.add_entry(make_entry(3, red_flags=frozenset({RedFlag.BLADDER_BOWEL})))
    assert safety.lock(journal) is not None


def test_the_newest_emergency_by_the_clock_even_when_its_own_date_is_earlier(
    journal: Journal,
) -> None:
    """The lock looks only near the newest flagged day of the per-day totals: an entry
    made later by the clock but dated a day earlier (written at UTC-12 after one at
    UTC+14) must still be the one found, and an old one far back must not."""
    sign = frozenset({RedFlag.BOTH_LEGS})
    journal.add_entry(make_entry(-24 * 400, red_flags=sign))  # over a year before
    east = timezone(timedelta(hours=14))
    west = timezone(timedelta(hours=-12))
    first = journal.add_entry(
        make_entry(red_flags=sign, recorded_at=datetime(2026, 3, 2, 0, 30, tzinfo=east))
    )
    later = journal.add_entry(
        make_entry(red_flags=sign, recorded_at=datetime(2026, 3, 1, 23, 0, tzinfo=west))
    )
    assert first.recorded_at.date() > later.recorded_at.date()  # by their own dates
    assert later.recorded_at > first.recorded_at  # by the clock
    found = safety.latest_emergency(journal)
    assert found is not None and found.id == later.id
    journal.add_entry(make_entry(24 * 30))  # a later entry without a sign changes nothing
    found = safety.latest_emergency(journal)
    assert found is not None and found.id == later.id


def test_pain_moved_counts_and_recent_answers(journal: Journal) -> None:
    for hours, moved in enumerate(["towards-back", "further-down", "further-down", None]):
        journal.start_session(make_session(hours, pain_moved=moved))
    journal.start_session(make_session(9, routine_id="tennis-ball", pain_moved="neither"))
    counts = {c.routine_id: c for c in safety.pain_moved_counts(journal)}
    assert (counts["foam-roller"].towards_back, counts["foam-roller"].further_down) == (1, 2)
    assert counts["foam-roller"].answered == 3 and counts["tennis-ball"].neither == 1
    assert safety.recent_pain_moved(journal, "foam-roller") == [
        PainMoved.FURTHER_DOWN,
        PainMoved.FURTHER_DOWN,
    ]
