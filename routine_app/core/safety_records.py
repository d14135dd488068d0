"""Safety records kept in the journal beside entries and sessions: clearances (a doctor
or nurse has checked the person since an emergency sign) and episodes (when this bout
of sciatica began), plus the rules that read them: the emergency lock and the episode
clock. Plain Python; the store persists these objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from routine_app.core.journal import (
    MAX_NOTE,
    Entry,
    JournalValueError,
    _moment,
    _text,
    _uuid,
)
from routine_app.core.stats import MEANINGFUL_POINTS, MEANINGFUL_SHARE

#: From this week of an episode on, leg pain that is not clearly better prompts a review.
REVIEW_FROM_WEEK = 6


@dataclass(frozen=True, slots=True)
class Clearance:
    """The person confirmed that a doctor or nurse has checked them (lifts the lock for
    every emergency sign recorded before *confirmed_at*)."""

    id: str
    confirmed_at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Episode:
    """This episode of sciatica began on *began_on*, as said at *recorded_at*; the
    newest record counts."""

    id: str
    began_on: date
    recorded_at: datetime


def validate_clearance(clearance: Clearance) -> Clearance:
    return Clearance(
        id=_uuid(clearance.id, "id"),
        confirmed_at=_moment(clearance.confirmed_at, "confirmation time"),
        note=_text(clearance.note, "note", MAX_NOTE),
    )


def validate_episode(episode: Episode) -> Episode:
    began = episode.began_on
    if isinstance(began, str):
        try:
            began = date.fromisoformat(began)
        except ValueError:
            raise JournalValueError(f"{began!r} is not a date; use YYYY-MM-DD") from None
    if not isinstance(began, date) or isinstance(began, datetime):
        raise JournalValueError(f"the episode's first day must be a date, not {began!r}")
    recorded = _moment(episode.recorded_at, "time")
    if began > recorded.date():
        raise JournalValueError("an episode cannot begin after the day it is recorded")
    return Episode(id=_uuid(episode.id, "id"), began_on=began, recorded_at=recorded)


@dataclass(frozen=True, slots=True)
class Lock:
    """The emergency lock: *entry* reported an emergency sign and no clearance followed."""

    entry: Entry

    @property
    def since(self) -> datetime:
        return self.entry.recorded_at


def lock_state(latest_emergency: Entry | None, latest_clearance: Clearance | None) -> Lock | None:
    """The lock holds while the newest emergency entry is not older than the newest
    clearance. A later ordinary entry changes nothing; only a clearance lifts it."""
    if latest_emergency is None:
        return None
    if (
        latest_clearance is not None
        and latest_clearance.confirmed_at > latest_emergency.recorded_at
    ):
        return None
    return Lock(latest_emergency)


def episode_week(began_on: date, today: date) -> int:
    """Week 1 is the first seven days of the episode."""
    return max(0, (today - began_on).days) // 7 + 1


def review_due(week: int, leg_pain_clearly_better: bool | None) -> bool:
    """From week 6, advise a clinician review unless leg pain is clearly better.

    *leg_pain_clearly_better* is None when there is not enough data to say; then the
    pain is not clearly better, so the review is advised.
    """
    return week >= REVIEW_FROM_WEEK and not leg_pain_clearly_better


def clearly_better(start: float | None, recent: float | None) -> bool | None:
    """Leg pain is clearly better when it fell by a meaningful amount (about 2 points or
    30 %, core.stats) from the episode's first week to the last seven days; None when
    either mean is missing (not enough data to say)."""
    if start is None or recent is None:
        return None
    drop = start - recent
    return drop >= MEANINGFUL_POINTS or (start > 0 and drop / start >= MEANINGFUL_SHARE)
