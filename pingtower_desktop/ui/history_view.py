"""The History tab: the core's delivery history, newest first, filtered by channel and result."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..delivery.history import HistoryEntry
from .context import AppContext
from .core_text import core_tr
from .formatting import latency, local_time, outcome_color
from .resources import type_icon
from .table_model import ListTableModel

if TYPE_CHECKING:
    from .worker import Job

# The newest entries shown; the history file itself is bounded by the core.
SHOWN = 5000
ALL, DELIVERED, FAILED = "all", "delivered", "failed"


class HistoryModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[HistoryEntry] = []
        self._shown: list[HistoryEntry] = []
        self._channel: str | None = None
        self._result = ALL
        self._headers = [
            self.tr("Time"),
            self.tr("Channel"),
            self.tr("Result"),
            self.tr("Latency"),
            self.tr("Route"),
            self.tr("Message"),
        ]

    def shown_rows(self) -> list:
        return self._shown

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._shown[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return "\n".join(part for part in (core_tr(entry.message), entry.reply or "") if part)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return type_icon(entry.channel_type)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return outcome_color(entry.delivered)
        return None

    def _text(self, entry: HistoryEntry, column: int) -> str:
        if column == 0:
            return local_time(entry.time)
        if column == 1:
            return entry.channel_name
        if column == 2:
            status = f" ({entry.status_code})" if entry.status_code is not None else ""
            return (self.tr("Delivered") if entry.delivered else self.tr("Failed")) + status
        if column == 3:
            return latency(entry.latency_ms)
        if column == 4:
            return self.tr("direct") if entry.route == "direct" else self.tr("server")
        return core_tr(entry.message)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """``entries`` oldest first, as the core reads them."""
        self._all = list(reversed(entries))
        self._refilter()

    def set_filter(self, channel_id: str | None, result: str) -> None:
        self._channel, self._result = channel_id, result
        self._refilter()

    def channels(self) -> dict[str, str]:
        """Channel id → the newest name it was recorded under."""
        names: dict[str, str] = {}
        for entry in self._all:
            names.setdefault(entry.channel_id, entry.channel_name)
        return names

    def _refilter(self) -> None:
        self.beginResetModel()
        self._shown = [
            entry
            for entry in self._all
            if (self._channel is None or entry.channel_id == self._channel)
            and (self._result == ALL or entry.delivered == (self._result == DELIVERED))
        ]
        self.endResetModel()


class HistoryView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._reading: Job | None = None
        self.model = HistoryModel(self)
        self.channel_filter = QComboBox(self)
        self.channel_filter.setObjectName("history_channel")
        self.channel_filter.setAccessibleName(self.tr("Show the history of"))
        self.channel_filter.setMinimumContentsLength(20)
        self.channel_filter.currentIndexChanged.connect(self._filter)
        self.result_filter = QComboBox(self)
        self.result_filter.setObjectName("history_result")
        self.result_filter.setAccessibleName(self.tr("Show results"))
        for label, value in (
            (self.tr("All results"), ALL),
            (self.tr("Delivered"), DELIVERED),
            (self.tr("Failed"), FAILED),
        ):
            self.result_filter.addItem(label, value)
        self.result_filter.currentIndexChanged.connect(self._filter)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("history_reload")
        self.reload_button.clicked.connect(self.reload)
        self.view = QTableView(self)
        self.view.setObjectName("history_table")
        self.view.setAccessibleName(self.tr("Delivery history"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 140), (1, 180), (2, 120), (3, 80), (4, 70)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel(self)
        self.summary.setObjectName("history_summary")
        bar = QHBoxLayout()
        channel_label = QLabel(self.tr("Channel"), self)
        channel_label.setBuddy(self.channel_filter)
        result_label = QLabel(self.tr("Result"), self)
        result_label.setBuddy(self.result_filter)
        bar.addWidget(channel_label)
        bar.addWidget(self.channel_filter)
        bar.addWidget(result_label)
        bar.addWidget(self.result_filter)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self._fill_channels()

    def reload(self) -> Job:
        """Reads the history again (in a thread: the file may be a megabyte); the table follows."""
        history = self.context.history

        async def read(report: Callable[[Any], None]) -> list[HistoryEntry]:
            return await asyncio.to_thread(history.read, limit=SHOWN)

        if self._reading is not None:
            self._reading.cancel()
        self._reading = self.context.worker.submit("read the history", read)
        self._reading.finished.connect(self._read)
        return self._reading

    def _read(self, entries: list[HistoryEntry]) -> None:
        if self.sender() is self._reading:
            self._reading = None
            self.show_entries(entries)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        self._fill_channels()
        self._filter()

    def select_channel(self, channel_id: str | None) -> None:
        index = self.channel_filter.findData(channel_id) if channel_id else 0
        self.channel_filter.setCurrentIndex(max(index, 0))

    def _fill_channels(self) -> None:
        keep = self.channel_filter.currentData()
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel_id, name in sorted(self.model.channels().items(), key=lambda item: item[1].casefold()):
            self.channel_filter.addItem(name, channel_id)
        self.channel_filter.setCurrentIndex(max(self.channel_filter.findData(keep), 0) if keep else 0)
        self.channel_filter.blockSignals(False)

    def _filter(self, *args) -> None:
        self.model.set_filter(self.channel_filter.currentData(), self.result_filter.currentData())
        self.summary.setText(self.tr("%n deliveries shown", "", self.model.rowCount()))
