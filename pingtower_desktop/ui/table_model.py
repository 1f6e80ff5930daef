"""The part every flat, read-only table model here shares: rows from a list, fixed column headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from .focus import show_focus


class ListTableModel(QAbstractTableModel):
    """Subclasses set ``_headers`` (translated, so after ``super().__init__``) and return their rows."""

    _headers: list[str]

    def shown_rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown_rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def set_up_table(view: QTableView, name: str, accessible_name: str, *, alternating: bool = False) -> None:
    """What every read-only table here shares: whole rows selected, no editing, Tab leaves it, no grid, no
    wrapping, no row numbers."""
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(alternating)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    show_focus(view)
