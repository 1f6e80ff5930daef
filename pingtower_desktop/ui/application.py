"""The running application: translations, the shared context and the main window (rebuilt when the
language changes)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from .. import __version__
from .context import AppContext
from .first_paint import after_first_paint
from .i18n import Translations
from .main_window import MainWindow
from .resources import app_icon

APP_NAME = "PingTower Desktop"


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("PingTower")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pingtower-desktop")
    app.setWindowIcon(app_icon())
    return app


class Shell(QObject):
    """Owns the window; a language switch replaces it with one built in the new language."""

    def __init__(self, context: AppContext, translations: Translations, language: str | None = None) -> None:
        super().__init__()
        self.context = context
        self.translations = translations
        translations.use(language or context.preferences.language)
        self.window = self._build()

    def _build(self) -> MainWindow:
        window = MainWindow(self.context)
        window.language_changed.connect(self.switch_language)
        window.load_channels(select_first=False)
        after_first_paint(window, window.select_first_channel)
        return window

    def switch_language(self, setting: str) -> None:
        """Rebuilds the window in the new language where the old one was (its jobs are cancelled first)."""
        old = self.window
        current = old.editor.channel_id if not old.editor.is_new else None
        tab, geometry = old.tabs.currentIndex(), old.geometry()
        old.retire()
        old.deleteLater()
        self.translations.use(setting)
        self.window = self._build()
        self.window.setGeometry(geometry)
        if current:
            self.window.select_channel(current)
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()
