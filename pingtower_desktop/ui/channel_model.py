"""The channel list as a Qt table model that filters and sorts itself.

Filtering 10,000 rows through ``QSortFilterProxyModel`` costs one Python call per row on every
keystroke; here the filter is one list comprehension over pre-folded search keys, and the view
only asks for the rows it paints.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from .core_text import core_tr
from .filled import filled
from .formatting import local_time, outcome_color
from .plain_text import plain_tip
from .resources import type_icon
from .sync_badges import LOCAL_ONLY, ORDER, Badge

if TYPE_CHECKING:
    from ..channels import Channel
    from ..storage.listing import ListedChannel

# A row's channel: the provisional listing at start-up, a checked Channel once the core has loaded.
Shown: TypeAlias = "Channel | ListedChannel"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_COLUMN, NAME_COLUMN, ENABLED_COLUMN, DEFAULT_COLUMN, LAST_TEST_COLUMN, HEALTH_COLUMN, SYNC_COLUMN = range(7)
_DISPLAY, _DECORATION, _TOOLTIP, _FOREGROUND, _ALIGN, _ACCESSIBLE, _FONT = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.FontRole,
)
_ANSWERED = {_DISPLAY, _DECORATION, _TOOLTIP, _FOREGROUND, _ALIGN, _ACCESSIBLE, _FONT, ID_ROLE}


#: Column headers shown as a symbol, so that the name keeps the list's width (the words are in the tooltip).
_SYMBOLS = {TYPE_COLUMN: "", ENABLED_COLUMN: "✓", DEFAULT_COLUMN: "★", HEALTH_COLUMN: "●"}
#: The watch's word for a channel's health → its dot's colour in the Health column.
HEALTH_COLORS = {"ok": "#2da44e", "failing": "#cf222e", "unknown": "#9a6700"}


class LastTest(NamedTuple):
    delivered: bool
    time: str
    message: str
    #: The channel's settings or secrets changed after this test: it says little of the channel now.
    stale: bool = False


class _Row:
    __slots__ = ("channel", "last", "search")

    def __init__(self, channel: Shown, search: str, last: LastTest | None = None) -> None:
        self.channel, self.search, self.last = channel, search, last


def _search_key(channel: Shown) -> str:
    return f"{channel.name}\n{channel.type.name}\n{channel.type.label}".casefold()


class ChannelTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._visible: list[int] = []
        # Every row position in the current sort order; filtering keeps this order, so no keystroke sorts.
        self._order: list[int] = []
        self._by_id: dict[str, int] = {}
        self._visible_row_of: dict[str, int] | None = None
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Local id → sync badge; None while no server is set up (the column is then hidden).
        self._badges: dict[str, Badge] | None = None
        self._local_only = Badge(LOCAL_ONLY)
        self._headers = [
            self.tr("Type"),
            self.tr("Name"),
            self.tr("Enabled"),
            self.tr("Default"),
            self.tr("Last test"),
            self.tr("Health"),
            self.tr("Sync"),
        ]
        # Local id → (health, why) as the watch last saw it; a channel not in it is not watched yet.
        self._health: dict[str, tuple[str, str]] = {}
        self._yes, self._delivered, self._failed = self.tr("Yes"), self.tr("Delivered"), self.tr("Failed")

    # --- Qt model interface ---

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:  # the narrow columns say it with a symbol; the tooltip in words
            return _SYMBOLS.get(section, self._headers[section])
        if role in (_TOOLTIP, _ACCESSIBLE):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        value = self._value(self._rows[self._visible[index.row()]], index.column(), role)
        return plain_tip(value) if role == _TOOLTIP and isinstance(value, str) else value

    def _value(self, row: _Row, column: int, role: int) -> Any:
        channel = row.channel
        if role == ID_ROLE:
            return channel.id
        if column == TYPE_COLUMN:
            if role in (_ACCESSIBLE, _TOOLTIP):
                return core_tr(channel.type.label)
            if role == _DECORATION:
                return type_icon(channel.type.name)
        elif column == NAME_COLUMN:
            if role in (_DISPLAY, _ACCESSIBLE, _TOOLTIP):
                return channel.name
            if role == _FOREGROUND and not channel.enabled:
                return self._muted()
        elif column == ENABLED_COLUMN:
            if channel.missing and role in (_DISPLAY, _ACCESSIBLE, _TOOLTIP):
                missing = ", ".join(channel.missing)
                return "⚠" if role == _DISPLAY else filled(self.tr("Incomplete: fill in %1, then enable it"), missing)
            if role == _DISPLAY:
                return "✓" if channel.enabled else "—"
            if role in (_ACCESSIBLE, _TOOLTIP):
                return self._yes if channel.enabled else self.tr("No")
            if role == _ALIGN:
                return Qt.AlignmentFlag.AlignCenter
        elif column == DEFAULT_COLUMN:
            if role == _DISPLAY:
                return "★" if channel.is_default else ""
            if role == _ACCESSIBLE:
                return self.tr("Default channel") if channel.is_default else ""
            if role == _ALIGN:
                return Qt.AlignmentFlag.AlignCenter
        elif column == LAST_TEST_COLUMN and row.last is not None:
            last = row.last
            verdict = self._delivered if last.delivered else self._failed
            when = local_time(last.time, short=role == _DISPLAY)  # the cell short, the rest in full
            if role == _DISPLAY:  # a stale one is greyed and in italics; the tooltip says why
                return f"{'✔' if last.delivered else '✘'} {when}"
            if role == _FONT and last.stale:
                return self._italic()
            if role == _ACCESSIBLE:
                said = f"{verdict} {when}"
                return filled(self.tr("%1, before the channel was changed"), said) if last.stale else said
            if role == _TOOLTIP:
                said = f"{verdict}: {core_tr(last.message)}"
                if last.stale:
                    said += "\n" + self.tr("The channel was changed after this test: test it again.")
                return said
            if role == _FOREGROUND:
                return (
                    QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
                    if last.stale
                    else outcome_color(last.delivered)
                )
        elif column == HEALTH_COLUMN and channel.id in self._health:
            health, why = self._health[channel.id]
            if role == _DISPLAY:
                return "●"
            if role == _FOREGROUND:
                return QColor(HEALTH_COLORS.get(health, HEALTH_COLORS["unknown"]))
            if role == _ALIGN:
                return Qt.AlignmentFlag.AlignCenter
            if role in (_ACCESSIBLE, _TOOLTIP):
                said = {
                    "ok": self.tr("Works (the last scheduled check passed)"),
                    "failing": filled(self.tr("Failing: %1"), why),
                    "unknown": self.tr("Not checked yet"),
                }.get(health, health)
                return said
        elif column == SYNC_COLUMN and self._badges is not None:
            return self._badge_value(self._badges.get(channel.id, self._local_only), role)
        return None

    def _badge_value(self, badge: Badge, role: int) -> Any:
        if role == _DISPLAY:
            return badge.symbol
        if role == _ACCESSIBLE:
            return badge.text()
        if role == _TOOLTIP:
            return f"{badge.text()}: {core_tr(badge.detail)}" if badge.detail else badge.text()
        if role == _FOREGROUND:
            return badge.color()
        if role == _ALIGN:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._relayout()

    # --- what the window uses ---

    def set_channels(self, channels: Sequence[Shown]) -> None:
        """Shows these channels; the same ones again (the checked list replacing the start-up listing)
        keep the selection, the scroll position and the last tests."""
        if [channel.id for channel in channels] == [row.channel.id for row in self._rows]:
            self._update_rows(channels)
            return
        self.beginResetModel()
        self._rows = [_Row(c, _search_key(c)) for c in channels]
        self._reindex()
        self._resort()
        self._refilter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle == self._filter:
            return
        self.beginResetModel()
        self._filter = needle
        self._refilter()
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def total(self) -> int:
        return len(self._rows)

    def channel(self, row: int) -> Shown:
        return self._rows[self._visible[row]].channel

    def channels(self) -> list[Shown]:
        return [row.channel for row in self._rows]

    def find(self, channel_id: str) -> Shown | None:
        position = self._by_id.get(channel_id)
        return None if position is None else self._rows[position].channel

    def row_of(self, channel_id: str) -> int | None:
        """The visible row showing the channel, or None when it is filtered out or unknown."""
        if self._visible_row_of is None:
            self._visible_row_of = {self._rows[p].channel.id: r for r, p in enumerate(self._visible)}
        return self._visible_row_of.get(channel_id)

    def upsert(self, channel: Channel) -> None:
        """Shows a saved channel: a new one is added (and shown even if the filter hides it)."""
        position = self._by_id.get(channel.id)
        if position is None:
            self.beginResetModel()
            self._rows.append(_Row(channel, _search_key(channel)))
            self._by_id[channel.id] = len(self._rows) - 1
            self._resort()
            self._refilter(always_show=channel.id)
            self.endResetModel()
            return
        row = self._rows[position]
        renamed = row.channel.name != channel.name
        row.channel, row.search = channel, _search_key(channel)
        if renamed and self._sort is not None:
            self.sort(*self._sort)
        self._changed(channel.id)

    def remove(self, channel_id: str) -> None:
        if channel_id not in self._by_id:
            return
        self.beginResetModel()
        del self._rows[self._by_id[channel_id]]
        self._reindex()
        self._resort()
        self._refilter()
        self.endResetModel()

    def set_last_test(self, channel_id: str, last: LastTest) -> None:
        position = self._by_id.get(channel_id)
        if position is not None:
            self._rows[position].last = last
            self._changed(channel_id)

    def set_health(self, health: dict[str, tuple[str, str]]) -> None:
        """Every channel's health as the watch sees it: id → ("ok" | "failing" | "unknown", why)."""
        if health != self._health:
            self._health = dict(health)
            self._column_changed(HEALTH_COLUMN)

    def set_sync_badges(self, badges: dict[str, Badge] | None) -> None:
        """Every channel's badge at once (a channel without one is local only); None: no server."""
        self._badges = dict(badges) if badges is not None else None
        self._column_changed(SYNC_COLUMN)

    def set_sync_badge(self, channel_id: str, badge: Badge) -> None:
        if self._badges is not None:
            self._badges[channel_id] = badge
            self._changed(channel_id)

    @property
    def shows_sync_badges(self) -> bool:
        return self._badges is not None

    def sync_badge(self, channel_id: str) -> Badge | None:
        if self._badges is None:
            return None
        return self._badges.get(channel_id, self._local_only)

    def mark_stale(self, channel_id: str) -> None:
        """The channel changed since its last test."""
        last = self.last_test(channel_id)
        if last is not None and not last.stale:
            self.set_last_test(channel_id, last._replace(stale=True))

    def last_test(self, channel_id: str) -> LastTest | None:
        position = self._by_id.get(channel_id)
        return None if position is None else self._rows[position].last

    # --- internals ---

    def _update_rows(self, channels: Sequence[Shown]) -> None:
        for row, channel in zip(self._rows, channels, strict=True):
            row.channel, row.search = channel, _search_key(channel)
        self._relayout()  # a name may read differently once checked
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, self.columnCount() - 1))

    def _relayout(self) -> None:
        """Sorts and filters again, keeping the view's selection and current row on their channels."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.data(index, ID_ROLE) for index in persistent]
        self._resort()
        self._refilter()
        moved = []
        for channel_id, old in zip(ids, persistent, strict=True):
            row = self.row_of(channel_id)
            moved.append(QModelIndex() if row is None else self.index(row, old.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    @staticmethod
    def _italic() -> QFont:
        font = QApplication.font()
        font.setItalic(True)
        return font

    def _muted(self) -> QColor:
        return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def _reindex(self) -> None:
        self._by_id = {row.channel.id: position for position, row in enumerate(self._rows)}

    def _refilter(self, always_show: str | None = None) -> None:
        needle, rows = self._filter, self._rows
        if needle:
            self._visible = [p for p in self._order if needle in rows[p].search or rows[p].channel.id == always_show]
        else:
            self._visible = list(self._order)
        self._visible_row_of = None

    def _resort(self) -> None:
        self._order = list(range(len(self._rows)))
        if self._sort is None:
            return
        column, order = self._sort
        rows, badges = self._rows, self._badges

        def key(position: int):
            row = rows[position]
            channel = row.channel
            if column == TYPE_COLUMN:
                return (channel.type.label.casefold(), channel.name.casefold())
            if column == ENABLED_COLUMN:
                return (not channel.enabled, channel.name.casefold())
            if column == DEFAULT_COLUMN:
                return (not channel.is_default, channel.name.casefold())
            if column == LAST_TEST_COLUMN:
                return (row.last.time if row.last else "", channel.name.casefold())
            if column == HEALTH_COLUMN:
                rank = {"failing": 0, "unknown": 1, "ok": 2}.get(self._health.get(channel.id, ("", ""))[0], 3)
                return (rank, channel.name.casefold())
            if column == SYNC_COLUMN:
                badge = (badges or {}).get(channel.id, self._local_only)
                return (ORDER.index(badge.kind) if badge.kind in ORDER else len(ORDER), channel.name.casefold())
            return (channel.name.casefold(),)

        self._order.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _column_changed(self, column: int) -> None:
        if self._visible:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._visible) - 1, column))

    def _changed(self, channel_id: str) -> None:
        row = self.row_of(channel_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
