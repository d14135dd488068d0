from __future__ import annotations

from datetime import UTC, datetime, timedelta

from routine_app.core.insights import not_improving, warnings, worse_after_sessions
from routine_app.core.journal import Entry, Session, new_id

NOW = datetime(2026, 6, 30, 20, 0, tzinfo=UTC)


def session(days_ago: int, before: int | None, after: int | None) -> Session:
    return Session(
        new_id(),
        "foam-roller",
        NOW - timedelta(days=days_ago),
        pain_before=before,
        pain_after=after,
    )


def entry(days_ago: float, back: int, leg: int) -> Entry:
    return Entry(new_id(), NOW - timedelta(days=days_ago), back, leg)


def test_warns_when_pain_is_higher_after_in_three_of_five_recent_sessions() -> None:
    sessions = [
        session(1, 4, 6),
        session(2, 4, 5),
        session(3, 5, 3),
        session(4, 3, 4),
        session(5, 5, 5),
        session(30, 2, 9),
    ]
    message = worse_after_sessions(sessions)
    assert message is not None and "in 3 of your last 5 rated sessions" in message


def test_no_session_warning_when_most_sessions_help_or_too_few_are_rated() -> None:
    assert (
        worse_after_sessions(
            [
                session(1, 4, 6),
                session(2, 4, 5),
                session(3, 5, 3),
                session(4, 5, 4),
                session(5, 5, 4),
            ]
        )
        is None
    )
    assert worse_after_sessions([session(1, 4, 6), session(2, 4, 5), session(3, None, 9)]) is None


def test_warns_when_leg_pain_has_not_come_down_over_four_weeks() -> None:
    entries = [entry(27, 2, 6), entry(25, 2, 6), entry(3, 1, 6), entry(1, 1, 7)]
    message = not_improving(entries, NOW)
    assert message is not None
    assert "leg pain (about 6.0 four weeks ago, 6.5 now)" in message
    assert "back pain" not in message


def test_no_trend_warning_when_pain_falls_is_low_or_data_is_thin() -> None:
    falling = [entry(27, 6, 7), entry(25, 6, 7), entry(3, 4, 5), entry(1, 4, 5)]
    low = [entry(27, 2, 2), entry(25, 2, 2), entry(3, 2, 2), entry(1, 2, 2)]
    thin = [entry(27, 6, 7), entry(3, 6, 7), entry(1, 6, 7)]
    assert not_improving(falling, NOW) is None
    assert not_improving(low, NOW) is None
    assert not_improving(thin, NOW) is None
    assert warnings([], [], NOW) == []
