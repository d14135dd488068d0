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
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from routine_app.core.figures import plural
from routine_app.core.journal import (
    Entry,
    JournalValueError,
    RedFlag,
    Session,
    format_time,
    validate_entry,
    validate_session,
)
from routine_app.core.safety_records import (
    Clearance,
    Episode,
    validate_clearance,
    validate_episode,
)
from routine_app.core.weekly_check import WeeklyCheck
from routine_app.i18n import _, join_words
from routine_app.store import safety, weekly_checks
from routine_app.store.journal import Journal
from routine_app.store.rows import RowProblem

FORMAT_NAME = "routine-app-journal"
FORMAT_VERSION = 2
#: Fields added in version 2 (the safety net); version-1 files simply lack them.
OPTIONAL_KEYS = frozenset({"warning_signs", "pain_moved"})
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
    "warning_signs",
    "medication",
    "notes",
)
CLEARANCE_KEYS = ("id", "confirmed_at", "note")
EPISODE_KEYS = ("id", "began_on", "recorded_at")
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
    "pain_moved",
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
    weekly_checks_added: int = 0
    clearances_added: int = 0
    episodes_added: int = 0

    def summary(self) -> str:
        added = [plural(self.entries_added, "entry"), plural(self.sessions_added, "session")]
        added += [
            plural(count, what)
            for count, what in (
                (self.weekly_checks_added, "weekly check"),
                (self.clearances_added, "doctor's check"),
                (self.episodes_added, "episode start"),
            )
            if count
        ]
        return _("{added} added; {entries} and {sessions} were already in the journal").format(
            added=join_words(added),
            entries=plural(self.entries_present, "entry"),
            sessions=plural(self.sessions_present, "session"),
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
        "warning_signs": sorted(entry.warning_signs),
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
        "pain_moved": None if session.pain_moved is None else session.pain_moved.value,
    }


@dataclass(slots=True)
class Exported:
    """What an export wrote, and the rows it could not read (and so left out)."""

    kind: str = "json"
    what: str = "entries"
    entries: int = 0
    sessions: int = 0
    weekly_checks: int = 0
    skipped: list[RowProblem] = field(default_factory=list)

    def held(self) -> str:
        """What the file holds, in words, counted as written."""
        if self.kind == "json":
            return join_words(
                [
                    plural(self.entries, "entry"),
                    plural(self.sessions, "session"),
                    plural(self.weekly_checks, "weekly check"),
                ]
            )
        if self.what == "sessions":
            return plural(self.sessions, "session")
        return plural(self.entries, "entry")

    def summary(self, where: str) -> str:
        if self.kind == "json":
            text = _("Exported {held} to {where} (JSON)")
        elif self.what == "sessions":
            text = _(
                "Exported {held} to {where} (CSV); entries are not in this file: use --what "
                "entries for them"
            )
        else:
            text = _(
                "Exported {held} to {where} (CSV); sessions are not in this file: use --what "
                "sessions for them"
            )
        text = text.format(held=self.held(), where=where)
        if self.skipped:
            text = _(
                "{export}; skipped {records} that could not be read (run 'routine-app "
                "journal check' to see them)"
            ).format(export=text, records=plural(len(self.skipped), "record"))
        return text


