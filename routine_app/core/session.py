"""A routine session built from what was played: pure functions, no clock, no Qt.

The player records one session in up to four writes: at the start (outcome
``abandoned``, so a crash leaves it so), at the end (completed or stopped, with the
steps done), and when the pain after and the stop-rule answer are given. Each write
stores the session these functions return; the times and the id come from the caller.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from routine_app.core.journal import Outcome, PainMoved, Session
from routine_app.core.segments import Segment, SegmentKind


def steps_total(segments: Sequence[Segment]) -> int:
    """The routine's step segments: rests and the get-ready lead-in do not count."""
    return sum(1 for s in segments if s.kind is SegmentKind.STEP)


def steps_done(segments: Sequence[Segment], reached: int, finished: bool) -> int:
    """Step segments completed: those before the segment *reached*, or all once finished."""
    done = segments if finished else segments[: max(0, reached)]
    return steps_total(done)


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
        steps_total(segments),
        pain_before,
        None,
    )


def end(session: Session, outcome: Outcome, done: int, ended_at: datetime) -> Session:
    """The session once the routine finished or was stopped, with *done* steps."""
    return dataclasses.replace(session, ended_at=ended_at, outcome=outcome, segments_done=done)


def rate_after(session: Session, pain: int | None) -> Session:
    """The session with the pain rated after the routine."""
    return dataclasses.replace(session, pain_after=pain)


def answer_pain_moved(session: Session, moved: PainMoved) -> Session:
    """The session with the stop-rule answer: where the pain moved since starting."""
    return dataclasses.replace(session, pain_moved=moved)
