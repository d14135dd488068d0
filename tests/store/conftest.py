from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from routine_app.core.journal import Entry, LegSide, Reach, RedFlag, Session, new_id
from routine_app.store.journal import Journal

BASE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def make_entry(offset_hours: float = 0, **changes: object) -> Entry:
    values: dict[str, object] = {
        "id": new_id(),
        "recorded_at": BASE + timedelta(hours=offset_hours),
        "back_pain": 4,
        "leg_pain": 6,
        "leg_side": LegSide.LEFT,
        "reaches": Reach.THIGH,
        "tingling": True,
        "red_flags": frozenset(),
        "notes": "after a long drive",
    }
    values.update(changes)
    return Entry(**values)  # type: ignore[arg-type]


def make_session(offset_hours: float = 0, **changes: object) -> Session:
    values: dict[str, object] = {
        "id": new_id(),
        "routine_id": "foam-roller",
        "started_at": BASE + timedelta(hours=offset_hours),
        "ended_at": BASE + timedelta(hours=offset_hours, minutes=10),
        "outcome": "completed",
        "segments_done": 12,
        "segments_total": 12,
        "pain_before": 6,
        "pain_after": 4,
    }
    values.update(changes)
    return Session(**values)  # type: ignore[arg-type]


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _ = Journal.open(tmp_path)
    with opened:
        yield opened


__all__ = ["BASE", "RedFlag", "make_entry", "make_session"]
