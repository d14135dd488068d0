"""Health data is private whatever the umask: files 0600, folders 0700, no shared
temporary names."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from routine_app.store.files import tighten_settings, write_private
from routine_app.store.journal import JOURNAL_FILE, Journal
from tests.store.conftest import make_entry
from tests.store.dataloss import run_cli


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_everything_is_private_with_an_open_umask(tmp_path: Path, open_umask: None) -> None:
    data = tmp_path / "a" / "b" / "data"
    with Journal.open(data, today=date(2026, 3, 1))[0] as journal:
        journal.add_entry(make_entry())
        manual = journal.backup_now()
    with Journal.open(data, today=date(2026, 3, 2))[0]:
        pass
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data, data / "backups"):
        assert mode(folder) == 0o700, folder
    files = [p for p in data.rglob("*") if p.is_file()]
    assert manual in files and data / JOURNAL_FILE in files
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    export = tmp_path / "export.json"
    write_private(export, b"{}")
    assert mode(export) == 0o600


def test_an_existing_open_folder_is_tightened_on_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    with Journal.open(data)[0]:
        pass
    assert mode(data) == 0o700


def test_export_never_writes_through_a_prepared_temporary_file(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "pain.json.partial").symlink_to(victim)
    write_private(shared / "pain.json", b"{}")
    assert victim.read_text() == "keep" and mode(shared / "pain.json") == 0o600
    assert sorted(p.name for p in shared.iterdir()) == ["pain.json", "pain.json.partial"]


def test_settings_file_and_folder_are_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "SciaticaRoutines"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)
    conf = folder / "routine-app.conf"
    conf.write_text("[routines]\naffected_side=left\n")
    os.chmod(conf, 0o644)
    tighten_settings(conf)
    assert mode(folder) == 0o700 and mode(conf) == 0o600
    fresh = tmp_path / "other" / "Org" / "app.conf"
    tighten_settings(fresh)
    assert mode(fresh.parent) == 0o700 and mode(fresh) == 0o600


def test_app_start_tightens_settings_and_default_data_folders(tmp_path: Path) -> None:
    config = tmp_path / "config"
    old_conf = config / "SciaticaRoutines" / "routine-app.conf"
    old_conf.parent.mkdir(parents=True)
    old_conf.write_text("[routines]\naffected_side=left\n")
    os.chmod(old_conf.parent, 0o755)
    os.chmod(old_conf, 0o644)
    share = tmp_path / "share"
    org = share / "SciaticaRoutines"
    (org / "routine-app").mkdir(parents=True)
    os.chmod(org, 0o755)
    os.chmod(org / "routine-app", 0o755)
    env = {"XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(share), "HOME": str(tmp_path)}
    shot = tmp_path / "window.png"
    old = os.umask(0o022)
    try:
        result = run_cli("--smoke", "--screenshot", str(shot), env=env)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG") and mode(shot) == 0o600
    assert mode(old_conf.parent) == 0o700 and mode(old_conf) == 0o600
    assert mode(org) == 0o700 and mode(org / "routine-app") == 0o700
    assert "affected_side=left" in old_conf.read_text()
