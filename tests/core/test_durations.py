from __future__ import annotations

import math

import pytest

from routine_app.core.durations import DurationError, format_clock, format_duration, parse_duration


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (45, 45.0),
        (2.5, 2.5),
        ("45", 45.0),
        ("45s", 45.0),
        ("2m", 120.0),
        ("1m30s", 90.0),
        ("1m 30s", 90.0),
        ("1h", 3600.0),
        ("1h2m3s", 3723.0),
        ("0.5s", 0.5),
        (" 10s ", 10.0),
    ],
)
def test_accepted_forms(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(
    "value",
    [
        True,
        False,
        None,
        "",
        "s",
        "abc",
        "10 minutes",
        "1m30",
        "-5s",
        "5x",
        [1],
        {"a": 1},
        math.nan,
        math.inf,
        "9" * 5000,
        "1" * 20 + "s",
    ],
)
def test_rejected_forms(value: object) -> None:
    with pytest.raises(DurationError):
        parse_duration(value)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45, "45 s"), (60, "1 min"), (90, "1 min 30 s"), (3600, "1 h"), (3900, "1 h 5 min")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.2, "0:01"), (45, "0:45"), (605, "10:05"), (3723, "1:02:03")],
)
def test_format_clock_rounds_up_so_the_last_second_shows_one(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text
