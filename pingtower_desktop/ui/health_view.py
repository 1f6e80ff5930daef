"""The Health tab: each channel's delivery figures over 24 h, 7 d or 30 d (tests and the watch's checks
apart), how the watch sees it now, and a chart of the chosen channel's days — delivered and failed."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..delivery.history import HistoryEntry
from ..delivery.rotation import ROTATE_AFTER
from ..delivery.stats import CHECKS, PERIODS, TESTS, ChannelStats, Figures, channel_stats
from ..transport.notification import iso_utc, utc_now
from .context import AppContext
from .core_text import core_sentence, core_tr
from .filled import filled
from .formatting import latency, outcome_color, warning_color
from .plain_text import PlainLabel, plain_tip
from .table_model import ListTableModel, set_up_table

if TYPE_CHECKING:
    from .worker import Job

WATCH_WORDS = {"ok": "●", "failing": "●", "unknown": "○"}


def _rate(figures: Figures) -> str:
    return f"{figures.rate:.0%}" if figures.rate is not None else "—"


def _ms(value: float | None) -> str:
    return latency(value) if value is not None else "—"


class HealthModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChannelStats] = []
        self.health: dict[str, tuple[str, str]] = {}
        self._headers = [
            self.tr("Channel"),
            self.tr("Now"),
            self.tr("Tests"),
            self.tr("Median"),
            self.tr("p95"),
            self.tr("Checks"),
            self.tr("Median"),
            self.tr("p95"),
            self.tr("Secrets set"),
            self.tr("Last failure"),
        ]
        # Channel id → days since its secrets were set; the age they are due for rotation at.
        self.ages: dict[str, int] = {}
        self.rotate_after_days = ROTATE_AFTER.days

    def shown_rows(self) -> list:
        return self.rows

    def show(
        self, rows: list[ChannelStats], health: dict[str, tuple[str, str]], ages: dict[str, int], rotate_after: int
    ) -> None:
        self.beginResetModel()
        self.rows, self.health, self.ages, self.rotate_after_days = rows, health, ages, rotate_after
        self.endResetModel()

    def _age(self, days: int) -> str:
        """How long ago a channel's secrets were set: "today", "3 days ago"."""
        return self.tr("%n day(s) ago", "", days) if days else self.tr("today")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stats = self.rows[index.row()]
        column = index.column()
        tests, checks = stats.groups[TESTS], stats.groups[CHECKS]
        seen, why = self.health.get(stats.channel_id, ("unknown", ""))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            accessible = role == Qt.ItemDataRole.AccessibleTextRole
            if column == 1:
                words = {"ok": self.tr("works"), "failing": self.tr("failing"), "unknown": self.tr("not checked")}
                return words.get(seen, seen) if accessible else WATCH_WORDS.get(seen, "○")
            values = [
                stats.name,
                "",
                f"{tests.delivered}/{tests.sent} ({_rate(tests)})" if tests.sent else "—",
                _ms(tests.median_ms),
                _ms(tests.p95_ms),
                f"{checks.delivered}/{checks.sent} ({_rate(checks)})" if checks.sent else "—",
                _ms(checks.median_ms),
                _ms(checks.p95_ms),
                self._age(self.ages[stats.channel_id]) if stats.channel_id in self.ages else "",
                core_sentence(_last_failure(stats)),
            ]
            return values[column]
        due = self.ages.get(stats.channel_id, 0) >= self.rotate_after_days
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor({"ok": "#2da44e", "failing": "#cf222e"}.get(seen, "#9a6700"))
        if role == Qt.ItemDataRole.ForegroundRole and column == 8 and due:
            return warning_color()
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            days = self.ages.get(stats.channel_id)
            if days is None:
                return None
            said = filled(self.tr("Its secrets were set %1 days ago."), str(days))
            return said + (" " + self.tr("Time to rotate them: Channel ▸ Rotate secret…") if due else "")
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 9):
            return plain_tip(core_tr(why) if column == 1 and why else core_sentence(_last_failure(stats))) or None
        return None


def _last_failure(stats: ChannelStats) -> str:
    latest = max(
        (figures.last_failure for figures in stats.groups.values() if figures.last_failure is not None),
        key=lambda entry: entry.time,
        default=None,
    )
    if latest is None:
        return ""
    group = next(figures for figures in stats.groups.values() if figures.last_failure is latest)
    return group.last_failure_text()


