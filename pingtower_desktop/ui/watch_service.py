"""The watch inside the app: it runs the schedule when no other process does (the lock), otherwise shows
what that one sees; a tray icon says how the channels are (green, amber, red) and carries the alerts.

Owned by the application object: it outlives the window (a language switch does not restart it).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..delivery.rotation import ROTATE_AFTER
from ..storage.locking import HeldLock
from ..storage.oplog import Face
from ..storage.repository import ChannelRepository
from ..transport.notification import utc_now
from ..watch.engine import Alert, Watcher, stale, why_text
from ..watch.settings import WatchSettings, WatchSettingsStore
from ..watch.state import Health, WatchState, WatchStateStore
from .core_text import core_tr
from .filled import filled
from .plain_text import notification_text, plain_tip

if TYPE_CHECKING:
    from .context import AppContext

#: How often the schedule is looked at (what is due runs then; a check is due every 15 min by default).
TICK_MS = 30_000
#: The tray's colour for the channels' state: all OK, some unknown, one failing.
COLORS = {Health.OK: "#2da44e", Health.UNKNOWN: "#d29922", Health.FAILING: "#cf222e"}


def dot(color: str, size: int = 64) -> QIcon:
    """A filled circle: the tray icon's face."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(4, 4, size - 8, size - 8)
    painter.end()
    return QIcon(pixmap)


