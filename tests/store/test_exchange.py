from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routine_app.core.journal import Entry, LegSide, Outcome, Reach, RedFlag, Session
from routine_app.store.exchange import (
    ImportFileError,
    export_text,
    import_json,
    neutralise,
    parse_export,
)
from routine_app.store.journal import Journal
from tests.store.conftest import make_entry, make_session


def test_json_export_has_the_documented_shape(journal: Journal) -> None:
    entry = journal.add_entry(make_entry(red_flags=frozenset({RedFlag.BLADDER_BOWEL})))
    session = journal.start_session(make_session(ended_at=None, pain_after=None))
    document = json.loads(export_text(journal, "json"))
    assert document["format"] == "routine-app-journal" and document["version"] == 2
    (exported,) = document["entries"]
    assert exported == {
        "id": entry.id,
        "recorded_at": "2026-03-01T08:00:00.000+00:00",
        "back_pain": 4,
        "leg_pain": 6,
        "leg_side": "left",
        "reaches": "thigh",
        "numbness": False,
        "tingling": True,
        "weakness": False,
        "red_flags": ["bladder-bowel"],
        "warning_signs": [],
        "medication": "",
        "notes": "after a long drive",
    }
    (exported_session,) = document["sessions"]
    assert exported_session["id"] == session.id
    assert exported_session["ended_at"] is None and exported_session["pain_after"] is None


def test_csv_neutralises_formulas_and_has_one_row_per_entry(journal: Journal) -> None:
    # Leading tabs and CRs are trimmed on entry, so only these can start a stored cell.
    for note in ('=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "plain"):
        journal.add_entry(make_entry(notes=note, medication=note))
    rows = list(csv.reader(io.StringIO(export_text(journal, "csv"), newline="")))
    assert rows[0][:3] == ["id", "recorded_at", "back_pain"]
    assert len(rows) == 6
    notes = sorted(r[-1] for r in rows[1:])
    assert notes == sorted(['\'=HYPERLINK("x")', "'+1", "'-2", "'@SUM(A1)", "plain"])
    assert all(r[-1] == r[-2] for r in rows[1:])


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(1)", "-1", "@x", "\tcmd", "\rcmd"])
def test_neutralise(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert neutralise("safe " + cell) == "safe " + cell


def test_import_twice_changes_nothing_the_second_time(journal: Journal, tmp_path: Path) -> None:
    journal.add_entry(make_entry())
    journal.start_session(make_session())
    data = export_text(journal, "json").encode()
    other, _ = Journal.open(tmp_path / "other")
    with other:
        first = import_json(other, data)
        second = import_json(other, data)
        assert (first.entries_added, first.sessions_added) == (1, 1)
        assert (second.entries_added, second.entries_present, second.sessions_present) == (0, 1, 1)
        assert other.counts() == (1, 1)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["entries"][1].update(back_pain=12), r"record entries\[1\] .*back pain"),
        (lambda d: d["entries"][0].pop("leg_pain"), r"record entries\[0\] .*missing field"),
        (lambda d: d["entries"][0].update(mood="ok"), r"record entries\[0\] .*unknown field"),
        (lambda d: d["sessions"][0].update(outcome="won"), r"record sessions\[0\] .*outcome"),
        (lambda d: d["entries"].append(dict(d["entries"][0])), r"record entries\[2\]: id .*twice"),
        (lambda d: d.update(version=9), "newer than this app reads"),
        (lambda d: d.update(format="other"), "not a journal export"),
        (lambda d: d.update(entries={}), "must be a list"),
    ],
)
def test_malformed_import_names_the_record_and_imports_nothing(
    journal: Journal, tmp_path: Path, mutate: object, message: str
) -> None:
    journal.add_entry(make_entry())
    journal.add_entry(make_entry(1))
    journal.start_session(make_session())
    document = json.loads(export_text(journal, "json"))
    mutate(document)  # type: ignore[operator]
    other, _ = Journal.open(tmp_path / "other")
    with other:
        with pytest.raises(ImportFileError, match=message):
            import_json(other, json.dumps(document).encode())
        assert other.counts() == (0, 0)


def test_broken_json_names_the_line() -> None:
    with pytest.raises(ImportFileError, match="line 3, column"):
        parse_export(b'{"format": "routine-app-journal",\n"version": 1,\n"entries": [,]}')
    with pytest.raises(ImportFileError, match="not UTF-8"):
        parse_export(b"\xff\xfe")
    with pytest.raises(ImportFileError, match=r"nested too deeply|not valid JSON"):
        parse_export(b"[" * 100_000)


# --- property: export then import into an empty data dir gives the same journal ----------

times = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2045, 12, 31),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
    ),
).map(lambda t: t.replace(microsecond=t.microsecond // 1000 * 1000))
pain = st.integers(0, 10)
text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)

entries = st.builds(
    Entry,
    id=st.uuids().map(str),
    recorded_at=times,
    back_pain=pain,
    leg_pain=pain,
    leg_side=st.sampled_from(list(LegSide)),
    reaches=st.sampled_from(list(Reach)),
    numbness=st.booleans(),
    tingling=st.booleans(),
    weakness=st.booleans(),
    red_flags=st.frozensets(st.sampled_from(list(RedFlag))),
    medication=text.map(str.strip),
    notes=text.map(str.strip),
)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    start = draw(times)
    total = draw(st.integers(0, 60))
    ended = draw(st.none() | st.integers(0, 7_200_000).map(lambda ms: timedelta(milliseconds=ms)))
    return Session(
        id=str(draw(st.uuids())),
        routine_id=draw(st.sampled_from(["foam-roller", "x-1"])),
        started_at=start,
        ended_at=None if ended is None else start + ended,
        outcome=draw(st.sampled_from(list(Outcome))),
        segments_done=draw(st.integers(0, total)),
        segments_total=total,
        pain_before=draw(st.none() | pain),
        pain_after=draw(st.none() | pain),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(entries, max_size=15, unique_by=lambda e: e.id),
    st.lists(sessions(), max_size=8, unique_by=lambda s: s.id),
)
def test_export_import_round_trip_is_lossless(
    tmp_path_factory: pytest.TempPathFactory, entry_list: list[Entry], session_list: list[Session]
) -> None:
    source_dir = tmp_path_factory.mktemp("source")
    target_dir = tmp_path_factory.mktemp("target")
    with Journal.open(source_dir)[0] as source:
        source.merge(entry_list, session_list)
        data = export_text(source, "json").encode()
    with Journal.open(target_dir)[0] as target:
        import_json(target, data)
        assert sorted(target.entries(), key=lambda e: e.id) == sorted(
            entry_list, key=lambda e: e.id
        )
        assert sorted(target.sessions(), key=lambda s: s.id) == sorted(
            session_list, key=lambda s: s.id
        )
