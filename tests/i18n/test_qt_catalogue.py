"""Qt's German catalogue: complete, built from its .ts, and installed for the language."""

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


def test_there_is_a_german_ts() -> None:
    assert [p.name for p in TS_FILES] == ["routine_app_de.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_text_is_translated_with_its_placeholders(ts: Path) -> None:
    count = 0
    for context, source, translation in _messages(ts):
        count += 1
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)
        wanted = set(re.findall(r"%\d", source))
        assert set(re.findall(r"%\d", translation.text or "")) == wanted, (context, source)
    assert count > 200


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_committed_qm_is_built_from_the_ts(qapp: object, ts: Path, tmp_path: Path) -> None:
    """Same translations as a fresh lrelease of the .ts (compared text by text: another
    Qt version's lrelease may order the file's bytes differently)."""
    built = tmp_path / "built.qm"
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(built)], check=True)
    committed, fresh = QTranslator(), QTranslator()
    assert committed.load(str(ts.with_suffix(".qm"))) and fresh.load(str(built))
    for context, source, translation in _messages(ts):
        expected = fresh.translate(context, source)
        assert expected == translation.text, (context, source)
        assert committed.translate(context, source) == expected, (
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
        assert QLocale().language() == QLocale.Language.German
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("PlayerPage", "Start routine (Space)") == (
        "Start routine (Space)"
    )
    assert install_translators(qapp, "en") == []
