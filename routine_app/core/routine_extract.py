"""A Babel extractor for routine files: every text with its "ROUTINE-ID:FIELD" context.

Named in ``babel-routines.cfg``; ``pybabel extract -F babel-routines.cfg`` runs it on
``routines/*.yaml`` to make ``routine_app/locale/routines.pot``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from routine_app.core.loader import load_routine_bytes
from routine_app.core.routine_text import routine_fields
from routine_app.resources import assets_dir


def extract_routines(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Yield ``(line, "pgettext", (context, text), comments)`` for a routine file."""
    del keywords, comment_tags, options
    path = Path(getattr(fileobj, "name", "routine.yaml"))
    routine = load_routine_bytes(fileobj.read(), path, asset_dirs=(assets_dir(),), bundled=True)
    for field, text in routine_fields(routine):
        comment = f"{routine.title}: {field}"
        yield routine.id_position[0], "pgettext", (f"{routine.id}:{field}", text), [comment]
