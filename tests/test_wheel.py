"""A non-editable install carries the bundled routines and assets and runs outside the checkout."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the app's wheel installed."""
    base = tmp_path_factory.mktemp("wheel")
    wheels = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=300,
    )
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    (wheel,) = wheels.glob("routine_app-*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    # Added after the install, or pip would see the copy already installed there.
    # Qt and PyYAML come from the test environment, after the venv's own site-packages,
    # so the freshly installed wheel is what gets imported.
    (own_site,) = env_dir.glob("lib/python*/site-packages")
    (own_site / "test-env.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return env_dir


def run(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Settings go to the test's folder, never the real user's configuration.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(cwd / "config")}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(env_dir / "bin" / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_wheel_contains_routines_and_assets(installed: Path, tmp_path: Path) -> None:
    code = (
        "import routine_app, routine_app.resources as r; "
        "print(routine_app.__file__); print(r.routines_dir()); print(r.assets_dir())"
    )
    result = run(installed, "python", "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    package, routines, assets = (Path(line) for line in result.stdout.splitlines())
    assert installed in package.parents, "the installed copy is used, not the checkout"
    assert routines == package.parent / "routines"
    checkout = Path(__file__).resolve().parent.parent
    assert sorted(p.name for p in routines.glob("*.yaml")) == sorted(
        p.name for p in (checkout / "routines").glob("*.yaml")
    )
    assert len(list(routines.glob("*.yaml"))) >= 10
    assert (assets / "icons" / "routine-app.svg").is_file()
    pictures = sorted(p.name for p in (assets / "images").glob("*.svg"))
    assert pictures == sorted(p.name for p in (checkout / "assets" / "images").glob("*.svg"))
    assert "figure-four-right.svg" in pictures, "the mirrored pictures ship too"


def test_installed_command_validates_and_starts(installed: Path, tmp_path: Path) -> None:
    routines = next(installed.glob("lib/python*/site-packages/routine_app/routines"))
    result = run(
        installed, "routine-app", "validate", *map(str, routines.glob("*.yaml")), cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shot = tmp_path / "shot.png"
    result = run(
        installed,
        "routine-app",
        "--smoke",
        "--data-dir",
        str(tmp_path / "d"),
        "--screenshot",
        str(shot),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
