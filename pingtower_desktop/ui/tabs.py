"""The window's tabs, each declared once: its title, its View-menu command and key, and the view that fills it.

A view is made once the core is loaded (a "Loading…" page holds its place until then) as ``View(context, window)``
and has ``reload()``, which reads what is recorded now in a thread, called whenever its tab is shown. The window,
its View menu and the start-up's module list follow this table: a new tab is a line here and its view class.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext
    from .worker import Job


class TabView(Protocol):
    def reload(self) -> Job: ...


@dataclass(frozen=True)
class Tab:
    # The tab's name in code: ``window.show_tab(key)``, the objects ``<key>_tab`` and ``show_<key>``.
    key: str
    # Its title (the "MainWindow" translation context), and its View menu command and tip ("WindowCommands").
    title: str
    command: str
    tip: str
    shortcut: str
    # ``module:Class`` of its view; "" for the channels, the window's own.
    view: str = ""

    @property
    def module(self) -> str:
        return self.view.partition(":")[0]

    def make_view(self, context: AppContext, window: QWidget) -> QWidget:
        module, _, name = self.view.partition(":")
        view = getattr(import_module(module), name)(context, window)
        view.setObjectName(f"{self.key}_tab")
        return view

    def translated_title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)


TABS = (
    Tab(
        "channels",
        str(QT_TRANSLATE_NOOP("MainWindow", "Channels")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "&Channels")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "Show the channels")),
        "Ctrl+L",
    ),
    Tab(
        "history",
        str(QT_TRANSLATE_NOOP("MainWindow", "History")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "&History")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "Show the delivery history")),
        "Ctrl+H",
        "pingtower_desktop.ui.history_view:HistoryView",
    ),
    Tab(
        "health",
        str(QT_TRANSLATE_NOOP("MainWindow", "Health")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "H&ealth")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "Show each channel's delivery health")),
        "Ctrl+Shift+H",
        "pingtower_desktop.ui.health_view:HealthView",
    ),
    Tab(
        "activity",
        str(QT_TRANSLATE_NOOP("MainWindow", "Activity")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "&Activity")),
        str(QT_TRANSLATE_NOOP("WindowCommands", "Show the changes to the channels")),
        "Ctrl+Shift+L",
        "pingtower_desktop.ui.activity_view:ActivityView",
    ),
)


def view_tabs() -> tuple[Tab, ...]:
    """The tabs after the channels: each filled by its own view."""
    return tuple(tab for tab in TABS if tab.view)


def tab_index(key: str) -> int:
    return next(index for index, tab in enumerate(TABS) if tab.key == key)
