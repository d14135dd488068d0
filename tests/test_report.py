from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from routine_app.core.journal import Entry, LegSide, Outcome, Reach, RedFlag, Session, new_id
from routine_app.core.weekly_check import WeeklyCheck
from routine_app.report.pdf import write_report
from routine_app.store import weekly_checks
from routine_app.store.journal import Journal


def pdf_text(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    count = document.pageCount()
    document.close()
    return count, text


def test_report_lists_trend_sessions_red_flags_and_notes(qapp: object, tmp_path: Path) -> None:
    today = date(2026, 11, 22)
    start = datetime(2026, 9, 1, 8, tzinfo=datetime.now().astimezone().tzinfo)
    with Journal.open(tmp_path / "data")[0] as journal:
        journal.merge(
            [
                Entry(
                    new_id(),
                    start + timedelta(days=d),
                    7 - d // 15,
                    8 - d // 15,
                    notes="slept badly" if d == 40 else "",
                    red_flags=frozenset({RedFlag.SADDLE_NUMBNESS}) if d == 30 else frozenset(),
                    leg_side=LegSide.LEFT,
                    reaches=Reach.FOOT if d < 20 else Reach.THIGH,
                    numbness=d < 10,
                    tingling=d % 2 == 0,
                    weakness=d == 5,
                    medication="Ibuprofen 400 mg, paracetamol" if d % 3 == 0 else "",
                )
                for d in range(80)
            ],
            [
                Session(
                    new_id(),
                    "knee-to-chest",
                    start + timedelta(days=d, hours=2),
                    None,
                    Outcome.COMPLETED,
                    4,
                    4,
                    6,
                    3,
                )
                for d in range(0, 80, 2)
            ],
        )
        journal.connection.execute(
            "UPDATE entries SET warning_signs = 'foot-drop' WHERE substr(recorded_at, 1, 10) "
            "= '2026-09-21'"
        )
        journal.connection.commit()
        weekly_checks.add(
            journal, WeeklyCheck(new_id(), start + timedelta(days=7), (5, 3, 1, 4), (7, 6, 5))
        )
        pages = write_report(
            journal,
            tmp_path / "report.pdf",
            date(2026, 9, 1),
            today,
            {"knee-to-chest": "Knee-to-chest stretch"}.get,  # type: ignore[arg-type]
            today,
            episode_began=date(2026, 8, 18),
        )
    count, text = pdf_text(tmp_path / "report.pdf")
    text = " ".join(text.split()).replace("- ", "-")  # undo the PDF's line breaks
    assert pages == count and 1 <= count <= 2
    assert "Period: 01 September 2026 to 22 November 2026" in text
    for expected in (
        "This episode began on 18 August 2026: 97 days (13 weeks)",
        # back 7.0 for the first 14 days covered, 2.0 in the last 14 (days 66-79 of 83)
        "Back pain: better: 7.0 on average from 01 Sep to 14 Sep",
        "Trend rule:",
        "Pain typically reaches",
        "Foot or toes",
        "numbness on 10, tingling on 40, weakness on 1",
        "left leg on 80 days",
        "Ibuprofen 400 mg: 27 days; paracetamol: 27 days",
        "Warning signs reported (the app advised seeing a doctor soon)",
        "21 Sep 2026",
        "A dropping foot",
        "Emergency signs reported",
        "saddle area",
        "Routines done",
        "40 routines done",
        "Knee-to-chest stretch",
        "Helps",
        "-3 points",
        "regression to the mean",
        "Sciatica Bothersomeness Index",
        "PEG",
        "slept badly",
        "not a diagnosis",
    ):
        assert expected in text, expected


def test_empty_journal_gives_a_valid_pdf_saying_so(qapp: object, tmp_path: Path) -> None:
    with Journal.open(tmp_path / "data")[0] as journal:
        pages = write_report(journal, tmp_path / "empty.pdf", date(2026, 1, 1), date(2026, 3, 31))
    count, text = pdf_text(tmp_path / "empty.pdf")
    assert pages == count == 1
    assert "No data" in text and "no pain entries" in text


@pytest.mark.parametrize("years", [1, 5])
def test_busy_years_fit_on_two_pages(qapp: object, tmp_path: Path, years: int) -> None:
    """Every list years can fill is capped or grouped, so the report stays at two pages."""
    last = date(2026, 11, 30)
    first = last - timedelta(days=365 * years - 1)
    start = datetime.combine(first, datetime.min.time()).astimezone() + timedelta(hours=8)
    routines = [f"routine-{n}" for n in range(8)]
    with Journal.open(tmp_path / "data")[0] as journal:
        journal.merge(
            [
                Entry(
                    new_id(),
                    start + timedelta(days=d, hours=h),
                    (d + h) % 11,
                    (d * 3 + h) % 11,
                    notes=f"note {d}" if d % 5 == 0 else "",
                    medication=f"drug {d % 12}, other {d % 7}",
                    red_flags=frozenset({RedFlag.BOTH_LEGS}) if d % 20 == 0 else frozenset(),
                    numbness=d % 2 == 0,
                )
                for d in range(365 * years)
                for h in (0, 12)
            ],
            [
                Session(
                    new_id(),
                    routines[d % 8],
                    start + timedelta(days=d, hours=3),
                    None,
                    Outcome.COMPLETED,
                    4,
                    4,
                    d % 11,
                    (d * 7) % 11,
                )
                for d in range(365 * years)
            ],
        )
        journal.connection.execute(
            "UPDATE entries SET warning_signs = 'foot-drop' WHERE back_pain = 3"
        )
        for week in range(52 * years):
            weekly_checks.add(
                journal,
                WeeklyCheck(new_id(), start + timedelta(weeks=week), (3, 2, 1, 4), (5, 5, 5)),
            )
        pages = write_report(journal, tmp_path / "year.pdf", first, last)
    count, text = pdf_text(tmp_path / "year.pdf")
    assert pages == count <= 2
    text = " ".join(text.split())
    assert "Mean SBI (0-24)" in text and "routine-7" in text and "more" in text
    notes_left_out = "Notes are left out to keep this report to two pages" in text
    assert notes_left_out == (years == 5)
    if years == 5:  # rows of several months: "Jan-Apr 2023"
        assert re.search(r"[A-Z][a-z]{2}-[A-Z][a-z]{2} \d{4}", text)
