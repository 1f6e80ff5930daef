"""Name/value pairs edited in a small table (webhook headers).

A value is hidden (bullets on screen, "hidden value" for a screen reader) when its header carries a
credential (``checks.credential_header``: Authorization, Cookie, X-Api-Key …) or the user ticked its
Hide box; *Show values* reveals them for a while. Tab moves from a header's name to its value, then out
of the table, as in any form: it never cycles through the cells.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...channels.checks import credential_header
from ..focus import show_focus

NAME, VALUE, HIDE = 0, 1, 2
_CHECKED = Qt.CheckState.Checked


class _CellDelegate(QStyledItemDelegate):
    """Tab in a cell being edited: from a name to its value, from a value out of the table (Shift+Tab the
    other way); the cell's text is kept either way. Values of hidden rows are painted as bullets."""

    def __init__(self, table: HeadersTable) -> None:
        super().__init__(table.view)
        self.table = table

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() == VALUE and option.text and self.table.masked(index.row()):
            option.text = "•" * min(len(option.text), 12)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in tab:
            assert isinstance(editor, QWidget)
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.table.tab_from_cell(forward)
            return True
        return super().eventFilter(editor, event)


class _ValueItem(QTableWidgetItem):
    """A value cell whose accessible name is masked while its row is: a screen reader must not read out
    what the screen hides."""

    def __init__(self, text: str, table: HeadersTable) -> None:
        super().__init__(text)
        self._table = table

    def data(self, role: int) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole and self.text() and self._table.masked(self.row()):
            return QCoreApplication.translate("HeadersTable", "hidden value")
        return super().data(role)


class HeadersTable(QWidget):
    changed = Signal()
    #: The names (case-folded) of headers the user chose to hide, beyond the credential ones.
    marks_changed = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None, *, secret_values: bool = False) -> None:
        super().__init__(parent)
        self._hiding = secret_values
        self._revealed = False
        self._marked: frozenset[str] = frozenset()
        self.view = QTableWidget(0, 3 if secret_values else 2, self)
        show_focus(self.view)
        labels = [self.tr("Header"), self.tr("Value"), self.tr("Hide")]
        self.view.setHorizontalHeaderLabels(labels[: self.view.columnCount()])
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        if secret_values:
            header.setSectionResizeMode(HIDE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(150)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between cells
        self.view.setItemDelegate(_CellDelegate(self))
        self.view.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self.tr("Add header"), self)
        self.add_button.setObjectName("add_header")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove header"), self)
        self.remove_button.setObjectName("remove_header")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.reveal_button: QPushButton | None = None
        if secret_values:
            self.reveal_button = QPushButton(self.tr("Show values"), self)
            self.reveal_button.setObjectName("reveal_headers")
            self.reveal_button.setCheckable(True)
            self.reveal_button.toggled.connect(self._reveal)
            buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.view, self.add_button, self.remove_button]
        return [*chain, self.reveal_button] if self.reveal_button else chain

    # --- values ---

    def pairs(self) -> dict[str, str]:
        """The rows with a name; a row left empty is ignored."""
        result = {}
        for row in range(self.view.rowCount()):
            name = self._text(row, NAME).strip()
            if name:
                result[name] = self._text(row, VALUE)
        return result

    def set_pairs(self, pairs: dict[str, str]) -> None:
        blocked = self.view.blockSignals(True)
        self.view.setRowCount(0)
        for name, value in pairs.items():
            self._append(name, value)
        self.view.blockSignals(blocked)
        self.changed.emit()

    def add_row(self, name: str = "", value: str = "") -> None:
        self._append(name or "", value or "")
        row = self.view.rowCount() - 1
        self.view.setCurrentCell(row, NAME)
        item = self.view.item(row, NAME)
        if not name and item is not None:
            self.view.editItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectedIndexes()}, reverse=True)
        if not rows and self.view.currentRow() >= 0:
            rows = [self.view.currentRow()]
        for row in rows:
            self.view.removeRow(row)
        if rows:
            self.changed.emit()

    def set_cell(self, row: int, column: int, text: str) -> None:
        item = self.view.item(row, column)
        if item is not None:
            item.setText(text)

    # --- hiding ---

    def set_marked(self, names: frozenset[str]) -> None:
        """The headers the user hides (case-folded names), as remembered."""
        self._marked = names
        self._update_hide_boxes()

    def masked(self, row: int) -> bool:
        """Whether the row's value is shown as bullets now."""
        if not self._hiding or self._revealed:
            return False
        return self.hidden(self._text(row, NAME))

    def hidden(self, name: str) -> bool:
        """Whether a header of this name has its value hidden: a credential, or one the user hides."""
        return self._hiding and (credential_header(name) or name.strip().casefold() in self._marked)

    def tab_from_cell(self, forward: bool) -> None:
        """After Tab (``forward``) or Shift+Tab in the cell being edited."""
        row, column = self.view.currentRow(), self.view.currentColumn()
        target = VALUE if forward and column == NAME else NAME if not forward and column == VALUE else None
        item = self.view.item(row, target) if target is not None else None
        if item is not None:
            self.view.setCurrentItem(item)
            self.view.editItem(item)
        else:
            self.view.focusNextPrevChild(forward)

    def _update_hide_boxes(self) -> None:
        if not self._hiding:
            return
        blocked = self.view.blockSignals(True)
        for row in range(self.view.rowCount()):
            box = self.view.item(row, HIDE)
            name = self._text(row, NAME)
            if box is None:
                continue
            credential = credential_header(name)
            box.setCheckState(_CHECKED if self.hidden(name) else Qt.CheckState.Unchecked)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            box.setFlags(flags if credential else flags | Qt.ItemFlag.ItemIsEnabled)
            box.setToolTip(self.tr("A credential: always hidden") if credential else self.tr("Hide this value"))
        self.view.blockSignals(blocked)
        self.view.viewport().update()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == HIDE:
            name = self._text(item.row(), NAME).strip().casefold()
            wanted = item.checkState() == _CHECKED
            if name and wanted != (name in self._marked):
                self._marked = self._marked | {name} if wanted else self._marked - {name}
                self.marks_changed.emit(self._marked)
            self.view.viewport().update()
            return
        if item.column() == NAME:
            self._update_hide_boxes()
        self.changed.emit()

    def _append(self, name: str, value: str) -> None:
        row = self.view.rowCount()
        blocked = self.view.blockSignals(True)  # a box put in is not the user ticking it
        self.view.insertRow(row)
        self.view.setItem(row, NAME, QTableWidgetItem(name))
        self.view.setItem(row, VALUE, _ValueItem(value, self))
        if self._hiding:
            box = QTableWidgetItem()
            box.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Hide"))
            self.view.setItem(row, HIDE, box)
        self.view.blockSignals(blocked)
        self._update_hide_boxes()

    def _text(self, row: int, column: int) -> str:
        item = self.view.item(row, column)
        return item.text() if item else ""

    def _reveal(self, shown: bool) -> None:
        self._revealed = shown
        self.view.viewport().update()
        if self.reveal_button is not None:
            self.reveal_button.setText(self.tr("Hide values") if shown else self.tr("Show values"))
