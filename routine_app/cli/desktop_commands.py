"""``routine-app desktop install [--autostart]`` and ``desktop uninstall``.

Puts the launcher (.desktop entry), the icon (scalable SVG and PNG sizes in the hicolor
theme) and the AppStream metainfo under ``$XDG_DATA_HOME`` (``~/.local/share``), and with
``--autostart`` an entry in ``$XDG_CONFIG_HOME/autostart`` that starts the app in the tray
at login. Plain Python: no Qt needed.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from routine_app.cli.journal_commands import fail
from routine_app.engine.datadir import NoDataDirError, data_home, home_dir
from routine_app.i18n import _
from routine_app.resources import assets_dir

APP_ID = "io.github.sciatica_routines.RoutineApp"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"


@dataclass(frozen=True, slots=True)
class Places:
    """Where each installed file goes."""

    data: Path
    config: Path

    @property
    def launcher(self) -> Path:
        return self.data / "applications" / DESKTOP_FILE

    @property
    def metainfo(self) -> Path:
        return self.data / "metainfo" / METAINFO_FILE

    @property
    def icons(self) -> Path:
        return self.data / "icons" / "hicolor"

    @property
    def autostart(self) -> Path:
        return self.config / "autostart" / DESKTOP_FILE

    def icon_files(self) -> dict[Path, Path]:
        """Installed icon path -> bundled source."""
        source = assets_dir() / "icons"
        files = {self.icons / "scalable" / "apps" / f"{APP_ID}.svg": source / "routine-app.svg"}
        for png in sorted((source / "hicolor").glob(f"*/apps/{APP_ID}.png")):
            files[self.icons / png.relative_to(source / "hicolor")] = png
        return files


def places() -> Places:
    """``$XDG_DATA_HOME`` and ``$XDG_CONFIG_HOME`` (when absolute), else their defaults."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    if config and os.path.isabs(config):
        return Places(data_home(), Path(config))
    return Places(data_home(), home_dir() / ".config")


def launch_command() -> list[str]:
    """How this installation is started: the bundle's executable, the installed
    ``routine-app`` script, or this Python with ``-m routine_app``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / "routine-app"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "routine_app"]


def desktop_entry(command: list[str], *, autostart: bool) -> str:
    """The bundled entry with Exec= pointing at this installation."""
    text = (assets_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = shlex.join([*command, "--autostart"] if autostart else command)
    lines = [
        f"Exec={exec_line}" if line.startswith("Exec=") else line for line in text.splitlines()
    ]
    if autostart:
        lines += ["X-GNOME-Autostart-enabled=true", "NoDisplay=true"]
    return "\n".join(lines) + "\n"


def install(where: Places, *, autostart: bool) -> list[Path]:
    written: list[Path] = []
    command = launch_command()
    for target, text in (
        (where.launcher, desktop_entry(command, autostart=False)),
        (where.metainfo, (assets_dir() / METAINFO_FILE).read_text(encoding="utf-8")),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    for target, source in where.icon_files().items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    if autostart:
        where.autostart.parent.mkdir(parents=True, exist_ok=True)
        where.autostart.write_text(desktop_entry(command, autostart=True), encoding="utf-8")
        written.append(where.autostart)
    elif where.autostart.exists():
        where.autostart.unlink()
    _refresh_caches(where)
    return written


def uninstall(where: Places) -> list[Path]:
    removed = []
    for path in [where.launcher, where.metainfo, where.autostart, *where.icon_files()]:
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(where)
    return removed


def _refresh_caches(where: Places) -> None:
    """Menus and icon themes notice new files sooner with their caches rebuilt (optional)."""
    for tool, target in (
        ("update-desktop-database", where.launcher.parent),
        ("gtk-update-icon-cache", where.icons),
    ):
        if shutil.which(tool) and target.is_dir():
            subprocess.run(
                [tool, "-q", str(target)]
                if tool == "update-desktop-database"
                else [tool, "-q", "-t", "-f", str(target)],
                check=False,
                capture_output=True,
                timeout=60,
            )


def desktop(args: argparse.Namespace) -> int:
    try:
        where = places()
        if args.desktop_command == "install":
            for path in install(where, autostart=args.autostart):
                print(_("installed {path}").format(path=path))
            print(_("Sciatica Routines is in your desktop's application menu."))
            return 0
        removed = uninstall(where)
        for path in removed:
            print(_("removed {path}").format(path=path))
        if not removed:
            print(_("nothing to remove: the launcher was not installed"))
        return 0
    except NoDataDirError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(
            _("cannot write {filename}: {value}").format(
                filename=exc.filename, value=exc.strerror or exc
            )
        )
