"""One bad row never locks anyone out: the app starts, export writes every good record
and says how many it skipped, ``journal check`` finds bad values, ``--repair`` moves
them to the quarantine table (never deletes them)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from routine_app.store.journal import JOURNAL_FILE, Journal
from tests.store.dataloss import run_cli, seed

DAY = date(2026, 3, 1)


def spoil(data_dir: Path, sql: str) -> None:
    """Write a row the app would refuse, as another tool could."""
    conn = sqlite3.connect(data_dir / JOURNAL_FILE)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.fixture
def spoiled(tmp_path: Path) -> tuple[Path, list[str]]:
    ids = seed(tmp_path, 6, DAY, sessions=2)
    spoil(tmp_path, f"UPDATE entries SET leg_side = 'lexx' WHERE id = '{ids[0]}'")
    spoil(tmp_path, f"UPDATE entries SET notes = CAST(X'61FF62' AS TEXT) WHERE id = '{ids[1]}'")
    spoil(tmp_path, f"UPDATE entries SET back_pain = 42 WHERE id = '{ids[2]}'")
    spoil(tmp_path, f"UPDATE sessions SET segments_total = -1 WHERE id = '{ids[7]}'")
    return tmp_path, ids


def test_reading_skips_and_names_bad_rows(spoiled: tuple[Path, list[str]]) -> None:
    folder, ids = spoiled
    with Journal.open(folder, today=DAY)[0] as journal:
        assert [e.id for e in journal.entries()] == ids[3:6]
        assert [s.id for s in journal.sessions()] == [ids[6]]
        assert len(journal.timeline(50)) == 4
        problems = {(p.row_id, p.field) for p in journal.unreadable_rows()}
    assert problems == {
        (ids[0], "leg_side"),
        (ids[1], "notes"),
        (ids[2], "back_pain"),
        (ids[7], "segments_total"),
    }


def test_the_app_starts_with_bad_rows(spoiled: tuple[Path, list[str]]) -> None:
    folder, _ = spoiled
    said = {}
    for view in ("journal", "progress"):
        result = run_cli("--smoke", "--data-dir", str(folder), "--view", view)
        assert result.returncode == 0, result.stderr
        said[view] = result.stderr
    # The journal page reads the records and tells the user (the progress page reads
    # only the per-day totals, and the journal page is built when first shown).
    assert "could not be read and are not shown" in said["journal"]


def test_export_writes_every_good_record_and_counts_the_skipped(
    spoiled: tuple[Path, list[str]],
) -> None:
    folder, ids = spoiled
    out = folder / "export.json"
    result = run_cli("journal", "export", "--data-dir", str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text())
    assert [e["id"] for e in document["entries"]] == ids[3:6]
    assert "Exported 3 entries, 1 session and 0 weekly checks" in result.stderr
    assert "skipped 4 records" in result.stderr
    assert f"entry {ids[0]}: leg_side" in result.stderr
    csv = run_cli("journal", "export", "--data-dir", str(folder), "--format", "csv")
    assert csv.returncode == 0 and len(csv.stdout.strip().splitlines()) == 4


def test_check_finds_bad_values_and_repair_quarantines_them(
    spoiled: tuple[Path, list[str]],
) -> None:
    folder, ids = spoiled
    check = run_cli("journal", "check", "--data-dir", str(folder))
    assert check.returncode == 1
    assert f"cannot read entry {ids[1]}: notes: the text is not valid UTF-8" in check.stdout
    repair = run_cli("journal", "check", "--repair", "--data-dir", str(folder))
    assert repair.returncode == 0, repair.stderr + repair.stdout
    assert "4 unreadable record(s) moved to the quarantine table" in repair.stdout
    again = run_cli("journal", "check", "--data-dir", str(folder))
    assert again.returncode == 0 and "4 record(s) kept in the quarantine" in again.stdout
    conn = sqlite3.connect(folder / JOURNAL_FILE)
    held = dict(conn.execute("SELECT row_id, row FROM quarantine").fetchall())
    remaining = {r[0] for r in conn.execute("SELECT id FROM entries UNION SELECT id FROM sessions")}
    totals = conn.execute("SELECT sum(entries) FROM pain_days").fetchone()[0]
    conn.close()
    assert set(held) | remaining == set(ids)  # nothing deleted: moved, whole
    assert json.loads(held[ids[1]])["notes"] == {"hex": "61ff62"}
    assert json.loads(held[ids[0]])["leg_side"] == "lexx"
    assert totals == 3  # recounted from what is left


def test_a_page_of_unreadable_rows_does_not_end_the_timeline(tmp_path: Path) -> None:
    ids = seed(tmp_path, 30, DAY)
    newest = ids[-10:]
    spoil(tmp_path, f"UPDATE entries SET reaches = 'moon' WHERE id IN {tuple(newest)}")
    with Journal.open(tmp_path, today=DAY)[0] as journal:
        first = journal.timeline(5)
        assert [item.id for item in first] == ids[-11:-16:-1]
        assert len(journal.unreadable) == 10


def test_an_unknown_warning_sign_or_stop_rule_answer_names_its_field(tmp_path: Path) -> None:
    """Values of the safety columns (schema 3) that this version does not know are
    reported by field, like any other unreadable value."""
    from routine_app.store.rows import diagnose

    problem = diagnose("entries", ["id", "warning_signs"], ["x" * 36, "lexx"], ValueError())
    assert (problem.field, "lexx" in problem.message) == ("warning_signs", True)
    problem = diagnose("sessions", ["id", "pain_moved"], ["x" * 36, "sideways"], ValueError())
    assert (problem.field, "sideways" in problem.message) == ("pain_moved", True)
