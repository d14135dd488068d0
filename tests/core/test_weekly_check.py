"""The weekly check's values and scores (SBI: 4 x 0-6, sum; PEG: 3 x 0-10, mean)."""

from __future__ import annotations

from datetime import UTC, datetime
from statistics import fmean

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routine_app.core.journal import JournalValueError, new_id
from routine_app.core.weekly_check import WeeklyCheck, validate_weekly_check

WHEN = datetime(2026, 6, 30, 20, tzinfo=UTC)
answer = st.none() | st.integers(-3, 13)


@given(st.tuples(answer, answer, answer, answer), st.tuples(answer, answer, answer))
def test_only_answers_on_each_scale_are_accepted(
    sbi: tuple[int | None, int | None, int | None, int | None],
    peg: tuple[int | None, int | None, int | None],
) -> None:
    check = WeeklyCheck(new_id(), WHEN, sbi, peg)
    valid = all(v is None or 0 <= v <= 6 for v in sbi) and all(
        v is None or 0 <= v <= 10 for v in peg
    )
    answered = any(v is not None for v in sbi + peg)
    if not (valid and answered):
        with pytest.raises(JournalValueError):
            validate_weekly_check(check)
        return
    checked = validate_weekly_check(check)
    assert checked.sbi_score == (None if None in sbi else sum(sbi))  # type: ignore[arg-type]
    expected_peg = None if None in peg else fmean(peg)  # type: ignore[arg-type]
    assert checked.peg_score == expected_peg


def test_booleans_are_not_scores() -> None:
    with pytest.raises(JournalValueError, match="Leg pain must be a whole number from 0 to 6"):
        validate_weekly_check(WeeklyCheck(new_id(), WHEN, (True, 1, 1, 1), (1, 1, 1)))