def export_json(journal: Journal, out: TextIO, done: Exported | None = None) -> Exported:
    """Write every readable record as JSON, one record per line inside the lists."""
    done = done or Exported()
    done.kind = "json"
    out.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION},\n "entries": [')
    entries = journal.entries(skipped=done.skipped)
    done.entries = _write_records(out, (entry_to_json(e) for e in entries))
    out.write('],\n "sessions": [')
    sessions = journal.sessions(skipped=done.skipped)
    done.sessions = _write_records(out, (session_to_json(s) for s in sessions))
    out.write('],\n "weekly_checks": [')
    checks = weekly_checks.between(journal)
    done.weekly_checks = _write_records(out, map(weekly_checks.to_json, checks))
    out.write('],\n "clearances": [')
    _write_records(out, (clearance_to_json(c) for c in safety.clearances(journal)))
    out.write('],\n "episodes": [')
    _write_records(out, (episode_to_json(e) for e in safety.episodes(journal)))
    out.write("]}\n")
    return done


def clearance_to_json(clearance: Clearance) -> dict[str, Any]:
    return {
        "id": clearance.id,
        "confirmed_at": format_time(clearance.confirmed_at),
        "note": clearance.note,
    }


def episode_to_json(episode: Episode) -> dict[str, Any]:
    return {
        "id": episode.id,
        "began_on": episode.began_on.isoformat(),
        "recorded_at": format_time(episode.recorded_at),
    }


def _write_records(out: TextIO, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    for number, record in enumerate(records):
        out.write(",\n  " if number else "\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    return count


def neutralise(cell: str) -> str:
    """Stop spreadsheets from running a text cell as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def export_csv(
    journal: Journal, out: TextIO, done: Exported | None = None, *, what: str = "entries"
) -> Exported:
    """One row per readable entry (red flags joined by ';'), or per readable routine
    session with *what* ``"sessions"``; ISO 8601 times."""
    done = done or Exported()
    done.kind, done.what = "csv", "sessions" if what == "sessions" else "entries"
    if done.what == "sessions":
        sessions = journal.sessions(skipped=done.skipped)
        done.sessions = _write_csv(out, SESSION_KEYS, map(session_to_json, sessions))
    else:
        entries = journal.entries(skipped=done.skipped)
        done.entries = _write_csv(out, ENTRY_KEYS, map(entry_to_json, entries))
    return done


def _write_csv(out: TextIO, keys: Sequence[str], records: Iterable[dict[str, Any]]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(keys)
    count = 0
    for record in records:
        row = []
        for key in keys:
            value = record[key]
            if isinstance(value, bool):
                value = "yes" if value else "no"
            elif isinstance(value, list):
                value = ";".join(value)
            elif value is None:
                value = ""
            row.append(neutralise(value) if isinstance(value, str) else value)
        writer.writerow(row)
        count += 1
    return count


def export_text(
    journal: Journal, kind: str, done: Exported | None = None, *, what: str = "entries"
) -> str:
    """The export as text: JSON (everything), or CSV of the entries or the sessions; pass
    *done* to learn what was written and skipped."""
    buffer = io.StringIO()
    if kind == "json":
        export_json(journal, buffer, done)
    else:
        export_csv(journal, buffer, done, what=what)
    return buffer.getvalue()


# --- import ---------------------------------------------------------------------------


def parse_export(data: bytes) -> tuple[list[Entry], list[Session]]:
    """Check a JSON export completely; raise :class:`ImportFileError` naming what is wrong."""
    parsed = parse_all(data)
    return parsed.entries, parsed.sessions


@dataclass(frozen=True, slots=True)
class Parsed:
    entries: list[Entry]
    sessions: list[Session]
    clearances: list[Clearance]
    episodes: list[Episode]


def parse_all(data: bytes) -> Parsed:
    """Every record of a JSON export, checked; raise :class:`ImportFileError` if any is bad."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            _("file is too large to be a journal export ({size} bytes)").format(size=len(data))
        )
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _("file is not UTF-8 text (byte {byte})").format(byte=exc.start)
        ) from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            _("line {line}, column {column}: not valid JSON ({reason})").format(
                line=exc.lineno, column=exc.colno, reason=exc.msg
            )
        ) from exc
    except RecursionError as exc:
        raise ImportFileError(_("file is nested too deeply to be a journal export")) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(
            _('not a journal export: expected "format": "{name}"').format(name=FORMAT_NAME)
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFileError(_('the export has no valid "version" number'))
    if version > FORMAT_VERSION:
        raise ImportFileError(
            _(
                "the export is version {version}, newer than this app reads ({known}); "
                "update the app to import it"
            ).format(version=version, known=FORMAT_VERSION)
        )
    # Every record is checked before any id is compared, so the first error reported
    # is the same whichever lists hold duplicates.
    lists = [
        [_record(r, i, where, keys, build) for i, r in enumerate(_list(document, where))]
        for where, keys, build in _RECORD_KINDS
    ]
    for records, (where, _keys, _build) in zip(lists, _RECORD_KINDS, strict=True):
        _no_duplicates(records, where)
    return Parsed(*lists)


def _list(document: Mapping[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise ImportFileError(_('"{key}" must be a list').format(key=key))
    return value


def _record(record: Any, index: int, where: str, keys: tuple[str, ...], build: Any) -> Any:
    label = f"{where}[{index}]"
    if not isinstance(record, dict):
        raise ImportFileError(_("record {label}: must be an object").format(label=label))
    unknown = sorted(set(record) - set(keys))
    missing = [k for k in keys if k not in record and k not in OPTIONAL_KEYS]
    if unknown or missing:
        parts = (
            [_("unknown field(s) {names}").format(names=", ".join(unknown))] if unknown else []
        ) + ([_("missing field(s) {names}").format(names=", ".join(missing))] if missing else [])
        raise ImportFileError(
            _("record {label} ({id}): {problem}").format(
                label=label, id=record.get("id", _("no id")), problem="; ".join(parts)
            )
        )
    try:
        return build(record)
    except (JournalValueError, TypeError, ValueError) as exc:
        raise ImportFileError(
            _("record {label} ({id}): {problem}").format(
                label=label, id=record.get("id"), problem=exc
            )
        ) from exc


def _entry(record: Mapping[str, Any]) -> Entry:
    flags = record["red_flags"]
    if not isinstance(flags, list):
        raise JournalValueError("red_flags must be a list")
    signs = record.get("warning_signs", [])
    if not isinstance(signs, list) or not all(isinstance(s, str) for s in signs):
        raise JournalValueError("warning_signs must be a list of sign ids")
    return validate_entry(
        Entry(**{**record, "red_flags": frozenset(flags), "warning_signs": frozenset(signs)})
    )


def _clearance(record: Mapping[str, Any]) -> Clearance:
    return validate_clearance(Clearance(**record))


def _episode(record: Mapping[str, Any]) -> Episode:
    return validate_episode(Episode(**record))


def _session(record: Mapping[str, Any]) -> Session:
    return validate_session(Session(**record))


#: The lists of an export, in the order of :class:`Parsed`: their key, fields and builder.
_RECORD_KINDS: tuple[tuple[str, tuple[str, ...], Callable[[Mapping[str, Any]], Any]], ...] = (
    ("entries", ENTRY_KEYS, _entry),
    ("sessions", SESSION_KEYS, _session),
    ("clearances", CLEARANCE_KEYS, _clearance),
    ("episodes", EPISODE_KEYS, _episode),
)


def _no_duplicates(
    records: Sequence[Entry | Session | WeeklyCheck | Clearance | Episode], where: str
) -> None:
    seen: set[str] = set()
    for index, record in enumerate(records):
        if record.id in seen:
            raise ImportFileError(
                _("record {label}: id {id} appears twice").format(
                    label=f"{where}[{index}]", id=record.id
                )
            )
        seen.add(record.id)


def import_json(journal: Journal, data: bytes) -> ImportResult:
    """Merge a JSON export into *journal*: all new records in one transaction, or none."""
    parsed = parse_all(data)
    checks = parse_weekly_checks(data)
    added: list[tuple[int, int]] = []
    added_checks: list[int] = []

    def also(conn: sqlite3.Connection) -> None:
        added.append(safety.merge_records(conn, parsed.clearances, parsed.episodes))
        added_checks.append(weekly_checks.merge(conn, checks))

    added_entries, added_sessions = journal.merge(parsed.entries, parsed.sessions, also)
    return ImportResult(
        added_entries,
        len(parsed.entries) - added_entries,
        added_sessions,
        len(parsed.sessions) - added_sessions,
        added_checks[0] if added_checks else 0,
        *added[0],
    )


def parse_weekly_checks(data: bytes) -> list[WeeklyCheck]:
    """The weekly checks of an export that :func:`parse_export` has accepted (an export
    without the list has none)."""
    document = json.loads(data.decode("utf-8-sig"))
    checks = [
        _record(r, i, "weekly_checks", weekly_checks.JSON_KEYS, weekly_checks.from_json)
        for i, r in enumerate(_list(document, "weekly_checks"))
    ]
    _no_duplicates(checks, "weekly_checks")
    return checks
