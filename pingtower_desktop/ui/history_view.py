"""The History tab: the core's delivery history, newest first, filtered by channel, result and text;
a row's context menu copies its details, tests its channel again or shows it; Export writes the rows
shown as CSV or JSON; Clear forgets the history."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..delivery.history import HistoryEntry
from . import prompts
from .context import AppContext
from .core_text import core_sentence, core_tr
from .filled import filled
from .formatting import latency, local_time, outcome_color
from .plain_text import PlainLabel, plain_tip
from .resources import type_icon
from .table_model import ListTableModel, set_up_table

if TYPE_CHECKING:
    from ..delivery.history_export import Format
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
        self._words: list[str] = []
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

    def widest_texts(self) -> dict[int, list[str]]:
        """Column → the longest texts it shows (it is made as wide as they are; Message takes the rest)."""
        unsaved = " · " + self.tr("unsaved values")
        return {
            0: [local_time("2026-12-31T23:59:59Z")],
            2: [word + " (503)" + unsaved for word in (self.tr("Delivered"), self.tr("Failed"))],
            3: [latency(9_999)],
            4: [self.tr("direct"), self.tr("server")],
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._shown[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return plain_tip("\n".join(part for part in (core_sentence(entry.message), entry.reply or "") if part))
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
            unsaved = " · " + self.tr("unsaved values") if entry.unsaved else ""
            return (self.tr("Delivered") if entry.delivered else self.tr("Failed")) + status + unsaved
        if column == 3:
            return latency(entry.latency_ms)
        if column == 4:
            return self.tr("direct") if entry.route == "direct" else self.tr("server")
        return core_sentence(entry.message)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """``entries`` oldest first, as the core reads them."""
        self._all = list(reversed(entries))
        self._refilter()

    def set_filter(self, channel_id: str | None, result: str, text: str = "") -> None:
        """Only the entries of this channel, with this result, holding every word of ``text``."""
        self._channel, self._result, self._words = channel_id, result, text.casefold().split()
        self._refilter()

    def entry(self, row: int) -> HistoryEntry:
        return self._shown[row]

    def details(self, entry: HistoryEntry) -> str:
        """An entry in full, as text for the clipboard."""
        lines = [f"{self.headerData(c, Qt.Orientation.Horizontal)}: {self._text(entry, c)}" for c in range(6)]
        if entry.reply:
            lines.append(filled(self.tr("Answer: %1"), entry.reply))
        return "\n".join(lines)

    def _matches(self, entry: HistoryEntry) -> bool:
        if not self._words:
            return True
        haystack = " ".join((entry.channel_name, core_tr(entry.message), str(entry.message), entry.reply or ""))
        haystack = haystack.casefold()
        return all(word in haystack for word in self._words)

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
            and self._matches(entry)
        ]
        self.endResetModel()


class HistoryView(QWidget):
    """``show_channel`` / ``test_channel``: the person asked, from a row's menu, for that channel (an id)."""

    show_channel = Signal(str)
    test_channel = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._reading: Job | None = None
        self.model = HistoryModel(self)
        self.channel_filter = QComboBox(self)
        self.channel_filter.setObjectName("history_channel")
        self.channel_filter.setAccessibleName(self.tr("Show the history of"))
        self.channel_filter.setMinimumContentsLength(14)
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
        self.search = QLineEdit(self)
        self.search.setObjectName("history_search")
        self.search.setPlaceholderText(self.tr("Search the history"))
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48)
        self.search.textChanged.connect(self._filter)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("history_reload")
        self.reload_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("history_export")
        self.export_button.setToolTip(self.tr("Write the rows shown to a CSV or JSON file"))
        self.export_button.clicked.connect(lambda: self.export())
        self.clear_button = QPushButton(self.tr("Clear…"), self)
        self.clear_button.setObjectName("history_clear")
        self.clear_button.setToolTip(self.tr("Forget the whole delivery history"))
        self.clear_button.clicked.connect(self.clear)
        self.view = QTableView(self)
        set_up_table(self.view, "history_table", self.tr("Delivery history"), alternating=True)
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self.summary = PlainLabel(self)
        self.summary.setObjectName("history_summary")
        bar = QHBoxLayout()
        channel_label = PlainLabel(self.tr("Channel"), self)
        channel_label.setBuddy(self.channel_filter)
        result_label = PlainLabel(self.tr("Result"), self)
        result_label.setBuddy(self.result_filter)
        bar.addWidget(channel_label)
        bar.addWidget(self.channel_filter)
        bar.addWidget(result_label)
        bar.addWidget(self.result_filter)
        bar.addWidget(self.search, 1)
        # what acts on the rows sits under them, beside the count: the filters keep the width they need
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.reload_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self._fill_channels()

    def _fit_columns(self) -> None:
        """Time, Result, Latency and Route as wide as their longest text in this font and language (none is
        cut short); Channel a fair share; Message the rest."""
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        header.resizeSection(1, metrics.horizontalAdvance("M" * 14) + 32)  # and its type icon
        for column, texts in self.model.widest_texts().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(metrics.horizontalAdvance(text) for text in [*texts, title]) + padding)

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
        self.model.set_filter(self.channel_filter.currentData(), self.result_filter.currentData(), self.search.text())
        self.summary.setText(self.tr("%n deliveries shown", "", self.model.rowCount()))

    # --- a row's menu ---

    def row_actions(self, row: int) -> list[QAction]:
        """What a row's context menu offers (parented to the view, made afresh each time)."""
        entry = self.model.entry(row)
        copy = QAction(self.tr("&Copy details"), self.view)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.model.details(entry)))
        stored = self.context.store.find(entry.channel_id)
        test = QAction(self.tr("&Test this channel again"), self.view)
        test.triggered.connect(lambda: self.test_channel.emit(entry.channel_id))
        show = QAction(self.tr("&Show the channel"), self.view)
        show.triggered.connect(lambda: self.show_channel.emit(entry.channel_id))
        for action in (test, show):
            action.setEnabled(stored is not None)
            if stored is None:
                action.setToolTip(self.tr("The channel was deleted"))
        return [copy, test, show]

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addActions(self.row_actions(index.row()))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.view.viewport().mapToGlobal(position))

    # --- export and clear ---

    def export(self, path: str | None = None) -> Job | None:
        """Writes the rows shown (in the order shown) to a CSV or a JSON file, chosen by its name."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            settings = self.context.settings
            suggested = str(Path(settings.file_folder()) / "pingtower-history.csv")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the history"), suggested, self.tr("CSV files (*.csv);;JSON files (*.json)")
            )
            if path:
                settings.set_file_folder(path)
        if not path:
            return None
        from ..delivery.history_export import write_history

        target = Path(path)
        fmt: Format = "json" if target.suffix.lower() == ".json" else "csv"
        entries = [self.model.entry(row) for row in range(self.model.rowCount())]

        async def write(report: Callable[[Any], None]) -> int:
            return await asyncio.to_thread(write_history, target, entries, fmt)

        job = self.context.worker.submit("export the history", write)
        job.finished.connect(
            lambda count: self.summary.setText(filled(self.tr("Exported %n deliveries to %1.", "", count), str(target)))
        )
        job.failed.connect(lambda error: prompts.show_error(self, self.tr("Export failed"), error))
        return job

    def clear(self) -> Job | None:
        """Forgets the whole history, once the person confirms."""
        if not prompts.confirm_clear_history(self):
            return None
        history = self.context.history

        async def forget(report: Callable[[Any], None]) -> None:
            await asyncio.to_thread(history.clear)

        job = self.context.worker.submit("clear the history", forget)
        job.finished.connect(lambda _: self.show_entries([]))
        job.failed.connect(lambda error: prompts.show_error(self, self.tr("Not cleared"), error))
        return job
