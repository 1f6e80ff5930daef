"""English and Russian through Qt Linguist: the compiled ``.qm`` files are loaded from the package.

The source language is English; its catalogue only holds plural forms. Qt's own ``qtbase``
catalogue translates the standard buttons and dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import resource_bytes
from .settings import SYSTEM_LANGUAGE

# Language code → its name in that language (shown as is in every UI language).
LANGUAGES = {"en": "English", "ru": "Русский"}
SOURCE_LANGUAGE = "en"


def system_language() -> str:
    """The first of the desktop's UI languages that the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def app_translator(code: str) -> QTranslator | None:
    """The app's catalogue for ``code`` (English has one for its plural forms), or None when missing."""
    data = resource_bytes("translations", f"pingtower_{code}.qm")
    if data is None:
        return None
    translator = _HeldTranslator(data)
    return translator if translator.load(data) else None


class _HeldTranslator(QTranslator):
    """Keeps its catalogue's bytes: QTranslator reads from that buffer for as long as it is installed."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data


def _qt_translator(code: str) -> QTranslator | None:
    translator = QTranslator()
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", directory) else None


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def use(self, setting: str = SYSTEM_LANGUAGE) -> str:
        """Switches to the language ``setting`` names ("system", "en", "ru"); returns the code used."""
        app = QCoreApplication.instance()
        assert app is not None, "translations need the application object"
        for installed in self._installed:
            app.removeTranslator(installed)
        self._installed = []
        code = resolve_language(setting)
        for found in (_qt_translator(code), app_translator(code)):
            if found is not None:
                app.installTranslator(found)
                self._installed.append(found)
        self.language = code
        QLocale.setDefault(QLocale(code))
        return code
