"""Problems found in user-supplied files, with the place they point at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from routine_app.i18n import _


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a file: 1-based line and column of the offending YAML node."""

    path: Path
    line: int
    column: int
    message: str

    def format(self) -> str:
        """Format like a compiler or linter: ``FILE:LINE:COL: error: MESSAGE``."""
        # Translators: keep the FILE:LINE:COLUMN: start, which editors use to jump there.
        return _("{path}:{line}:{column}: error: {message}").format(
            path=self.path, line=self.line, column=self.column, message=self.message
        )


class RoutineError(Exception):
    """A routine file that cannot be loaded; ``problems`` says why and where."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("RoutineError needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(p.format() for p in self.problems))
