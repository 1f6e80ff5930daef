"""Edit ▸ Cut, Copy, Paste and Select all, for the text field that has the focus.

The menu says each command's usual key but binds none: the focused text field answers those keys
itself, and a list that has the focus keeps its own Ctrl+A. The commands act on the field the focus
was in when the menu opened, and are enabled as that field allows (no copying out of a secret field).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget

TextField = QLineEdit | QPlainTextEdit


def _labelled(text: str, key: QKeySequence.StandardKey, parent: QObject) -> QAction:
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return QAction(f"{text}\t{shown}", parent)  # a key shown after the tab, bound to nothing


class EditCommands(QObject):
    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.cut = _labelled(self.tr("Cu&t"), QKeySequence.StandardKey.Cut, self)
        self.copy = _labelled(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self)
        self.paste = _labelled(self.tr("&Paste"), QKeySequence.StandardKey.Paste, self)
        self.select_all = _labelled(self.tr("Select &all"), QKeySequence.StandardKey.SelectAll, self)
        for action, name in (
            (self.cut, "cut"),
            (self.copy, "copy"),
            (self.paste, "paste"),
            (self.select_all, "selectAll"),
        ):
            action.setObjectName(name)
            action.triggered.connect(lambda checked=False, name=name: self._run(name))
        menu.addSeparator()
        menu.addActions([self.cut, self.copy, self.paste])
        menu.addSeparator()
        menu.addAction(self.select_all)
        menu.aboutToShow.connect(self.update)
        self._target: TextField | None = None

    def update(self) -> None:
        """Which commands the focused field allows now."""
        focused = QApplication.focusWidget()
        field = (
            focused if isinstance(focused, (QLineEdit, QPlainTextEdit)) and focused.window() is self.window else None
        )
        self._target = field
        selected = field is not None and _has_selection(field)
        editable = field is not None and not field.isReadOnly()
        secret = isinstance(field, QLineEdit) and field.echoMode() != QLineEdit.EchoMode.Normal
        self.cut.setEnabled(selected and editable and not secret)
        self.copy.setEnabled(selected and not secret)
        self.paste.setEnabled(editable and bool(QGuiApplication.clipboard().text()))
        self.select_all.setEnabled(field is not None and bool(_text(field)))

    def _run(self, name: str) -> None:
        if self._target is not None:
            self._target.setFocus()
            getattr(self._target, name)()


def _has_selection(field: TextField) -> bool:
    return field.hasSelectedText() if isinstance(field, QLineEdit) else field.textCursor().hasSelection()


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()
