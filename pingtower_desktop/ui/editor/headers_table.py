"""Name/value pairs edited in a small table (webhook headers), values masked until shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
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

NAME, VALUE = 0, 1


class _MaskingDelegate(QStyledItemDelegate):
    """Paints bullets instead of the value while ``hidden``; editing shows the real text."""

    hidden = True

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.hidden and option.text:
            option.text = "•" * min(len(option.text), 12)


class _ValueItem(QTableWidgetItem):
    """A value cell whose accessible name is masked while the delegate paints bullets: a screen
    reader must not read out what the screen hides."""

    def __init__(self, text: str, delegate: _MaskingDelegate | None) -> None:
        super().__init__(text)
        self._delegate = delegate

    def data(self, role: int) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole and self._delegate is not None and self._delegate.hidden:
            return QCoreApplication.translate("HeadersTable", "hidden value") if self.text() else ""
        return super().data(role)


class HeadersTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, secret_values: bool = False) -> None:
        super().__init__(parent)
        self.view = QTableWidget(0, 2, self)
        self.view.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(150)
        self.view.setTabKeyNavigation(False)
        self.view.itemChanged.connect(self.changed)
        self.add_button = QPushButton(self.tr("Add header"), self)
        self.add_button.setObjectName("add_header")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove header"), self)
        self.remove_button.setObjectName("remove_header")
        self.remove_button.clicked.connect(self.remove_selected)
        self._delegate: _MaskingDelegate | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.reveal_button: QPushButton | None = None
        if secret_values:
            self._delegate = _MaskingDelegate(self.view)
            self.view.setItemDelegateForColumn(VALUE, self._delegate)
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

    def pairs(self) -> dict[str, str]:
        """The rows with a name; a row left empty is ignored."""
        result = {}
        for row in range(self.view.rowCount()):
            name = self._text(row, NAME).strip()
            if name:
                result[name] = self._text(row, VALUE)
        return result

    def set_pairs(self, pairs: dict[str, str]) -> None:
        self.view.blockSignals(True)
        self.view.setRowCount(0)
        for name, value in pairs.items():
            self._append(name, value)
        self.view.blockSignals(False)
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

    def _append(self, name: str, value: str) -> None:
        row = self.view.rowCount()
        self.view.insertRow(row)
        self.view.setItem(row, NAME, QTableWidgetItem(name))
        self.view.setItem(row, VALUE, _ValueItem(value, self._delegate))

    def _text(self, row: int, column: int) -> str:
        item = self.view.item(row, column)
        return item.text() if item else ""

    def _reveal(self, shown: bool) -> None:
        if self._delegate is not None:
            self._delegate.hidden = not shown
            self.view.viewport().update()
        if self.reveal_button is not None:
            self.reveal_button.setText(self.tr("Hide values") if shown else self.tr("Show values"))
