"""Run a Python module in a subprocess on an offscreen screen of a given size and scale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_on_screen(
    module: str,
    width: int,
    height: int,
    scale: float,
    folder: Path,
    *args: str,
    language: str | None = None,
) -> dict[str, object]:
    """Run ``python -m module`` on a *width* x *height* screen at QT_SCALE_FACTOR *scale*
    (and, with *language*, under ``LANGUAGE``); return the JSON object it prints last."""
    config = folder / f"screen-{width}x{height}.json"
    screen = {
        "name": "test",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "PULSE_SERVER": f"unix:{folder / 'no-audio'}",  # layout needs no sound
    }
    if language is not None:  # the app reads LANGUAGE first, then LC_ALL, LC_MESSAGES, LANG
        env["LANGUAGE"] = language
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
