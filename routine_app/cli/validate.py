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
from routine_app.i18n import _, current_language, ngettext
from routine_app.resources import assets_dir, routines_dir


def _files(count: int) -> str:
    return ngettext("{count} routine file", "{count} routine files", count).format(count=count)


def notes(library: Library, known_ids: set[str]) -> list[str]:
    """Linter-style notes (not errors) for the routines that loaded."""
    lines = []
    for routine in library.routines:
        line, column = routine.id_position
        where = f"{routine.source}:{line}:{column}"
        if routine.format < 2:
            lines.append(
                _("{source}:1:1: note: {changes}").format(
                    source=routine.source, changes=_(FORMAT_2_CHANGES)
                )
            )
        if routine.gentle_version and routine.gentle_version not in known_ids:
            lines.append(
                _(
                    "{where}: note: gentle_version {gentle_version!r} is not a bundled "
                    "routine nor one of the files checked; the library will not link to it "
                    "unless a routine with that id is loaded"
                ).format(where=where, gentle_version=routine.gentle_version)
            )
    return lines


def translation_notes(library: Library) -> list[str]:
    """Notes for bundled routines that the current language does not fully cover."""
    lines = []
    for routine in library.routines:
        if routine.bundled and routine.untranslated:
            line, column = routine.id_position
            count = len(routine.untranslated)
            lines.append(
                ngettext(
                    "{where}: note: {count} text has no {language} translation yet: {fields}",
                    "{where}: note: {count} texts have no {language} translation yet: {fields}",
                    count,
                ).format(
                    where=f"{routine.source}:{line}:{column}",
                    count=count,
                    language=current_language(),
                    fields=", ".join(routine.untranslated),
                )
            )
    return lines


def _is_bundled(path: Path) -> bool:
    try:
        return path.resolve().parent == routines_dir().resolve()
    except OSError:
        return False


def run(files: Sequence[Path]) -> int:
    library = load_files(((path, _is_bundled(path)) for path in files), asset_dirs=[assets_dir()])
    for problem in library.problems:
        print(problem.format())
    known = {r.id for r in library.routines}
    if any(r.gentle_version not in known for r in library.routines if r.gentle_version):
        bundled = load_files(((p, True) for p in routine_files(routines_dir())), [assets_dir()])
        known |= {r.id for r in bundled.routines}
    for note in notes(library, known) + translation_notes(library):
        print(note, file=sys.stderr)
    if library.problems:
        print(
            _("{count} of {files} invalid").format(
                count=len(library.broken_files), files=_files(len(files))
            ),
            file=sys.stderr,
        )
        return 1
    print(_("{files} OK").format(files=_files(len(files))))
    return 0


def command(args: argparse.Namespace) -> int:
    return run(args.files)
