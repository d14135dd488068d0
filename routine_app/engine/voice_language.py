"""The voice speaks the app's language: pick a matching speech locale and voice.

Kept apart from :mod:`routine_app.engine.cues` (which only calls :func:`match_voice`
once, when the speech engine starts, and the two phrase helpers) so the choice of
language stays in one place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from routine_app.core.routine import Side
from routine_app.i18n import SOURCE_LANGUAGE, current_language


def match_voice(speech: Any, language: str | None = None) -> str | None:
    """Set SPEECH (a QTextToSpeech) to LANGUAGE (default: the app's) and a voice for it.

    Returns a sentence to show once when the engine has no voice for the language (the
    engine's default voice, usually English, then reads the texts), else None.
    """
    code = current_language() if language is None else language
    wanted = QLocale(code)
    if code == SOURCE_LANGUAGE and speech.locale().language() == wanted.language():
        return None
    locales = [loc for loc in speech.availableLocales() if loc.language() == wanted.language()]
    if not locales:
        name = wanted.nativeLanguageName() or code
        return QCoreApplication.translate(
            "Voice",
            "No voice for %1 is installed, so the steps are read in the default voice. "
            "Install one for your speech engine (for example espeak-ng) to hear them in %1.",
        ).replace("%1", name)
    same_country = [loc for loc in locales if loc.territory() == wanted.territory()]
    speech.setLocale((same_country or locales)[0])
    voices = [v for v in speech.availableVoices() if v.locale().language() == wanted.language()]
    if voices and speech.voice().locale().language() != wanted.language():
        speech.setVoice(voices[0])
    return None


def side_words(side: Side) -> str:
    """``, left side`` as spoken after a step's name."""
    if side is Side.LEFT:
        return QCoreApplication.translate("Voice", ", left side")
    return QCoreApplication.translate("Voice", ", right side")


def rep_words(rep: int, reps: int) -> str:
    """``, 2 of 3`` as spoken after a step's name."""
    spoken = QCoreApplication.translate("Voice", ", %1 of %2")
    return spoken.replace("%1", str(rep)).replace("%2", str(reps))
