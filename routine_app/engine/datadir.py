"""Application names and the default data folder.

The folder is worked out in plain Python, the same way Qt's ``QStandardPaths`` does on
Linux (``$XDG_DATA_HOME``, if absolute, else ``~/.local/share``, then organisation and
application name), so terminal commands never load Qt. ``tests/test_datadir.py`` checks
that both agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from routine_app import __version__
from routine_app.i18n import _
from routine_app.store.files import PRIVATE_DIR_MODE, tighten

ORGANIZATION = "SciaticaRoutines"
APPLICATION = "routine-app"
DATA_DIR_ENV = "ROUTINE_APP_DATA_DIR"


class NoDataDirError(Exception):
    pass


def requested_data_dir(arg: Path | None) -> Path | None:
    """The data folder asked for by ``--data-dir`` or the environment, if any."""
    if arg is not None:
        return arg
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env) if env else None


def configure_names() -> None:
    """Names that decide where QStandardPaths and QSettings put things. Call before use."""
    from PySide6.QtCore import QCoreApplication  # only the window and report need Qt

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def home_dir() -> Path:
    """``$HOME``, else the password database's home folder."""
    home = os.environ.get("HOME", "")
    if home:
        return Path(home)
    try:
        return Path.home()  # the password database, as a login shell would set HOME
    except (KeyError, RuntimeError):
        raise NoDataDirError(
            _("no home folder is known (HOME is not set); use --data-dir DIR")
        ) from None


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path, else ``~/.local/share``."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and os.path.isabs(configured):
        return Path(configured)
    return home_dir() / ".local" / "share"


def default_data_dir() -> Path:
    """Where the journal lives when neither ``--data-dir`` nor the environment says."""
    if sys.platform != "linux":  # pragma: no cover - other systems: ask Qt
        return _qt_data_dir()
    organization = data_home() / ORGANIZATION
    if organization.is_dir():  # an older version left it 0755
        tighten(organization, PRIVATE_DIR_MODE)
    return organization / APPLICATION


def _qt_data_dir() -> Path:  # pragma: no cover - only off Linux
    from PySide6.QtCore import QStandardPaths

    configure_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise NoDataDirError(
            _("the system did not say where application data lives; use --data-dir DIR")
        )
    path = Path(location)
    if path.parent.name == ORGANIZATION:  # an older version left it 0755
        tighten(path.parent, PRIVATE_DIR_MODE)
    return path
