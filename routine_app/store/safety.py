"""The safety records in the journal: clearances, episodes, the emergency lock, the
stop-rule answers per routine, and the signs with their dates for the report.

Every write is one transaction of the journal (the same durability and error
messages as entries); reads never write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from routine_app.core.journal import Entry, PainMoved, format_time, parse_time, utc_millis
from routine_app.core.safety_records import (
    Clearance,
    Episode,
    Lock,
    clearly_better,
    episode_week,
    lock_state,
    review_due,
    validate_clearance,
    validate_episode,
)
from routine_app.store import rows
from routine_app.store.journal import Journal

X = TypeVar("X")
_FLAGGED = " OR ".join(rows.FLAG_COLUMNS.values())
INSERT_CLEARANCE_IF_NEW = (
    "INSERT OR IGNORE INTO clearances (id, confirmed_at, confirmed_ms, note) VALUES (?, ?, ?, ?)"
)
INSERT_EPISODE_IF_NEW = (
    "INSERT OR IGNORE INTO episodes (id, began_on, recorded_at, recorded_ms) VALUES (?, ?, ?, ?)"
)


def clearance_row(clearance: Clearance) -> tuple[Any, ...]:
    moment = clearance.confirmed_at
    return clearance.id, format_time(moment), utc_millis(moment), clearance.note


def episode_row(episode: Episode) -> tuple[Any, ...]:
    moment = episode.recorded_at
    return episode.id, episode.began_on.isoformat(), format_time(moment), utc_millis(moment)


def _clearance(row: Sequence[Any]) -> Clearance:
    return Clearance(row[0], parse_time(row[1]), row[2])


def _episode(row: Sequence[Any]) -> Episode:
    return Episode(row[0], date.fromisoformat(row[1]), parse_time(row[2]))


# --- writing ---------------------------------------------------------------------------


def add_clearance(journal: Journal, clearance: Clearance) -> Clearance:
    """Record that a doctor or nurse has checked the person; lifts the lock."""
    clearance = validate_clearance(clearance)
    with journal.transaction() as conn:
        conn.execute(INSERT_CLEARANCE_IF_NEW, clearance_row(clearance))
    return clearance


def add_episode(journal: Journal, episode: Episode) -> Episode:
    """Record when this episode began (the newest record counts)."""
    episode = validate_episode(episode)
    with journal.transaction() as conn:
        conn.execute(INSERT_EPISODE_IF_NEW, episode_row(episode))
    return episode


def merge_records(
    conn: sqlite3.Connection, clearances: Sequence[Clearance], episodes: Sequence[Episode]
) -> tuple[int, int]:
    """Add the clearances and episodes whose ids are new (inside the caller's transaction)."""
    added_clearances = conn.executemany(
        INSERT_CLEARANCE_IF_NEW, [clearance_row(validate_clearance(c)) for c in clearances]
    ).rowcount
    added_episodes = conn.executemany(
        INSERT_EPISODE_IF_NEW, [episode_row(validate_episode(e)) for e in episodes]
    ).rowcount
    return max(0, added_clearances), max(0, added_episodes)


# --- reading ---------------------------------------------------------------------------


_CLEARANCES = "SELECT id, confirmed_at, note FROM clearances"
_EPISODES = "SELECT id, began_on, recorded_at FROM episodes"


def _in_order(
    journal: Journal, select: str, time_ms: str, build: Callable[[Sequence[Any]], X]
) -> list[X]:
    cursor = journal.connection.execute(f"{select} ORDER BY {time_ms}, id")
    return [build(r) for r in cursor]


def _newest(
    journal: Journal, select: str, time_ms: str, build: Callable[[Sequence[Any]], X]
) -> X | None:
    row = journal.connection.execute(
        f"{select} ORDER BY {time_ms} DESC, id DESC LIMIT 1"
    ).fetchone()
    return None if row is None else build(row)


def clearances(journal: Journal) -> list[Clearance]:
    return _in_order(journal, _CLEARANCES, "confirmed_ms", _clearance)


def episodes(journal: Journal) -> list[Episode]:
    return _in_order(journal, _EPISODES, "recorded_ms", _episode)


def current_episode(journal: Journal) -> Episode | None:
    return _newest(journal, _EPISODES, "recorded_ms", _episode)


def latest_emergency(journal: Journal) -> Entry | None:
    """The newest entry with an emergency sign (the lock's start), read at every start.

    The per-day totals (kept by triggers in the same transaction) say which local day
    holds the newest flagged entry; only that day and the two before it are searched,
    since entries from time zones 26 hours apart can be newer by the clock yet a day or
    two earlier by their own date. Searching every entry took ~8 ms on a 20-year journal.
    A journal opened to read only may lack the totals: it is searched whole."""
    flagged = f"SELECT {rows.ENTRY_COLUMNS} FROM entries WHERE {_FLAGGED}"
    if journal.read_only:
        return _newest(journal, flagged, "recorded_ms", rows.entry_from_row)
    (newest,) = journal.connection.execute(
        "SELECT max(day) FROM pain_days WHERE flagged > 0"
    ).fetchone()
    if newest is None:
        return None
    try:
        day = date.fromisoformat(newest)  # so only a date goes into the query below
    except (TypeError, ValueError):  # not a date: a file edited by hand; search it all
        return _newest(journal, flagged, "recorded_ms", rows.entry_from_row)
    days = f"'{day - timedelta(days=2)}' AND '{day}'"
    near = f"{flagged} AND substr(recorded_at, 1, 10) BETWEEN {days}"
    return _newest(journal, near, "recorded_ms", rows.entry_from_row)


def latest_clearance(journal: Journal) -> Clearance | None:
    return _newest(journal, _CLEARANCES, "confirmed_ms", _clearance)


def lock(journal: Journal) -> Lock | None:
    """The emergency lock, if it holds: no routine may start until a clearance."""
    return lock_state(latest_emergency(journal), latest_clearance(journal))


def recent_pain_moved(journal: Journal, routine_id: str, limit: int = 2) -> list[PainMoved]:
    """The newest *limit* stop-rule answers for *routine_id*, newest first."""
    cursor = journal.connection.execute(
        "SELECT pain_moved FROM sessions WHERE routine_id = ? AND pain_moved IS NOT NULL "
        "ORDER BY started_ms DESC, id DESC LIMIT ?",
        (routine_id, limit),
    )
    return [PainMoved(r[0]) for r in cursor]


@dataclass(frozen=True, slots=True)
class MovedCounts:
    """How often a routine's sessions centralised, peripheralised or neither."""

    routine_id: str
    towards_back: int
    further_down: int
    neither: int

    @property
    def answered(self) -> int:
        return self.towards_back + self.further_down + self.neither


def pain_moved_counts(
    journal: Journal, first: date | None = None, last: date | None = None
) -> list[MovedCounts]:
    """Per routine, the stop-rule answers (optionally for local days *first*..*last*)."""
    where, params = "pain_moved IS NOT NULL", []
    if first is not None and last is not None:
        where += " AND substr(started_at, 1, 10) BETWEEN ? AND ?"
        params = [first.isoformat(), last.isoformat()]
    cursor = journal.connection.execute(
        "SELECT routine_id, sum(pain_moved = 'towards-back'), sum(pain_moved = 'further-down'), "
        f"sum(pain_moved = 'neither') FROM sessions WHERE {where} GROUP BY routine_id "
        "ORDER BY routine_id",
        params,
    )
    return [MovedCounts(r[0], int(r[1]), int(r[2]), int(r[3])) for r in cursor]


@dataclass(frozen=True, slots=True)
class EpisodeClock:
    """Where the person is in this episode, and whether a review is advised."""

    began_on: date
    week: int
    review_advised: bool


def leg_pain_mean(journal: Journal, first: date, last: date) -> float | None:
    """The mean of the daily leg-pain means on local days *first*..*last*."""
    row = journal.connection.execute(
        "SELECT avg(day_mean) FROM (SELECT avg(leg_pain) AS day_mean FROM entries "
        "WHERE substr(recorded_at, 1, 10) BETWEEN ? AND ? GROUP BY substr(recorded_at, 1, 10))",
        (first.isoformat(), last.isoformat()),
    ).fetchone()
    return None if row[0] is None else float(row[0])


def episode_clock(journal: Journal, today: date) -> EpisodeClock | None:
    """The episode's week, and from week 6 whether leg pain is not clearly better
    (first week's mean against the last seven days'), so a review is advised."""
    episode = current_episode(journal)
    if episode is None:
        return None
    week = episode_week(episode.began_on, today)
    start = leg_pain_mean(journal, episode.began_on, episode.began_on + timedelta(days=6))
    recent = leg_pain_mean(journal, today - timedelta(days=6), today)
    return EpisodeClock(episode.began_on, week, review_due(week, clearly_better(start, recent)))
