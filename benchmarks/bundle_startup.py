"""Startup of the standalone bundle against an installed venv, for the window
(`--smoke`, offscreen) and for a terminal command (`routines list`, which loads no Qt).

Usage: python benchmarks/bundle_startup.py [--runs N] [--bundle DIR] [--venv-app PATH]
  --bundle DIR      an unpacked bundle folder (default: unpack dist/routine-app-*.tar.gz,
                    built by scripts/build-bundle.sh, into a temporary folder)
  --venv-app PATH   the venv's routine-app script (default: the one beside this Python)
Prints the median wall time of each and the ratio bundle / venv.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def unpacked_bundle(folder: Path) -> Path:
    archives = sorted((ROOT / "dist").glob("routine-app-*-linux-x86_64.tar.gz"))
    if not archives:
        sys.exit("no bundle: run scripts/build-bundle.sh first")
    with tarfile.open(archives[-1]) as archive:
        archive.extractall(folder, filter="tar")
    (inner,) = folder.iterdir()
    return inner


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path)
    parser.add_argument(
        "--venv-app", type=Path, default=Path(sys.executable).parent / "routine-app"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        place = Path(temp)
        bundle = args.bundle or unpacked_bundle(place / "bundle")
        env = {
            "PATH": os.environ["PATH"],
            "HOME": str(place / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        data = ["--data-dir", str(place / "data")]
        apps = {"venv": str(args.venv_app), "bundle": str(bundle / "routine-app")}
        for what, extra in (
            ("window (--smoke)", ["--smoke"]),
            ("routines list", ["routines", "list"]),
        ):
            # One warm-up run each, so both read their files from the page cache.
            results = {}
            for name, app in apps.items():
                median_seconds([app, *extra, *data], 1, env)
                results[name] = median_seconds([app, *extra, *data], args.runs, env)
            ratio = results["bundle"] / results["venv"]
            print(
                f"{what:18} venv {results['venv']:.2f} s   bundle {results['bundle']:.2f} s   "
                f"bundle/venv {ratio:.2f}x  (median of {args.runs})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
