"""The left pane: a filter box over the channel table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .channel_model import (
    DEFAULT_COLUMN,
    ENABLED_COLUMN,
    HEALTH_COLUMN,
    LAST_TEST_COLUMN,
    NAME_COLUMN,
    SYNC_COLUMN,
    TYPE_COLUMN,
    ChannelTableModel,
)
from .filled import filled
from .focus import show_focus
from .health_dot import HealthDotDelegate
from .plain_text import PlainLabel
from .sync_badges import Badge

#: The narrowest the Name column gets: names stay readable ("Custom Webhook", "Ops Telegram").
NAME_MIN_WIDTH = 120


class ChannelList(QWidget):
    # The channel the user moved to (None when the selection became empty).
    current_changed = Signal(object)

    def __init__(self, model: ChannelTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter channels (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter channels"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.view = QTableView(self)
        show_focus(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.setObjectName("channel_table")
        self.view.setAccessibleName(self.tr("Channels"))
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(28)
        columns.setSectionResizeMode(TYPE_COLUMN, QHeaderView.ResizeMode.Fixed)
        columns.resizeSection(TYPE_COLUMN, 30)
        for column in (ENABLED_COLUMN, DEFAULT_COLUMN, HEALTH_COLUMN):  # a symbol each: ✓, ★, ●
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            columns.resizeSection(column, self.fontMetrics().horizontalAdvance("★") + 22)
        last_test = model.headerData(LAST_TEST_COLUMN, Qt.Orientation.Horizontal)
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in ("✘ 12/31/26", "✘ 12:59 PM", last_test))
        columns.resizeSection(LAST_TEST_COLUMN, widest + 16)
        columns.setSectionResizeMode(SYNC_COLUMN, QHeaderView.ResizeMode.Fixed)
        sync_title = model.headerData(SYNC_COLUMN, Qt.Orientation.Horizontal)
        columns.resizeSection(SYNC_COLUMN, max(40, self.fontMetrics().horizontalAdvance(sync_title) + 20))
        self.view.setColumnHidden(SYNC_COLUMN, True)
        self._health_dots = HealthDotDelegate(self.view)  # (a view does not own its delegates)
        self.view.setItemDelegateForColumn(HEALTH_COLUMN, self._health_dots)
        columns.setHighlightSections(False)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.count = PlainLabel(self)
        self.count.setObjectName("channel_count")
        # A new count must not make the pane lay itself out again on every keystroke.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self._update_count)
        model.modelReset.connect(self._restore_current)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self._current_id: str | None = None
        self._update_count()
        self._keep_room_for_names()

    @property
    def current_id(self) -> str | None:
        return self._current_id

    def select(self, channel_id: str | None) -> None:
        """Makes ``channel_id`` current (no signal when it already is)."""
        row = self.model.row_of(channel_id) if channel_id else None
        selection = self.view.selectionModel()
        if row is None:
            self._current_id = None
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        self._current_id = channel_id
        index = self.model.index(row, TYPE_COLUMN)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def set_sync_badges(self, badges: dict[str, Badge] | None) -> None:
        """Shows the Sync column with these badges, or hides it (None: no server is set up)."""
        self.model.set_sync_badges(badges)
        self.view.setColumnHidden(SYNC_COLUMN, badges is None)
        self._keep_room_for_names()

    def _keep_room_for_names(self) -> None:
        """The list is never so narrow that the other columns squeeze the names below NAME_MIN_WIDTH."""
        columns = self.view.horizontalHeader()
        others = sum(
            columns.sectionSize(c)
            for c in range(self.model.columnCount())
            if c != NAME_COLUMN and not self.view.isColumnHidden(c)
        )
        scrollbar = self.view.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(others + NAME_MIN_WIDTH + scrollbar + 2 * self.view.frameWidth())

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        channel = self.model.channel(current.row()) if current.isValid() else None
        new_id = channel.id if channel else None
        if new_id != self._current_id:
            self._current_id = new_id
            self.current_changed.emit(channel)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)  # a reset: the current channel is picked again

    def _restore_current(self) -> None:
        """After the model was reset (filtered, a channel added or removed): the same channel current, quietly."""
        keep = self._current_id
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.select(keep)
        selection.blockSignals(False)
        self._current_id = keep

    def _update_count(self, *args) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(self.tr("%n channel(s)", "", total))
        else:
            self.count.setText(filled(self.tr("%1 of %2 shown"), str(shown), str(total)))
