"""The voice follows the app's language (Qt's mock speech engine: real QTextToSpeech)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from routine_app.core.routine import Side
from routine_app.engine.voice_language import match_voice, rep_words, side_words


@pytest.fixture
def speech(qapp: object) -> QTextToSpeech:
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    engine = QTextToSpeech("mock")
    assert engine.state() != QTextToSpeech.State.Error
    return engine


def test_a_voice_of_the_language_is_chosen(speech: QTextToSpeech) -> None:
    assert match_voice(speech, "nb") is None  # the mock engine has a Norwegian voice
    assert speech.locale().language() == QLocale.Language.NorwegianBokmal
    assert speech.voice().locale().language() == QLocale.Language.NorwegianBokmal


def test_no_voice_for_the_language_is_said_once_with_its_name(speech: QTextToSpeech) -> None:
    note = match_voice(speech, "de")
    assert note is not None and "Deutsch" in note and "espeak-ng" in note
    assert speech.locale().language() == QLocale.Language.English  # default voice kept


def test_english_keeps_the_engine_default(speech: QTextToSpeech) -> None:
    before = speech.voice().name()
    assert match_voice(speech, "en") is None
    assert speech.voice().name() == before


def test_spoken_phrases_in_english_are_unchanged(qapp: object) -> None:
    assert side_words(Side.LEFT) == ", left side" and side_words(Side.RIGHT) == ", right side"
    assert rep_words(2, 3) == ", 2 of 3"
