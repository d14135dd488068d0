"""Time rules: a time the clocks skipped is refused naming the times that exist;
out-of-range values and text that is not valid are clear errors, never tracebacks."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routine_app.core.journal import (
    JournalValueError,
    local_time,
    parse_time,
    validate_entry,
    validate_session,
)
from routine_app.store.journal import Journal
from tests.store.conftest import make_entry, make_session
from tests.store.dataloss import run_cli


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_in_the_spring_gap_is_refused_naming_the_times_that_exist(berlin: None) -> None:
    with pytest.raises(JournalValueError) as caught:
        local_time(datetime(2026, 3, 29, 2, 30))
    message = str(caught.value)
    assert "2026-03-29 02:30 does not exist" in message
    assert "up to 01:59 and from 03:00" in message


def test_times_around_the_gap_and_in_the_autumn_overlap_are_kept(berlin: None) -> None:
    assert local_time(datetime(2026, 3, 29, 1, 59)).utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert local_time(datetime(2026, 3, 29, 3, 0)).utcoffset().total_seconds() == 7200  # type: ignore[union-attr]
    autumn = local_time(datetime(2026, 10, 25, 2, 30))  # happens twice: the first is taken
    assert autumn.replace(tzinfo=None) == datetime(2026, 10, 25, 2, 30)


def test_cli_refuses_a_gap_time_and_writes_nothing(tmp_path: Path) -> None:
    result = run_cli(
        "log", "--data-dir", str(tmp_path), "--back", "2", "--leg", "3",
        "--at", "2026-03-29T02:30", env={"TZ": "Europe/Berlin"},
    )  # fmt: skip
    assert result.returncode == 2
    assert "does not exist in your time zone" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "text", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:10:00+01:00", "1800-01-01T00:00:00Z"]
)
def test_out_of_range_years_are_clear_errors(text: str) -> None:
    with pytest.raises(JournalValueError, match="between the years 1900 and 2999"):
        parse_time(text)
    moment = datetime.fromisoformat(text)
    with pytest.raises(JournalValueError, match="between the years"):
        validate_entry(make_entry(recorded_at=moment))


def test_cli_out_of_range_and_invalid_text_are_messages(tmp_path: Path) -> None:
    for extra in (["--at", "9999-12-31T23:00"], ["--note", "\udc80 bad"]):
        result = run_cli("log", "--data-dir", str(tmp_path), "--back", "2", "--leg", "3", *extra)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert "routine-app: error:" in result.stderr


def test_huge_counts_and_lone_surrogates_are_refused(tmp_path: Path) -> None:
    with pytest.raises(JournalValueError, match="at most"):
        validate_session(make_session(segments_done=0, segments_total=2**63))
    with pytest.raises(JournalValueError, match="not valid text"):
        validate_entry(make_entry(notes="pain \ud800 here"))
    with Journal.open(tmp_path)[0] as journal:
        with pytest.raises(JournalValueError):
            journal.start_session(make_session(segments_done=0, segments_total=2**63))
        assert journal.counts() == (0, 0)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)))
def test_parse_time_never_raises_anything_but_a_value_error(moment: datetime) -> None:
    for offset in ("+14:00", "-12:00", "Z"):
        text = moment.isoformat(timespec="milliseconds") + offset
        try:
            parsed = parse_time(text)
        except JournalValueError:
            continue
        assert 1900 <= parsed.astimezone(UTC).year <= 2999
