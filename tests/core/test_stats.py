"""Progress numbers against hand-computed examples; the sums and counts come from the
store's per-day totals in a real journal file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from routine_app.core.figures import RoutineVerdict, rolling_mean, routine_figures
from routine_app.core.journal import Entry, Outcome, Reach, RedFlag, Session, new_id
from routine_app.core.stats import (
    DayPain,
    PeriodSessions,
    current_streak,
    downsample,
)
from routine_app.store.figure_queries import FigureQueries
from routine_app.store.journal import Journal

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def entry(when: datetime, back: int, leg: int, **kw: object) -> Entry:
    return Entry(new_id(), when, back, leg, **kw)  # type: ignore[arg-type]


def day(n: int, back: float = 0, leg: float = 0) -> DayPain:
    return DayPain(date(2026, 3, 1) + timedelta(days=n), back, leg, 1, 0, False)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path)[0] as opened:
        yield opened


def test_daily_means_use_each_entrys_own_local_day_across_dst(journal: Journal) -> None:
    # 29 March 2026: clocks go forward in central Europe. Late evening entries stay on
    # their own local day although in UTC they fall on the day before or after.
    journal.merge(
        [
            entry(datetime(2026, 3, 28, 23, 30, tzinfo=CET), 4, 6),
            entry(datetime(2026, 3, 29, 0, 30, tzinfo=CET), 2, 2),  # 23:30 UTC on the 28th
            entry(datetime(2026, 3, 29, 23, 45, tzinfo=CEST), 6, 8),
            entry(datetime(2026, 3, 30, 1, 0, tzinfo=CEST), 1, 1),  # 23:00 UTC on the 29th
        ],
        [],
    )
    days = journal.totals.daily_pain()
    assert [(d.day.day, d.back, d.leg, d.entries) for d in days] == [
        (28, 4, 6, 1),
        (29, 4, 5, 2),
        (30, 1, 1, 1),
    ]
    only_29th = journal.totals.daily_pain(date(2026, 3, 29), date(2026, 3, 29))
    assert [d.day.day for d in only_29th] == [29]
    assert len(journal.entries_on(date(2026, 3, 29))) == 2


def test_reach_red_flags_and_a_thousand_entries_in_a_day(journal: Journal) -> None:
    start = datetime(2026, 5, 4, 6, 0, tzinfo=CEST)
    many = [
        entry(
            start + timedelta(seconds=30 * i),
            i % 11,
            10 - i % 11,
            reaches=Reach.THIGH if i == 500 else Reach.BUTTOCK,
            red_flags=frozenset({RedFlag.BOTH_LEGS}) if i == 999 else frozenset(),
        )
        for i in range(1000)
    ]
    journal.merge(many, [])
    (only,) = journal.totals.daily_pain()
    assert only.entries == 1000
    assert only.back == pytest.approx(sum(i % 11 for i in range(1000)) / 1000)
    assert only.back + only.leg == pytest.approx(10)
    assert only.reach == Reach.THIGH.level and only.red_flags


def test_edited_entry_changes_its_day(journal: Journal) -> None:
    first = journal.add_entry(entry(datetime(2026, 5, 4, 9, tzinfo=CEST), 8, 8))
    journal.add_entry(entry(datetime(2026, 5, 4, 19, tzinfo=CEST), 2, 2))
    assert journal.totals.daily_pain()[0].back == 5
    journal.update_entry(
        entry(datetime(2026, 5, 3, 9, tzinfo=CEST), 8, 8).__class__(
            first.id, datetime(2026, 5, 3, 9, tzinfo=CEST), 6, 8
        )
    )
    assert [(d.day.day, d.back) for d in journal.totals.daily_pain()] == [(3, 6), (4, 2)]


def test_empty_and_single_entry(journal: Journal) -> None:
    assert journal.totals.daily_pain() == []
    assert rolling_mean([], "back") == []
    journal.add_entry(entry(datetime(2026, 5, 4, 9, tzinfo=CEST), 3, 7))
    days = journal.totals.daily_pain()
    assert rolling_mean(days, "leg") == []  # one day of 7 is not a 7-day mean


def test_rolling_mean_needs_four_of_seven_calendar_days() -> None:
    days = [day(n, back=n) for n in (0, 1, 2, 3, 5, 7, 8, 20)]
    assert rolling_mean(days, "back") == [
        (days[3].day, 1.5),  # days 0-3: the fourth day with data
        (days[4].day, 11 / 5),  # days 0, 1, 2, 3, 5
        (days[5].day, 18 / 5),  # days 1, 2, 3, 5, 7 (day 0 is 7 days before day 7)
        (days[6].day, 25 / 5),  # days 2, 3, 5, 7, 8
        # day 20 is alone in its 7 days: no point
    ]


def session(
    when: datetime,
    outcome: Outcome = Outcome.COMPLETED,
    before: int | None = None,
    after: int | None = None,
    routine: str = "foam-roller",
) -> Session:
    return Session(
        new_id(), routine, when, when + timedelta(minutes=9), outcome, 3, 3, before, after
    )


def test_weekly_sessions_count_completed_and_not_by_monday(journal: Journal) -> None:
    monday = datetime(2026, 5, 4, 8, tzinfo=CEST)
    journal.merge(
        [],
        [
            session(monday),
            session(monday + timedelta(days=6, hours=15)),  # Sunday 23:00, own local day
            session(monday + timedelta(days=2), Outcome.STOPPED),
            session(monday + timedelta(days=7), Outcome.ABANDONED),
            session(datetime(1999, 12, 31, 23, tzinfo=CET)),  # a Friday
        ],
    )
    months = journal.totals.monthly_sessions()
    assert [(m.start, m.completed, m.not_completed) for m in months] == [
        (date(1999, 12, 1), 1, 0),
        (date(2026, 5, 1), 2, 2),  # by each session's own day, not its week's Monday
    ]
    weeks = journal.totals.weekly_sessions()
    assert [(w.start, w.completed, w.not_completed) for w in weeks] == [
        (date(1999, 12, 27), 1, 0),
        (date(2026, 5, 4), 2, 1),
        (date(2026, 5, 11), 0, 1),
    ]
    assert journal.totals.weekly_sessions(date(2026, 5, 5), date(2026, 5, 10)) == [
        PeriodSessions(date(2026, 5, 4), 1, 1)
    ]
    assert journal.totals.session_counts() == (5, 3, 5)
    assert journal.totals.session_counts(date(2026, 5, 4), date(2026, 5, 10)) == (3, 2, 3)


def test_streak_counts_back_from_today_or_yesterday() -> None:
    today = date(2026, 5, 10)
    days = [today - timedelta(days=n) for n in (1, 2, 3, 5)]
    assert current_streak(days, today) == 3
    assert current_streak([today, *days], today) == 4
    assert current_streak([today, today - timedelta(days=2)], today) == 1
    assert current_streak([today - timedelta(days=2)], today) == 0
    assert current_streak([today + timedelta(days=1), today], today) == 1  # clock moved back
    assert current_streak([], today) == 0


def test_streak_is_exact_over_years_and_reads_only_to_the_first_gap(journal: Journal) -> None:
    today = date(2026, 5, 10)
    start = datetime(2026, 5, 9, 18, tzinfo=CEST)
    journal.merge([], [session(start - timedelta(days=n)) for n in range(1000)])
    journal.merge([], [session(start - timedelta(days=1200))])
    assert current_streak(journal.totals.session_days_back_from(today), today) == 1000
    read = []

    def counted() -> Iterator[date]:
        for day in journal.totals.session_days_back_from(today - timedelta(days=5)):
            read.append(day)
            yield day

    assert current_streak(counted(), today) == 0
    assert len(read) == 1


def test_routine_figures_from_rated_sessions_only(journal: Journal) -> None:
    start = datetime(2026, 5, 1, 8, tzinfo=CEST)
    helps = [session(start + timedelta(days=i), before=6, after=3 + i % 2) for i in range(6)]
    slight = [
        session(start + timedelta(days=i), before=5, after=4, routine="tennis-ball")
        for i in range(6)
    ]
    few = [
        session(start, before=7, after=2, routine="knee-to-chest"),
        session(start, before=None, after=2, routine="knee-to-chest"),
        session(start, Outcome.ABANDONED, before=7, after=2, routine="knee-to-chest"),
    ]
    worse = [
        session(start + timedelta(hours=i), before=3, after=5 if i < 2 else 3, routine="piri")
        for i in range(6)
    ]
    journal.merge([], [*helps, *slight, *few, *worse])
    ratings = FigureQueries(journal.connection).ratings(date(2026, 5, 1), date(2026, 5, 31))
    stats = {rid: routine_figures(rid, pairs) for rid, pairs in ratings.items()}
    roller = stats["foam-roller"]
    assert (roller.rated, roller.mean_before, roller.mean_after) == (6, 6, 3.5)
    assert roller.median_change == -2.5 and roller.improved == 6
    assert roller.verdict is RoutineVerdict.HELPS
    assert "improved in 6 of 6 sessions, worse in 0" in roller.verdict_text
    assert stats["tennis-ball"].verdict is RoutineVerdict.NO_CLEAR_CHANGE  # 1 of 5 is 20 %
    assert stats["knee-to-chest"].rated == 1  # unrated and abandoned ones do not count
    assert stats["knee-to-chest"].verdict_text.startswith("Not enough data yet: 1 of 6")
    assert stats["piri"].verdict is RoutineVerdict.WORSE  # worse in 2 of 6, a third
    assert "review this routine with a clinician" in stats["piri"].verdict_text


def test_downsampling_keeps_weighted_means_reach_and_red_flags() -> None:
    days = [
        DayPain(date(2026, 1, 1) + timedelta(days=i), float(i % 2), 2.0, 1 + i % 2, i % 5, i == 7)
        for i in range(1000)
    ]
    points = downsample(days, max_points=100)
    assert len(points) == 100
    first = points[0]  # days 0-9: back 0 (1 entry each) and 1 (2 entries each)
    assert first.day == days[0].day and first.entries == 15
    assert first.back == pytest.approx(10 / 15) and first.leg == 2.0
    # The mean of the days' furthest reach (0-4 twice), so one bad day does not hide a
    # retreat; a red flag on any day marks the point.
    assert first.reach == 2.0 and first.red_flags and not points[1].red_flags
    assert downsample(days[:50], max_points=100) == days[:50]
