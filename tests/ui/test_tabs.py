"""A tab is one declaration (``ui/tabs.py``): the window, its View menu and key, and the start's module list
follow it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from pingtower_desktop.ui import application, tabs
from pingtower_desktop.ui.main_window import MainWindow
from pingtower_desktop.ui.tabs import Tab


class NotesView(QLabel):
    """A tab's view as the window makes one: (context, window), and reload() each time its tab is shown."""

    def __init__(self, context, parent=None) -> None:
        super().__init__("notes", parent)
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


NOTES = Tab("notes", "Notes", "&Notes", "Show the notes", "Ctrl+Shift+N", f"{__name__}:NotesView")


def test_a_tab_declared_once_is_in_the_window_the_view_menu_and_under_its_key(qtbot, context, answers, monkeypatch):
    monkeypatch.setattr(tabs, "TABS", (*tabs.TABS, NOTES))
    window = MainWindow(context)
    assert window.tabs.tabText(4) == "Notes"  # its place is there before the core, as "Loading…"
    window.attach(context)
    window.show()
    qtbot.waitExposed(window)
    try:
        notes = window.views["notes"]
        assert isinstance(notes, NotesView) and window.tabs.widget(4) is notes
        assert notes.objectName() == "notes_tab"
        view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        assert window.commands.show_tab["notes"] in view_menu.actions()

        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        window.channel_list.filter.setFocus()
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, keys)

        assert window.tabs.currentWidget() is notes and notes.reloads == 1
        window.show_tab("channels")
        window.show_tab("notes")
        assert notes.reloads == 2
    finally:
        window.editor.clear()
        window.close()
        window.deleteLater()


def test_the_start_loads_every_view_tab_module_ahead():
    assert {tab.module for tab in tabs.view_tabs()} <= set(application.CORE_MODULES)
