"""Quiet by default: messages from Qt and its sound and speech back-ends that are known to
be harmless (a window-manager hint the platform lacks, an audio server that is not there
and has a fallback) are dropped; everything else, and all of it with ``--verbose``, still
goes to standard error."""

from __future__ import annotations

import os
import re
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

# Matched against "category: message". Keep in step with qt_log_ignore in pyproject.toml.
HARMLESS = re.compile(
    r"propagateSizeHints"  # offscreen/xcb plugins: a size hint they cannot pass on
    r"|does not support raise"  # Wayland: windows cannot raise themselves
    r"|^qt\.multimedia"  # FFmpeg/PulseAudio/PipeWire probing; the app falls back to silence
    r"|pipewire|PulseAudioService|pa_context"
    r"|No QtMultimedia backends found"  # the cues need none: QSoundEffect plays WAV itself
    r"|Couldn.t (load|resolve)"  # an optional library of a back-end that is not used
    r"|[Tt]ext-to-speech|speechd|^qt\.speech"  # speech engine probing; voice reports itself
)

_installed = False


def is_harmless(category: str, message: str) -> bool:
    return HARMLESS.search(f"{category}: {message}") is not None


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    if kind != QtMsgType.QtFatalMsg and is_harmless(category, message):
        return
    print(qFormatLogMessage(kind, context, message), file=sys.stderr)


def quiet_known_noise(*, verbose: bool) -> None:
    """Install the filter (once), unless *verbose*. Call before the QApplication exists."""
    global _installed
    if verbose or _installed:
        return
    # PipeWire's client library logs on its own, outside Qt: errors only.
    os.environ.setdefault("PIPEWIRE_LOG_LEVEL", "1")
    os.environ.setdefault("PIPEWIRE_DEBUG", "1")
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"  # what Qt switches to anyway, minus its warning
    qInstallMessageHandler(_handler)
    _installed = True
