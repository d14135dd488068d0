"""``--self-check`` passes on a complete install and fails, naming the part, on a broken one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from routine_app.resources import assets_dir, routines_dir

ROOT = Path(__file__).resolve().parent.parent.parent


def self_check(*args: str, pythonpath: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "routine_app", "--self-check", *args],
        env={**env, "PYTHONPATH": str(pythonpath)},
        cwd=pythonpath,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_complete_install_passes(tmp_path: Path) -> None:
    result = self_check("--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("routines", "pictures", "svg plugin", "fonts", "sound", "data folder"):
        assert f"ok    {name}" in result.stdout
    assert "self-check passed" in result.stdout


def test_unwritable_data_folder_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = self_check("--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert "FAIL  data folder" in result.stdout
    assert "self-check FAILED: data folder" in result.stderr


def broken_copy(tmp_path: Path) -> Path:
    """This package as a wheel lays it out (routines and assets inside), to break."""
    package = tmp_path / "site" / "routine_app"
    shutil.copytree(ROOT / "routine_app", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(routines_dir(), package / "routines")
    shutil.copytree(assets_dir(), package / "assets")
    return package


def test_missing_routines_and_blank_pictures_fail(tmp_path: Path) -> None:
    package = broken_copy(tmp_path)
    for routine in (package / "routines").glob("*.yaml"):
        routine.unlink()
    picture = next((package / "assets" / "images").glob("*.svg"))
    picture.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
    result = self_check("--data-dir", str(tmp_path / "data"), pythonpath=package.parent)
    assert result.returncode == 1
    assert "FAIL  routines       0 bundled routines" in result.stdout
    assert "self-check FAILED: routines" in result.stderr


def test_blank_picture_is_named(tmp_path: Path) -> None:
    package = broken_copy(tmp_path)
    picture = package / "assets" / "images" / "knee-to-chest.svg"
    picture.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
    result = self_check("--data-dir", str(tmp_path / "data"), pythonpath=package.parent)
    assert result.returncode == 1
    assert "not: knee-to-chest.svg" in result.stdout


def test_a_module_that_cannot_import_is_named(tmp_path: Path) -> None:
    # As in a bundle that left out a library one page needs (pyqtgraph needs QtOpenGL).
    package = broken_copy(tmp_path)
    (package / "ui" / "needs_more.py").write_text("import PySide6.QtNotShipped\n")
    result = self_check("--data-dir", str(tmp_path / "data"), pythonpath=package.parent)
    assert result.returncode == 1
    assert "FAIL  app modules    cannot load: routine_app.ui.needs_more" in result.stdout
