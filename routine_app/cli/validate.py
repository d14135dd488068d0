"""``routine-app validate FILE...``: check routine files like a linter."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from routine_app.core.library import load_files
from routine_app.resources import assets_dir


def _files(count: int) -> str:
    return f"{count} routine file{'s' if count != 1 else ''}"


def run(files: Sequence[Path]) -> int:
    library = load_files(((path, False) for path in files), asset_dirs=[assets_dir()])
    for problem in library.problems:
        print(problem.format())
    if library.problems:
        print(f"{len(library.broken_files)} of {_files(len(files))} invalid", file=sys.stderr)
        return 1
    print(f"{_files(len(files))} OK")
    return 0


def command(args: argparse.Namespace) -> int:
    return run(args.files)
