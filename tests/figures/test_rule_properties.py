"""Property tests (hypothesis) of the rules in docs/statistics.md, checked against
plain restatements of the rules and against a real journal file."""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from statistics import fmean, median

from hypothesis import given, settings
from hypothesis import strategies as st

from routine_app.core.figures import (
    Change,
    RoutineVerdict,
    TrendVerdict,
    compute,
    counted_routine_figures,
    pain_trend,
    plural,
    rolling_mean,
    routine_figures,
    session_change,
    split_at_gaps,
)
from routine_app.core.journal import Outcome, Session, new_id
from routine_app.core.stats import DayPain, current_streak
from routine_app.store.figure_queries import FigureQueries
from routine_app.store.journal import Journal
from tests.figures.journals import ZONE

pain = st.integers(0, 10)
pairs = st.lists(st.tuples(pain, pain), max_size=40)
START = date(2026, 1, 1)


@given(pain, pain)
def test_a_session_improved_or_worse_exactly_by_the_rule(before: int, after: int) -> None:
    change = session_change(before, after)
    improved = after <= before - 2 or (before >= 3 and after <= 0.7 * before)
    worse = after >= before + 2
    assert not (improved and worse)
    assert (change is Change.IMPROVED) == improved
    assert (change is Change.WORSE) == worse


@given(pain, pain)
def test_less_pain_after_never_makes_a_session_look_worse(before: int, after: int) -> None:
    if after > 0:
        order = [Change.WORSE, Change.NEITHER, Change.IMPROVED]
        assert order.index(session_change(before, after - 1)) >= order.index(
            session_change(before, after)
        )


@given(pairs, st.randoms(use_true_random=False))
def test_routine_verdict_follows_the_rule_and_ignores_order(
    ratings: list[tuple[int, int]], rnd: object
) -> None:
    found = routine_figures("r", ratings)
    improved = sum(session_change(b, a) is Change.IMPROVED for b, a in ratings)
    worse = sum(session_change(b, a) is Change.WORSE for b, a in ratings)
    assert (found.rated, found.improved, found.worse) == (len(ratings), improved, worse)
    if len(ratings) < 6:
        expected = RoutineVerdict.NOT_ENOUGH_DATA
    elif worse >= len(ratings) / 3:
        expected = RoutineVerdict.WORSE
    elif improved >= len(ratings) / 2:
        expected = RoutineVerdict.HELPS
    else:
        expected = RoutineVerdict.NO_CLEAR_CHANGE
    assert found.verdict is expected
    assert found.median_change == (median(a - b for b, a in ratings) if ratings else None)
    shuffled = list(ratings)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert routine_figures("r", shuffled) == found
    assert f"improved in {improved} of {len(ratings)} session" in found.counts_text
    assert not re.search(r"\b1 sessions", found.counts_text)


days_strategy = st.lists(
    st.tuples(st.integers(0, 120), pain, pain), max_size=80, unique_by=lambda t: t[0]
).map(
    lambda items: [
        DayPain(START + timedelta(days=d), float(b), float(g), 1, 0, False)
        for d, b, g in sorted(items)
    ]
)


