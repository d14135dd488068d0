"""The window in German: no English left on any page or dialog, and it still fits 800x600.

tests/ui/language_probe.py starts the window under LANGUAGE=de in a subprocess (the
language is chosen once, at start, as the app does), visits every page, stage and dialog
with a journal that makes their conditional texts show, and returns every text shown.

A text counts as English when it holds a word of the app's English vocabulary that
German does not use: the words of every English source text (the window's .ts sources,
the gettext templates, the bundled routines) minus every word of the German catalogues.
So a text left out of tr()/gettext, or one whose translation is missing, is caught
without a hand-kept word list. Proper names, units and file names are allowed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.ui.screens import run_on_screen

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "routine_app" / "locale"
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:'[a-z]+)?")
#: Tokens that are not words of a language: paths, file names, command options, and
#: the routine format's keys and values, which problem messages quote ('title',
#: 'alternate: true', [left, right]) as they are written in a routine file.
NOT_WORDS = re.compile(
    r"\S*[/\\]\S*|\S+\.(?:svg|png|yaml|yml|json|csv|pdf|sqlite3)\b|--\S+"
    r"|'[a-z_-]+(?::[^']*)?'|\[[a-z, ]*\]"
)
#: Names and abbreviations that stay as they are in German.
ALLOWED = {
    "sciatica",  # the app's name, Sciatica Routines
    "routines",
    "english",  # the language choice lists each language in its own name
    "nhs",
    "nice",
    "gp",
    "sbi",
    "peg",
    "pdf",
    "csv",
    "json",
    "yaml",
    "png",
    "qt",
    "esc",
}
#: English words the German catalogues use only as the names of JSON fields (in the
#: terminal's help), never as German: they stay in the English vocabulary.
FIELD_NAMES = {"steps", "title", "kind", "intensity", "equipment", "source"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(NOT_WORDS.sub(" ", text))}


def _po_texts(path: Path) -> tuple[list[str], list[str]]:
    """The English ids and the German strings of a catalogue."""
    with path.open("rb") as file:
        catalogue = read_po(file)
    english: list[str] = []
    german: list[str] = []
    for message in catalogue:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        english += [str(i) for i in ids if i]
        german += [str(s) for s in strings if s]
    return english, german


@cache
def english_only_words() -> frozenset[str]:
    """Words of the app's English texts that none of its German texts uses."""
    english: list[str] = []
    german: list[str] = []
    for domain in ("routine_app", "routines"):
        ids, strings = _po_texts(LOCALE / "de" / "LC_MESSAGES" / f"{domain}.po")
        english += ids
        german += strings
    root = ET.parse(LOCALE / "qt" / "routine_app_de.ts").getroot()
    for message in root.iter("message"):
        english.append(message.findtext("source", ""))
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform")
            german += [f.text or "" for f in forms] if forms else [translation.text or ""]
    english_words = set().union(*map(_words, english))
    german_words = set().union(*map(_words, german)) - FIELD_NAMES
    return frozenset(english_words - german_words - ALLOWED)


def english_in(text: str) -> set[str]:
    return _words(text) & english_only_words()


def test_the_vocabulary_tells_english_from_german() -> None:
    """The test's own check can fail: English texts are caught, German ones pass."""
    assert english_in("Start routine (Space)") == {"space"}
    assert english_in("Routines per week: completed, and stopped early")
    assert english_in("3 steps") == {"steps"}
    assert not english_in("Routine starten (Leertaste)")
    assert not english_in("Diese Episode begann am 2. Dezember 2026. Sciatica Routines")
    assert not english_in("knee-to-chest.svg  /tmp/x/routine-app  5 min 30 s  Esc")
    assert not english_in("'title' darf nicht leer sein; 'sides' muss [left, right] sein")
    assert english_in("title must not be empty") >= {"must", "not", "empty"}


@pytest.fixture(scope="module")
def german_window(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("german-window")
    return run_on_screen("tests.ui.language_probe", 1280, 900, 1.0, folder, language="de")


def test_the_window_starts_in_german(german_window: dict[str, object]) -> None:
    assert german_window["language"] == "de"
    texts = {text for _where, text in german_window["texts"]}  # type: ignore[attr-defined]
    assert len(texts) > 500, "the probe visited the pages and dialogs"
    for expected in (
        "Routine starten (Leertaste)",  # the player, a tr() text
        "Verstanden",  # the emergency alert
        "Abbrechen",  # Qt's own button text (qtbase_de)
        "Knie-zur-Brust-Dehnung",  # a bundled routine, from the routines catalogue
        "Die Routinen sind gesperrt",  # the lock banner
    ):
        assert any(expected in text for text in texts), expected


def test_no_english_is_left_on_any_page_or_dialog(german_window: dict[str, object]) -> None:
    left = sorted(
        {
            (where, text, " ".join(sorted(english_in(text))))
            for where, text in german_window["texts"]  # type: ignore[attr-defined]
            if english_in(text)
        }
    )
    shown = "\n".join(f"{where}: {text!r} ({words})" for where, text, words in left[:60])
    assert left == [], f"{len(left)} texts still in English:\n{shown}"
