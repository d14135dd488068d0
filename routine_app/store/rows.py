"""Mapping between journal objects and database rows, and the SQL that uses them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from routine_app.core.journal import (
    MAX_SEGMENTS,
    Entry,
    JournalValueError,
    LegSide,
    Outcome,
    PainMoved,
    Reach,
    RedFlag,
    Session,
    check_pain,
    format_time,
    parse_time,
    utc_millis,
    validate_entry,
    validate_session,
)
from routine_app.core.triage import format_warning_signs, parse_warning_signs

R = TypeVar("R", Entry, Session)

FLAG_COLUMNS = {
    RedFlag.BLADDER_BOWEL: "flag_bladder_bowel",
    RedFlag.SADDLE_NUMBNESS: "flag_saddle_numbness",
    RedFlag.WORSENING_WEAKNESS: "flag_worsening_weakness",
    RedFlag.BOTH_LEGS: "flag_both_legs",
}


def _columns(record: type, stored_as: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The table's columns: RECORD's fields in order, each one column of its name unless
    STORED_AS names its columns (a time is also kept in UTC milliseconds, for ordering)."""
    return tuple(
        column for f in dataclasses.fields(record) for column in stored_as.get(f.name, (f.name,))
    )


_ENTRY_FIELDS = _columns(
    Entry,
    {"recorded_at": ("recorded_at", "recorded_ms"), "red_flags": tuple(FLAG_COLUMNS.values())},
)
_SESSION_FIELDS = _columns(Session, {"started_at": ("started_at", "started_ms")})
ENTRY_COLUMNS = ", ".join(_ENTRY_FIELDS)
SESSION_COLUMNS = ", ".join(_SESSION_FIELDS)


def _insert(table: str, fields: Sequence[str], verb: str = "INSERT") -> str:
    names = ", ".join(fields)
    marks = ", ".join("?" for _ in fields)
    return f"{verb} INTO {table} ({names}) VALUES ({marks})"


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


