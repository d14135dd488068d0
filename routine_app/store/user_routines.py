"""The user's own routines: YAML files in ``routines/`` inside the data folder.

This module is the one writer of that folder: the editor's drafts (:func:`save_routine`),
the pictures it copies (:func:`copy_picture`), deleting one's own routine and putting it
back (:func:`delete_routine`, :func:`put_back`), and imports. Every file is written
atomically (unique temporary file, fsync, rename); a folder that cannot be written
raises :class:`RoutineFolderError` with the reason, and nothing is changed.

Importing validates with the same loader as ``routine-app validate``, never overwrites
silently; bundled routines are read-only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from routine_app.core.library import Library, RoutineFolder, load_library
from routine_app.core.loader import load_routine_bytes
from routine_app.core.routine import Routine
from routine_app.resources import assets_dir, routines_dir
from routine_app.store.files import DataDirError, ensure_private_dir, write_private

USER_ROUTINES = "routines"


class Clash(StrEnum):
    ASK = "ask"  # refuse, and say how to choose
    REPLACE = "replace"
    KEEP_BOTH = "keep-both"


class ImportRefusedError(Exception):
    """An import that would overwrite or shadow a routine without being told to."""


class IdClashError(ImportRefusedError):
    """The routine's id is taken; the caller should ask: replace, or keep both?"""


class RoutineFolderError(Exception):
    """The user's routines folder cannot be written (read-only disk, no permission, full
    disk, a file in the way); nothing was changed. ``reason`` says why, for people."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"cannot write to {folder}: {reason}")
        self.folder = folder
        self.reason = reason


def user_folder(data_dir: Path) -> Path:
    return data_dir / USER_ROUTINES


def is_own(data_dir: Path, path: Path | None) -> bool:
    """Whether *path* is a routine file of the user's own (not bundled, not elsewhere)."""
    return path is not None and path.parent.resolve() == user_folder(data_dir).resolve()


@contextlib.contextmanager
def _writing(data_dir: Path) -> Iterator[Path]:
    """The user's routines folder, created if needed; what fails to be written there
    becomes a :class:`RoutineFolderError`."""
    folder = user_folder(data_dir)
    try:
        yield ensure_private_dir(folder)
    except DataDirError as exc:
        raise RoutineFolderError(folder, str(exc)) from exc
    except OSError as exc:
        raise RoutineFolderError(folder, exc.strerror or str(exc)) from exc


def save_routine(
    data_dir: Path, routine_id: str, data: bytes, replaces: Path | None = None
) -> Path:
    """Write a routine's file (the editor's draft as YAML) as ``<id>.yaml`` in the
    user's folder, atomically; returns its path. When the routine was saved before under
    another id, its old file *replaces* goes once the new one is on disk (only a file of
    the user's own). Raises :class:`RoutineFolderError`."""
    with _writing(data_dir) as folder:
        target = folder / f"{routine_id}.yaml"
        write_private(target, data)
        if replaces is not None and replaces != target and is_own(data_dir, replaces):
            replaces.unlink(missing_ok=True)  # the routine now lives under its new id
    return target


def copy_picture(data_dir: Path, source: Path) -> str:
    """Copy a picture into ``images/`` of the user's folder; returns the path a step
    names it by. Raises OSError when *source* cannot be read, and
    :class:`RoutineFolderError` when the copy cannot be written."""
    data = source.read_bytes()
    with _writing(data_dir) as folder:
        images = folder / "images"
        images.mkdir(exist_ok=True)
        write_private(images / source.name, data)
    return f"images/{source.name}"


def delete_routine(data_dir: Path, path: Path) -> bytes:
    """Delete one of the user's own routine files; returns its bytes, for
    :func:`put_back`. Raises ValueError for any other file (a bundled one) and
    :class:`RoutineFolderError` when it cannot be removed (it is then left as it was)."""
    if not is_own(data_dir, path):
        raise ValueError(f"{path} is not one of your own routines")
    with _writing(data_dir):
        data = path.read_bytes()
        path.unlink()
    return data


def put_back(data_dir: Path, path: Path, data: bytes) -> None:
    """Write a deleted routine file back as it was (undo of :func:`delete_routine`)."""
    if not is_own(data_dir, path):
        raise ValueError(f"{path} is not one of your own routines")
    with _writing(data_dir):
        write_private(path, data)


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
