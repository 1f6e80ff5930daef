"""The main window's commands: its actions (texts, shortcuts, tips), where they sit — menus, toolbar,
the list's context menu — and which are enabled for what the window shows. What each one does stays
with the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from ..channel_kinds import KINDS
from . import tabs
from .actions import make_action
from .command_keys import CommandKeys, ShortcutsDialog
from .core_text import core_tr
from .edit_commands import EditCommands
from .filled import filled
from .focus import FocusRings, ReturnPresses
from .resources import type_icon
from .tabs import Tab

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        window.channel_list.view.customContextMenuRequested.connect(self.show_context_menu)
        application = QApplication.instance()
        if isinstance(application, QApplication):  # the window's keys work from a text field too (see CommandKeys)
            CommandKeys(window, self.all_actions(), application)
            ReturnPresses(window, application)  # a focused button answers Return as it answers Space
            FocusRings.install(application)  # the focus seen in every window

    def all_actions(self) -> list[QAction]:
        """Every command of the window, in the order they were made (Help lists them so)."""
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def _create_actions(self) -> None:
        window = self.window
        list_only = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add = make_action(
            window, "add", self.tr("&Add channel…"), QKeySequence.StandardKey.New, self.tr("Add a channel")
        )
        self.add.triggered.connect(self.pick_type_to_add)
        self.add_of_type = {}
        for kind in KINDS:
            action = make_action(window, f"add_{kind.name.lower()}", core_tr(kind.label))
            action.setIcon(type_icon(kind.name))
            action.triggered.connect(lambda checked=False, kind=kind: window.add_kind(kind))
            self.add_of_type[kind.name] = action
        self.duplicate = make_action(
            window, "duplicate", self.tr("D&uplicate"), "Ctrl+D", self.tr("Duplicate the channel")
        )
        self.duplicate.triggered.connect(window.duplicate_channel)
        self.delete = make_action(
            window,
            "delete",
            self.tr("&Delete…"),
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the channel"),
            context=list_only,
        )
        self.delete.triggered.connect(window.delete_channel)
        window.channel_list.view.addAction(self.delete)
        self.toggle_enabled = make_action(
            window, "toggle_enabled", self.tr("&Enable/Disable"), "Ctrl+E", self.tr("Enable or disable the channel")
        )
        self.toggle_enabled.triggered.connect(window.toggle_enabled)
        self.make_default = make_action(
            window, "make_default", self.tr("Make de&fault"), None, self.tr("Make the channel the default one")
        )
        self.make_default.triggered.connect(window.make_default)
        self.rotate = make_action(
            window, "rotate", self.tr("&Rotate secret…"), None, self.tr("Replace a secret, checked before it is saved")
        )
        self.rotate.triggered.connect(window.rotate_secret)
        # Undo and redo of stored changes: connected to the store's undo stack once it is there.
        self.undo = make_action(window, "undo", self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = make_action(window, "redo", self.tr("&Redo"), QKeySequence.StandardKey.Redo)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z on Linux
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # and Ctrl+Shift+Z on every platform
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts(redo_keys)
        self._stack: QUndoStack | None = None
        # The editor's own commands: connected once the editor is there (MainWindow.attach).
        self.save = make_action(
            window, "save", self.tr("&Save"), QKeySequence.StandardKey.Save, self.tr("Save the channel")
        )
        self.revert = make_action(window, "revert", self.tr("&Revert"), None, self.tr("Undo the changes not yet saved"))
        self.send_test = make_action(
            window, "send_test", self.tr("Send &test"), "Ctrl+T", self.tr("Send a test notification")
        )
        self.copy_curl = make_action(
            window, "copy_curl", self.tr("Copy as &curl…"), None, self.tr("The server's create request")
        )
        self.test_all = make_action(
            window, "test_all", self.tr("Test &all"), "Ctrl+Shift+T", self.tr("Test every enabled channel")
        )
        self.test_all.triggered.connect(window.test_all)
        self.focus_filter = make_action(
            window, "focus_filter", self.tr("&Filter"), QKeySequence.StandardKey.Find, self.tr("Filter the channels")
        )
        self.focus_filter.triggered.connect(window.focus_filter)
        # A View menu command per tab (``show_<key>``), by key.
        self.show_tab = {tab.key: self._show_tab_action(tab) for tab in tabs.TABS}
        self.import_channels = make_action(
            window, "import", self.tr("&Import…"), "Ctrl+I", self.tr("Import channels from a JSON file")
        )
        self.import_channels.triggered.connect(lambda: window.import_channels())
        self.export = make_action(
            window, "export", self.tr("&Export…"), None, self.tr("Export channels without secrets")
        )
        self.export.triggered.connect(lambda: window.export_channels(include_secrets=False))
        self.export_secrets = make_action(
            window,
            "export_secrets",
            self.tr("Export with &secrets…"),
            None,
            self.tr("Export channels with their secrets"),
        )
        self.export_secrets.triggered.connect(lambda: window.export_channels(include_secrets=True))
        self.settings = make_action(
            window,
            "settings",
            self.tr("Se&ttings…"),
            QKeySequence.StandardKey.Preferences,
            self.tr("Language, keyring, test defaults"),
        )
        preferences_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)  # none on Linux
        if QKeySequence("Ctrl+,") not in preferences_keys:
            preferences_keys.append(QKeySequence("Ctrl+,"))
        self.settings.setShortcuts(preferences_keys)
        self.settings.triggered.connect(window.open_settings)
        self.quit = make_action(
            window, "quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.tr("Quit PingTower Desktop")
        )
        self.quit.triggered.connect(window.quit)
        self.about = make_action(window, "about", self.tr("&About PingTower Desktop"))
        self.about.triggered.connect(window.about)
        self.shortcuts = make_action(
            window, "shortcuts", self.tr("&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents
        )
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.cancel_test = make_action(window, "cancel_test", self.tr("Cancel the test"), "Escape")
        self.cancel_test.setEnabled(False)
        window.addAction(self.cancel_test)  # in no menu: Escape while a test runs
        # The server features take these over once the core is attached.
        self.server = make_action(window, "server", self.tr("Se&rver…"), None, self.tr("Log in to a PingTower server"))
        self.sync = make_action(
            window, "sync", self.tr("S&ync…"), "Ctrl+Shift+S", self.tr("Two-way sync with the server: the plan first")
        )
        # What works only once the core is attached.
        self._needing_core = [
            self.add,
            *self.add_of_type.values(),
            self.import_channels,
            self.export,
            self.export_secrets,
            self.settings,
            self.server,
            self.sync,
        ]

    def _create_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_menu = file_menu.addMenu(self.tr("&New channel"))
        self.new_menu.addActions(list(self.add_of_type.values()))
        file_menu.addSeparator()
        file_menu.addActions([self.import_channels, self.export, self.export_secrets])
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        self.edit = EditCommands(self.window, edit_menu)
        channel_menu = bar.addMenu(self.tr("&Channel"))
        channel_menu.addActions([self.add, self.duplicate, self.delete])
        channel_menu.addSeparator()
        channel_menu.addActions([self.toggle_enabled, self.make_default, self.rotate])
        channel_menu.addSeparator()
        channel_menu.addActions([self.save, self.revert])
        channel_menu.addSeparator()
        channel_menu.addActions([self.send_test, self.test_all, self.copy_curl])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.focus_filter)
        view_menu.addActions(list(self.show_tab.values()))
        server_menu = bar.addMenu(self.tr("Se&rver"))
        server_menu.addActions([self.server, self.sync])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts, self.about])

    def _show_tab_action(self, tab: Tab) -> QAction:
        translate = QCoreApplication.translate
        action = make_action(
            self.window,
            f"show_{tab.key}",
            translate("WindowCommands", tab.command),
            tab.shortcut,
            translate("WindowCommands", tab.tip),
        )
        action.triggered.connect(lambda: self.window.show_tab(tab.key))
        return action

    def _create_toolbar(self) -> None:
        window = self.window
        toolbar = window.addToolBar(self.tr("Channels"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button = QToolButton(window)
        self.add_button.setObjectName("add_button")
        self.add_button.setDefaultAction(self.add)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setMenu(self.new_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.add_button)
        toolbar.addActions([self.duplicate, self.delete, self.toggle_enabled, self.make_default])
        toolbar.addSeparator()
        toolbar.addActions([self.test_all, self.sync])

    def follow_undo_stack(self, stack: QUndoStack) -> None:
        """Undo/Redo act on the store's stack and say what they would undo or redo."""
        self._stack = stack
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self._show_undo_state)
        self._show_undo_state()

    def _show_undo_state(self, *_ignored: object) -> None:
        stack = self._stack
        if stack is None or not shiboken6.isValid(stack):  # the stack says it is emptied as it is destroyed
            return
        for action, can, text, plain, named in (
            (self.undo, stack.canUndo(), stack.undoText(), self.tr("&Undo"), self.tr("&Undo %1")),
            (self.redo, stack.canRedo(), stack.redoText(), self.tr("&Redo"), self.tr("&Redo %1")),
        ):
            action.setEnabled(can)
            action.setText(filled(named, text) if can and text else plain)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.all_actions(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def pick_type_to_add(self) -> None:
        """Ctrl+N: the type menu under the Add button."""
        self.new_menu.popup(self.add_button.mapToGlobal(QPoint(0, self.add_button.height())))

    def show_context_menu(self, position: QPoint) -> None:
        view = self.window.channel_list.view
        menu = QMenu(self.window)
        if view.indexAt(position).isValid():
            menu.addActions([self.duplicate, self.delete, self.toggle_enabled, self.make_default])
            menu.addSeparator()
            menu.addActions([self.send_test, self.copy_curl])
            menu.addSeparator()
        menu.addMenu(self.new_menu)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(view.viewport().mapToGlobal(position))

    def refresh(self) -> None:
        """Enables what applies to the channel in the editor (nothing that needs the core before it is there)."""
        window = self.window
        attached = window.attached
        for action in self._needing_core:
            action.setEnabled(attached)
        if not attached:
            self.undo.setEnabled(False)
            self.redo.setEnabled(False)
            channel_actions = (
                self.duplicate,
                self.delete,
                self.toggle_enabled,
                self.make_default,
                self.save,
                self.rotate,
            )
            for action in (*channel_actions, self.revert, self.send_test, self.copy_curl, self.test_all):
                action.setEnabled(False)
            self.toggle_enabled.setText(self.tr("Enable"))
            return
        editor = window.editor
        stored = window.model.find(editor.channel_id) if editor.channel_id else None
        for action in (self.duplicate, self.delete, self.toggle_enabled):
            action.setEnabled(stored is not None)
        self.make_default.setEnabled(stored is not None and not stored.is_default)
        has_secrets = editor.channel_type is not None and bool(editor.channel_type.secret_keys)
        self.rotate.setEnabled(stored is not None and has_secrets and not editor.is_dirty)
        self.toggle_enabled.setText(self.tr("Disable") if stored is not None and stored.enabled else self.tr("Enable"))
        editing = editor.channel_type is not None
        self.save.setEnabled(editing)
        self.revert.setEnabled(editor.is_dirty and not editor.is_new)
        self.send_test.setEnabled(editing)
        self.copy_curl.setEnabled(editing)
        testing = window.test_all_pending or (window.test_all_dialog is not None and window.test_all_dialog.running)
        any_enabled = any(channel.enabled for channel in window.context.store.channels())
        self.test_all.setEnabled(not testing and any_enabled)  # nothing to test: no empty results window
        self.test_all.setToolTip(
            self.tr("Test every enabled channel") if any_enabled else self.tr("No channel is enabled")
        )
        self.cancel_test.setEnabled(editor.test_panel.running)
