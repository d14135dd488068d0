"""The user's own routines: YAML files in ``routines/`` inside the data folder.

Importing validates with the same loader as ``routine-app validate``, never overwrites
silently, and writes atomically; bundled routines are read-only.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from routine_app.core.library import Library, RoutineFolder, load_library
from routine_app.core.loader import load_routine_bytes
from routine_app.core.routine import Routine
from routine_app.resources import assets_dir, routines_dir
from routine_app.store.files import ensure_private_dir, write_private

USER_ROUTINES = "routines"


class Clash(StrEnum):
    ASK = "ask"  # refuse, and say how to choose
    REPLACE = "replace"
    KEEP_BOTH = "keep-both"


class ImportRefusedError(Exception):
    """An import that would overwrite or shadow a routine without being told to."""


class IdClashError(ImportRefusedError):
    """The routine's id is taken; the caller should ask: replace, or keep both?"""


def user_folder(data_dir: Path) -> Path:
    return data_dir / USER_ROUTINES


def load_all(data_dir: Path) -> Library:
    """Bundled routines first (they keep their ids), then the user's own."""
    folders = [
        RoutineFolder(routines_dir(), bundled=True),
        RoutineFolder(user_folder(data_dir), bundled=False),
    ]
    return load_library(folders, asset_dirs=[assets_dir()])


def _with_id(data: bytes, routine: Routine, new_id: str) -> bytes:
    """The file's bytes with the ``id`` value at its recorded position replaced."""
    lines = data.decode("utf-8-sig").splitlines(keepends=True)
    line, column = routine.id_position
    text = lines[line - 1]
    start = column - 1
    end = start + len(routine.id)
    if text[start:end] != routine.id:  # quoted or unusual layout: rewrite the whole value
        raise ImportRefusedError(f"cannot rename the id in {routine.source}; edit it by hand")
    lines[line - 1] = text[:start] + new_id + text[end:]
    return "".join(lines).encode("utf-8")


def _free_id(base: str, taken: set[str]) -> str:
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def import_routine(
    source: Path,
    data_dir: Path,
    library: Library,
    asset_dirs: list[Path],
    clash: Clash = Clash.ASK,
) -> Routine:
    """Validate *source* and copy it into the user's routines; returns the routine as saved.

    Raises :class:`routine_app.core.problems.RoutineError` for an invalid file and
    :class:`ImportRefusedError` when its id is taken and *clash* does not say what to do.
    """
    data = source.read_bytes()
    routine = load_routine_bytes(data, source, asset_dirs=[source.parent, *asset_dirs])
    existing = library.get(routine.id)
    if existing is not None:
        if clash is Clash.ASK:
            raise IdClashError(
                f"a routine with id {routine.id!r} already exists ({existing.title}); "
                "choose to replace it or keep both"
            )
        if clash is Clash.REPLACE and existing.bundled:
            raise ImportRefusedError(
                f"{routine.id!r} is a bundled routine and cannot be replaced; keep both instead"
            )
        if clash is Clash.KEEP_BOTH:
            new_id = _free_id(routine.id, {r.id for r in library.routines})
            data = _with_id(data, routine, new_id)
            routine = load_routine_bytes(data, source, asset_dirs=[source.parent, *asset_dirs])
    folder = ensure_private_dir(user_folder(data_dir))
    _copy_images(routine, source.parent, folder, asset_dirs)
    target = folder / f"{routine.id}.yaml"
    if (
        existing is not None
        and clash is Clash.REPLACE
        and existing.source is not None
        and existing.source != target
        and existing.source.parent == folder
    ):
        existing.source.unlink()
    write_private(target, data)
    return load_routine_bytes(data, target, asset_dirs=[source.parent, *asset_dirs])


def _copy_images(routine: Routine, origin: Path, folder: Path, asset_dirs: list[Path]) -> None:
    """Copy the pictures that sit beside the imported file, keeping their relative paths."""
    bundled = [d.resolve() for d in asset_dirs]
    pictures = [(step.image, step.image_right) for step in routine.steps]
    for image in (picture for pair in pictures for picture in pair):  # with right-side mirrors
        if image is None or any(image.is_relative_to(d) for d in bundled):
            continue
        if not image.is_relative_to(origin.resolve()):
            raise ImportRefusedError(
                f"picture {image} lies outside the routine's folder; "
                "put it next to the routine file"
            )
        target = folder / image.relative_to(origin.resolve())
        target.parent.mkdir(parents=True, exist_ok=True)
        write_private(target, image.read_bytes())


def export_routine(routine: Routine, target: Path) -> None:
    """Write the routine's file, exactly as it is, to *target*."""
    if routine.source is None:
        raise ImportRefusedError(f"routine {routine.id!r} has no file to export")
    write_private(target, routine.source.read_bytes())
