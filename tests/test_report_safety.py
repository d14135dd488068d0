"""The report's safety facts in the PDF: where the pain moved during each routine (the
stop rule's question), doctor's checks with their notes, and the signs with dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from routine_app.core.journal import PainMoved, RedFlag, new_id
from routine_app.core.safety_records import Clearance
from routine_app.report.pdf import write_report
from routine_app.store import safety
from routine_app.store.journal import Journal
from tests.store.conftest import BASE, make_entry, make_session
from tests.test_report import pdf_text


def report_text(journal: Journal, path: Path, first: date, last: date) -> str:
    write_report(journal, path, first, last, lambda r: r.upper(), last)
    return " ".join(pdf_text(path)[1].split())


def test_pdf_shows_where_the_pain_moved_per_routine_checks_and_signs(
    qapp: object, tmp_path: Path
) -> None:
    day = BASE.date()
    with Journal.open(tmp_path / "data")[0] as journal:
        journal.add_entry(make_entry(red_flags=frozenset({RedFlag.SADDLE_NUMBNESS})))
        journal.add_entry(make_entry(24, warning_signs=frozenset({"fever"})))
        safety.add_clearance(journal, Clearance(new_id(), BASE + timedelta(hours=5), "A&E <ok>"))
        journal.start_session(make_session(30, pain_moved=PainMoved.FURTHER_DOWN))
        journal.start_session(make_session(31, pain_moved=PainMoved.TOWARDS_BACK))
        journal.start_session(make_session(32))  # not answered: counted nowhere
        text = report_text(journal, tmp_path / "now.pdf", day, day + timedelta(days=3))
        later = report_text(
            journal, tmp_path / "later.pdf", day + timedelta(days=10), day + timedelta(days=11)
        )
    assert "Where the pain moved during each routine" in text
    assert "FOAM-ROLLER 1 1 0" in text  # towards the back, further down, neither
    assert "A&E <ok>" in text and "toilet paper" in text and "A fever" in text
    assert "Where the pain moved" not in later and "toilet paper" not in later
