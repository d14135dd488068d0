"""Rebuild the cue sounds in assets/sounds/ (16-bit mono WAV, 44.1 kHz) from simple tones.

Usage: python scripts/make_sounds.py
  step-start.wav  a soft two-note chime when a step begins
  tick.wav        a short, quiet tick for the last 3, 2, 1 seconds before a change
  end.wav         three rising notes when the routine is done
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
    write("tick.wav", tone(1200, 0.05, 0.25, decay=12))
    write("end.wav", tone(523, 0.22, 0.6) + tone(659, 0.22, 0.6) + tone(784, 0.6, 0.6, 4))
    for path in sorted(OUT.glob("*.wav")):
        print(path.relative_to(OUT.parent.parent))


if __name__ == "__main__":
    main()
