"""The running application: translations, the shared context and the main window (rebuilt when the
language changes)."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from importlib import import_module

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..channel_kinds import KINDS
from ..storage.listing import read_listing
from . import prompts
from .context import AppContext, AppStart
from .contrast import readable
from .filled import filled
from .first_paint import after_first_paint, run_in_steps
from .i18n import Translations
from .main_window import MainWindow
from .resources import app_icon
from .tabs import view_tabs
from .unscanned_imports import unscanned_imports

APP_NAME = "PingTower Desktop"

# What the window loads after its first paint, a module per turn of the event loop so that input and
# paints get in between (no turn much over 50 ms here). The libraries' modules named here are public ones
# (pydantic's API reference documents each) loaded ahead only to spread their cost over turns: one that a new
# version no longer has is skipped — its cost joins a later turn — and never fails the start. The product's
# own follow from its declarations: the channel kinds and the tabs.
CORE_MODULES = (
    "annotated_types",
    "pydantic_core",
    "pydantic.errors",
    "pydantic.json_schema",
    "pydantic.functional_validators",
    "pydantic.fields",
    "pydantic.types",
    "pydantic.main",
    "importlib.metadata",
    "pingtower_desktop.channels",
    "asyncio",
    "ssl",
    "email.message",
    "pingtower_desktop.transport.context",
    *(f"pingtower_desktop.channels.{kind.name.lower()}" for kind in KINDS),
    "pingtower_desktop.storage.repository",
    "pingtower_desktop.channel_service",
    "pingtower_desktop.delivery.runner",
    "pingtower_desktop.ui.worker",
    "pingtower_desktop.ui.channel_store",
    "pingtower_desktop.draft",
    "pingtower_desktop.ui.editor.test_panel",
    "pingtower_desktop.ui.editor.editor",
    *(tab.module for tab in view_tabs()),
    "pingtower_desktop.ui.server_features",
    "pingtower_desktop.ui.watch_service",
    "keyring",
)


def load_ahead(module: str) -> None:
    """Imports ``module``; a library's module that is not there is skipped (see CORE_MODULES), the product's is not."""
    try:
        import_module(module)
    except ModuleNotFoundError as error:
        if error.name != module or module.startswith("pingtower_desktop."):
            raise


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("PingTower")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pingtower-desktop")
    app.setWindowIcon(app_icon())
    app.setPalette(readable(app.palette()))  # placeholder and help text at 4.5:1
    return app


class Shell(QObject):
    """Owns the window; a language switch replaces it with one built in the new language (the
    application — :class:`AppContext`: worker, channel store, settings — carries on).

    Given an :class:`AppStart` (the app), the window first paints the stored channels as the file
    lists them, then loads the core a step at a time and attaches it (:attr:`ready` tells when).
    Given an open :class:`AppContext` (tests, the self-test), the window is whole at once.
    """

    # The core is attached: the editor, history and server features work.
    ready = Signal()

    def __init__(self, start: AppStart, translations: Translations, language: str | None = None) -> None:
        super().__init__()
        self.start = start
        self.context = start if isinstance(start, AppContext) else None
        self.translations = translations
        translations.use(language or start.preferences.language)
        self.window = self._build()

    def _build(self) -> MainWindow:
        window = MainWindow(self.context or self.start)
        window.language_changed.connect(self.switch_language)
        if self.context is None:
            window.show_listing(read_listing(self.start.channels_file))
            after_first_paint(window, lambda: run_in_steps(self._warm_up(window), window.isVisible))
        else:
            window.attach(self.context)
            window.load_channels(select_first=False)
            after_first_paint(window, window.select_first_channel)
        return window

    def _warm_up(self, window: MainWindow) -> Iterator[None]:
        """Loads the core; a failure (a broken installation) is shown, and the window closes."""
        try:
            yield from self._load_core(window)
        except Exception as error:
            from .. import logs

            logs.get("start").error("the core did not load", exc_info=error)
            traceback.print_exc()
            text = filled(self.tr("PingTower Desktop could not finish starting: %1"), f"{error!r}")
            prompts.show_error(window, APP_NAME, text)
            window.close()

    def _load_core(self, window: MainWindow) -> Iterator[None]:
        for module in CORE_MODULES:
            with unscanned_imports():
                load_ahead(module)
            yield
        self.context = AppContext.open(start=self.start)
        yield
        window.attach(self.context)
        yield
        listing = window.list_channels()
        while not listing.done:  # the store reads the file in its own thread; the window stays live
            yield
        window.prepare_first_channel()  # the filled list paints meanwhile
        yield
        window.select_first_channel()
        while window.editor.loading:  # its secrets, from the keyring
            yield
        window.start_background_work()
        self.context.watch.start()  # the schedule, when no other process runs it; the tray either way
        self.ready.emit()

    def switch_language(self, setting: str) -> None:
        """Rebuilds the window in the new language where the old one was (its jobs are cancelled first)."""
        old = self.window
        current = old.editor.channel_id if old.attached and not old.editor.is_new else None
        tab, geometry = old.tabs.currentIndex(), old.geometry()
        typed = old.editor.test_panel.typed()  # a test message and username outlive the language
        old.retire()
        old.deleteLater()
        self.translations.use(setting)
        self.window = self._build()
        self.window.setGeometry(geometry)
        self.window.editor.test_panel.retype(*typed)
        if current:
            self.window.show_when_listed(current)
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()

    def close(self) -> None:
        """Ends the run's background work (the worker thread), if the core was loaded."""
        if self.context is not None:
            self.context.close()
