"""Qt's half of the translations: the window's texts (``tr()``) and Qt's own dialogs.

``routine_app/locale/qt/routine_app_LANG.qm`` holds the app's texts, built from the
``.ts`` beside it (scripts/qt-translations.sh); ``qtbase_LANG.qm`` ships with Qt and
translates its standard buttons and dialogs (OK, Cancel, file dialogs). English, the
source language, has a small catalogue of its own: the singular and plural forms of the
texts that count something (``%n step(s)``).

:func:`install_language` is called once at start, before any widget: it picks the
language (the Settings choice, or the desktop session's when that is "system"), loads
the gettext catalogues of the Qt-free layers (:func:`routine_app.i18n.install`) and
then Qt's, so the window, the PDF, the routines and the voice speak the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from routine_app.i18n import LOCALE_DIR, SOURCE_LANGUAGE, SYSTEM_LANGUAGE
from routine_app.i18n import install as install_catalogues

QT_LOCALE_DIR = LOCALE_DIR / "qt"


def app_catalogue(language: str) -> str:
    """The path of the app's compiled Qt catalogue for LANGUAGE (it may not exist)."""
    return str(QT_LOCALE_DIR / f"routine_app_{language}.qm")


def install_language(app: QCoreApplication, choice: str = SYSTEM_LANGUAGE) -> str:
    """Install every catalogue for CHOICE (a language code, or SYSTEM_LANGUAGE to follow
    the environment); the language code in force."""
    language = install_catalogues(None if choice == SYSTEM_LANGUAGE else [choice])
    install_translators(app, language)
    return language


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translators for LANGUAGE; the ones that loaded.

    English installs only the app's plural forms (the source texts are English). Each
    translator is parented to *app*, so it lives as long as the application. Also makes
    LANGUAGE the default QLocale, so Qt names days and formats numbers the same way
    (English keeps the system's English locale, such as en_GB, when it has one; the
    system locale is not used otherwise: under LANGUAGE=de with LANG=C it says
    "de_DE" but names the days in English).
    """
    wanted = QLocale(language)
    if language != SOURCE_LANGUAGE or QLocale.system().language() != wanted.language():
        QLocale.setDefault(wanted)
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    names = [(app_catalogue(language), "")]
    if language != SOURCE_LANGUAGE:
        names.insert(0, (f"qtbase_{language}", qt_dir))
    for name, folder in names:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded
