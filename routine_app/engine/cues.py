"""Sound and voice cues for the player, with a silent fallback that never stalls it.

QtMultimedia and QtTextToSpeech are imported only here, and only when first needed:
sound when a routine is first loaded or a cue first played (not at app start: loading
QtMultimedia and asking for the audio outputs costs about 45 ms and 19 MiB), speech when
voice is first turned on. Where no audio library, output device or speech engine exists (a headless
machine, a desktop without PulseAudio), the cues stay silent and ``unavailable``
says why, once, so the player page can tell the user.
"""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from routine_app.core.segments import Segment, SegmentKind
from routine_app.engine.player import RoutinePlayer
from routine_app.engine.voice_language import match_voice, rep_words, side_words

COUNTDOWN = (3, 2, 1)
VOICE_ATTEMPTS = 3
VOICE_RETRY_SECONDS = 0.4


class Cue(StrEnum):
    STEP_START = "step-start"
    TICK = "tick"
    END = "end"


class Cues(QObject):
    """Plays cue sounds and speaks step announcements, when the machine can."""

    def __init__(self, sounds_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sound_enabled = True
        self._unavailable: list[str] = []
        self._effects: dict[Cue, Any] = {}
        self._sounds_dir = sounds_dir
        self._sound_checked = False
        self._volume: float | None = None  # as chosen before the sounds loaded
        self._speech: Any = None
        self._voice_checked = False
        self._voice_on = False
        self.played: list[str] = []  # what was actually sent to a device, newest last

    @property
    def unavailable(self) -> list[str]:
        """Why sound or voice is off, one sentence each (this sets sound up if need be)."""
        self._ensure_sound()
        return self._unavailable

    def _ensure_sound(self) -> None:
        if not self._sound_checked:
            self._sound_checked = True
            self._init_sound(self._sounds_dir)
            if self._volume is not None:
                self.set_volume(self._volume)

    @property
    def voice_enabled(self) -> bool:
        return self._voice_on

    def set_voice_enabled(self, on: bool) -> bool:
        """Turn spoken steps on or off; returns whether they are on.

        The speech engine starts only the first time voice is turned on: connecting
        to it can take a second, which would otherwise slow every app start.
        """
        if on and not self._voice_checked:
            self._voice_checked = True
            self._init_voice()
        self._voice_on = on and self._speech is not None
        return self._voice_on

    @property
    def sound_available(self) -> bool:
        self._ensure_sound()
        return bool(self._effects)

    @property
    def voice_available(self) -> bool:
        """False once voice was tried and no speech engine worked; True until then."""
        return self._speech is not None or not self._voice_checked

    def _init_sound(self, sounds_dir: Path) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. libpulse0 missing
            self._unavailable.append(f"Sound is off: the audio library could not load ({exc}).")
            return
        if not QMediaDevices.audioOutputs():
            self._unavailable.append("Sound is off: no audio output device was found.")
            return
        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sounds_dir / f"{cue.value}.wav")))
            effect.setVolume(0.4 if cue is Cue.TICK else 0.8)
            self._effects[cue] = effect

    def _init_voice(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self._unavailable.append(f"Spoken steps are off: speech could not load ({exc}).")
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        # A speech daemon started on demand may not list its voices at once: try again
        # briefly (this runs once, when the user first turns voice on).
        for attempt in range(VOICE_ATTEMPTS):
            for engine in engines:
                speech = QTextToSpeech(engine, self)
                if speech.state() != QTextToSpeech.State.Error:
                    self._speech = speech
                    self._unavailable += filter(None, [match_voice(speech)])  # its language
                    return
                speech.deleteLater()
            if attempt + 1 < VOICE_ATTEMPTS and engines:
                time.sleep(VOICE_RETRY_SECONDS)
        self._unavailable.append(
            "Spoken steps are off: no speech engine is available "
            "(install speech-dispatcher to hear them)."
        )

    def loaded(self) -> bool:
        """True once every cue sound is decoded and ready to play without delay."""
        self._ensure_sound()
        from PySide6.QtMultimedia import QSoundEffect

        return all(e.status() == QSoundEffect.Status.Ready for e in self._effects.values())

    def play(self, cue: Cue) -> None:
        self._ensure_sound()
        effect = self._effects.get(cue)
        if self.sound_enabled and effect is not None:
            effect.play()
            self.played.append(cue.value)

    def say(self, text: str) -> None:
        if self._voice_on and self._speech is not None and text:
            self._speech.say(text)
            self.played.append(f"say:{text}")

    def set_volume(self, volume: float) -> None:
        self._volume = volume  # kept for sounds not loaded yet
        for cue, effect in self._effects.items():
            effect.setVolume(volume * (0.5 if cue is Cue.TICK else 1.0))


def announcement(segment: Segment) -> str:
    """What the voice says when a segment starts: the step's own text, or name and side."""
    if segment.kind is SegmentKind.STEP and segment.say:
        return segment.say
    text = segment.name
    if segment.side is not None:
        text += side_words(segment.side)
    if segment.kind is SegmentKind.STEP and segment.reps > 1:
        text += rep_words(segment.rep, segment.reps)
    return text


def connect_cues(player: RoutinePlayer, cues: Cues) -> None:
    """A chime and announcement at each segment start, ticks at 3-2-1, a sound at the end."""

    def started(index: int) -> None:
        cues.play(Cue.STEP_START)
        cues.say(announcement(player.segments[index]))

    def second(remaining: int) -> None:
        if remaining in COUNTDOWN and player.segment.duration > remaining:
            cues.play(Cue.TICK)

    player.segment_started.connect(started)
    player.remaining_changed.connect(second)
    player.finished.connect(lambda: cues.play(Cue.END))
