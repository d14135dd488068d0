"""``routine-app --self-check``: check, and print, what the app needs at run time.

Essential: the bundled routines load, their pictures and the icon render (Qt's SVG
support), fonts exist, sound can load (QtMultimedia and its FFmpeg back-end), and the
data folder is writable. Good to have: an audio output device and a speech engine (a
server has neither; the app then stays silent). Exits 1 if anything essential is missing,
so a broken bundle or install cannot pass as a bare start would.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt, QUrl
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from routine_app import __version__
from routine_app.core.library import load_files, routine_files
from routine_app.engine.datadir import NoDataDirError, default_data_dir
from routine_app.resources import assets_dir, routines_dir
from routine_app.store.files import DataDirError, ensure_private_dir


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    essential: bool = True

    def line(self) -> str:
        mark = "ok  " if self.ok else ("FAIL" if self.essential else "warn")
        return f"{mark}  {self.name:14} {self.detail}"


def render_svg(path: Path, size: int = 64) -> bool:
    """True when the SVG draws something (not a blank square)."""
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return False
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return any(image.pixel(x, y) != 0 for x in range(size) for y in range(size))


def check_routines() -> tuple[Check, Check]:
    library = load_files(((p, True) for p in routine_files(routines_dir())), [assets_dir()])
    count = len(library.routines)
    routines = Check(
        "routines",
        count > 0 and not library.problems,
        f"{count} bundled routines load from {routines_dir()}"
        + (f"; problems: {library.problems[0].format()}" if library.problems else ""),
    )
    images = sorted({s.image for r in library.routines for s in r.steps if s.image})
    images.append(assets_dir() / "icons" / "routine-app.svg")
    blank = [p.name for p in images if not render_svg(p)]
    pictures = Check(
        "pictures",
        len(images) > 1 and not blank,
        f"{len(images) - len(blank)} of {len(images)} pictures render"
        + (f"; not: {', '.join(blank)}" if blank else ""),
    )
    return routines, pictures


def check_svg_plugin() -> Check:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    return Check(
        "svg plugin",
        "svg" in formats,
        "Qt reads SVG images"
        if "svg" in formats
        else "Qt's SVG image plugin (imageformats/libqsvg) is missing",
    )


def check_fonts() -> Check:
    families = QFontDatabase.families()
    return Check(
        "fonts",
        bool(families),
        f"{len(families)} font families, e.g. {families[0]}"
        if families
        else "no fonts: text would show as boxes (install fonts-dejavu-core)",
    )


def check_sound() -> tuple[Check, Check]:
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        hint = " (install libpulse0)" if "libpulse" in str(exc) else ""
        return Check("sound", False, f"QtMultimedia cannot load: {exc}{hint}"), Check(
            "audio output", False, "no sound library", essential=False
        )
    outputs = QMediaDevices.audioOutputs()
    if not outputs:  # a cue can only be loaded for a device
        return Check("sound", True, "QtMultimedia loads (no device to load a cue for)"), Check(
            "audio output", False, "no audio output device: cues are silent", essential=False
        )
    cue = assets_dir() / "sounds" / "step-start.wav"
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(cue)))
    deadline = QDeadlineTimer(5000)
    while effect.status() == QSoundEffect.Status.Loading and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loaded = effect.status() == QSoundEffect.Status.Ready
    return Check(
        "sound",
        loaded,
        f"cue sounds load ({cue.name})" if loaded else f"{cue} does not load as a sound",
    ), Check("audio output", True, outputs[0].description(), essential=False)


def check_voice() -> Check:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return Check("voice", False, f"QtTextToSpeech cannot load: {exc}", essential=False)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    return Check(
        "voice",
        bool(engines),
        f"speech engines: {', '.join(engines)}"
        if engines
        else "no speech engine: spoken steps are off (install speech-dispatcher)",
        essential=False,
    )


def check_modules() -> Check:
    """Every module of the app imports: a bundle that left one out fails here, not when
    the user opens the page that needs it."""
    import importlib
    import pkgutil

    import routine_app

    found = pkgutil.walk_packages(routine_app.__path__, "routine_app.")
    names = sorted(m.name for m in found if not m.name.endswith("__main__"))
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            failed.append(f"{name} ({exc})")
    return Check(
        "app modules",
        not failed,
        f"all {len(names)} modules load" if not failed else f"cannot load: {'; '.join(failed)}",
    )


def check_data_dir(requested: Path | None) -> Check:
    try:
        folder = ensure_private_dir(requested or default_data_dir())
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-check-"):
            pass
    except (DataDirError, NoDataDirError, OSError) as exc:
        return Check("data folder", False, str(exc))
    return Check("data folder", True, f"{folder} is writable")


def self_check(data_dir: Path | None) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print(f"Sciatica Routines {__version__}, Qt platform {QGuiApplication.platformName()}")
    steps: list[Callable[[], Check | tuple[Check, ...]]] = [
        check_routines,
        check_svg_plugin,
        check_fonts,
        check_sound,
        check_voice,
        check_modules,
        lambda: check_data_dir(data_dir),
    ]
    checks: list[Check] = []
    for step in steps:
        found = step()
        checks.extend(found if isinstance(found, tuple) else (found,))
    for check in checks:
        print(check.line())
    failed = [c.name for c in checks if c.essential and not c.ok]
    if failed:
        print(f"self-check FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("self-check passed")
    return 0
