"""Where the bundled routines and assets are, installed or in a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_path(name: str) -> Path:
    """The bundled folder *name* (``routines`` or ``assets``).

    A wheel carries them inside the package (``routine_app/routines``); a
    source checkout or an editable install keeps them at the top level.
    """
    package = Path(str(files("routine_app")))
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


def routines_dir() -> Path:
    return bundled_path("routines")


def assets_dir() -> Path:
    return bundled_path("assets")
