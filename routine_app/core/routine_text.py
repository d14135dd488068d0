"""Bundled routines in the user's language: each text looked up by routine id and field.

The YAML files stay English. A catalogue (domain ``routines``) holds each text with
``msgctxt`` "ROUTINE-ID:FIELD" (for example ``knee-to-chest:steps.2.say``), so a
translation follows its routine and field, and a changed English text falls back to
English until it is translated again. A user's own routines are never translated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from routine_app.core.routine import Routine, Step
from routine_app.i18n import has_routine_text, routine_text


def routine_fields(routine: Routine) -> Iterator[tuple[str, str]]:
    """Every translatable ``(field, English text)`` of ROUTINE, in file order."""
    yield "title", routine.title
    yield "summary", routine.summary
    if routine.evidence:
        yield "evidence", routine.evidence
    for i, item in enumerate(routine.equipment):
        yield f"equipment.{i}", item
    for i, item in enumerate(routine.cautions):
        yield f"cautions.{i}", item
    for n, step in enumerate(routine.steps, start=1):
        yield f"steps.{n}.name", step.name
        yield f"steps.{n}.instructions", step.instructions
        if step.say:
            yield f"steps.{n}.say", step.say
        if step.caution:
            yield f"steps.{n}.caution", step.caution


def _map_texts(routine: Routine, text: Callable[[str, str], str]) -> Routine:
    def step(n: int, s: Step) -> Step:
        return dataclasses.replace(
            s,
            name=text(f"steps.{n}.name", s.name),
            instructions=text(f"steps.{n}.instructions", s.instructions),
            say=None if s.say is None else text(f"steps.{n}.say", s.say),
            caution=None if s.caution is None else text(f"steps.{n}.caution", s.caution),
        )

    return dataclasses.replace(
        routine,
        title=text("title", routine.title),
        summary=text("summary", routine.summary),
        evidence=None if routine.evidence is None else text("evidence", routine.evidence),
        equipment=tuple(text(f"equipment.{i}", e) for i, e in enumerate(routine.equipment)),
        cautions=tuple(text(f"cautions.{i}", c) for i, c in enumerate(routine.cautions)),
        steps=tuple(step(n, s) for n, s in enumerate(routine.steps, start=1)),
    )


def localized(routine: Routine) -> Routine:
    """ROUTINE in the current language if it is bundled; a user's own as written."""
    if not routine.bundled:
        return routine
    translated = _map_texts(routine, lambda field, text: routine_text(routine.id, field, text))
    return dataclasses.replace(translated, untranslated=tuple(untranslated_fields(routine)))


def untranslated_fields(routine: Routine) -> list[str]:
    """The fields of the English ROUTINE the current language has no translation for."""
    return [
        field
        for field, text in routine_fields(routine)
        if not has_routine_text(routine.id, field, text)
    ]
