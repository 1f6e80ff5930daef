"""Test all: every enabled channel (a few at a time per host); results fill a table as they arrive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..channels import Channel
from ..transport.result import DeliveryResult, Outcome
from .context import AppContext
from .core_text import core_sentence, core_tr
from .filled import filled
from .focus import show_focus
from .formatting import latency, outcome_color, warning_color
from .plain_text import PlainLabel, plain_tip
from .resources import type_icon
from .screen_fit import fit
from .table_model import ListTableModel
from .worker import Job

BATCH_MS = 40


#: How a result sorts in the Result column: failures first, then not sent, then the rest.
_RANK = {Outcome.FAILED: 0, Outcome.NOT_STARTED: 1, Outcome.NOT_REPORTED: 2, Outcome.DELIVERED: 3}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultsModel(ListTableModel):
    """One row per channel; a channel tested again (Retry failed) keeps its row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Channel, DeliveryResult]] = []
        self._row_of: dict[str, int] = {}
        self._headers = [self.tr("Channel"), self.tr("Result"), self.tr("Latency"), self.tr("Message")]

    def shown_rows(self) -> list:
        return self.rows

    def _verdict(self, result: DeliveryResult) -> str:
        if result.outcome is Outcome.NOT_STARTED:
            return self.tr("– Not sent")
        return self.tr("✔ Delivered") if result.delivered else self.tr("✘ Failed")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        channel, result = self.rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            keys = (channel.name.casefold(), _RANK[result.outcome], result.latency_ms, core_tr(result.message))
            return keys[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return channel.name
            if column == 1:
                return self._verdict(result)
            if column == 2:
                return latency(result.latency_ms) if result.started else ""
            return core_sentence(result.message)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return plain_tip("\n".join(part for part in (core_sentence(result.message), result.reply or "") if part))
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return type_icon(channel.type.name)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return warning_color() if not result.started else outcome_color(result.delivered)
        return None

    def add(self, results: list[tuple[Channel, DeliveryResult]]) -> None:
        fresh = []
        for channel, result in results:
            row = self._row_of.get(channel.id)
            if row is None:
                fresh.append((channel, result))
                continue
            self.rows[row] = (channel, result)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, (channel, _result) in enumerate(fresh):
                self._row_of[channel.id] = first + offset
            self.rows.extend(fresh)
            self.endInsertRows()

    def count(self, outcome: Outcome) -> int:
        return sum(1 for _, result in self.rows if result.outcome is outcome)

    def failed(self) -> list[Channel]:
        """The channels whose test failed (not those that could not be sent for want of input)."""
        return [channel for channel, result in self.rows if result.outcome is Outcome.FAILED]


class FailedOnly(QSortFilterProxyModel):
    """The results sorted by the clicked column's own key; with ``only_failed``, the failures only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_failed = False
        self.setSortRole(SORT_ROLE)

    def show_failed_only(self, only: bool) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self.only_failed = only
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.only_failed = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.only_failed:
            return True
        model = self.sourceModel()
        assert isinstance(model, ResultsModel)
        return model.rows[source_row][1].outcome is not Outcome.DELIVERED


class TestAllDialog(QDialog):
    """Starts at once; closing it cancels what is still running. Results can be sorted by any column,
    narrowed to the failures, and the failed ones tested again.

    Results are shown in batches at most every :data:`BATCH_MS`: a hundred answers arriving
    together would otherwise be a hundred table updates in one go, and the window would stall.
    """

    result_arrived = Signal(object, object)  # Channel, DeliveryResult
    all_done = Signal()

    def __init__(self, context: AppContext, channels: list[Channel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_all")
        self.setWindowTitle(self.tr("Test all channels"))
        fit(self, 760, 420)
        self.context = context
        self.channels = channels
        self._testing: list[Channel] = []
        self.model = ResultsModel(self)
        self.sorted = FailedOnly(self)
        self.sorted.setSourceModel(self.model)
        self.view = QTableView(self)
        show_focus(self.view)
        self.view.setObjectName("test_all_table")
        self.view.setAccessibleName(self.tr("Test results"))
        self.view.setModel(self.sorted)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as they arrive, until a column is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
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
        self.failed_only = QCheckBox(self.tr("&Failed only"), self)
        self.failed_only.setObjectName("test_all_failed_only")
        self.failed_only.toggled.connect(self.sorted.show_failed_only)
        self.status = PlainLabel(self)
        self.status.setObjectName("test_all_status")
        self.retry_button = QPushButton(self.tr("&Retry failed"), self)
        self.retry_button.setObjectName("test_all_retry")
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_failed)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("test_all_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("test_all_close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.failed_only)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.retry_button)
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
        self._run(self.channels)

    def retry_failed(self) -> None:
        """Tests the failed channels again; their rows show the new results."""
        failed = self.model.failed()
        if failed and not self.running:
            self._run(failed)

    def _run(self, channels: list[Channel]) -> None:
        deliverer, preferences = self.context.deliverer, self.context.preferences
        self._testing = channels
        self.progress.setRange(0, len(channels))
        self.progress.setValue(0)
        self._done_now = 0

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
        self.job.failed.connect(lambda error: self.status.setText(filled(self.tr("Stopped: %1"), error)))
        self.cancel_button.setEnabled(True)
        self.retry_button.setEnabled(False)
        self._update_status()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)

    def delivered_count(self) -> int:
        return self.model.count(Outcome.DELIVERED) + self.model.count(Outcome.NOT_REPORTED)

    def _arrived(self, item: tuple[Channel, DeliveryResult]) -> None:
        self._pending.append(item)
        if not self._batch.isActive():
            self._batch.start()

    def _show_pending(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        self.model.add(batch)
        self._done_now += len(batch)
        self.progress.setValue(self._done_now)
        self._update_status()
        for channel, result in batch:
            self.result_arrived.emit(channel, result)

    def _update_status(self) -> None:
        done, total = self._done_now, len(self._testing)
        failed, not_sent = self.model.count(Outcome.FAILED), self.model.count(Outcome.NOT_STARTED)
        text = filled(
            self.tr("%1 of %2 done: %3 delivered, %4 failed."),
            str(done),
            str(total),
            str(self.delivered_count()),
            str(failed),
        )
        if not_sent:
            text += " " + filled(self.tr("%1 not sent (input missing)."), str(not_sent))
        self.status.setText(text)

    def _ended(self) -> None:
        self._batch.stop()
        self._show_pending()
        self.job = None
        self.cancel_button.setEnabled(False)
        failed = len(self.model.failed())
        self.retry_button.setEnabled(failed > 0)
        self.retry_button.setText(
            filled(self.tr("&Retry failed (%1)"), str(failed)) if failed else self.tr("&Retry failed")
        )
        if self._done_now == len(self._testing):
            self._update_status()
        self.all_done.emit()
