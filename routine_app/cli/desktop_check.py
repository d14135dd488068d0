"""Before the window starts: is there a display, and can Qt load? One clear line if not.

Without this, Qt aborts (exit 134) with a message about the xcb plugin that often names
the wrong library. Plain Python: it runs before any Qt module is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

from routine_app.i18n import N_, _

# Shared libraries Qt's widgets and its X11 (xcb) plugin load, with the Debian package
# that provides each.
QT_CORE_LIBRARIES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
}
XCB_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

NO_DISPLAY = N_(
    "no display: the window needs a desktop session. Use the terminal commands "
    "(routine-app --help), or set DISPLAY"
)


def missing_libraries(libraries: Mapping[str, str]) -> list[str]:
    """The Debian packages of the libraries in *libraries* that cannot be loaded."""
    missing = []
    for library, package in libraries.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def uses_xcb(env: Mapping[str, str]) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    wayland = bool(env.get("WAYLAND_DISPLAY")) and env.get("XDG_SESSION_TYPE") == "wayland"
    return bool(env.get("DISPLAY")) and not wayland


def has_display(env: Mapping[str, str]) -> bool:
    """A platform was chosen (offscreen, vnc, ...), or an X11 or Wayland display is set."""
    return any(env.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def window_problem(*, offscreen_ok: bool) -> str | None:
    """Why the window cannot start here, in one line, or None.

    With *offscreen_ok* (``--smoke``, ``--screenshot``) and no display, Qt's offscreen
    platform is chosen instead.
    """
    if sys.platform != "linux":  # pragma: no cover
        return None
    if not has_display(os.environ):
        if not offscreen_ok:
            return _(NO_DISPLAY)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    needed = dict(QT_CORE_LIBRARIES)
    if uses_xcb(os.environ):
        needed.update(XCB_LIBRARIES)
    missing = missing_libraries(needed)
    if missing:
        return _(
            "Qt cannot start: system libraries are missing. On Debian or Ubuntu: {command}"
        ).format(command=f"sudo apt-get install {' '.join(missing)}")
    return None
