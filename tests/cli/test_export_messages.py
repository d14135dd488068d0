"""CSV export of sessions, and export messages that say exactly what was written."""

from __future__ import annotations

import csv
import resource
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from routine_app.cli import main
from tests.figures.journals import JournalFile


def journal_with(data: Path) -> None:
    journal = JournalFile()
    journal.daily(date(2026, 5, 1), [(3, 4)] * 3)
    journal.session(date(2026, 5, 1), "cat-cow", 5, 3)
    journal.session(date(2026, 5, 2), "=cmd", None, None, outcome="abandoned", done=1)
    journal.load(data)


def export(capsys: Any, data: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), "journal", "export", *args])
    return code, capsys.readouterr().err


def test_csv_of_sessions_and_exact_messages(tmp_path: Path, capsys: Any) -> None:
    data = tmp_path / "data"
    journal_with(data)
    code, message = export(
        capsys, data, "--format", "csv", "--what", "sessions", "-o", str(tmp_path / "s.csv")
    )
    assert code == 0
    assert message.strip() == (
        f"Exported 2 sessions to {tmp_path / 's.csv'} (CSV); entries are not in this file: "
        "use --what entries for them"
    )
    with (tmp_path / "s.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["routine_id"] for r in rows] == ["cat-cow", "'=cmd"]  # no formula runs
    assert rows[0]["pain_before"] == "5" and rows[1]["pain_after"] == ""
    assert rows[1]["outcome"] == "abandoned" and rows[1]["ended_at"] == ""

    code, message = export(capsys, data, "--format", "csv", "-o", str(tmp_path / "e.csv"))
    assert code == 0 and message.startswith(f"Exported 3 entries to {tmp_path / 'e.csv'} (CSV);")
    code, message = export(capsys, data, "-o", str(tmp_path / "all.json"))
    assert message.strip() == (
        f"Exported 3 entries, 2 sessions and 0 weekly checks to {tmp_path / 'all.json'} (JSON)"
    )


def test_one_of_each_is_singular_and_json_refuses_what(tmp_path: Path, capsys: Any) -> None:
    data = tmp_path / "data"
    journal = JournalFile()
    journal.entry(date(2026, 5, 1), 2, 2)
    journal.session(date(2026, 5, 1), "cat-cow", 5, 3)
    capsys.readouterr()
    journal.load(data)
    assert capsys.readouterr().out.startswith("1 entry and 1 session added; 0 entries and")
    _, message = export(capsys, data, "-o", str(tmp_path / "one.json"))
    assert "Exported 1 entry, 1 session and 0 weekly checks" in message
    code, message = export(capsys, data, "--what", "sessions", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "--what applies to CSV" in message
    assert not (tmp_path / "x.json").exists()


def test_a_full_disk_is_reported_and_nothing_claimed(tmp_path: Path) -> None:
    """A real write failure: the export runs in a process whose files may not grow past
    256 KiB (RLIMIT_FSIZE, as ``ulimit -f``), and the export is larger."""
    data = tmp_path / "data"
    journal = JournalFile()
    journal.daily(date(2010, 1, 1), [(3, 4)] * 6000)
    journal.load(data)
    out = tmp_path / "big.csv"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "routine_app",
            "--data-dir",
            str(data),
            "journal",
            "export",
            "--format",
            "csv",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert f"cannot write {out}" in result.stderr and "Nothing was exported" in result.stderr
    assert "Exported" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "data-import.json"]
