"""Mapping between journal objects and database rows, and the SQL that uses them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from routine_app.core.journal import (
    Entry,
    LegSide,
    Outcome,
    PainMoved,
    Reach,
    RedFlag,
    Session,
    format_time,
    parse_time,
    utc_millis,
)
from routine_app.core.triage import format_warning_signs, parse_warning_signs

FLAG_COLUMNS = {
    RedFlag.BLADDER_BOWEL: "flag_bladder_bowel",
    RedFlag.SADDLE_NUMBNESS: "flag_saddle_numbness",
    RedFlag.WORSENING_WEAKNESS: "flag_worsening_weakness",
    RedFlag.BOTH_LEGS: "flag_both_legs",
}

_ENTRY_FIELDS = (
    "id",
    "recorded_at",
    "recorded_ms",
    "back_pain",
    "leg_pain",
    "leg_side",
    "reaches",
    "numbness",
    "tingling",
    "weakness",
    *FLAG_COLUMNS.values(),
    "medication",
    "notes",
    "warning_signs",
)
_SESSION_FIELDS = (
    "id",
    "routine_id",
    "started_at",
    "started_ms",
    "ended_at",
    "outcome",
    "segments_done",
    "segments_total",
    "pain_before",
    "pain_after",
    "pain_moved",
)
ENTRY_COLUMNS = ", ".join(_ENTRY_FIELDS)
SESSION_COLUMNS = ", ".join(_SESSION_FIELDS)


def _insert(table: str, fields: Sequence[str], verb: str = "INSERT") -> str:
    names = ", ".join(fields)
    marks = ", ".join("?" for _ in fields)
    return f"{verb} INTO {table} ({names}) VALUES ({marks})"


INSERT_ENTRY = _insert("entries", _ENTRY_FIELDS)
INSERT_ENTRY_IF_NEW = _insert("entries", _ENTRY_FIELDS, "INSERT OR IGNORE")
INSERT_SESSION = _insert("sessions", _SESSION_FIELDS)
INSERT_SESSION_IF_NEW = _insert("sessions", _SESSION_FIELDS, "INSERT OR IGNORE")

# Each half reads at most one page in index order, so a page costs the same however
# long the journal is or however deep the page; only those rows are sorted together.
_ENTRY_PAD = ", ".join(["NULL"] * len(_SESSION_FIELDS))
_SESSION_PAD = ", ".join(["NULL"] * len(_ENTRY_FIELDS))
TIMELINE_PAGE = f"""
SELECT * FROM (
    SELECT 'entry' AS kind, recorded_ms AS ms, id AS key, {ENTRY_COLUMNS}, {_ENTRY_PAD}
    FROM entries WHERE (recorded_ms, id) < (?, ?)
    ORDER BY recorded_ms DESC, id DESC LIMIT ?
)
UNION ALL
SELECT * FROM (
    SELECT 'session', started_ms, id, {_SESSION_PAD}, {SESSION_COLUMNS}
    FROM sessions WHERE (started_ms, id) < (?, ?)
    ORDER BY started_ms DESC, id DESC LIMIT ?
)
ORDER BY ms DESC, key DESC
LIMIT ?
"""
_TIMELINE_PREFIX = 3


def entry_to_row(entry: Entry) -> tuple[Any, ...]:
    flags = tuple(int(flag in entry.red_flags) for flag in FLAG_COLUMNS)
    return (
        entry.id,
        format_time(entry.recorded_at),
        utc_millis(entry.recorded_at),
        entry.back_pain,
        entry.leg_pain,
        entry.leg_side.value,
        entry.reaches.value,
        int(entry.numbness),
        int(entry.tingling),
        int(entry.weakness),
        *flags,
        entry.medication,
        entry.notes,
        format_warning_signs(entry.warning_signs),
    )


def entry_from_row(row: Sequence[Any]) -> Entry:
    values = dict(zip(_ENTRY_FIELDS, row, strict=True))
    return Entry(
        id=values["id"],
        recorded_at=parse_time(values["recorded_at"]),
        back_pain=values["back_pain"],
        leg_pain=values["leg_pain"],
        leg_side=LegSide(values["leg_side"]),
        reaches=Reach(values["reaches"]),
        numbness=bool(values["numbness"]),
        tingling=bool(values["tingling"]),
        weakness=bool(values["weakness"]),
        red_flags=frozenset(flag for flag, column in FLAG_COLUMNS.items() if values[column]),
        medication=values["medication"],
        notes=values["notes"],
        warning_signs=parse_warning_signs(values["warning_signs"]),
    )


def session_to_row(session: Session) -> tuple[Any, ...]:
    return (
        session.id,
        session.routine_id,
        format_time(session.started_at),
        utc_millis(session.started_at),
        None if session.ended_at is None else format_time(session.ended_at),
        session.outcome.value,
        session.segments_done,
        session.segments_total,
        session.pain_before,
        session.pain_after,
        None if session.pain_moved is None else session.pain_moved.value,
    )


def session_from_row(row: Sequence[Any]) -> Session:
    values = dict(zip(_SESSION_FIELDS, row, strict=True))
    return Session(
        id=values["id"],
        routine_id=values["routine_id"],
        started_at=parse_time(values["started_at"]),
        ended_at=None if values["ended_at"] is None else parse_time(values["ended_at"]),
        outcome=Outcome(values["outcome"]),
        segments_done=values["segments_done"],
        segments_total=values["segments_total"],
        pain_before=values["pain_before"],
        pain_after=values["pain_after"],
        pain_moved=None if values["pain_moved"] is None else PainMoved(values["pain_moved"]),
    )


def timeline_item(row: sqlite3.Row | Sequence[Any]) -> Entry | Session:
    start, width = _TIMELINE_PREFIX, len(_ENTRY_FIELDS)
    if row[0] == "entry":
        return entry_from_row(row[start : start + width])
    return session_from_row(row[start + width :])