class WatchService(QObject):
    """``state_changed``: each channel's health as the watch sees it, id → (``Health`` value, why) — after a
    run here, or as another process left it; ``alerted``: a channel broke or recovered."""

    state_changed = Signal(object)
    alerted = Signal(object)
    #: The schedule or the alert channel changed here (Settings, a channel's Watch…).
    settings_changed = Signal()
    # The tray's menu: open the window, quit the app.
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        paths = context.paths
        self.settings = WatchSettingsStore(paths.watch_settings_file)
        self.states = WatchStateStore(paths.watch_state_file)
        self.lock = HeldLock(paths.watch_lock)
        # its own view of the channels (the files are shared safely): the store's thread stays the store's
        repo = ChannelRepository(paths, context.repo.secrets, face=Face.WATCH)  # reads only: the watch changes none
        self.watcher = Watcher(repo, context.deliverer, self.settings, self.states, notify=self._heard)
        self.state = WatchState()
        self.health: dict[str, tuple[str, str]] = {}
        #: Channel id → how many days ago its secrets were set (channels with secrets only).
        self.secret_ages: dict[str, int] = {}
        self._reminded: set[str] = set()
        self.rotate_after_days = ROTATE_AFTER.days
        #: The schedule and alert settings as last read, and the file's time then (see ``current_settings``).
        self.config: WatchSettings | None = None
        self._config_stamp: int | None = None
        self.running_here = False
        self._busy = False
        self._heard_now: list[Alert] = []
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.tray = QSystemTrayIcon(self)
        self.tray.setObjectName("watch_tray")
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open PingTower Desktop"), self.open_requested.emit)
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)

        self.alerted.connect(self._tell)

    def start(self) -> None:
        """Runs the schedule from now on (when this process gets the lock), or follows another's runs."""
        self.running_here = self.lock.acquire()
        self._show_in_tray()
        self.tray.show()
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()
        self.tray.hide()
        self.lock.release()
        self.running_here = False

    def tick(self) -> None:
        """Runs what is due (here), or reads the state another process keeps (there); never both at once."""
        if self._busy:
            return
        self._busy = True
        if not self.running_here:
            self.running_here = self.lock.acquire()  # the other one may have ended
        watcher, here = self.watcher, self.running_here

        async def body(report: Any) -> tuple[WatchState, dict[str, tuple[str, str]], dict[str, int], WatchSettings]:
            state = (await watcher.run()).state if here else await asyncio.to_thread(watcher.state.load)
            config = await asyncio.to_thread(watcher.settings.load)
            health = _health_of(state, config)
            return state, health, await asyncio.to_thread(_secret_ages, watcher.repo), config

        job = self.context.worker.submit("keep watch" if here else "read the watch state", body)
        job.finished.connect(lambda outcome: self._ran(*outcome))
        job.ended.connect(self._idle)

    def current_settings(self) -> WatchSettings:
        """The watch's settings as the file has them (read again only once it changed: the CLI's ``watch config``
        writes it too)."""
        stamp = self._settings_stamp()
        if self.config is None or stamp != self._config_stamp:
            self.config, self._config_stamp = self.settings.load(), stamp
        return self.config

    def _settings_stamp(self) -> int | None:
        try:
            return self.settings.path.stat().st_mtime_ns
        except OSError:
            return None

    def change_settings(self, settings: WatchSettings) -> None:
        """Saves the watch's settings (the file ``watch config`` writes; OSError when it cannot be written) and
        runs by them from now on."""
        self.settings.save(settings)
        self.config, self._config_stamp = settings, self._settings_stamp()
        self.settings_changed.emit()
        if self.timer.isActive():
            self.tick()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a click on the icon
            self.open_requested.emit()

    def _idle(self) -> None:
        self._busy = False

    def _ran(
        self, state: WatchState, health: dict[str, tuple[str, str]], ages: dict[str, int], config: WatchSettings
    ) -> None:
        self.state, self.health, self.secret_ages = state, health, ages
        self.rotate_after_days = config.rotate_after_days
        heard, self._heard_now = self._heard_now, []
        self._show_in_tray()
        self.state_changed.emit(health)
        self._remind_to_rotate()
        for alert in heard:
            self.alerted.emit(alert)

    def _heard(self, alert: Alert) -> None:
        """From the worker's thread: kept until the run ends, then said on the UI thread."""
        self._heard_now.append(alert)

    def overall(self, channel_ids: list[str]) -> Health:
        """One failing makes it red; any unknown (or stale) amber; else green."""
        healths = {Health(self.health.get(channel_id, ("unknown", ""))[0]) for channel_id in channel_ids}
        if Health.FAILING in healths:
            return Health.FAILING
        return Health.UNKNOWN if Health.UNKNOWN in healths or not healths else Health.OK

    def _show_in_tray(self) -> None:
        ids = [channel.id for channel in self.context.store.channels() if channel.enabled]
        overall = self.overall(ids)
        counts = dict.fromkeys(Health, 0)
        for channel_id in ids:
            counts[Health(self.health.get(channel_id, ("unknown", ""))[0])] += 1
        state = self.state
        self.tray.setIcon(dot(COLORS[overall]))
        lines = [
            filled(
                self.tr("PingTower Desktop: %1 OK, %2 failing, %3 not checked yet"),
                str(counts[Health.OK]),
                str(counts[Health.FAILING]),
                str(counts[Health.UNKNOWN]),
            )
        ]
        if state.offline_since:
            lines.append(self.tr("Offline: checks wait for the network"))
        if not self.running_here:
            lines.append(self.tr("Another process keeps watch; this shows what it sees"))
        self.tray.setToolTip(plain_tip("\n".join(lines)))
        self.tray.setProperty("health", overall.value)

    def _remind_to_rotate(self) -> None:
        """Once a session per channel: its secrets are older than the rotation reminder's age."""
        names = {channel.id: channel.name for channel in self.context.store.channels()}
        due = [cid for cid, days in self.secret_ages.items() if days >= self.rotate_after_days and cid in names]
        fresh = [cid for cid in due if cid not in self._reminded]
        if fresh:
            self._reminded.update(fresh)
            listed = ", ".join(f"“{names[cid]}”" for cid in fresh)
            self.tray.showMessage(
                self.tr("Time to rotate secrets"),
                notification_text(
                    filled(
                        self.tr("Secrets older than %1 days: %2 (Channel ▸ Rotate secret…)"),
                        str(self.rotate_after_days),
                        listed,
                    )
                ),
                QSystemTrayIcon.MessageIcon.Warning,
                15_000,
            )

    def _tell(self, alert: Alert) -> None:
        """A desktop notification (the tray's message: freedesktop notifications on Linux)."""
        failing = alert.health is Health.FAILING
        icon = QSystemTrayIcon.MessageIcon.Critical if failing else QSystemTrayIcon.MessageIcon.Information
        title = self.tr("Channel failing") if failing else self.tr("Channel works again")
        self.tray.showMessage(title, notification_text(core_tr(alert.text())), icon, 15_000)


def _health_of(state: WatchState, config: WatchSettings) -> dict[str, tuple[str, str]]:
    """Each channel's health as shown: stale is unknown; a failing one says why (the core's words)."""
    now = utc_now()
    shown = {}
    for channel_id, watch in state.channels.items():
        seen = Health.UNKNOWN if stale(watch, config.for_channel(channel_id), now) else watch.health
        shown[channel_id] = (seen.value, why_text(watch) if seen is Health.FAILING else "")
    return shown


def _secret_ages(repo: ChannelRepository) -> dict[str, int]:
    """Channel id → days since its secrets were set, for every channel that has secrets."""
    now, ages = utc_now(), {}
    for channel in repo.list():
        set_at = repo.secrets_set_at(channel.id)
        if set_at is not None:
            ages[channel.id] = (now - set_at).days
    return ages
