"""Sound and voice cues for the player, with a silent fallback that never stalls it.

QtMultimedia is imported only here, and only when first needed: when a routine is first
loaded or a cue first played (not at app start: loading QtMultimedia and asking for the
audio outputs costs about 45 ms and 19 MiB). Speech (:mod:`routine_app.engine.speech`)
starts when voice is first turned on, on a thread of its own, and speaks once its engine
has answered. Where no audio library, output device or speech engine exists (a headless
machine, a desktop without PulseAudio, a speech daemon that never answers), the cues stay
silent and ``unavailable`` says why, so the player page can tell the user.
"""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal

from routine_app.core.segments import Segment, SegmentKind
from routine_app.engine.voice_language import rep_words, side_words

if TYPE_CHECKING:  # the player's and speech's modules load with the player page
    from routine_app.engine.player import RoutinePlayer
    from routine_app.engine.speech import Speech

COUNTDOWN = (3, 2, 1)


class Cue(StrEnum):
    STEP_START = "step-start"
    REST_START = "rest-start"
    SWITCH_SIDE = "switch-side"
    TICK = "tick"
    END = "end"


#: Quiet time after a chime before the voice speaks, so the two never overlap.
VOICE_GAP = 0.08


def sound_length(path: Path) -> float:
    """Length of a WAV file in seconds (0 when it cannot be read)."""
    import wave  # with the first routine's sounds, not at start

    try:
        with wave.open(str(path), "rb") as sound:
            return sound.getnframes() / float(sound.getframerate())
    except (OSError, EOFError, wave.Error):
        return 0.0


