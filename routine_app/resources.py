"""Where the bundled routines and assets are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

#: This package's folder (importlib.resources.files would cost ~2 ms at every start).
PACKAGE = Path(__file__).resolve().parent


def bundled_path(name: str) -> Path:
    """The bundled folder *name* (``routines`` or ``assets``).

    A wheel carries them inside the package (``routine_app/routines``); a
    source checkout or an editable install keeps them at the top level.
    """
    inside = PACKAGE / name
    return inside if inside.is_dir() else PACKAGE.parent / name


def routines_dir() -> Path:
    return bundled_path("routines")


def assets_dir() -> Path:
    return bundled_path("assets")