class DayChart(QWidget):
    """A bar a day: delivered (green) under failed (red), tests and checks together; the palette's own
    text and grid colours, so that it reads in a dark theme too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("health_chart")
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.days: list[tuple[str, int, int]] = []  # (label, delivered, failed)

    def show_days(self, entries: list[HistoryEntry], days: int, today: datetime) -> None:
        delivered: Counter[str] = Counter()
        failed: Counter[str] = Counter()
        for entry in entries:
            (delivered if entry.delivered else failed)[entry.time[:10]] += 1
        labels = [(today - timedelta(days=n)).date().isoformat() for n in range(days - 1, -1, -1)]
        self.days = [(label, delivered[label], failed[label]) for label in labels]
        total = sum(d + f for _, d, f in self.days)
        self.setAccessibleName(filled(self.tr("%1 sends over %2 days"), str(total), str(days)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -22)
        painter.setPen(text)
        if not self.days or not any(d + f for _, d, f in self.days):
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing sent in this period"))
            return
        highest = max(d + f for _, d, f in self.days)
        width = area.width() / len(self.days)
        for number, (label, good, bad) in enumerate(self.days):
            left = area.left() + number * width + width * 0.15
            bar = width * 0.7
            for value, below, color in ((good, 0, outcome_color(True)), (bad, good, outcome_color(False))):
                if value:
                    height = area.height() * value / highest
                    top = area.bottom() - area.height() * (below + value) / highest
                    painter.fillRect(QRectF(left, top, bar, height), color)
            if len(self.days) <= 8 or number % max(len(self.days) // 6, 1) == 0:
                painter.drawText(
                    QRectF(left - 20, area.bottom() + 4, bar + 40, 16), Qt.AlignmentFlag.AlignCenter, label[5:]
                )
        painter.end()


class HealthView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._reading: Job | None = None
        self._entries: list[HistoryEntry] = []
        self.period = QComboBox(self)
        self.period.setObjectName("health_period")
        self.period.setAccessibleName(self.tr("Period"))
        for label, key in (
            (self.tr("Last 24 hours"), "24h"),
            (self.tr("Last 7 days"), "7d"),
            (self.tr("Last 30 days"), "30d"),
        ):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda *_: self.reload())
        self.model = HealthModel(self)
        self.view = QTableView(self)
        set_up_table(self.view, "health_table", self.tr("Delivery health per channel"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chart())
        self.chart = DayChart(self)
        self.chart_title = PlainLabel(self)
        self.chart_title.setObjectName("health_chart_title")
        bar = QHBoxLayout()
        period_label = PlainLabel(self.tr("Period"), self)
        period_label.setBuddy(self.period)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)
        context.watch.state_changed.connect(self._health_changed)

    def reload(self) -> Job:
        """Reads the history and works out the figures (in a thread: the file may be a megabyte)."""
        histories = [self.context.history, self.context.checks]
        check_days = self.context.check_days
        span = PERIODS[self.period.currentData()]

        async def read(report: Any) -> tuple[list[HistoryEntry], list[ChannelStats]]:
            def work() -> tuple[list[HistoryEntry], list[ChannelStats]]:
                entries = [entry for history in histories for entry in history.read()]
                return entries, channel_stats(entries, utc_now(), span, check_days.read())

            return await asyncio.to_thread(work)

        if self._reading is not None:
            self._reading.cancel()
        self._reading = self.context.worker.submit("work out the delivery figures", read)
        self._reading.finished.connect(self._read)
        return self._reading

    def _read(self, outcome: tuple[list[HistoryEntry], list[ChannelStats]]) -> None:
        if self.sender() is not self._reading:
            return
        self._reading = None
        self._entries, rows = outcome
        watch = self.context.watch
        self.model.show(rows, watch.health, watch.secret_ages, watch.rotate_after_days)
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._chart()

    def _health_changed(self, health: dict[str, tuple[str, str]]) -> None:
        watch = self.context.watch
        self.model.show(self.model.rows, health, watch.secret_ages, watch.rotate_after_days)

    def _chart(self) -> None:
        index = self.view.currentIndex()
        rows = self.model.rows
        stats = rows[index.row()] if index.isValid() and index.row() < len(rows) else None
        days = PERIODS[self.period.currentData()].days + 1  # the calendar days the period touches
        start = iso_utc(utc_now() - PERIODS[self.period.currentData()])  # the same period as the figures
        entries = [
            e
            for e in self._entries
            if stats is not None and e.channel_id == stats.channel_id and not e.unsaved and e.time >= start
        ]
        self.chart_title.setText(
            filled(self.tr("“%1”, day by day"), stats.name) if stats is not None else self.tr("Choose a channel")
        )
        self.chart.show_days(entries, days, utc_now())
