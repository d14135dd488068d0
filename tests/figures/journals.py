"""Example journals for the figures' rules, written as the documented JSON export
(docs/journal-format.md) and loaded with ``routine-app journal import``, as a user or
another tool would."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from routine_app.cli import main

ZONE = timezone(timedelta(hours=1))


def at(day: date, hour: int = 8) -> str:
    return datetime.combine(day, time(hour), ZONE).isoformat(timespec="milliseconds")


@dataclass
class JournalFile:
    """A journal being written: add entries and sessions, then import it."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)

    def entry(self, day: date, back: int, leg: int, hour: int = 8, **more: Any) -> None:
        self.entries.append(
            {
                "id": str(uuid.uuid4()),
                "recorded_at": at(day, hour),
                "back_pain": back,
                "leg_pain": leg,
                "leg_side": "left",
                "reaches": "thigh",
                "numbness": False,
                "tingling": False,
                "weakness": False,
                "red_flags": [],
                "medication": "",
                "notes": "",
                **more,
            }
        )

    def session(
        self,
        day: date,
        routine: str,
        before: int | None,
        after: int | None,
        outcome: str = "completed",
        done: int = 4,
        hour: int = 9,
    ) -> None:
        self.sessions.append(
            {
                "id": str(uuid.uuid4()),
                "routine_id": routine,
                "started_at": at(day, hour),
                "ended_at": None if outcome == "abandoned" else at(day, hour + 1),
                "outcome": outcome,
                "segments_done": done,
                "segments_total": 4,
                "pain_before": before,
                "pain_after": after,
            }
        )

    def ratings(self, first: date, routine: str, pairs: Iterable[tuple[int, int]]) -> None:
        """One rated, completed session a day from *first*."""
        for n, (before, after) in enumerate(pairs):
            self.session(first + timedelta(days=n), routine, before, after)

    def daily(self, first: date, values: Iterable[tuple[int, int]]) -> None:
        """One entry a day from *first*, (back, leg) each."""
        for n, (back, leg) in enumerate(values):
            self.entry(first + timedelta(days=n), back, leg)

    def document(self) -> dict[str, Any]:
        return {
            "format": "routine-app-journal",
            "version": 1,
            "entries": self.entries,
            "sessions": self.sessions,
        }

    def load(self, data_dir: Path) -> None:
        path = data_dir.parent / f"{data_dir.name}-import.json"
        path.write_text(json.dumps(self.document()), encoding="utf-8")
        assert main(["--data-dir", str(data_dir), "journal", "import", str(path)]) == 0


def progress_json(capsys: Any, data_dir: Path, to: date, span: str = "3m") -> dict[str, Any]:
    """``routine-app progress --json`` as a dict."""
    capsys.readouterr()
    code = main(
        ["--data-dir", str(data_dir), "progress", "--json", "--range", span, "--to", str(to)]
    )
    out = capsys.readouterr().out
    assert code == 0
    result: dict[str, Any] = json.loads(out)
    return result


def routine(result: dict[str, Any], routine_id: str) -> dict[str, Any]:
    (found,) = [r for r in result["routines"] if r["routine_id"] == routine_id]
    return found
