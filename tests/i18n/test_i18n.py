"""The gettext layer: which language, fallback, plurals, dates, routine texts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from routine_app import i18n
from routine_app.cli.validate import translation_notes
from routine_app.core import safety
from routine_app.core.figures import plural, points
from routine_app.core.library import Library, load_files, routine_files
from routine_app.core.loader import load_routine_file
from routine_app.core.routine_text import localized, routine_fields
from routine_app.core.triage import Level, sign
from routine_app.resources import assets_dir, routines_dir


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(["de"])
    try:
        yield
    finally:
        i18n.install(["en"])


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "de:fr", "LANG": "en_GB.UTF-8"}, ["de", "fr"]),
        ({"LC_ALL": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, ["de_AT", "de"]),
        ({"LC_MESSAGES": "de_CH.UTF-8@euro"}, ["de_CH", "de"]),
        ({"LANG": "C.UTF-8"}, ["en"]),
        ({}, []),
    ],
)
def test_requested_languages(environ: dict[str, str], expected: list[str]) -> None:
    assert i18n.requested_languages(environ) == expected


def test_choose_language_falls_back_to_english() -> None:
    assert i18n.choose_language(["fr", "de"]) == "de"
    assert i18n.choose_language(["de_AT", "de"]) == "de"
    assert i18n.choose_language(["xx"]) == "en"
    assert i18n.choose_language(["en_GB", "de"]) == "en"
    assert "de" in i18n.available_languages()


def test_english_is_untouched_without_install() -> None:
    i18n.install(["en"])
    assert i18n._("Back") == "Back"
    assert plural(2, "day") == "2 days" and plural(1, "entry") == "1 entry"
    assert i18n.format_date(date(2026, 3, 5)) == "05 March 2026"
    assert i18n.format_decimal(2.5) == "2.5"


def test_german_words_plurals_dates_and_numbers(german: None) -> None:
    assert i18n.current_language() == "de"
    assert i18n._("Back") == "Rücken"
    assert plural(1, "day") == "1 Tag" and plural(3, "day") == "3 Tage"
    assert plural(2, "entry") == "2 Einträge"
    assert points(-2.5) == "-2,5 Punkte" and points(1) == "+1 Punkt"
    assert i18n.format_date(date(2026, 3, 5)) == "5. März 2026"
    assert i18n.format_date(date(2026, 3, 5), "medium") == "05.03.2026"
    assert i18n.format_date(date(2026, 3, 5), "month") == "März 2026"
    assert i18n.format_datetime(datetime(2026, 3, 5, 8, 15), "numeric") == "05.03.2026 08:15"
    assert i18n.format_decimal(2.5) == "2,5"


def test_safety_texts_follow_the_language(german: None) -> None:
    assert "Notruf 112" in safety.RED_FLAG_MESSAGE
    assert "Notruf 112" in safety.LOCKED_MESSAGE
    assert Level.EMERGENCY.heading == "Jetzt ein Notfall"
    assert "Reithosenbereich" in sign("saddle-numbness").text
    assert next(iter(safety.BEFORE_FIRST_ROUTINE)).startswith("Beginnen Sie nicht")
    i18n.install(["en"])
    assert "call your emergency number" in safety.RED_FLAG_MESSAGE
    assert sign("saddle-numbness").text.startswith("Numbness around")


def _bundled(name: str) -> Path:
    return routines_dir() / f"{name}.yaml"


def test_bundled_routine_in_german_every_field(german: None) -> None:
    english = load_routine_file(_bundled("knee-to-chest"), asset_dirs=[assets_dir()], bundled=True)
    german_routine = localized(english)
    assert german_routine.title == "Knie-zur-Brust-Dehnung"
    assert german_routine.steps[2].say == "Beide Knie zur Brust. Atmen Sie langsam."
    assert german_routine.untranslated == ()
    before = dict(routine_fields(english))
    after = dict(routine_fields(german_routine))
    assert before.keys() == after.keys()
    assert all(before[k] != after[k] for k in before), "every text has a German version"


def test_changed_english_text_falls_back_and_is_reported(german: None) -> None:
    english = load_routine_file(_bundled("knee-to-chest"), asset_dirs=[assets_dir()], bundled=True)
    step = dataclasses.replace(english.steps[0], say="A new spoken line.")
    changed = dataclasses.replace(english, steps=(step, *english.steps[1:]))
    shown = localized(changed)
    assert shown.steps[0].say == "A new spoken line."  # English, not a stale translation
    assert shown.title == "Knie-zur-Brust-Dehnung"
    assert shown.untranslated == ("steps.1.say",)
    notes = translation_notes(Library((shown,), ()))
    assert len(notes) == 1 and "steps.1.say" in notes[0] and "Übersetzung" in notes[0]


def test_own_routine_is_left_as_written(german: None) -> None:
    english = load_routine_file(_bundled("knee-to-chest"), asset_dirs=[assets_dir()])
    assert localized(english) == english and not english.bundled


def test_library_loads_bundled_routines_in_german(german: None) -> None:
    files = [(p, True) for p in routine_files(routines_dir())]
    library = load_files(files, [assets_dir()])
    assert len(library.routines) == 12
    assert all(r.untranslated == () for r in library.routines)
    assert library.get("standing-break") is not None
    assert library.get("standing-break").title == "Pause im Stehen"  # type: ignore[union-attr]


def test_the_stop_rule_is_said_once_in_german_too(german: None) -> None:
    """The routine's stop caution comes from the routines catalogue, the app's list of
    restatements from its own: their German must match, or the box says it twice."""
    files = [(p, True) for p in routine_files(routines_dir())]
    library = load_files(files, [assets_dir()])
    for routine in library.routines:
        shown = safety.ready_cautions(routine.cautions, False)
        stops = [line for line in shown if line.startswith("Hören Sie auf, wenn")]
        assert stops[-1].startswith("Hören Sie auf, wenn:"), routine.id
        if routine.id != "standing-break":  # it adds buttock and leg symptoms of its own
            assert len(stops) == 1, (routine.id, stops)