class Cues(QObject):
    """Plays cue sounds and speaks step announcements, when the machine can.

    Signals: ``voice_changed()`` once the speech engine is ready or has failed.
    """

    voice_changed = Signal()

    def __init__(
        self, sounds_dir: Path, parent: QObject | None = None, speech: Speech | None = None
    ) -> None:
        super().__init__(parent)
        self.sound_enabled = True
        self._unavailable: list[str] = []
        self._effects: dict[Cue, Any] = {}
        self._sounds_dir = sounds_dir
        self._sound_checked = False
        self._volume: float | None = None  # as chosen before the sounds loaded
        self._speech: Speech | None = None  # made when first needed (a player is shown)
        if speech is not None:
            self._adopt(speech)
        self._voice_on = False
        self.played: list[str] = []  # what was actually sent to a device, newest last
        self._lengths: dict[Cue, float] = {}  # read when sound is set up, not at start
        self._chime_ends = 0.0  # monotonic time when the last chime stops sounding
        self._pending: QTimer | None = None  # speech waiting for a chime to end

    @property
    def speech(self) -> Speech:
        """The speech engine's front (engine.speech loads here, not at app start)."""
        if self._speech is None:
            from routine_app.engine.speech import Speech

            self._adopt(Speech(parent=self))
        assert self._speech is not None
        return self._speech

    def _adopt(self, speech: Speech) -> None:
        self._speech = speech
        speech.changed.connect(self.voice_changed)

    def _speech_is(self, status: Literal["READY", "FAILED"]) -> bool:
        from routine_app.engine.speech import Status

        return self.speech.status is Status[status]

    @property
    def unavailable(self) -> list[str]:
        """Why sound or voice is off, one sentence each (this sets sound up if need be)."""
        self._ensure_sound()
        speech = self.speech
        voice = speech.problem if self._speech_is("FAILED") else speech.note
        return [*self._unavailable, *filter(None, [voice])]

    def _ensure_sound(self) -> None:
        if not self._sound_checked:
            self._sound_checked = True
            self._lengths = {c: sound_length(self._sounds_dir / f"{c.value}.wav") for c in Cue}
            self._init_sound(self._sounds_dir)
            if self._volume is not None:
                self.set_volume(self._volume)

    @property
    def voice_enabled(self) -> bool:
        """Voice is wanted and its engine has not failed (it may still be starting)."""
        return self._voice_on and not self._speech_is("FAILED")

    @property
    def voice_ready(self) -> bool:
        """The speech engine has answered: what is said now is heard."""
        return self._speech_is("READY")

    def set_voice_enabled(self, on: bool) -> bool:
        """Turn spoken steps on or off; returns whether they are on.

        The speech engine starts the first time voice is turned on, in the background
        (connecting to it takes a second or more, and a stale daemon never answers):
        until it is ready nothing is said, and ``voice_changed`` tells when it is ready
        or has failed.
        """
        if on:
            self.speech.start()
        self._voice_on = on
        return self.voice_enabled

    @property
    def sound_available(self) -> bool:
        self._ensure_sound()
        return bool(self._effects)

    @property
    def voice_available(self) -> bool:
        """False once voice was tried and no speech engine worked; True until then."""
        return not self._speech_is("FAILED")

    def _init_sound(self, sounds_dir: Path) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. libpulse0 missing
            self._unavailable.append(
                QCoreApplication.translate(
                    "Cues", "Sound is off: the audio library could not load (%1)."
                ).replace("%1", str(exc))
            )
            return
        if not QMediaDevices.audioOutputs():
            self._unavailable.append(
                QCoreApplication.translate(
                    "Cues", "Sound is off: no audio output device was found."
                )
            )
            return
        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sounds_dir / f"{cue.value}.wav")))
            effect.setVolume(0.8)
            self._effects[cue] = effect

    def loaded(self) -> bool:
        """True once every cue sound is decoded and ready to play without delay."""
        self._ensure_sound()
        from PySide6.QtMultimedia import QSoundEffect

        return all(e.status() == QSoundEffect.Status.Ready for e in self._effects.values())

    def play(self, cue: Cue) -> None:
        """Play *cue* now. Voice and chimes never overlap: a chime that starts a step or
        rest cuts off speech still going, and a tick is left out while the voice speaks."""
        self._ensure_sound()
        effect = self._effects.get(cue)
        if not self.sound_enabled or effect is None:
            return
        if self._speaking():
            if cue is Cue.TICK:
                return
            self._cancel_speech()
        effect.play()
        self.played.append(cue.value)
        self._chime_ends = time.monotonic() + self._lengths.get(cue, 0.0)

    def say(self, text: str) -> None:
        """Speak *text*; after a chime still sounding, once it has ended."""
        if not (self.voice_enabled and self.voice_ready and text):
            return
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        wait = self._chime_ends + VOICE_GAP - time.monotonic()
        if wait <= 0:
            self._speak(text)
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._speak(text))
        timer.start(int(wait * 1000))
        self._pending = timer

    def _speak(self, text: str) -> None:
        self._pending = None
        if self.voice_enabled and self.speech.say(text):
            self.played.append(f"say:{text}")

    def _speaking(self) -> bool:
        return self._pending is not None or (self._speech is not None and self._speech.speaking())

    def _cancel_speech(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        if self._speech is not None:
            self._speech.stop()

    def close(self) -> None:
        """Let the speech thread end (the app is quitting)."""
        if self._speech is not None:
            self._speech.close()

    def set_volume(self, volume: float) -> None:
        self._volume = volume  # kept for sounds not loaded yet
        for effect in self._effects.values():  # ticks are as loud as the chimes
            effect.setVolume(volume)


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


def cue_for(segments: tuple[Segment, ...], index: int) -> Cue:
    """The chime a segment starts with: rest, the other side of the same step, or a step."""
    segment = segments[index]
    if segment.kind is SegmentKind.REST:
        return Cue.REST_START
    if segment.kind is SegmentKind.STEP and segment.side is not None:
        earlier = [s for s in segments[:index] if s.kind is SegmentKind.STEP]
        previous = earlier[-1] if earlier else None
        same_step = previous is not None and previous.name == segment.name
        if same_step and previous is not None and previous.side not in (None, segment.side):
            return Cue.SWITCH_SIDE
    return Cue.STEP_START


def connect_cues(player: RoutinePlayer, cues: Cues) -> None:
    """A chime and announcement at each segment start (its own chime for a rest and for
    a change of side), ticks at 3-2-1, a sound at the end."""

    def started(index: int) -> None:
        cues.play(cue_for(player.segments, index))
        cues.say(announcement(player.segments[index]))

    def second(remaining: int) -> None:
        if remaining in COUNTDOWN and player.segment.duration > remaining:
            cues.play(Cue.TICK)

    player.segment_started.connect(started)
    player.remaining_changed.connect(second)
    player.finished.connect(lambda: cues.play(Cue.END))
