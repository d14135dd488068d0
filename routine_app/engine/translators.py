"""Qt's half of the translations: the window's texts (``tr()``) and Qt's own dialogs.

``routine_app/locale/qt/routine_app_LANG.qm`` holds the app's texts, built from the
``.ts`` beside it (scripts/qt-translations.sh); ``qtbase_LANG.qm`` ships with Qt and
translates its standard buttons and dialogs (OK, Cancel, file dialogs). The language is
the one :func:`routine_app.i18n.install` chose from the environment, so the window, the
terminal, the PDF and the routines always speak the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from routine_app.i18n import LOCALE_DIR, SOURCE_LANGUAGE

QT_LOCALE_DIR = LOCALE_DIR / "qt"


def app_catalogue(language: str) -> str:
    """The path of the app's compiled Qt catalogue for LANGUAGE (it may not exist)."""
    return str(QT_LOCALE_DIR / f"routine_app_{language}.qm")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translators for LANGUAGE; the ones that loaded.

    English installs nothing (the source texts are English). Each translator is
    parented to *app*, so it lives as long as the application. Also makes LANGUAGE
    the default QLocale, so Qt formats dates and numbers the same way.
    """
    if language == SOURCE_LANGUAGE:
        return []
    QLocale.setDefault(QLocale(language))
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (app_catalogue(language), "")):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded
