"""Loading every routine from a set of folders, skipping broken files with their problems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from routine_app.core.loader import load_routine_file
from routine_app.core.problems import Problem, RoutineError
from routine_app.core.routine import Routine
from routine_app.core.routine_text import localized

ROUTINE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class RoutineFolder:
    path: Path
    bundled: bool


@dataclass(frozen=True, slots=True)
class Library:
    """The routines that loaded, sorted by title, and the problems of those that did not."""

    routines: tuple[Routine, ...]
    problems: tuple[Problem, ...]

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)

    def gentle_version(self, routine: Routine, marked: str = "") -> Routine | None:
        """The flare-day version of *routine*: the one *marked* in the editor (your own
        routines), else the one its file names in ``gentle_version``; None if not loaded."""
        for candidate in (marked, routine.gentle_version or ""):
            found = self.get(candidate) if candidate and candidate != routine.id else None
            if found is not None:
                return found
        return None

    def original_of(self, gentle: Routine) -> Routine | None:
        """The routine whose file names *gentle* as its gentle version, if any."""
        return next((r for r in self.routines if r.gentle_version == gentle.id), None)

    @property
    def broken_files(self) -> tuple[Path, ...]:
        return tuple(dict.fromkeys(p.path for p in self.problems))


def routine_files(folder: Path) -> list[Path]:
    """The routine files directly inside *folder*, sorted; none if it does not exist."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if p.suffix.lower() in ROUTINE_SUFFIXES and p.is_file())


def load_files(files: Iterable[tuple[Path, bool]], asset_dirs: Sequence[Path] = ()) -> Library:
    """Load each ``(path, bundled)`` file; ids must be unique, the first file keeps its id."""
    routines: dict[str, Routine] = {}
    problems: list[Problem] = []
    for path, bundled in files:
        try:
            routine = load_routine_file(path, asset_dirs=asset_dirs, bundled=bundled)
        except RoutineError as exc:
            problems.extend(exc.problems)
            continue
        if routine.id in routines:
            other = routines[routine.id].source
            message = f"id {routine.id!r} is already used by {other}; ids must be unique"
            problems.append(Problem(path, *routine.id_position, message))
            continue
        routines[routine.id] = localized(routine)  # bundled ones in the user's language
    ordered = sorted(routines.values(), key=lambda r: (r.title.casefold(), r.id))
    return Library(tuple(ordered), tuple(problems))


def load_library(folders: Sequence[RoutineFolder], asset_dirs: Sequence[Path] = ()) -> Library:
    """Load every routine file in *folders*, in order (bundled folders should come first)."""
    files = [(path, folder.bundled) for folder in folders for path in routine_files(folder.path)]
    return load_files(files, asset_dirs)
