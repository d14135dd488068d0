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
from routine_app.i18n import _, pgettext
from routine_app.resources import assets_dir, routines_dir
from routine_app.store.files import DataDirError, ensure_private_dir


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    essential: bool = True

    def line(self) -> str:
        marks = (
            pgettext("self-check", "ok"),
            pgettext("self-check", "FAIL"),
            pgettext("self-check", "warn"),
        )
        mark = marks[0] if self.ok else marks[1] if self.essential else marks[2]
        width = max(map(len, marks))  # the marks line up in every language
        return f"{mark:{width}}  {self.name:14} {self.detail}"


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
    detail = _("{count} bundled routines load from {folder}").format(
        count=count, folder=routines_dir()
    )
    if library.problems:
        detail = _("{detail}; problems: {problem}").format(
            detail=detail, problem=library.problems[0].format()
        )
    routines = Check(_("routines"), count > 0 and not library.problems, detail)
    images = sorted({s.image for r in library.routines for s in r.steps if s.image})
    images.append(assets_dir() / "icons" / "routine-app.svg")
    blank = [p.name for p in images if not render_svg(p)]
    rendered = _("{count} of {total} pictures render").format(
        count=len(images) - len(blank), total=len(images)
    )
    if blank:
        rendered = _("{rendered}; not: {names}").format(rendered=rendered, names=", ".join(blank))
    pictures = Check(_("pictures"), len(images) > 1 and not blank, rendered)
    return routines, pictures


def check_svg_plugin() -> Check:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    return Check(
        _("svg plugin"),
        "svg" in formats,
        _("Qt reads SVG images")
        if "svg" in formats
        else _("Qt's SVG image plugin (imageformats/libqsvg) is missing"),
    )


def check_fonts() -> Check:
    families = QFontDatabase.families()
    return Check(
        _("fonts"),
        bool(families),
        _("{count} font families, e.g. {family}").format(count=len(families), family=families[0])
        if families
        else _("no fonts: text would show as boxes (install fonts-dejavu-core)"),
    )


def check_sound() -> tuple[Check, Check]:
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        hint = " " + _("(install libpulse0)") if "libpulse" in str(exc) else ""
        cannot = _("QtMultimedia cannot load: {reason}").format(reason=exc) + hint
        return Check(_("sound"), False, cannot), Check(
            _("audio output"), False, _("no sound library"), essential=False
        )
    outputs = QMediaDevices.audioOutputs()
    if not outputs:  # a cue can only be loaded for a device
        loads = _("QtMultimedia loads (no device to load a cue for)")
        silent = _("no audio output device: cues are silent")
        return Check(_("sound"), True, loads), Check(
            _("audio output"), False, silent, essential=False
        )
    cue = assets_dir() / "sounds" / "step-start.wav"
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(cue)))
    deadline = QDeadlineTimer(5000)
    while effect.status() == QSoundEffect.Status.Loading and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loaded = effect.status() == QSoundEffect.Status.Ready
    return Check(
        _("sound"),
        loaded,
        _("cue sounds load ({name})").format(name=cue.name)
        if loaded
        else _("{path} does not load as a sound").format(path=cue),
    ), Check(_("audio output"), True, outputs[0].description(), essential=False)


def check_voice() -> Check:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        cannot = _("QtTextToSpeech cannot load: {reason}").format(reason=exc)
        return Check(_("voice"), False, cannot, essential=False)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    return Check(
        _("voice"),
        bool(engines),
        _("speech engines: {names}").format(names=", ".join(engines))
        if engines
        else _("no speech engine: spoken steps are off (install speech-dispatcher)"),
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
        _("app modules"),
        not failed,
        _("all {count} modules load").format(count=len(names))
        if not failed
        else _("cannot load: {names}").format(names="; ".join(failed)),
    )


def check_data_dir(requested: Path | None) -> Check:
    try:
        folder = ensure_private_dir(requested or default_data_dir())
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-check-"):
            pass
    except (DataDirError, NoDataDirError, OSError) as exc:
        return Check(_("data folder"), False, str(exc))
    return Check(_("data folder"), True, _("{folder} is writable").format(folder=folder))


def self_check(data_dir: Path | None) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print(
        _("Sciatica Routines {version}, Qt platform {platform}").format(
            version=__version__, platform=QGuiApplication.platformName()
        )
    )
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
        print(_("self-check FAILED: {names}").format(names=", ".join(failed)), file=sys.stderr)
        return 1
    print(_("self-check passed"))
    return 0
