"""A routine session built from what was played: pure functions, no clock, no Qt.

The player records one session in up to four writes: at the start (outcome
``abandoned``, so a crash leaves it so), at the end (completed or stopped, with the
timed parts done), and when the pain after and the stop-rule answer are given. Each write
stores the session these functions return; the times and the id come from the caller.

Counting, one rule everywhere: a **step** is a step as the routine defines it (the
library and the player's header count these); a **timed part** is one side or one
repeat of a step, timed on its own (a step on both sides with 2 repeats is 4 parts).
The journal stores timed parts (``segments_done``/``segments_total``) and says "timed
parts"; the end-of-routine summary gives steps, and the parts beside them when they
differ.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from routine_app.core.journal import Outcome, PainMoved, Session
from routine_app.core.segments import Segment, SegmentKind


def parts_total(segments: Sequence[Segment]) -> int:
    """The routine's timed parts (step segments): rests and the get-ready lead-in do not
    count."""
    return sum(1 for s in segments if s.kind is SegmentKind.STEP)


def parts_done(segments: Sequence[Segment], reached: int, finished: bool) -> int:
    """Timed parts completed: those before the segment *reached*, or all once finished."""
    done = segments if finished else segments[: max(0, reached)]
    return parts_total(done)


@dataclass(frozen=True, slots=True)
class StepCount:
    """How far a run got, in steps (as the routine defines them) and timed parts."""

    steps_done: int
    steps: int
    parts_done: int
    parts: int
    #: some step is done on both sides / some step is repeated: why parts > steps
    both_sides: bool
    repeats: bool


def count_steps(segments: Sequence[Segment], done: int) -> StepCount:
    """Steps and timed parts after the first *done* timed parts: a step counts as done
    once all its parts are."""
    parts = [s for s in segments if s.kind is SegmentKind.STEP]
    done = max(0, min(done, len(parts)))
    last_part = {s.step_index: n for n, s in enumerate(parts)}  # each step's last part
    sides: dict[int, set[object]] = {}
    for s in parts:
        sides.setdefault(s.step_index, set()).add(s.side)
    return StepCount(
        steps_done=sum(1 for n in last_part.values() if n < done),
        steps=len(last_part),
        parts_done=done,
        parts=len(parts),
        both_sides=any(len(found) > 1 for found in sides.values()),
        repeats=any(s.reps > 1 for s in parts),
    )


def routine_seconds(segments: Sequence[Segment], elapsed: float) -> float:
    """Time spent in the routine itself after *elapsed* seconds of play: the get-ready
    lead-in is not counted, as the library and ready panel give a routine's time
    without it (one rule)."""
    lead_in = sum(s.duration for s in segments if s.kind is SegmentKind.LEAD_IN)
    return max(0.0, elapsed - lead_in)


def begin(
    session_id: str,
    routine_id: str,
    segments: Sequence[Segment],
    started_at: datetime,
    pain_before: int | None,
) -> Session:
    """The session as recorded at the start: abandoned until it ends, nothing done yet."""
    return Session(
        session_id,
        routine_id,
        started_at,
        None,
        Outcome.ABANDONED,
        0,
        parts_total(segments),
        pain_before,
        None,
    )


def end(session: Session, outcome: Outcome, done: int, ended_at: datetime) -> Session:
    """The session once the routine finished or was stopped, with *done* timed parts."""
    return dataclasses.replace(session, ended_at=ended_at, outcome=outcome, segments_done=done)


def rate_after(session: Session, pain: int | None) -> Session:
    """The session with the pain rated after the routine."""
    return dataclasses.replace(session, pain_after=pain)


def answer_pain_moved(session: Session, moved: PainMoved) -> Session:
    """The session with the stop-rule answer: where the pain moved since starting."""
    return dataclasses.replace(session, pain_moved=moved)
