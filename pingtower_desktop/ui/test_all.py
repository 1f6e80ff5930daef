"""Test all: every enabled channel at once; results fill a table as they arrive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..channels import Channel
from ..transport.result import DeliveryResult
from .context import AppContext
from .core_text import core_tr
from .formatting import latency, outcome_color
from .resources import type_icon
from .table_model import ListTableModel
from .worker import Job

BATCH_MS = 40


class ResultsModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Channel, DeliveryResult]] = []
        self._headers = [self.tr("Channel"), self.tr("Result"), self.tr("Latency"), self.tr("Message")]

    def shown_rows(self) -> list:
        return self.rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        channel, result = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return channel.name
            if column == 1:
                return self.tr("✔ Delivered") if result.delivered else self.tr("✘ Failed")
            if column == 2:
                return latency(result.latency_ms)
            return core_tr(result.message)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return "\n".join(part for part in (core_tr(result.message), result.reply or "") if part)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return type_icon(channel.type.name)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return outcome_color(result.delivered)
        return None

    def add(self, results: list[tuple[Channel, DeliveryResult]]) -> None:
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self.rows.extend(results)
        self.endInsertRows()


class TestAllDialog(QDialog):
    """Starts at once; closing it cancels what is still running.

    Results are shown in batches at most every :data:`BATCH_MS`: a hundred answers arriving
    together would otherwise be a hundred table updates in one go, and the window would stall.
    """

    result_arrived = Signal(object, object)  # Channel, DeliveryResult
    all_done = Signal()

    def __init__(self, context: AppContext, channels: list[Channel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_all")
        self.setWindowTitle(self.tr("Test all channels"))
        self.resize(760, 420)
        self.context = context
        self.channels = channels
        self.model = ResultsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("test_all_table")
        self.view.setAccessibleName(self.tr("Test results"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        header.resizeSection(1, 110)
        header.resizeSection(2, 80)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(len(channels), 1))
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel(self)
        self.status.setObjectName("test_all_status")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("test_all_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("test_all_close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.job: Job | None = None
        self._pending: list[tuple[Channel, DeliveryResult]] = []
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self._show_pending)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        if not self.channels:
            self.status.setText(self.tr("No enabled channel to test."))
            self.cancel_button.setEnabled(False)
            return
        deliverer, preferences, channels = self.context.deliverer, self.context.preferences, self.channels

        async def body(report):
            count = 0
            async for channel, result in deliverer.test_many(
                channels, message=preferences.test_message or None, username=preferences.test_username or None
            ):
                report((channel, result))
                count += 1
            return count

        self.job = self.context.worker.submit("test all", body)
        self.job.progress.connect(self._arrived)
        self.job.ended.connect(self._ended)
        self.job.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled.")))
        self.job.failed.connect(lambda error: self.status.setText(self.tr("Stopped: %1").replace("%1", error)))
        self._update_status()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)

    def delivered_count(self) -> int:
        return sum(1 for _, result in self.model.rows if result.delivered)

    def _arrived(self, item: tuple[Channel, DeliveryResult]) -> None:
        self._pending.append(item)
        if not self._batch.isActive():
            self._batch.start()

    def _show_pending(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        self.model.add(batch)
        self.progress.setValue(self.model.rowCount())
        self._update_status()
        for channel, result in batch:
            self.result_arrived.emit(channel, result)

    def _update_status(self) -> None:
        done, total = self.model.rowCount(), len(self.channels)
        delivered = self.delivered_count()
        self.status.setText(
            self.tr("%1 of %2 done: %3 delivered, %4 failed.")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", str(delivered))
            .replace("%4", str(done - delivered))
        )

    def _ended(self) -> None:
        self._batch.stop()
        self._show_pending()
        self.job = None
        self.cancel_button.setEnabled(False)
        if self.model.rowCount() == len(self.channels):
            self._update_status()
        self.all_done.emit()
