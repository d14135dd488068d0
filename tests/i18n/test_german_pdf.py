"""The clinician report and the safety card render in German (real PDFs, read back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from routine_app import i18n
from routine_app.core.journal import Entry, LegSide, Outcome, Reach, RedFlag, Session, new_id
from routine_app.report.pdf import write_report
from routine_app.report.safety_card import write_safety_card
from routine_app.store.journal import Journal
from tests.test_report import pdf_text


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(["de"])
    try:
        yield
    finally:
        i18n.install(["en"])


def _journal(folder: Path) -> None:
    start = datetime(2026, 9, 1, 8, tzinfo=datetime.now().astimezone().tzinfo)
    with Journal.open(folder)[0] as journal:
        journal.merge(
            [
                Entry(
                    new_id(),
                    start + timedelta(days=d),
                    7 - d // 15,
                    8 - d // 15,
                    notes="schlecht geschlafen" if d == 40 else "",
                    red_flags=frozenset({RedFlag.SADDLE_NUMBNESS}) if d == 30 else frozenset(),
                    leg_side=LegSide.LEFT,
                    reaches=Reach.THIGH,
                    tingling=d % 2 == 0,
                    medication="Ibuprofen" if d % 3 == 0 else "",
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


def test_german_report_has_german_section_titles(
    qapp: object, tmp_path: Path, german: None
) -> None:
    _journal(tmp_path / "data")
    with Journal.open(tmp_path / "data")[0] as journal:
        pages = write_report(
            journal,
            tmp_path / "bericht.pdf",
            date(2026, 9, 1),
            date(2026, 11, 22),
            today=date(2026, 11, 22),
        )
    count, text = pdf_text(tmp_path / "bericht.pdf")
    assert count == pages <= 2
    flat = " ".join(text.split())
    for title in (
        "Sciatica Routines: Fortschrittsbericht",
        "Rücken- und Beinschmerz",
        "Symptome, Bein und Medikamente",
        "Warn- und Notfallzeichen",
        "Erledigte Routinen",
        "Schmerz direkt nach jeder Routine",
        "Wöchentliche Abfrage",
    ):
        assert title in flat, title
    assert "1. September 2026" in flat and "Reithosenbereich" in flat
    for english in ("Back and leg pain", "Routines done", "Warning and emergency signs", "Period:"):
        assert english not in flat


def test_german_safety_card(qapp: object, tmp_path: Path, german: None) -> None:
    assert write_safety_card(tmp_path / "karte.pdf", QPageSize.PageSizeId.A6) == 1
    _, text = pdf_text(tmp_path / "karte.pdf")
    flat = " ".join(text.split())
    assert "Ischias: Wann Sie Hilfe holen sollten" in flat
    assert "Notruf 112" in flat and "Meine Notrufnummer:" in flat
    assert "EMERGENCY" not in flat and "when to get help" not in flat
