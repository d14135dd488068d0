"""Writing routines back to YAML, one value per line.

A draft with a position is written as format 2 (with its intensity, gentle version,
evidence, step cautions and alternating sides); one without stays format 1, which is
how a format 1 routine opened in the editor keeps loading exactly as before.

Strings are written as JSON strings, which YAML reads as double-quoted scalars, so
any text round-trips exactly and each field sits on a known line (the editor uses
``FieldLines`` to show a problem next to the field at fault).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from routine_app.core.durations import duration_text
from routine_app.core.routine import Routine


@dataclass
class StepDraft:
    """A step as typed in the editor: text fields, not yet validated."""

    name: str = ""
    instructions: str = ""
    duration: str = "30s"
    sides: str = ""  # "", "left, right" or "right, left"
    reps: int = 1
    rest: str = ""
    image: str = ""
    say: str = ""
    caution: str = ""  # format 2
    alternate: bool = False  # format 2


@dataclass
class RoutineDraft:
    id: str = ""
    title: str = ""
    summary: str = ""
    kind: str = "stretch"
    equipment: list[str] = field(default_factory=list)
    cautions: list[str] = field(default_factory=list)
    steps: list[StepDraft] = field(default_factory=list)
    position: str = ""  # "" writes format 1; floor, seated or standing write format 2
    intensity: str = "regular"
    gentle_version: str = ""
    evidence: str = ""


#: (step index or None for the routine, field name) for each 1-based line written.
FieldLines = dict[int, tuple[int | None, str]]


#: Characters a YAML double-quoted scalar would fold as line breaks or refuse as
#: non-printable; they are written as \\u escapes so text round-trips exactly.
_YAML_UNSAFE = {
    code: f"\\u{code:04x}" for code in [*range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF]
}


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).translate(_YAML_UNSAFE)


def to_yaml(draft: RoutineDraft) -> tuple[str, FieldLines]:
    lines: list[str] = []
    where: FieldLines = {}

    def put(text: str, step: int | None, name: str) -> None:
        lines.append(text)
        where[len(lines)] = (step, name)

    v2 = bool(draft.position)
    put(f"format: {2 if v2 else 1}", None, "format")
    put(f"id: {_q(draft.id)}", None, "id")
    put(f"title: {_q(draft.title)}", None, "title")
    put(f"summary: {_q(draft.summary)}", None, "summary")
    put(f"kind: {_q(draft.kind)}", None, "kind")
    if v2:
        put(f"position: {_q(draft.position)}", None, "position")
        put(f"intensity: {_q(draft.intensity or 'regular')}", None, "intensity")
        if draft.gentle_version.strip():
            put(f"gentle_version: {_q(draft.gentle_version)}", None, "gentle_version")
    # Written even without a position, so the loader says they need format 2.
    if draft.evidence.strip():
        put(f"evidence: {_q(draft.evidence)}", None, "evidence")
    for name, items in (("equipment", draft.equipment), ("cautions", draft.cautions)):
        put(f"{name}:" if items else f"{name}: []", None, name)
        for item in items:
            put(f"  - {_q(item)}", None, name)
    put("steps:" if draft.steps else "steps: []", None, "steps")
    for index, step in enumerate(draft.steps):
        for text, name in _step_lines(step):
            put(text, index, name)
    return "\n".join(lines) + "\n", where


def _step_lines(step: StepDraft) -> list[tuple[str, str]]:
    """One step's lines and the field each holds; optional fields only when set."""
    lines = [
        (f"  - name: {_q(step.name)}", "name"),
        (f"    instructions: {_q(step.instructions)}", "instructions"),
        (f"    duration: {_q(step.duration)}", "duration"),
    ]
    if step.sides:
        lines.append((f"    sides: [{step.sides}]", "sides"))
    if step.reps != 1:
        lines.append((f"    reps: {step.reps}", "reps"))
    for name in ("rest", "image", "say", "caution"):
        value: str = getattr(step, name)
        if value.strip():
            lines.append((f"    {name}: {_q(value)}", name))
    if step.alternate:
        lines.append(("    alternate: true", "alternate"))
    return lines


def _image_text(image: Path | None, folders: Sequence[Path]) -> str:
    if image is None:
        return ""
    for folder in folders:
        if image.is_relative_to(folder.resolve()):
            return image.relative_to(folder.resolve()).as_posix()
    return str(image)


def draft_from_routine(routine: Routine, asset_dirs: Sequence[Path] = ()) -> RoutineDraft:
    """A draft holding *routine*'s values; pictures as paths the file can name again."""
    own = [routine.source.parent] if routine.source is not None else []
    folders = [*own, *asset_dirs]
    steps = [
        StepDraft(
            name=s.name,
            instructions=s.instructions,
            duration=duration_text(s.duration),
            sides=", ".join(side.value for side in s.sides),
            reps=s.reps,
            rest=duration_text(s.rest) if s.rest else "",
            image=_image_text(s.image, folders),
            say=s.say or "",
            caution=s.caution or "",
            alternate=s.alternate,
        )
        for s in routine.steps
    ]
    return RoutineDraft(
        routine.id,
        routine.title,
        routine.summary,
        routine.kind.value,
        list(routine.equipment),
        list(routine.cautions),
        steps,
        position=routine.position.value if routine.position else "",
        intensity=routine.intensity.value,
        gentle_version=routine.gentle_version or "",
        evidence=routine.evidence or "",
    )
