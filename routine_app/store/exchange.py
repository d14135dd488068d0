"""Journal export (JSON, lossless; CSV, for spreadsheets) and import (JSON, merging).

The JSON format is documented in ``docs/journal-format.md``. Import checks the
whole file first and then adds every new record in one transaction, so a bad
file changes nothing and importing the same file twice adds nothing the second
time.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from routine_app.core.journal import (
    Entry,
    JournalValueError,
    RedFlag,
    Session,
    format_time,
    validate_entry,
    validate_session,
)
from routine_app.store.journal import Journal
from routine_app.store.rows import RowProblem

FORMAT_NAME = "routine-app-journal"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024

ENTRY_KEYS = (
    "id",
    "recorded_at",
    "back_pain",
    "leg_pain",
    "leg_side",
    "reaches",
    "numbness",
    "tingling",
    "weakness",
    "red_flags",
    "medication",
    "notes",
)
SESSION_KEYS = (
    "id",
    "routine_id",
    "started_at",
    "ended_at",
    "outcome",
    "segments_done",
    "segments_total",
    "pain_before",
    "pain_after",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(ValueError):
    """A journal file that cannot be imported; the message names the line or record."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    entries_added: int
    entries_present: int
    sessions_added: int
    sessions_present: int

    def summary(self) -> str:
        return (
            f"{self.entries_added} entries and {self.sessions_added} sessions added; "
            f"{self.entries_present} entries and {self.sessions_present} sessions were "
            "already in the journal"
        )


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "recorded_at": format_time(entry.recorded_at),
        "back_pain": entry.back_pain,
        "leg_pain": entry.leg_pain,
        "leg_side": entry.leg_side.value,
        "reaches": entry.reaches.value,
        "numbness": entry.numbness,
        "tingling": entry.tingling,
        "weakness": entry.weakness,
        "red_flags": [flag.value for flag in RedFlag if flag in entry.red_flags],
        "medication": entry.medication,
        "notes": entry.notes,
    }


def session_to_json(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "routine_id": session.routine_id,
        "started_at": format_time(session.started_at),
        "ended_at": None if session.ended_at is None else format_time(session.ended_at),
        "outcome": session.outcome.value,
        "segments_done": session.segments_done,
        "segments_total": session.segments_total,
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
    }


@dataclass(slots=True)
class Exported:
    """What an export wrote, and the rows it could not read (and so left out)."""

    entries: int = 0
    sessions: int = 0
    skipped: list[RowProblem] = field(default_factory=list)

    def summary(self, where: str) -> str:
        text = f"Exported {self.entries} entries and {self.sessions} sessions to {where}"
        if self.skipped:
            text += (
                f"; skipped {len(self.skipped)} record(s) that could not be read "
                "(run 'routine-app journal check' to see them)"
            )
        return text


def export_json(journal: Journal, out: TextIO, done: Exported | None = None) -> Exported:
    """Write every readable record as JSON, one record per line inside the lists."""
    done = done or Exported()
    out.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION},\n "entries": [')
    entries = journal.entries(skipped=done.skipped)
    done.entries = _write_records(out, (entry_to_json(e) for e in entries))
    out.write('],\n "sessions": [')
    sessions = journal.sessions(skipped=done.skipped)
    done.sessions = _write_records(out, (session_to_json(s) for s in sessions))
    out.write("]}\n")
    return done


def _write_records(out: TextIO, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    for number, record in enumerate(records):
        out.write(",\n  " if number else "\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        count = number + 1
    return count


def neutralise(cell: str) -> str:
    """Stop spreadsheets from running a text cell as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def export_csv(journal: Journal, out: TextIO, done: Exported | None = None) -> Exported:
    """One row per readable entry, ISO 8601 times, red flags joined by ';'."""
    done = done or Exported()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ENTRY_KEYS)
    for entry in journal.entries(skipped=done.skipped):
        done.entries += 1
        record = entry_to_json(entry)
        row = []
        for key in ENTRY_KEYS:
            value = record[key]
            if isinstance(value, bool):
                value = "yes" if value else "no"
            elif isinstance(value, list):
                value = ";".join(value)
            row.append(neutralise(value) if isinstance(value, str) else value)
        writer.writerow(row)
    return done


def export_text(journal: Journal, kind: str, done: Exported | None = None) -> str:
    """The export as text; pass *done* to learn what was written and skipped."""
    buffer = io.StringIO()
    (export_json if kind == "json" else export_csv)(journal, buffer, done)
    return buffer.getvalue()


# --- import ---------------------------------------------------------------------------


def parse_export(data: bytes) -> tuple[list[Entry], list[Session]]:
    """Check a JSON export completely; raise :class:`ImportFileError` naming what is wrong."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(f"file is too large to be a journal export ({len(data):,} bytes)")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"file is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise ImportFileError("file is nested too deeply to be a journal export") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(f'not a journal export: expected "format": "{FORMAT_NAME}"')
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFileError('the export has no valid "version" number')
    if version > FORMAT_VERSION:
        raise ImportFileError(
            f"the export is version {version}, newer than this app reads ({FORMAT_VERSION}); "
            "update the app to import it"
        )
    entries = [
        _record(r, i, "entries", ENTRY_KEYS, _entry)
        for i, r in enumerate(_list(document, "entries"))
    ]
    sessions = [
        _record(r, i, "sessions", SESSION_KEYS, _session)
        for i, r in enumerate(_list(document, "sessions"))
    ]
    _no_duplicates(entries, "entries")
    _no_duplicates(sessions, "sessions")
    return entries, sessions


def _list(document: Mapping[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise ImportFileError(f'"{key}" must be a list')
    return value


def _record(record: Any, index: int, where: str, keys: tuple[str, ...], build: Any) -> Any:
    label = f"{where}[{index}]"
    if not isinstance(record, dict):
        raise ImportFileError(f"record {label}: must be an object")
    unknown = sorted(set(record) - set(keys))
    missing = [k for k in keys if k not in record]
    if unknown or missing:
        parts = ([f"unknown field(s) {', '.join(unknown)}"] if unknown else []) + (
            [f"missing field(s) {', '.join(missing)}"] if missing else []
        )
        raise ImportFileError(f"record {label} ({record.get('id', 'no id')}): {'; '.join(parts)}")
    try:
        return build(record)
    except (JournalValueError, TypeError, ValueError) as exc:
        raise ImportFileError(f"record {label} ({record.get('id')}): {exc}") from exc


def _entry(record: Mapping[str, Any]) -> Entry:
    flags = record["red_flags"]
    if not isinstance(flags, list):
        raise JournalValueError("red_flags must be a list")
    return validate_entry(Entry(**{**record, "red_flags": frozenset(flags)}))


def _session(record: Mapping[str, Any]) -> Session:
    return validate_session(Session(**record))


def _no_duplicates(records: Sequence[Entry | Session], where: str) -> None:
    seen: set[str] = set()
    for index, record in enumerate(records):
        if record.id in seen:
            raise ImportFileError(f"record {where}[{index}]: id {record.id} appears twice")
        seen.add(record.id)


def import_json(journal: Journal, data: bytes) -> ImportResult:
    """Merge a JSON export into *journal*: all new records in one transaction, or none."""
    entries, sessions = parse_export(data)
    added_entries, added_sessions = journal.merge(entries, sessions)
    return ImportResult(
        added_entries,
        len(entries) - added_entries,
        added_sessions,
        len(sessions) - added_sessions,
    )