@given(days_strategy, st.integers(0, 130))
def test_trend_compares_two_separate_fortnights_of_the_covered_part(
    days: list[DayPain], length: int
) -> None:
    last = START + timedelta(days=130)
    covered_first = last - timedelta(days=length - 1) if length else None
    trend = pain_trend(days, covered_first, last, "back")
    if covered_first is None or length < 28:
        assert trend.verdict is TrendVerdict.NOT_ENOUGH_DATA and trend.first_window is None
        return
    assert trend.first_window is not None and trend.last_window is not None
    assert trend.first_window[1] < trend.last_window[0]  # never overlapping
    assert (trend.first_window[1] - trend.first_window[0]).days == 13
    assert trend.last_window == (last - timedelta(days=13), last)
    first = [d.back for d in days if trend.first_window[0] <= d.day <= trend.first_window[1]]
    final = [d.back for d in days if trend.last_window[0] <= d.day <= last]
    assert (trend.first_logged, trend.last_logged) == (len(first), len(final))
    if len(first) < 4 or len(final) < 4:  # at least 4 days logged in each 14 days
        assert trend.verdict is TrendVerdict.NOT_ENOUGH_DATA
        assert "not enough data for a trend" in trend.text
        assert f"pain was logged on {plural(len(first), 'day')} of the first 14" in trend.text
        return
    a, b = fmean(first), fmean(final)
    assert (trend.first_mean, trend.last_mean) == (a, b)
    counts = abs(b - a) >= 2 - 1e-9 or (b != a and abs(b - a) >= 0.3 * a - 1e-9)
    expected = (
        TrendVerdict.NO_CLEAR_CHANGE
        if not counts
        else TrendVerdict.BETTER
        if b < a
        else TrendVerdict.WORSE
    )
    assert trend.verdict is expected


@given(days_strategy)
def test_seven_day_mean_only_where_four_of_seven_days_have_data(days: list[DayPain]) -> None:
    line = rolling_mean(days, "leg")
    by_day = {d.day: d.leg for d in days}
    expected = []
    for d in days:
        window = [by_day[x] for x in by_day if 0 <= (d.day - x).days < 7]
        if len(window) >= 4:
            expected.append((d.day, fmean(window)))
    assert [p[0] for p in line] == [p[0] for p in expected]
    assert all(abs(p[1] - q[1]) < 1e-9 for p, q in zip(line, expected, strict=True))


@given(days_strategy)
def test_lines_are_cut_at_gaps_longer_than_three_days(days: list[DayPain]) -> None:
    line = [(d.day, d.back) for d in days]
    pieces = split_at_gaps(line)
    assert [p for piece in pieces for p in piece] == line
    for piece in pieces:
        assert all((b[0] - a[0]).days <= 4 for a, b in pairwise(piece))
    for before, after in pairwise(pieces):
        assert (after[0][0] - before[-1][0]).days > 4


@given(st.integers(0, 10_000))
def test_plurals(count: int) -> None:
    assert plural(count, "day") == (f"{count} day" if count == 1 else f"{count} days")
    assert plural(count, "entry") == (f"{count} entry" if count == 1 else f"{count} entries")


@given(st.integers(1, 400), st.integers(0, 400), st.integers(0, 50))
def test_rates_are_over_covered_days_never_the_calendar(
    range_days: int, offset: int, done: int
) -> None:
    last = START + timedelta(days=500)
    first = last - timedelta(days=range_days - 1)
    first_record = first + timedelta(days=offset)
    figures = compute(
        first=first,
        last=last,
        days=[],
        session_days=[],
        ratings={},
        first_record=first_record,
        streak_days=0,
    )
    if first_record > last:
        assert figures.days_covered == 0 and figures.sessions_per_week is None
    else:
        assert figures.days_covered == (last - first_record).days + 1 <= range_days


sessions = st.lists(
    st.tuples(
        st.integers(0, 30),
        st.sampled_from(list(Outcome)),
        st.integers(0, 4),
        st.none() | pain,
        st.none() | pain,
        st.sampled_from(["a", "b"]),
    ),
    max_size=30,
)


