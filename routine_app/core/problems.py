"""Problems found in user-supplied files, with the place they point at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a file: 1-based line and column of the offending YAML node."""

    path: Path
    line: int
    column: int
    message: str

    def format(self) -> str:
        """Format like a compiler or linter: ``FILE:LINE:COL: error: MESSAGE``."""
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}"


class RoutineError(Exception):
    """A routine file that cannot be loaded; ``problems`` says why and where."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("RoutineError needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(p.format() for p in self.problems))
