"""The per-day totals the progress screen reads must always equal a fresh count of the
entries and sessions, whatever is added, changed or deleted, and however."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from routine_app.cli import main
from routine_app.core.journal import Entry, Outcome, Reach, RedFlag, Session, new_id
from routine_app.core.stats import DayPain, RoutineSums
from routine_app.store.journal import JOURNAL_FILE, Journal
from routine_app.store.totals import check_totals
from tests.store.conftest import make_entry, make_session

FIXTURES = Path(__file__).parent / "fixtures"
ZONES = [timezone(timedelta(hours=h)) for h in (-10, -5, 0, 1, 2, 13)]


def expected_days(entries: Iterable[Entry]) -> list[DayPain]:
    """The definition: per own local day, means of the entries, furthest reach, any flag."""
    groups: dict[date, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[entry.recorded_at.date()].append(entry)
    return [
        DayPain(
            day,
            sum(e.back_pain for e in group) / len(group),
            sum(e.leg_pain for e in group) / len(group),
            len(group),
            max(e.reaches.level for e in group),
            any(e.red_flags for e in group),
        )
        for day, group in sorted(groups.items())
    ]


def expected_sums(sessions: Iterable[Session]) -> list[RoutineSums]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for s in sessions:
        if s.pain_before is not None and s.pain_after is not None:
            bucket = sums[s.routine_id]
            bucket[0] += 1
            bucket[1] += s.pain_before
            bucket[2] += s.pain_after
            bucket[3] += (s.pain_after - s.pain_before) ** 2
    return [RoutineSums(r, *v) for r, v in sorted(sums.items())]


def assert_totals_exact(journal: Journal) -> None:
    assert journal.totals.disagreements() == []
    assert journal.totals.daily_pain() == expected_days(journal.entries())
    assert sorted(journal.totals.routine_sums()) == expected_sums(journal.sessions())
    sessions = list(journal.sessions())
    completed = sum(s.outcome is Outcome.COMPLETED for s in sessions)
    days = len({s.started_at.date() for s in sessions})
    assert journal.totals.session_counts() == (len(sessions), completed, days)


moments = st.builds(
    lambda day, minute, zone: (
        datetime(2026, 3, 28, tzinfo=zone) + timedelta(days=day, minutes=minute)
    ),
    st.integers(0, 3),
    st.integers(0, 24 * 60 - 1),
    st.sampled_from(ZONES),
)
pain = st.integers(0, 10)
entry_values = st.fixed_dictionaries(
    {
        "recorded_at": moments,
        "back_pain": pain,
        "leg_pain": pain,
        "reaches": st.sampled_from(list(Reach)),
        "red_flags": st.frozensets(st.sampled_from(list(RedFlag)), max_size=2),
    }
)
session_values = st.fixed_dictionaries(
    {
        "started_at": moments,
        "routine_id": st.sampled_from(["foam-roller", "tennis-ball"]),
        "outcome": st.sampled_from(list(Outcome)),
        "pain_before": st.none() | pain,
        "pain_after": st.none() | pain,
    }
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), entry_values),
        st.tuples(st.just("edit"), st.integers(0, 20), entry_values),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.just("start"), session_values),
        st.tuples(st.just("finish"), st.integers(0, 20), session_values),
        st.tuples(st.just("drop"), st.integers(0, 20)),
    ),
    max_size=14,
)


@settings(max_examples=40, deadline=None)
@given(operations)
def test_totals_stay_exact_through_any_adds_edits_and_deletes(
    steps: list[tuple[object, ...]],
) -> None:
    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder))[0] as journal:
        for kind, *args in steps:
            entries, sessions = list(journal.entries()), list(journal.sessions())
            if kind == "add":
                journal.add_entry(make_entry(**args[0]))  # type: ignore[arg-type]
            elif kind == "edit" and entries:
                old = entries[args[0] % len(entries)]  # type: ignore[operator]
                journal.update_entry(replace(old, **args[1]))  # type: ignore[arg-type]
            elif kind == "delete" and entries:
                journal.delete_entry(entries[args[0] % len(entries)].id)  # type: ignore[operator]
            elif kind == "start":
                journal.start_session(make_session(ended_at=None, **args[0]))  # type: ignore[arg-type]
            elif kind == "finish" and sessions:
                old_session = sessions[args[0] % len(sessions)]  # type: ignore[operator]
                changes = dict(args[1])  # type: ignore[call-overload]
                changes["ended_at"] = changes["started_at"] + timedelta(minutes=9)
                journal.update_session(replace(old_session, **changes))
            elif kind == "drop" and sessions:
                journal.delete_session(sessions[args[0] % len(sessions)].id)  # type: ignore[operator]
        assert_totals_exact(journal)


def test_merging_and_updates_made_with_another_tool_keep_totals_exact(journal: Journal) -> None:
    journal.merge(
        [make_entry(h, back_pain=h % 11, reaches=list(Reach)[h % 5]) for h in range(0, 96, 5)],
        [make_session(h, pain_before=h % 11) for h in range(0, 96, 7)],
    )
    journal.merge([make_entry(200)], [])  # a second merge adds to existing days
    assert_totals_exact(journal)
    other = sqlite3.connect(journal.path)
    with other:
        other.execute(
            "UPDATE entries SET back_pain = 10, recorded_at = "
            "'2026-03-09T23:30:00.000+00:00' WHERE back_pain < 3"
        )
        other.execute("UPDATE sessions SET pain_after = NULL WHERE pain_before > 5")
        other.execute("DELETE FROM entries WHERE leg_pain = 6 AND back_pain = 4")
    other.close()
    assert_totals_exact(journal)


def test_v1_journal_gets_exact_totals_when_migrated(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "journal-v1.sqlite3", tmp_path / JOURNAL_FILE)
    with Journal.open(tmp_path)[0] as journal:
        assert journal.totals.daily_pain()  # the fixture has entries
        assert_totals_exact(journal)
        journal.add_entry(make_entry())
        assert_totals_exact(journal)


def test_check_reports_totals_that_disagree_and_repair_recounts_them(
    tmp_path: Path, capsys: object
) -> None:
    with Journal.open(tmp_path)[0] as journal:
        journal.add_entry(make_entry(back_pain=2))
        journal.add_entry(make_entry(1, back_pain=4))
    path = tmp_path / JOURNAL_FILE
    assert main(["journal", "check", "--data-dir", str(tmp_path)]) == 0
    # Edited by hand behind the triggers' back: the day's mean would read 7 instead of 3.
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE pain_days SET back_sum = 14")
    raw.close()
    before = path.read_bytes()
    assert check_totals(path) == ["pain_days: 1 stored rows and 1 recounted rows disagree"]
    assert main(["journal", "check", "--data-dir", str(tmp_path)]) == 1
    assert path.read_bytes() == before  # checking alone changes nothing
    assert main(["journal", "check", "--repair", "--data-dir", str(tmp_path)]) == 0
    assert check_totals(path) == []
    with Journal.open(tmp_path)[0] as journal:
        assert [d.back for d in journal.totals.daily_pain()] == [3.0]
        assert journal.counts() == (2, 0)


def test_first_day_counts_sessions_too(journal: Journal) -> None:
    assert journal.first_day() is None
    journal.add_entry(make_entry(48))
    journal.start_session(make_session(0, id=new_id()))
    assert journal.first_day() == date(2026, 3, 1)


def test_totals_missing_from_an_edited_file_are_rebuilt_on_open(tmp_path: Path) -> None:
    with Journal.open(tmp_path)[0] as journal:
        journal.add_entry(make_entry(back_pain=2))
        journal.start_session(make_session())
    path = tmp_path / JOURNAL_FILE
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("DROP TRIGGER pain_days_add")
        raw.execute("DROP TABLE session_days")
    raw.close()
    assert check_totals(path) == [
        "missing session_days, pain_days_add (rebuilt when the journal is next opened)"
    ]
    assert main(["journal", "check", "--data-dir", str(tmp_path)]) == 1
    journal, report = Journal.open(tmp_path)
    with journal:
        assert any("rebuilt from your entries" in n for n in report.notices)
        assert_totals_exact(journal)
        journal.add_entry(make_entry(3, back_pain=6))  # the trigger is back
        assert_totals_exact(journal)
    assert check_totals(path) == []
    with Journal.open(tmp_path)[0] as again:
        assert again.counts() == (2, 1)
