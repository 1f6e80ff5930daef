"""The Activity tab: the operations log — every change to the channels, from the app, the CLI, imports,
syncs and undo — newest first, narrowed by a search (channel, operation, field, where from)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..storage.oplog import Operation
from .context import AppContext
from .formatting import local_time
from .plain_text import plain_tip
from .table_model import ListTableModel, set_up_table

if TYPE_CHECKING:
    from .worker import Job

SHOWN = 5000


class ActivityModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Operation] = []
        self.rows: list[Operation] = []
        self._words: list[str] = []
        self._headers = [
            self.tr("Time"),
            self.tr("Change"),
            self.tr("Channel"),
            self.tr("What changed"),
            self.tr("From"),
        ]
        self._ops = {
            "create": self.tr("added"),
            "edit": self.tr("edited"),
            "rename": self.tr("renamed"),
            "enable": self.tr("enabled"),
            "disable": self.tr("disabled"),
            "default": self.tr("made the default"),
            "delete": self.tr("deleted"),
            "import": self.tr("imported"),
            "sync": self.tr("synced"),
            "undo": self.tr("undone"),
            "redo": self.tr("redone"),
            "rotate": self.tr("secret rotated"),
        }
        self._sources = {"app": self.tr("the app"), "cli": self.tr("the CLI"), "watch": self.tr("the watch")}

    def shown_rows(self) -> list:
        return self.rows

    def _texts(self, op: Operation) -> list[str]:
        fields = ", ".join(self.tr("secrets (changed)") if key == "secrets" else key for key in op.fields)
        return [
            local_time(op.time),
            self._ops.get(op.op, op.op),
            op.channel,
            fields,
            self._sources.get(op.source, op.source),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts(self.rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._texts(self.rows[index.row()])[index.column()])
        return None

    def set_operations(self, operations: list[Operation]) -> None:
        self._all = list(reversed(operations))
        self._refilter()

    def set_search(self, text: str) -> None:
        self._words = text.casefold().split()
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self.rows = [
            op for op in self._all if all(w in " ".join([*self._texts(op), op.op]).casefold() for w in self._words)
        ]
        self.endResetModel()


class ActivityView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._reading: Job | None = None
        self.model = ActivityModel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("activity_search")
        self.search.setPlaceholderText(self.tr("Search the changes (a channel, deleted, sync, url …)"))
        self.search.setAccessibleName(self.tr("Search the changes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.clicked.connect(self.reload)
        self.view = QTableView(self)
        set_up_table(self.view, "activity_table", self.tr("Changes to the channels"), alternating=True)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def reload(self) -> Job:
        oplog = self.context.repo.oplog

        async def read(report: Any) -> list[Operation]:
            return await asyncio.to_thread(oplog.read, limit=SHOWN)

        if self._reading is not None:
            self._reading.cancel()
        self._reading = self.context.worker.submit("read the operations log", read)
        self._reading.finished.connect(self._read)
        return self._reading

    def _read(self, operations: list[Operation]) -> None:
        if self.sender() is self._reading:
            self._reading = None
            self.model.set_operations(operations)