@settings(max_examples=25, deadline=None)
@given(sessions)
def test_the_store_reads_exactly_the_rated_sessions(
    items: list[tuple[int, Outcome, int, int | None, int | None, str]],
) -> None:
    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder))[0] as journal:
        records = [
            Session(
                new_id(),
                routine,
                datetime.combine(START + timedelta(days=day), time(9), ZONE),
                None,
                outcome,
                done,
                4,
                before,
                after,
            )
            for day, outcome, done, before, after, routine in items
        ]
        journal.merge([], records)
        queries = FigureQueries(journal.connection)
        ratings = queries.ratings(START, START + timedelta(days=30))
        expected: dict[str, list[tuple[int, int]]] = {}
        for s in sorted(records, key=lambda s: (s.started_at, s.id)):
            rated = s.outcome is not Outcome.ABANDONED
            if rated and s.pain_before is not None and s.pain_after is not None:
                expected.setdefault(s.routine_id, []).append((s.pain_before, s.pain_after))
        assert {k: sorted(v) for k, v in ratings.items()} == {
            k: sorted(v) for k, v in expected.items()
        }
        done_days = {
            s.started_at.date()
            for s in records
            if s.outcome is Outcome.COMPLETED
            or (s.outcome is Outcome.STOPPED and s.segments_done >= 1)
        }
        per_day = queries.session_days(START, START + timedelta(days=30))
        assert {d.day for d in per_day if d.done} == done_days
        assert sum(d.sessions for d in per_day) == len(records)
        # What SQLite sums itself agrees with the rows it sums.
        counted = queries.rating_counts(START, START + timedelta(days=30))
        assert {k: Counter({(b, a): n for b, a, n in v}) for k, v in counted.items()} == {
            k: Counter(v) for k, v in expected.items()
        }
        for routine, rows in counted.items():
            assert counted_routine_figures(routine, rows) == routine_figures(
                routine, expected[routine]
            )
        totals = queries.counts(START, START + timedelta(days=30))
        assert (totals.sessions, totals.sessions_done, totals.days_with_routine) == (
            len(records),
            sum(d.done for d in per_day),
            len(done_days),
        )
        newest_first = sorted(done_days, reverse=True)
        for offset in (-1, 0, 1, 2, 15, 29, 30, 31):
            today = START + timedelta(days=offset)
            assert queries.streak(today) == current_streak(newest_first, today), today


@given(days_strategy, st.integers(0, 120), pain, pain)
def test_another_logged_day_never_takes_a_verdict_away(
    days: list[DayPain], extra: int, back: int, leg: int
) -> None:
    """More data can change a verdict but never turn it into "not enough data"."""
    last = START + timedelta(days=130)
    covered_first = START
    before = pain_trend(days, covered_first, last, "back")
    day = START + timedelta(days=extra)
    more = sorted(
        [d for d in days if d.day != day] + [DayPain(day, float(back), float(leg), 1, 0, False)]
    )
    after = pain_trend(more, covered_first, last, "back")
    assert after.first_logged >= before.first_logged
    assert after.last_logged >= before.last_logged
    if before.verdict is not TrendVerdict.NOT_ENOUGH_DATA:
        assert after.verdict is not TrendVerdict.NOT_ENOUGH_DATA


@given(st.integers(1, 60), st.integers(0, 400), st.integers(0, 59))
def test_not_enough_data_says_why_and_suggests_a_longer_range_only_when_it_helps(
    range_days: int, journal_age: int, gap: int
) -> None:
    last = START + timedelta(days=500)
    first = last - timedelta(days=range_days - 1)
    journal_first = last - timedelta(days=journal_age)
    first_record = max(first, journal_first) + timedelta(days=gap)
    days = [DayPain(first_record, 5.0, 5.0, 1, 0, False)] if first_record <= last else []
    figures = compute(
        first=first,
        last=last,
        days=days,
        session_days=[],
        ratings={},
        first_record=first_record if days else None,
        streak_days=0,
        journal_first=journal_first,
    )
    text = figures.back.text
    assert figures.back.verdict is TrendVerdict.NOT_ENOUGH_DATA  # one day logged at most
    assert text.startswith("Back pain: not enough data for a trend: ")
    longer = "choose a longer range" in text
    if range_days < 28:
        assert f"this range of {plural(range_days, 'day')} holds" in text
        # a longer range helps exactly when the journal reaches 28 days back
        assert longer == (journal_age + 1 >= 28)
    else:
        assert not longer
