"""Qt's catalogues: German complete, English's plural forms complete, each built from its
.ts and current with the code (lupdate re-run finds nothing new), installed for the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from routine_app.engine.translators import QT_LOCALE_DIR, install_translators

TS_FILES = sorted(QT_LOCALE_DIR.glob("routine_app_*.ts"))


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    assert Path(found).exists(), "pyside6-lrelease comes with the PySide6 wheel"
    return found


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message.findtext("source", ""), message.find("translation")  # type: ignore[misc]


def _comments(ts: Path) -> dict[tuple[str, str], str]:
    """The disambiguating comment of each message that has one."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            comment = message.findtext("comment")
            if comment:
                found[name, message.findtext("source", "")] = comment
    return found


def _lupdate() -> str:
    return str(Path(_lrelease()).with_name("pyside6-lupdate"))


def _texts(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_there_is_a_german_ts_and_the_english_plurals() -> None:
    assert [p.name for p in TS_FILES] == ["routine_app_de.ts", "routine_app_en.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_text_is_translated_with_its_placeholders(ts: Path) -> None:
    count = 0
    for context, source, translation in _messages(ts):
        count += 1
        assert translation is not None and translation.get("type") is None, (context, source)
        texts = _texts(translation)
        assert all(text.strip() for text in texts), (context, source)
        if "%n" in source:  # both forms of a counted text (German and English have two)
            assert len(texts) == 2 and all("%n" in text for text in texts), (context, source)
        wanted = set(re.findall(r"%\d", source))
        for text in texts:
            assert set(re.findall(r"%\d", text)) == wanted, (context, source)
    # English holds only the counted texts; German every text of the window.
    assert count > (10 if ts.stem.endswith("_en") else 400)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_extraction_finds_no_new_or_unfinished_text(ts: Path, tmp_path: Path) -> None:
    """lupdate re-run over the code, as scripts/qt-translations.sh runs it, leaves the
    catalogue complete: a tr() text added without its translation fails here."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    root = Path(__file__).resolve().parents[2]
    sources = sorted(
        str(p.relative_to(root))
        for pattern in ("routine_app/ui/*.py", "routine_app/ui/*/*.py", "routine_app/engine/*.py")
        for p in root.glob(pattern)
    )
    only = ["-pluralonly", "-source-language", "en", "-target-language", "en"]
    subprocess.run(
        [
            _lupdate(),
            *sources,
            "routine_app/app.py",
            *(only if ts.stem.endswith("_en") else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )
    unfinished = [
        (context, source)
        for context, source, translation in _messages(fresh)
        if translation is None or translation.get("type") == "unfinished"
    ]
    assert unfinished == [], "run scripts/qt-translations.sh and translate these"
    assert sorted((c, s) for c, s, _t in _messages(fresh)) == sorted(
        (c, s) for c, s, _t in _messages(ts)
    ), "the .ts is out of date: run scripts/qt-translations.sh"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_committed_qm_is_built_from_the_ts(qapp: object, ts: Path, tmp_path: Path) -> None:
    """Same translations as a fresh lrelease of the .ts (compared text by text: another
    Qt version's lrelease may order the file's bytes differently)."""
    built = tmp_path / "built.qm"
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(built)], check=True)
    committed, fresh = QTranslator(), QTranslator()
    assert committed.load(str(ts.with_suffix(".qm"))) and fresh.load(str(built))
    comments = _comments(ts)
    for context, source, translation in _messages(ts):
        comment = comments.get((context, source))
        for number, text in enumerate(_texts(translation)):
            count = (1, 3)[number] if "%n" in source else -1
            expected = fresh.translate(context, source, comment, count)
            assert expected == text, (context, source)
            assert committed.translate(context, source, comment, count) == expected, (
                f"{context}: {source!r}: run scripts/qt-translations.sh to rebuild the .qm"
            )


def test_translators_turn_the_window_texts_german(qapp: QCoreApplication) -> None:
    before = QLocale()
    translators = install_translators(qapp, "de")
    try:
        assert len(translators) == 2  # Qt's own (qtbase_de) and the app's
        assert QCoreApplication.translate("PlayerPage", "Start routine (Space)") == (
            "Routine starten (Leertaste)"
        )
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QCoreApplication.translate("RoutineFacts", "%n step(s)", None, 1) == "1 Schritt"
        assert QCoreApplication.translate("RoutineFacts", "%n step(s)", None, 3) == "3 Schritte"
        assert QLocale().language() == QLocale.Language.German
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("PlayerPage", "Start routine (Space)") == (
        "Start routine (Space)"
    )
    english = install_translators(qapp, "en")  # its plural forms only, no qtbase
    try:
        assert len(english) == 1
        assert QCoreApplication.translate("RoutineFacts", "%n step(s)", None, 1) == "1 step"
        assert QCoreApplication.translate("RoutineFacts", "%n step(s)", None, 3) == "3 steps"
    finally:
        for translator in english:
            qapp.removeTranslator(translator)
