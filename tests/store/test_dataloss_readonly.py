"""Read-only use works read-only: a read-only disk or a full one still lets the user
view, export, report and check; only writing says it cannot."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from routine_app.store.journal import JOURNAL_FILE, Journal, JournalError
from tests.store.conftest import make_entry
from tests.store.dataloss import fill_disk, read_only, run_cli, seed, tmpfs

DAY = date(2026, 3, 1)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_read_only_disk_opens_read_only_and_changes_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk") as disk:
        data = disk / "data"
        ids = seed(data, 4, DAY)
        before = fingerprint(data)
        read_only(disk)
        try:
            journal, report = Journal.open(data, today=date(2026, 3, 9))
            with journal:
                assert report.read_only and "read only" in report.notices[0]
                assert [e.id for e in journal.entries()] == ids
                with pytest.raises(JournalError, match="read-only"):
                    journal.add_entry(make_entry(9))
            assert fingerprint(data) == before
        finally:
            read_only(disk, writable=True)


def test_cli_export_check_and_report_work_on_a_read_only_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk") as disk:
        data = disk / "data"
        ids = seed(data, 4, DAY)
        out = tmp_path / "out"
        out.mkdir()
        read_only(disk)
        try:
            export = run_cli(
                "journal", "export", "--data-dir", str(data), "-o", str(out / "j.json")
            )
            assert export.returncode == 0, export.stderr
            assert [e["id"] for e in json.loads((out / "j.json").read_text())["entries"]] == ids
            check = run_cli("journal", "check", "--data-dir", str(data))
            assert check.returncode == 0 and ": ok" in check.stdout, check.stderr
            pdf = out / "r.pdf"
            report = run_cli(
                "report", "--data-dir", str(data), "-o", str(pdf), "--from", "2026-02-01",
                "--to", "2026-03-31",
            )  # fmt: skip
            assert report.returncode == 0, report.stderr
            assert pdf.read_bytes().startswith(b"%PDF")
            smoke = run_cli("--smoke", "--data-dir", str(data), "--view", "journal")
            assert smoke.returncode == 0, smoke.stderr
            log = run_cli("log", "--data-dir", str(data), "--back", "1", "--leg", "1")
            assert log.returncode == 1 and "read only" in log.stderr.replace("-", " ")
        finally:
            read_only(disk, writable=True)


def test_a_full_disk_still_lets_the_user_read_and_export(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        data = disk / "data"
        ids = seed(data, 4, DAY)
        fill_disk(disk)
        out = tmp_path / "j.json"
        export = run_cli("journal", "export", "--data-dir", str(data), "-o", str(out))
        assert export.returncode == 0, export.stderr
        assert [e["id"] for e in json.loads(out.read_text())["entries"]] == ids
        assert "disk is full" in export.stderr
        log = run_cli("log", "--data-dir", str(data), "--back", "1", "--leg", "1")
        assert log.returncode == 1 and "disk is full" in log.stderr
        assert not [p for p in data.iterdir() if p.name.startswith(JOURNAL_FILE + ".")]
