"""Parsing and formatting of step durations such as ``45``, ``45s``, ``2m`` or ``1m30s``."""

from __future__ import annotations

import math
import re

from routine_app.i18n import _

_DURATION_RE = re.compile(
    r"^\s*(?:(?P<h>\d{1,9})\s*h)?\s*(?:(?P<m>\d{1,9})\s*m)?\s*(?:(?P<s>\d{1,9}(?:\.\d{1,9})?)\s*s)?\s*$"
)


_PLAIN_NUMBER_RE = re.compile(r"^\d{1,9}(?:\.\d{1,9})?$")


class DurationError(ValueError):
    """A duration value that is not a positive number of seconds or a ``1m30s`` string."""


def parse_duration(value: object) -> float:
    """Return *value* as seconds.

    Accepts an int or float (seconds) or a string made of hours, minutes and
    seconds parts (``1h``, ``2m``, ``45s``, ``1m30s``, ``90``). Raises
    :class:`DurationError` for anything else, including booleans, NaN and
    infinities. The range check (1 s to 1 h) is the loader's job.
    """
    if isinstance(value, bool):
        raise DurationError(_expected(value))
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        seconds = _parse_duration_text(value)
    else:
        raise DurationError(_expected(value))
    if not math.isfinite(seconds):
        raise DurationError(
            _("duration must be a finite number of seconds, got {value}").format(value=repr(value))
        )
    return seconds


def _expected(value: object) -> str:
    return _("expected a duration such as 45s or 1m30s, got {value}").format(value=repr(value))


def _parse_duration_text(text: str) -> float:
    stripped = text.strip()
    if _PLAIN_NUMBER_RE.match(stripped):
        return float(stripped)
    match = _DURATION_RE.match(stripped)
    if not stripped or match is None or not any(match.group(k) for k in ("h", "m", "s")):
        raise DurationError(
            _("{text} is not a duration: use seconds (45), or units such as 45s, 2m, 1m30s").format(
                text=repr(text)
            )
        )
    hours = int(match.group("h") or 0)
    minutes = int(match.group("m") or 0)
    seconds = float(match.group("s") or 0)
    return hours * 3600 + minutes * 60 + seconds


def format_duration(seconds: float) -> str:
    """Format seconds for people: ``45 s``, ``2 min``, ``1 min 30 s``, ``1 h 5 min``."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def format_clock(seconds: float) -> str:
    """Format seconds as a countdown clock: ``0:45``, ``12:05``, ``1:02:03``."""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def duration_text(seconds: float) -> str:
    """The shortest file form that parses back to exactly *seconds*: ``45s``, ``1m30s``."""
    if seconds != int(seconds):
        return format(seconds, ".9f").rstrip("0").rstrip(".") + "s"
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{hours}h" if hours else "",
        f"{minutes}m" if minutes else "",
        f"{secs}s" if secs else "",
    ]
    return "".join(parts) or "0s"
