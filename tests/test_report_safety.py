"""The report's safety section (to be wired into report/pdf.py at merge with issue 13's work)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from routine_app.core.journal import PainMoved, RedFlag, new_id
from routine_app.core.safety_records import Clearance, Episode
from routine_app.report.safety import safety_section_html
from routine_app.store import safety
from routine_app.store.journal import Journal
from tests.store.conftest import BASE, make_entry, make_session


def test_section_lists_signs_with_dates_checks_episode_and_stop_rule_counts(
    tmp_path: Path,
) -> None:
    with Journal.open(tmp_path)[0] as journal:
        check_section(journal)


def check_section(journal: Journal) -> None:
    day = BASE.date()
    assert safety_section_html(journal, day, day) == ""
    journal.add_entry(make_entry(red_flags=frozenset({RedFlag.SADDLE_NUMBNESS})))
    journal.add_entry(make_entry(24, warning_signs=frozenset({"fever"})))
    safety.add_clearance(journal, Clearance(new_id(), BASE + timedelta(hours=5), "A&E <ok>"))
    safety.add_episode(journal, Episode(new_id(), day - timedelta(days=41), BASE))
    journal.start_session(make_session(30, pain_moved=PainMoved.FURTHER_DOWN))
    journal.start_session(make_session(31, pain_moved=PainMoved.TOWARDS_BACK))
    text = safety_section_html(journal, day, day + timedelta(days=3), lambda r: r.upper(), day)
    assert "2026-03-01 08:00: <b>Emergency now</b>" in text and "toilet paper" in text
    assert "2026-03-02 08:00: <b>See a doctor soon</b>: A fever" in text
    assert "2026-03-01 13:00: A&amp;E &lt;ok&gt;" in text
    assert "began on 19 January 2026 (5 weeks" in text and "week 6" in text
    assert "<td>FOAM-ROLLER</td><td>1</td><td>1</td><td>0</td>" in text
    later = safety_section_html(journal, day + timedelta(days=10), day + timedelta(days=11))
    assert "toilet paper" not in later and "FOAM" not in later
