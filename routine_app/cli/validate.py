"""``routine-app validate FILE...``: check routine files like a linter.

Problems go to stdout as ``FILE:LINE:COL: error: MESSAGE``. Notes that are not errors
go to stderr: a format 1 file is told what format 2 adds (it keeps working as it is),
and a ``gentle_version`` that names no routine checked here or bundled is pointed out.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from routine_app.core.library import Library, load_files, routine_files
from routine_app.core.loader import FORMAT_2_CHANGES
from routine_app.resources import assets_dir, routines_dir


def _files(count: int) -> str:
    return f"{count} routine file{'s' if count != 1 else ''}"


def notes(library: Library, known_ids: set[str]) -> list[str]:
    """Linter-style notes (not errors) for the routines that loaded."""
    lines = []
    for routine in library.routines:
        line, column = routine.id_position
        where = f"{routine.source}:{line}:{column}"
        if routine.format < 2:
            lines.append(f"{routine.source}:1:1: note: {FORMAT_2_CHANGES}")
        if routine.gentle_version and routine.gentle_version not in known_ids:
            lines.append(
                f"{where}: note: gentle_version {routine.gentle_version!r} is not a bundled "
                "routine nor one of the files checked; the library will not link to it "
                "unless a routine with that id is loaded"
            )
    return lines


def run(files: Sequence[Path]) -> int:
    library = load_files(((path, False) for path in files), asset_dirs=[assets_dir()])
    for problem in library.problems:
        print(problem.format())
    known = {r.id for r in library.routines}
    if any(r.gentle_version not in known for r in library.routines if r.gentle_version):
        bundled = load_files(((p, True) for p in routine_files(routines_dir())), [assets_dir()])
        known |= {r.id for r in bundled.routines}
    for note in notes(library, known):
        print(note, file=sys.stderr)
    if library.problems:
        print(f"{len(library.broken_files)} of {_files(len(files))} invalid", file=sys.stderr)
        return 1
    print(f"{_files(len(files))} OK")
    return 0


def command(args: argparse.Namespace) -> int:
    return run(args.files)