# --- reading rows the code may not understand --------------------------------------------
#
# A row written by another tool (or with ``PRAGMA ignore_check_constraints``) can hold a
# value this version does not know, or text that is not UTF-8 (read as lone surrogates,
# see ``recovery.decode_text``). Such a row is skipped and reported, never allowed to stop
# the app, the export or the check; ``journal check --repair`` moves it to ``quarantine``.


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One row that could not be read: where it is and which field is wrong."""

    table: str
    row_id: str
    field: str
    message: str

    def describe(self) -> str:
        what = "entry" if self.table == "entries" else "session"
        return f"{what} {self.row_id}: {self.field}: {self.message}"


class UnreadableRowError(Exception):
    def __init__(self, problem: RowProblem) -> None:
        super().__init__(problem.describe())
        self.problem = problem


def bad_text(value: object) -> str | None:
    """Why a stored text value cannot be shown, or None."""
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "the text is not valid UTF-8"
    return None


def _pain_check(optional: bool) -> Callable[[object], object]:
    def check(value: object) -> object:
        if optional and value is None:
            return value
        return check_pain(value, "the rating")

    return check


def _one_of(kind: type[StrEnum]) -> Callable[[object], object]:
    def check(value: object) -> object:
        if not isinstance(value, str) or value not in {m.value for m in kind}:
            allowed = ", ".join(m.value for m in kind)
            raise JournalValueError(f"{value!r} is not one of {allowed}")
        return value

    return check


def _flag_check(value: object) -> object:
    if value not in (0, 1) or isinstance(value, float | str):
        raise JournalValueError(f"{value!r} is not 0 or 1")
    return value


def _int_check(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise JournalValueError(f"{value!r} is not a whole number")
    return value


def _count_check(value: object) -> object:
    _int_check(value)
    assert isinstance(value, int)
    if not 0 <= value <= MAX_SEGMENTS:
        raise JournalValueError(f"{value!r} is not between 0 and {MAX_SEGMENTS:,}")
    return value


def _optional_time(value: object) -> object:
    return None if value is None else parse_time(value)


def _warning_signs_check(value: object) -> object:
    if not isinstance(value, str):
        raise JournalValueError(f"{value!r} is not a list of warning signs")
    return parse_warning_signs(value)


def _optional_pain_moved(value: object) -> object:
    return None if value is None else _one_of(PainMoved)(value)


_ENTRY_CHECKS: dict[str, Callable[[object], object]] = {
    "recorded_at": parse_time,
    "recorded_ms": _int_check,
    "back_pain": _pain_check(False),
    "leg_pain": _pain_check(False),
    "leg_side": _one_of(LegSide),
    "reaches": _one_of(Reach),
    "numbness": _flag_check,
    "tingling": _flag_check,
    "weakness": _flag_check,
    **dict.fromkeys(FLAG_COLUMNS.values(), _flag_check),
    "warning_signs": _warning_signs_check,
}
_SESSION_CHECKS: dict[str, Callable[[object], object]] = {
    "started_at": parse_time,
    "started_ms": _int_check,
    "ended_at": _optional_time,
    "outcome": _one_of(Outcome),
    "segments_done": _count_check,
    "segments_total": _count_check,
    "pain_before": _pain_check(True),
    "pain_after": _pain_check(True),
    "pain_moved": _optional_pain_moved,
}


def diagnose(
    table: str, fields: Sequence[str], row: Sequence[Any], exc: BaseException
) -> RowProblem:
    """Name the first field of *row* that is wrong (the whole reading failed with *exc*)."""
    checks = _ENTRY_CHECKS if table == "entries" else _SESSION_CHECKS
    values = dict(zip(fields, row, strict=False))
    row_id = values.get("id")
    shown_id = row_id if isinstance(row_id, str) and not bad_text(row_id) else repr(row_id)
    for name, value in values.items():
        text_problem = bad_text(value)
        if text_problem:
            return RowProblem(table, shown_id, name, text_problem)
        check = checks.get(name)
        if check is None:
            continue
        try:
            check(value)
        except (JournalValueError, ValueError, TypeError) as problem:
            return RowProblem(table, shown_id, name, str(problem))
    return RowProblem(table, shown_id, "?", str(exc))


def _read(row: Sequence[Any], table: str, build: Callable[[Sequence[Any]], R]) -> R:
    """BUILD(ROW), checked like a new record; raises :class:`UnreadableRowError`."""
    problem = next(filter(None, map(bad_text, row)), None)
    try:
        if problem is not None:
            raise JournalValueError(problem)
        return build(row)
    except (JournalValueError, ValueError, TypeError, KeyError, OverflowError) as exc:
        fields = _ENTRY_FIELDS if table == "entries" else _SESSION_FIELDS
        raise UnreadableRowError(diagnose(table, fields, row, exc)) from exc


def read_entry(row: Sequence[Any]) -> Entry:
    """An entry from its row, checked like a new one; raises :class:`UnreadableRowError`."""
    return _read(row, "entries", lambda r: validate_entry(entry_from_row(r)))


def read_session(row: Sequence[Any]) -> Session:
    """A session from its row, checked like a new one; raises :class:`UnreadableRowError`."""
    return _read(row, "sessions", lambda r: validate_session(session_from_row(r)))


def read_timeline_item(row: Sequence[Any]) -> Entry | Session:
    start, width = _TIMELINE_PREFIX, len(_ENTRY_FIELDS)
    if row[0] == "entry":
        return read_entry(row[start : start + width])
    return read_session(row[start + width :])


def row_as_json(fields: Sequence[str], row: Sequence[Any]) -> str:
    """A row as JSON for the quarantine; text that is not UTF-8 is given as hex."""
    shown: dict[str, object] = {}
    for name, value in zip(fields, row, strict=False):
        if isinstance(value, str) and bad_text(value):
            value = {"hex": value.encode("utf-8", "surrogateescape").hex()}
        elif isinstance(value, bytes):
            value = {"hex": value.hex()}
        shown[name] = value
    return json.dumps(shown, ensure_ascii=True)


@dataclass(frozen=True, slots=True)
class Table(Generic[R]):
    """One kind of record as stored: its table, its columns in row order, the column of
    its time in UTC milliseconds (the table's order), how a record is checked, and how
    it becomes a row and a row becomes a (checked) record again."""

    name: str
    fields: tuple[str, ...]
    time_ms: str
    validate: Callable[[R], R]
    to_row: Callable[[R], tuple[Any, ...]]
    read: Callable[[Sequence[Any]], R]

    @property
    def select(self) -> str:
        return f"SELECT {', '.join(self.fields)} FROM {self.name}"

    def insert(self, verb: str = "INSERT") -> str:
        return _insert(self.name, self.fields, verb)


ENTRIES = Table("entries", _ENTRY_FIELDS, "recorded_ms", validate_entry, entry_to_row, read_entry)
SESSIONS = Table(
    "sessions", _SESSION_FIELDS, "started_ms", validate_session, session_to_row, read_session
)
