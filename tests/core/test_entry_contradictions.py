"""Contradicting answers are refused when entered, never when stored rows are read,
imported or restored: an older entry is never lost for breaking a newer rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from routine_app.core.journal import (
    Entry,
    JournalValueError,
    LegSide,
    Reach,
    new_id,
    now,
    validate_entry,
    validate_new_entry,
)
from routine_app.store.exchange import export_text, import_json
from routine_app.store.journal import Journal


def test_new_entries_are_refused_and_stored_ones_stay_readable(tmp_path: Path) -> None:
    old = Entry(new_id(), now(), 2, 0, LegSide.LEFT, Reach.FOOT)
    with pytest.raises(JournalValueError, match="Leg pain is 0, but the pain reaches"):
        validate_new_entry(old)
    assert validate_entry(old) == old  # the tolerant check stores and reads it
    first = tmp_path / "first"
    with Journal.open(first)[0] as journal:
        journal.add_entry(old)  # as an older version or an undo writes it
        assert list(journal.entries()) == [old]
        exported = export_text(journal, "json", None)
    with Journal.open(tmp_path / "second")[0] as journal:
        import_json(journal, exported.encode("utf-8"))
        assert list(journal.entries()) == [old]
