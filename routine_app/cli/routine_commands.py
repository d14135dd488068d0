"""``routine-app routines list|import|export``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence, Set
from pathlib import Path

from routine_app.cli.journal_commands import EXIT_INVALID, data_dir, fail
from routine_app.cli.write_errors import cannot_write
from routine_app.core.durations import format_duration
from routine_app.core.library import Library
from routine_app.core.problems import RoutineError
from routine_app.core.routine import Routine
from routine_app.i18n import _, ngettext
from routine_app.resources import assets_dir
from routine_app.store.files import DataDirError
from routine_app.store.user_routines import (
    Clash,
    IdClashError,
    ImportRefusedError,
    export_routine,
    import_routine,
    load_all,
)


def routines(args: argparse.Namespace) -> int:
    try:
        folder = data_dir(args.data_dir)
    except DataDirError as exc:
        return fail(str(exc))
    library = load_all(folder)
    if args.routines_command == "list":
        return _list_json(library) if args.json else _list(library)
    if args.routines_command == "export":
        return _export(library, args)
    return _import(library, folder, args)


def _list(library: Library) -> int:
    rows = [_row(routine) for routine in library.routines]
    for line in columns(rows, right={3}):
        print(line)
    for problem in library.problems:
        print(problem.format(), file=sys.stderr)
    return 0


def _row(routine: Routine) -> list[str]:
    """id, title, kind, duration, steps, where it lives: one line of ``routines list``."""
    origin = _("bundled") if routine.bundled else _("yours ({path})").format(path=routine.source)
    if routine.untranslated:
        count = len(routine.untranslated)
        origin += " " + ngettext(
            "({count} text not translated)", "({count} texts not translated)", count
        ).format(count=count)
    steps = len(routine.steps)
    return [
        routine.id,
        routine.title,
        routine.kind.label,
        format_duration(routine.total_duration),
        ngettext("{count} step", "{count} steps", steps).format(count=steps),
        origin,
    ]


def columns(rows: Sequence[Sequence[str]], right: Set[int] = frozenset()) -> list[str]:
    """ROWS as lines whose columns are as wide as their longest text, two spaces apart;
    columns in RIGHT are aligned right, and the last one is not padded."""
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            text.rjust(width) if i in right else text.ljust(width)
            for i, (text, width) in enumerate(zip(row, widths, strict=True))
        ]
        cells[-1] = row[-1]
        lines.append("  ".join(cells).rstrip())
    return lines


def routine_facts(routine: Routine) -> dict[str, object]:
    """One routine as plain JSON values (the ``routines list --json`` record)."""
    return {
        "id": routine.id,
        "title": routine.title,
        "kind": routine.kind.value,
        "position": routine.position.value if routine.position else None,
        "intensity": routine.intensity.value,
        "gentle_version": routine.gentle_version,
        "duration_seconds": routine.total_duration,
        "steps": [
            {
                "name": step.name,
                "duration_seconds": step.duration,
                "total_seconds": step.total_duration,
                "sides": [side.value for side in step.sides],
                "reps": step.reps,
                "alternate": step.alternate,
                "rest_seconds": step.rest,
                "image": str(step.image) if step.image else None,
                "image_right": str(step.image_right) if step.image_right else None,
                "caution": step.caution,
            }
            for step in routine.steps
        ],
        "equipment": list(routine.equipment),
        "source": "bundled" if routine.bundled else "own",
        "path": str(routine.source) if routine.source else None,
        "evidence": routine.evidence,
    }


def _list_json(library: Library) -> int:
    print(json.dumps([routine_facts(r) for r in library.routines], indent=2, ensure_ascii=False))
    for problem in library.problems:
        print(problem.format(), file=sys.stderr)
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    routine = library.get(args.id)
    if routine is None:
        return fail(_("no routine with id {id!r}").format(id=args.id), EXIT_INVALID)
    try:
        export_routine(routine, args.output)
    except ImportRefusedError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(cannot_write(args.output, exc))
    print(_("Exported {id} to {output}").format(id=routine.id, output=args.output))
    return 0


def _import(library: Library, folder: Path, args: argparse.Namespace) -> int:
    clash = Clash.REPLACE if args.replace else Clash.KEEP_BOTH if args.keep_both else Clash.ASK
    failed = 0
    for path in args.files:
        try:
            saved = import_routine(path, folder, library, [assets_dir()], clash)
        except RoutineError as exc:
            for problem in exc.problems:
                print(problem.format())
            failed += 1
            continue
        except (OSError, ImportRefusedError) as exc:
            hint = _(" (use --replace or --keep-both)") if isinstance(exc, IdClashError) else ""
            print(
                _("{path}: error: {exc}{hint}").format(path=path, exc=exc, hint=hint),
                file=sys.stderr,
            )
            failed += 1
            continue
        print(
            _("Imported {id} ({title}) from {path}").format(
                id=saved.id, title=saved.title, path=path
            )
        )
        library = load_all(folder)  # the next file must see this one's id
    return 1 if failed else 0


def unknown_routine(folder_arg: Path | None, wanted: str) -> int | None:
    """For ``play``, before the display is looked at: fail when ROUTINE is neither a
    routine id of the library nor an existing file, so a wrong id is reported as such
    (not as "no display"). The window checks the file's content itself."""
    try:
        library = load_all(data_dir(folder_arg))
    except DataDirError as exc:
        return fail(str(exc))
    if library.get(wanted) is not None or Path(wanted).exists():
        return None
    known = ", ".join(r.id for r in library.routines)
    return fail(
        _("no routine with id {id!r} and no routine file of that name (known ids: {known})").format(
            id=wanted, known=known
        )
    )
