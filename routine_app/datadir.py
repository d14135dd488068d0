"""Application names and the default data folder (QtCore only, no widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from routine_app import __version__
from routine_app.store.files import PRIVATE_DIR_MODE, tighten

ORGANIZATION = "SciaticaRoutines"
APPLICATION = "routine-app"


class NoDataDirError(Exception):
    pass


def configure_names() -> None:
    """Names that decide where QStandardPaths and QSettings put things. Call before use."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def default_data_dir() -> Path:
    configure_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise NoDataDirError(
            "the system did not say where application data lives; use --data-dir DIR"
        )
    path = Path(location)
    if path.parent.name == ORGANIZATION:  # an older version left it 0755
        tighten(path.parent, PRIVATE_DIR_MODE)
    return path
