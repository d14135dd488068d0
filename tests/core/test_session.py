"""core.session: a routine session built from what was played (pure functions)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from routine_app.core import session as sessions
from routine_app.core.journal import Outcome, PainMoved, Session, new_id, validate_session
from routine_app.core.routine import Kind, Routine, Side, Step
from routine_app.core.segments import Segment, SegmentKind, expand, total_duration

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

steps = st.builds(
    Step,
    name=st.just("Step"),
    instructions=st.just("Do it."),
    duration=st.floats(1, 120),
    sides=st.sampled_from([(), (Side.LEFT, Side.RIGHT), (Side.RIGHT,)]),
    reps=st.integers(1, 4),
    rest=st.floats(0, 10),
)
played = st.builds(
    lambda chosen, lead_in: expand(Routine("r", "R", "S", Kind.STRETCH, tuple(chosen)), lead_in),
    st.lists(steps, min_size=1, max_size=5),
    st.sampled_from([0.0, 5.0, 12.0]),
)


def test_a_known_routine() -> None:
    step = Step("Figure four", "Cross.", 30, sides=(Side.LEFT, Side.RIGHT), reps=2, rest=5)
    segments = expand(Routine("r", "R", "S", Kind.STRETCH, (Step("A", "a", 10), step)), 5)
    # lead-in, A, then 4 rounds of figure four with 3 rests between them
    assert [s.kind for s in segments].count(SegmentKind.REST) == 3
    assert sessions.parts_total(segments) == 5
    assert sessions.parts_done(segments, 0, finished=False) == 0
    assert sessions.parts_done(segments, 2, finished=False) == 1, "lead-in and A are behind"
    assert sessions.parts_done(segments, 4, finished=False) == 2, "a rest is not a step"
    assert sessions.parts_done(segments, 4, finished=True) == 5
    assert sessions.routine_seconds(segments, 4.0) == 0.0, "still in the lead-in"
    assert sessions.routine_seconds(segments, 20.0) == 15.0


def test_the_four_writes_of_a_session() -> None:
    segments = (
        Segment(SegmentKind.LEAD_IN, -1, 5, "Get ready"),
        Segment(SegmentKind.STEP, 0, 30, "A"),
        Segment(SegmentKind.REST, 0, 5, "Rest"),
        Segment(SegmentKind.STEP, 0, 30, "A"),
    )
    sid = new_id()
    begun = sessions.begin(sid, "r", segments, START, 6)
    assert begun == Session(sid, "r", START, None, Outcome.ABANDONED, 0, 2, 6, None)
    ended = sessions.end(begun, Outcome.STOPPED, 1, START + timedelta(minutes=1))
    assert (ended.outcome, ended.segments_done, ended.ended_at) == (
        Outcome.STOPPED,
        1,
        START + timedelta(minutes=1),
    )
    rated = sessions.rate_after(ended, 3)
    answered = sessions.answer_pain_moved(rated, PainMoved.TOWARDS_BACK)
    assert (answered.pain_before, answered.pain_after, answered.pain_moved) == (
        6,
        3,
        PainMoved.TOWARDS_BACK,
    )
    assert (answered.id, answered.routine_id, answered.started_at) == (sid, "r", START)
    assert validate_session(answered) == answered


@given(played, st.integers(0, 200), st.booleans())
def test_parts_done_never_exceed_the_total_and_grow_as_play_goes_on(
    segments: tuple[Segment, ...], reached: int, finished: bool
) -> None:
    reached = min(reached, len(segments) - 1)
    total = sessions.parts_total(segments)
    done = sessions.parts_done(segments, reached, finished)
    assert 0 <= done <= total
    assert sessions.parts_done(segments, reached, finished=True) == total
    if reached + 1 < len(segments):
        assert sessions.parts_done(segments, reached + 1, finished=False) >= done or finished
    assert total == sum(1 for s in segments if s.is_step)


@given(
    played,
    st.integers(0, 200),
    st.sampled_from([Outcome.COMPLETED, Outcome.STOPPED]),
    st.none() | st.integers(0, 10),
    st.none() | st.integers(0, 10),
    st.integers(0, 3_600_000),
)
def test_every_session_built_from_play_is_one_the_journal_accepts(
    segments: tuple[Segment, ...],
    reached: int,
    outcome: Outcome,
    before: int | None,
    after: int | None,
    millis: int,
) -> None:
    begun = sessions.begin(new_id(), "r", segments, START, before)
    assert validate_session(begun) == begun
    assert begun.outcome is Outcome.ABANDONED and begun.ended_at is None
    reached = min(reached, len(segments) - 1)
    done = sessions.parts_done(segments, reached, outcome is Outcome.COMPLETED)
    ended = sessions.end(begun, outcome, done, START + timedelta(milliseconds=millis))
    rated = sessions.rate_after(ended, after)
    assert validate_session(rated) == rated
    assert rated.segments_total == begun.segments_total and rated.pain_before == before
    if outcome is Outcome.COMPLETED:
        assert rated.segments_done == rated.segments_total


@given(st.lists(steps, min_size=1, max_size=5), st.sampled_from([0.0, 5.0, 12.0]))
def test_a_whole_routine_played_takes_the_time_the_library_gives(
    chosen: list[Step], lead_in: float
) -> None:
    routine = Routine("r", "R", "S", Kind.STRETCH, tuple(chosen))
    segments = expand(routine, lead_in)
    played_through = total_duration(segments)
    assert math.isclose(
        sessions.routine_seconds(segments, played_through), routine.total_duration, abs_tol=1e-6
    )
    assert sessions.routine_seconds(segments, lead_in) == 0.0, "the lead-in is not counted"


def test_steps_count_as_the_routine_defines_them_parts_beside_them() -> None:
    step = Step("Figure four", "Cross.", 30, sides=(Side.LEFT, Side.RIGHT), reps=3, rest=10)
    routine = Routine("r", "R", "S", Kind.STRETCH, (Step("A", "a", 15), step, Step("B", "b", 30)))
    segments = expand(routine, 5)
    done_all = sessions.count_steps(segments, sessions.parts_total(segments))
    assert (done_all.steps_done, done_all.steps, done_all.parts_done, done_all.parts) == (
        3,
        3,
        8,
        8,
    )
    assert done_all.both_sides and done_all.repeats
    first = sessions.count_steps(segments, 1)
    assert (first.steps_done, first.parts_done) == (1, 1), "A is whole"
    midway = sessions.count_steps(segments, 4)
    assert (midway.steps_done, midway.parts_done) == (1, 4), "half of figure four is no step"
    assert sessions.count_steps(segments, 7).steps_done == 2
    plain = sessions.count_steps(
        expand(Routine("p", "P", "S", Kind.STRETCH, (Step("A", "a", 5),))), 1
    )
    assert (plain.steps, plain.parts, plain.both_sides, plain.repeats) == (1, 1, False, False)


@given(played, st.integers(0, 200))
def test_steps_done_follow_the_parts_done(segments: tuple[Segment, ...], done: int) -> None:
    count = sessions.count_steps(segments, done)
    parts = sessions.parts_total(segments)
    assert count.parts == parts and count.parts_done == min(done, parts)
    assert count.steps == len({s.step_index for s in segments if s.is_step})
    assert 0 <= count.steps_done <= count.steps <= count.parts
    assert (count.steps_done == count.steps) == (count.parts_done == count.parts)
    if done < parts:
        assert sessions.count_steps(segments, done + 1).steps_done >= count.steps_done
    assert (count.parts > count.steps) == (count.parts > 0 and (count.both_sides or count.repeats))
