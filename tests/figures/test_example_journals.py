"""Journals built to test each rule of docs/statistics.md, imported through the JSON
format and read back with ``routine-app progress --json``: each gets the verdict the
rules give (the issue's own examples first)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.figures.journals import JournalFile, progress_json, routine

TO = date(2026, 6, 30)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def start(days_before: int) -> date:
    return TO - timedelta(days=days_before)


def test_two_big_falls_and_eight_unchanged_is_no_clear_change(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.ratings(start(20), "foam-roller", [(10, 0), (10, 0)] + [(5, 5)] * 8)
    journal.load(data)
    found = routine(progress_json(capsys, data, TO), "foam-roller")
    assert found["rated_sessions"] == 10 and found["improved"] == 2 and found["worse"] == 0
    assert found["median_change"] == 0
    assert found["verdict"] == "no-clear-change"  # the mean (-2) would have said "helps"


def test_a_third_three_points_worse_is_worse(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.ratings(start(20), "tennis-ball", [(4, 7)] * 3 + [(6, 3)] * 6)
    journal.load(data)
    found = routine(progress_json(capsys, data, TO), "tennis-ball")
    assert (found["rated_sessions"], found["improved"], found["worse"]) == (9, 6, 3)
    assert found["verdict"] == "worse"  # safety first, though two thirds improved


def test_a_fall_from_two_to_one_is_not_an_improvement(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.ratings(start(20), "knee-to-chest", [(2, 1)] * 8)
    journal.load(data)
    found = routine(progress_json(capsys, data, TO), "knee-to-chest")
    assert found["improved"] == 0 and found["verdict"] == "no-clear-change"
    assert found["median_change"] == -1


def test_thirty_percent_from_three_or_more_is_an_improvement(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.ratings(start(20), "knee-to-chest", [(10, 7)] * 3 + [(3, 2)] * 3 + [(4, 3)] * 2)
    journal.load(data)
    found = routine(progress_json(capsys, data, TO), "knee-to-chest")
    # 10 -> 7 is exactly 70 % (improved); 3 -> 2 is 67 % (improved); 4 -> 3 is 75 % (not)
    assert (found["improved"], found["worse"], found["verdict"]) == (6, 0, "helps")


def test_only_completed_or_stopped_sessions_with_both_ratings_count(
    data: Path, capsys: Any
) -> None:
    journal = JournalFile()
    journal.ratings(start(20), "cat-cow", [(6, 2)] * 5)
    journal.session(start(5), "cat-cow", 6, 2, outcome="abandoned", done=2)
    journal.session(start(4), "cat-cow", 6, None)
    journal.session(start(3), "cat-cow", None, 2)
    journal.load(data)
    result = progress_json(capsys, data, TO)
    found = routine(result, "cat-cow")
    assert found["rated_sessions"] == 5 and found["verdict"] == "not-enough-data"
    journal = JournalFile()
    journal.session(start(2), "cat-cow", 6, 2, outcome="stopped", done=0)
    journal.load(data)
    found = routine(progress_json(capsys, data, TO), "cat-cow")
    assert found["rated_sessions"] == 6 and found["verdict"] == "helps"


def test_a_twenty_day_journal_has_no_trend_and_two_weeks_never_compares_with_itself(
    data: Path, capsys: Any
) -> None:
    journal = JournalFile()
    journal.daily(start(19), [(8, 8)] * 10 + [(1, 1)] * 10)
    journal.load(data)
    for span in ("2w", "3m", "all"):
        result = progress_json(capsys, data, TO, span)
        for part in ("back", "leg"):
            assert result["trend"][part]["verdict"] == "not-enough-data", (span, part)
    assert progress_json(capsys, data, TO, "3m")["days_covered"] == 20


def test_trend_needs_two_points_or_thirty_percent(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    # back: 5.0 -> 3.5 (-1.5 points, 30 %): better; leg: 8.0 -> 6.5 (-1.5, 19 %): no clear
    # change; the 14 days between the two windows do not count.
    journal.daily(start(41), [(5, 8)] * 14 + [(9, 9)] * 14 + [(3, 6), (4, 7)] * 7)
    journal.load(data)
    trend = progress_json(capsys, data, TO)["trend"]
    assert trend["back"] == {
        "verdict": "better",
        "first_mean": 5.0,
        "last_mean": 3.5,
        "first_window": [str(start(41)), str(start(28))],
        "last_window": [str(start(13)), str(TO)],
        "first_days_logged": 14,
        "last_days_logged": 14,
    }
    assert trend["leg"]["verdict"] == "no-clear-change"
    assert (trend["leg"]["first_mean"], trend["leg"]["last_mean"]) == (8.0, 6.5)


def test_rising_pain_is_worse(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.daily(start(27), [(2, 3)] * 14 + [(4, 4)] * 14)
    journal.load(data)
    trend = progress_json(capsys, data, TO)["trend"]
    assert trend["back"]["verdict"] == "worse"  # +2 points
    assert trend["leg"]["verdict"] == "worse"  # +1 point is 33 % of 3


def test_rates_are_over_the_days_the_journal_covers(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    first = start(183)  # the journal began 184 days ago
    for n in range(184):
        journal.entry(first + timedelta(days=n), 3, 3)
        if n % 2 == 0:
            journal.session(first + timedelta(days=n), "foam-roller", None, None)
    journal.load(data)
    result = progress_json(capsys, data, TO, "1y")
    assert result["days_covered"] == 184 and result["days_logged"] == 184
    assert result["covered_first"] == str(first)
    assert result["sessions_per_week"] == 3.5  # 92 sessions in 184 days, not 1.76
    assert result["routine_day_share"] == 0.5


def test_a_trial_stopped_at_step_zero_does_not_extend_the_streak(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.session(start(3), "cat-cow", None, None)
    journal.session(start(2), "cat-cow", None, None, outcome="stopped", done=1)
    journal.session(start(1), "cat-cow", None, None)
    journal.session(TO, "cat-cow", None, None, outcome="stopped", done=0)
    journal.session(TO, "cat-cow", None, None, outcome="abandoned", done=3)
    journal.load(data)
    result = progress_json(capsys, data, TO)
    assert result["streak_days"] == 3  # up to yesterday; today's tries do not count
    assert result["sessions"] == 5 and result["sessions_done"] == 3
    assert progress_json(capsys, data, start(1))["streak_days"] == 3
    assert progress_json(capsys, data, start(2))["streak_days"] == 2


def test_to_sets_today_for_every_figure(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    journal.daily(start(59), [(7, 7)] * 30 + [(2, 2)] * 30)
    journal.load(data)
    early = progress_json(capsys, data, start(30))
    assert early["range"]["last"] == str(start(30)) and early["days_covered"] == 30
    assert early["trend"]["back"]["verdict"] == "no-clear-change"
    assert progress_json(capsys, data, TO)["trend"]["back"]["verdict"] == "better"


def test_an_empty_journal_says_not_enough_data(data: Path, capsys: Any) -> None:
    JournalFile().load(data)
    result = progress_json(capsys, data, TO)
    assert result["days_covered"] == 0 and result["routines"] == []
    assert result["sessions_per_week"] is None and result["streak_days"] == 0
    assert result["trend"]["back"]["verdict"] == "not-enough-data"


def test_text_output_says_which_days_and_why(data: Path, capsys: Any) -> None:
    from routine_app.cli import main

    journal = JournalFile()
    journal.daily(start(0), [(4, 5)])
    journal.ratings(start(0), "cat-cow", [(6, 3)])
    journal.load(data)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "progress", "--range", "2w", "--to", str(TO)]) == 0
    out = capsys.readouterr().out
    assert "Over the 1 day the journal covers in this range, from the first record on" in out
    assert "Back pain: not enough data for a trend: the journal covers 1 day of this range" in out
    assert "1 routine done, 7.0 a week; a routine on 1 of 1 day (100 %)" in out
    assert "cat-cow: Not enough data yet: 1 of 6 rated sessions needed" in out
    assert "regression to the mean" in out


def progress_text(capsys: Any, data: Path, span: str = "3m") -> str:
    from routine_app.cli import main

    capsys.readouterr()
    assert main(["--data-dir", str(data), "progress", "--range", span, "--to", str(TO)]) == 0
    out: str = capsys.readouterr().out
    return out


def test_one_entry_in_each_window_is_not_enough_for_a_trend(data: Path, capsys: Any) -> None:
    """The review's case: 8 on the first day covered, 2 on the last, nothing between.
    Two days say nothing about how pain went; the old rule called it "better"."""
    journal = JournalFile()
    journal.entry(start(39), 8, 8)
    journal.entry(TO, 2, 2)
    journal.load(data)
    trend = progress_json(capsys, data, TO)["trend"]
    for part in ("back", "leg"):
        assert trend[part]["verdict"] == "not-enough-data", part
        assert (trend[part]["first_days_logged"], trend[part]["last_days_logged"]) == (1, 1)
    out = progress_text(capsys, data)
    assert "better" not in out
    assert (
        "Back pain: not enough data for a trend: pain was logged on 1 day of the first 14 "
        "days covered and on 1 day of the last 14; a trend needs at least 4 in each"
    ) in out


@pytest.mark.parametrize(("first_days", "last_days"), [(3, 14), (14, 3), (3, 3)])
def test_three_days_in_either_window_are_not_enough(
    data: Path, capsys: Any, first_days: int, last_days: int
) -> None:
    journal = JournalFile()
    for n in range(first_days):  # the first window: start(41) .. start(28)
        journal.entry(start(41) + timedelta(days=n), 8, 8)
    for n in range(last_days):  # the last window: start(13) .. TO
        journal.entry(TO - timedelta(days=n), 2, 2)
    journal.load(data)
    back = progress_json(capsys, data, TO)["trend"]["back"]
    assert back["verdict"] == "not-enough-data"
    assert (back["first_days_logged"], back["last_days_logged"]) == (first_days, last_days)


def test_four_days_in_each_window_give_a_verdict(data: Path, capsys: Any) -> None:
    journal = JournalFile()
    for n in (0, 4, 8, 12):  # spread over the first window
        journal.entry(start(41) + timedelta(days=n), 8, 5)
    for n in (0, 3, 6, 9):
        journal.entry(TO - timedelta(days=n), 2, 5)
    journal.load(data)
    trend = progress_json(capsys, data, TO)["trend"]
    assert trend["back"]["verdict"] == "better"
    assert trend["leg"]["verdict"] == "no-clear-change"
    assert (trend["back"]["first_days_logged"], trend["back"]["last_days_logged"]) == (4, 4)
    assert "Back pain: better: 8.0 on average" in progress_text(capsys, data)


def test_two_weeks_says_it_can_never_show_a_trend_and_suggests_a_longer_range(
    data: Path, capsys: Any
) -> None:
    journal = JournalFile()
    journal.daily(start(59), [(7, 7)] * 30 + [(2, 2)] * 30)
    journal.load(data)
    out = progress_text(capsys, data, "2w")
    assert (
        "Back pain: not enough data for a trend: a trend compares the first and last 14 "
        "days, so it needs 28 days, more than this range of 14 days holds; choose a longer "
        "range (3 months or more)"
    ) in out
    assert "Back pain: better" in progress_text(capsys, data, "3m")  # as it says


def test_a_young_journal_is_not_sent_to_a_longer_range(data: Path, capsys: Any) -> None:
    """Twenty days of journal: no range shows a trend yet, so none is suggested."""
    journal = JournalFile()
    journal.daily(start(19), [(5, 5)] * 20)
    journal.load(data)
    for span in ("2w", "all"):
        out = progress_text(capsys, data, span)
        assert "Back pain: not enough data for a trend: the journal covers" in out
        assert "a trend needs 28, more than this range of" in out
        assert "longer range" not in out
    assert "choose" not in progress_text(capsys, data, "3m")
