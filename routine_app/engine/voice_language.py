"""The voice speaks the app's language: pick a matching speech locale and voice.

Kept apart from :mod:`routine_app.engine.speech` (which asks :func:`locale_for` and
:func:`voice_for` once, when the speech engine starts) and the cues (the two phrase
helpers) so the choice of language stays in one place.
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
    locale, note = locale_for(speech, language)
    if locale is None:
        return note
    speech.setLocale(locale)
    voice = voice_for(speech, language)
    if voice is not None:
        speech.setVoice(voice)
    return None


def locale_for(speech: Any, language: str | None = None) -> tuple[QLocale | None, str | None]:
    """The locale SPEECH should take for LANGUAGE (None: keep its own), and the note of
    :func:`match_voice` when it has none. Reads only; the caller sets it (the speech
    thread sets it by a queued call)."""
    code = current_language() if language is None else language
    wanted = QLocale(code)
    if code == SOURCE_LANGUAGE and speech.locale().language() == wanted.language():
        return None, None
    locales = [loc for loc in speech.availableLocales() if loc.language() == wanted.language()]
    if not locales:
        name = wanted.nativeLanguageName() or code
        return None, QCoreApplication.translate(
            "Voice",
            "No voice for %1 is installed, so the steps are read in the default voice. "
            "Install one for your speech engine (for example espeak-ng) to hear them in %1.",
        ).replace("%1", name)
    same_country = [loc for loc in locales if loc.territory() == wanted.territory()]
    return (same_country or locales)[0], None


def voice_for(speech: Any, language: str | None = None) -> Any:
    """A voice of LANGUAGE for SPEECH (whose locale is set), if its voice is of another."""
    wanted = QLocale(current_language() if language is None else language)
    voices = [v for v in speech.availableVoices() if v.locale().language() == wanted.language()]
    if voices and speech.voice().locale().language() != wanted.language():
        return voices[0]
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
