"""The window's shortcuts work wherever the focus is, and Help lists them.

On X11, Qt gives text fields Emacs-style keys (Ctrl+E: end of line, …): a field with the focus would
take Ctrl+E before "Enable/Disable" sees it. :class:`CommandKeys` lets the window's own shortcuts
through, except the keys a text field rightly keeps (undo, redo, copy, paste, delete, select all).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .focus import show_focus
from .screen_fit import fit

# What a text field keeps for itself even where the window has a command on the same key.
_FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.SelectAll,
)
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def _text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


class CommandKeys(QObject):
    """For ``window``: a text field in it does not claim the keys of ``actions`` (see the module docstring).

    It filters the events of the one text field that has the focus, following the focus, rather than
    every event of the application: a Python filter on the application is called for each of the
    thousands of events of a start-up (about 30 ms before the first paint)."""

    def __init__(self, window: QWidget, actions: Iterable[QAction], application: QApplication) -> None:
        super().__init__(window)
        self.window = window
        kept = {_text(key) for standard in _FIELD_KEYS for key in QKeySequence.keyBindings(standard)}
        self.keys = {_text(key) for action in actions for key in action.shortcuts()} - kept - {""}
        self._field: QWidget | None = None
        application.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, application.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._field is not None:
            with suppress(RuntimeError):  # the field is gone already
                self._field.removeEventFilter(self)
            self._field = None
        if isinstance(new, _TEXT_FIELDS) and new.window() is self.window:
            new.installEventFilter(self)
            self._field = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        # True: the field never hears of it, so it does not claim the key and the window's shortcut runs
        return _text(QKeySequence(event.keyCombination())) in self.keys


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: every command with a key (said as its status tip says it), and the key."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fit(self, 520, 560)
        rows = [
            (
                action.statusTip() or action.text().replace("&", ""),
                ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in bound),
            )
            for action in actions
            if (bound := [key for key in action.shortcuts() if not key.isEmpty()])
        ]
        self.table = QTableWidget(len(rows), 2, self)
        show_focus(self.table)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (command, keys) in enumerate(rows):
            for column, text in enumerate((command, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
