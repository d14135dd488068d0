"""Rebuild the cue sounds in assets/sounds/ (16-bit mono WAV, 44.1 kHz) from simple tones.

Usage: python scripts/make_sounds.py
  step-start.wav  a two-note rising chime when a step begins
  rest-start.wav  two low falling notes when a rest begins
  switch-side.wav two quick equal notes, then a higher one, when the same step
                  goes on with the other side
  tick.wav        a short tick for the last 3, 2, 1 seconds before a change, as loud
                  as the chimes (a quiet tick is lost from across the room)
  end.wav         three rising notes when the routine is done
All are written at the same peak level; tests/engine/test_real_audio.py checks that the
recorded tick is within 6 dB of the chime.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freq: float, seconds: float, volume: float, decay: float = 6.0) -> list[float]:
    count = int(RATE * seconds)
    attack = int(RATE * 0.005)
    samples = []
    for n in range(count):
        envelope = min(1.0, n / attack) * math.exp(-decay * n / count)
        partials = math.sin(2 * math.pi * freq * n / RATE) + 0.3 * math.sin(
            4 * math.pi * freq * n / RATE
        )
        samples.append(volume * envelope * partials / 1.3)
    return samples


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples)
        )


def main() -> None:
    write("step-start.wav", tone(660, 0.18, 0.6) + tone(880, 0.3, 0.6))
    write("rest-start.wav", tone(523, 0.25, 0.6, 4) + tone(392, 0.45, 0.6, 4))
    write(
        "switch-side.wav",
        tone(740, 0.12, 0.6, 5) + tone(740, 0.12, 0.6, 5) + tone(988, 0.3, 0.6),
    )
    # The tick: short, but with a slow decay so it carries the chime's energy.
    write("tick.wav", tone(1000, 0.09, 0.6, decay=2.5))
    write("end.wav", tone(523, 0.22, 0.6) + tone(659, 0.22, 0.6) + tone(784, 0.6, 0.6, 4))
    for path in sorted(OUT.glob("*.wav")):
        print(path.relative_to(OUT.parent.parent))


if __name__ == "__main__":
    main()
