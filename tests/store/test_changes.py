"""store.changes: what a journal write changed."""

from __future__ import annotations

from routine_app.store.changes import (
    ENTRIES,
    NOTHING,
    SAFETY_RECORDS,
    SESSIONS,
    WEEKLY_CHECKS,
    Changes,
    of_import,
)
from routine_app.store.exchange import ImportResult


def test_kinds_combine_and_nothing_is_false() -> None:
    assert not NOTHING and ENTRIES and SAFETY_RECORDS
    assert Changes(entries=True, sessions=True) == ENTRIES | SESSIONS
    assert (ENTRIES | NOTHING) == ENTRIES
    whole = Changes.whole_journal()
    assert whole.replaced and whole == ENTRIES | SESSIONS | WEEKLY_CHECKS | SAFETY_RECORDS | whole
    assert not (ENTRIES | SESSIONS | WEEKLY_CHECKS | SAFETY_RECORDS).replaced


def test_an_import_changed_only_the_kinds_it_added() -> None:
    assert of_import(ImportResult(0, 5, 0, 2)) == NOTHING, "all already there"
    assert of_import(ImportResult(1, 0, 0, 3)) == ENTRIES
    assert of_import(ImportResult(0, 0, 2, 0, weekly_checks_added=1)) == SESSIONS | WEEKLY_CHECKS
    assert of_import(ImportResult(0, 0, 0, 0, episodes_added=1)) == SAFETY_RECORDS
    assert of_import(ImportResult(0, 0, 0, 0, clearances_added=1)) == SAFETY_RECORDS
