"""The progress page, the journal's insights, the clinician PDF and ``progress --json``
give the same verdicts for the same journal and range (the issue's "done when")."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument

from routine_app.report.pdf import write_report
from routine_app.store.exchange import import_json
from routine_app.store.journal import Journal
from tests.figures.journals import JournalFile, progress_json
from tests.ui.conftest import MakeWindow

WORDS = {
    "helps": "Helps",
    "worse": "Worse",
    "no-clear-change": "No clear change",
    "not-enough-data": "Not enough data yet",
}
TREND_WORDS = {"better": "better", "worse": "worse", "no-clear-change": "no clear change"}


def build(journal: Journal, today: date) -> None:
    data = JournalFile()
    first = today - timedelta(days=49)
    # back 6 -> 3 (better); leg stays at 6 (no clear change, still high: an insight)
    data.daily(first, [(6, 6)] * 25 + [(3, 6)] * 25)
    data.ratings(first, "foam-roller", [(6, 3)] * 6 + [(5, 5)] * 2)  # helps, 6 of 8
    data.ratings(first + timedelta(days=10), "tennis-ball", [(3, 6)] * 2 + [(5, 3)] * 4)
    data.ratings(first + timedelta(days=20), "knee-to-chest", [(6, 1)] * 3)  # 3 of 6
    data.ratings(first + timedelta(days=30), "cat-cow", [(4, 4)] * 5 + [(6, 3)] * 2)
    import_json(journal, json.dumps(data.document()).encode())


def pdf_text(path: Path) -> str:
    """The PDF's text, each line's spaces squeezed (table rows stay on one line)."""
    if shutil.which("pdftotext"):  # poppler-utils: what a clinician's viewer copies out
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        return "\n".join(" ".join(line.split()) for line in text.splitlines())
    else:
        document = QPdfDocument()
        document.load(str(path))
        text = "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))
        document.close()
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def test_page_insights_pdf_and_json_agree(
    make_window: MakeWindow, journal: Journal, tmp_path: Path, capsys: Any
) -> None:
    today = date.today()
    build(journal, today)
    result = progress_json(capsys, tmp_path, today, "3m")
    verdicts = {r["routine_id"]: r["verdict"] for r in result["routines"]}
    assert verdicts == {
        "foam-roller": "helps",
        "tennis-ball": "worse",
        "knee-to-chest": "not-enough-data",
        "cat-cow": "no-clear-change",
    }
    assert result["trend"]["back"]["verdict"] == "better"
    assert result["trend"]["leg"]["verdict"] == "no-clear-change"

    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    assert page.progress is not None
    assert page.progress.figures.to_json() == {
        k: v for k, v in result.items() if k != "range_name"
    } | {"routines": [{k: v for k, v in r.items() if k != "title"} for r in result["routines"]]}
    table = page.help_table
    shown = {table.item(row, 0).text(): table.item(row, 5).text() for row in range(4)}
    for routine in result["routines"]:
        assert shown[routine["title"]].startswith(WORDS[routine["verdict"]]), routine
    summary = page.summary.text()
    for part in ("back", "leg"):
        word = TREND_WORDS[result["trend"][part]["verdict"]]
        assert f"{part.capitalize()} pain</b>: {word}:" in summary

    window.show_page("journal")
    insights = window.journal_page.insights.text()
    titles = {r["routine_id"]: r["title"] for r in result["routines"]}
    assert f"right after {titles['tennis-ball']} in 2 of 6 rated sessions" in insights
    for other in ("foam-roller", "knee-to-chest", "cat-cow"):
        assert titles[other] not in insights
    assert "Your leg pain has not improved" in insights and "back pain" not in insights

    pdf = tmp_path / "report.pdf"
    pages = write_report(
        journal, pdf, date.fromisoformat(result["range"]["first"]), today, window.routine_title
    )
    assert pages <= 2
    text = pdf_text(pdf)
    lines = text.splitlines()
    for routine in result["routines"]:
        row = f"{routine['title']} {routine['rated_sessions']} {routine['improved']} "
        row += f"{routine['worse']}"
        (line,) = [line for line in lines if line.startswith(row)]
        assert line.endswith(WORDS[routine["verdict"]]), line
    for part in ("back", "leg"):
        word = TREND_WORDS[result["trend"][part]["verdict"]]
        assert f"{part.capitalize()} pain: {word}:" in " ".join(lines)


def test_too_few_logged_days_are_not_enough_data_everywhere(
    make_window: MakeWindow, journal: Journal, tmp_path: Path, capsys: Any
) -> None:
    """One entry in each 14 days (8 then 2): the command line, the page and the PDF all
    say "not enough data" with the same reason, none says "better"."""
    from routine_app.cli import main

    today = date.today()
    data = JournalFile()
    data.entry(today - timedelta(days=39), 8, 8)
    data.entry(today, 2, 2)
    import_json(journal, json.dumps(data.document()).encode())
    reason = (
        "not enough data for a trend: pain was logged on 1 day of the first 14 days covered "
        "and on 1 day of the last 14; a trend needs at least 4 in each"
    )
    result = progress_json(capsys, tmp_path, today, "3m")
    assert result["trend"]["back"]["verdict"] == "not-enough-data"
    assert main(["--data-dir", str(tmp_path), "progress", "--to", str(today)]) == 0
    out = capsys.readouterr().out
    assert f"Back pain: {reason}" in out and f"Leg pain: {reason}" in out

    window = make_window()
    window.show_page("progress")
    summary = window.progress_page.summary.text()
    assert f"Back pain</b>: {reason}" in summary and f"Leg pain</b>: {reason}" in summary
    assert "at least 4 days in each of the two" in summary  # the rule, stated

    pdf = tmp_path / "report.pdf"
    write_report(journal, pdf, date.fromisoformat(result["range"]["first"]), today, str)
    text = " ".join(pdf_text(pdf).splitlines())
    assert f"Back pain: {reason}" in text and f"Leg pain: {reason}" in text
    assert "at least 4 days in each of the two" in text
    for shown in (out, summary, text):
        assert "pain: better" not in shown and "pain</b>: better" not in shown
