"""The main window: the channel list beside the editor, the history tab, menus and the toolbar.

It is built in two steps. ``MainWindow(start)`` is the frame — list, menus, toolbar (their actions
are in ``window_commands``) — and needs neither pydantic nor the channel types, so the stored
channels are on screen early; :meth:`MainWindow.attach` then adds what works on the core (editor,
history, server features) and enables the commands that need it. The modules of those parts are
imported where they are first used, for the same reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..channel_kinds import Kind
from . import prompts
from .banner import Banner
from .channel_list import ChannelList
from .channel_model import ChannelTableModel, LastTest
from .context import AppContext, AppStart
from .core_text import core_tr
from .first_paint import after_first_paint
from .resources import app_icon
from .window_commands import WindowCommands

if TYPE_CHECKING:
    from ..channels import Channel, ChannelType
    from ..storage import KeyringStatus
    from ..storage.listing import ListedChannel
    from ..transport.result import DeliveryResult
    from .editor.editor import ChannelEditor
    from .history_view import HistoryView
    from .import_export import ImportReport
    from .server_features import ServerFeatures
    from .settings_dialog import SettingsDialog
    from .test_all import TestAllDialog

WINDOW_TITLE = "PingTower Desktop"
CHANNELS_TAB, HISTORY_TAB = 0, 1


def last_tests_from(entries) -> dict[str, LastTest]:
    """The newest history entry of each channel."""
    last: dict[str, LastTest] = {}
    for entry in entries:
        last[entry.channel_id] = LastTest(entry.delivered, entry.time, entry.message)
    return last


class MainWindow(QMainWindow):
    # The user chose another language in Settings; the application rebuilds the window.
    language_changed = Signal(str)

    def __init__(self, start: AppStart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = start
        # The core's parts, from attach() on.
        self.context: AppContext | None = None
        self.editor: ChannelEditor | None = None
        self.history: HistoryView | None = None
        self.server: ServerFeatures | None = None
        self.keyring_status: KeyringStatus | None = None
        self.test_all_dialog: TestAllDialog | None = None
        self.import_report: ImportReport | None = None
        self._closing_for_rebuild = False
        self.setWindowTitle(WINDOW_TITLE + "[*]")
        self.setWindowIcon(app_icon())
        self.setObjectName("main_window")
        self.resize(1280, 800)

        self.model = ChannelTableModel(self)
        self.channel_list = ChannelList(self.model, self)
        self.editor_area = QScrollArea(self)
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setWidget(self._loading_label("editor_loading"))
        self.editor_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.channel_list)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([440, 840])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.splitter, self.tr("Channels"))
        self.tabs.addTab(self._loading_label("history_loading"), self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.keyring_banner = Banner("keyring_banner", self)
        self.load_banner = Banner("load_banner", self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.keyring_banner)
        layout.addWidget(self.load_banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.commands = WindowCommands(self)
        self.commands.refresh()
        self._restore_layout()
        self.statusBar().showMessage(self.tr("Loading…"))  # there from the start: the list does not jump

    def _loading_label(self, name: str) -> QLabel:
        label = QLabel(self.tr("Loading…"), self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _restore_layout(self) -> None:
        geometry = self.start.settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.start.settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # --- start-up ---

    def show_listing(self, listed: list[ListedChannel]) -> None:
        """Shows the stored channels as read from the file, before the core has checked them."""
        self.model.set_channels(listed)
        self.load_banner.show_text(core_tr(self.start.channels_file.warning or ""))

    def attach(self, context: AppContext) -> None:
        """Adds the parts that work on the core and enables every action."""
        from .editor.editor import ChannelEditor
        from .history_view import HistoryView
        from .server_features import ServerFeatures

        self.context = context
        self.editor = ChannelEditor(context, self)
        self.editor_area.setWidget(self.editor)
        self.history = HistoryView(context, self)
        self._replace_history_tab(self.history)
        self.server = ServerFeatures(self)
        self.commands.save.triggered.connect(self.editor.save)
        self.commands.revert.triggered.connect(self.editor.revert)
        self.commands.send_test.triggered.connect(self.editor.test_panel.start)
        self.commands.copy_curl.triggered.connect(self.editor.show_curl)
        self.channel_list.current_changed.connect(self._current_changed)
        self.channel_list.view.doubleClicked.connect(lambda: self.editor.name.setFocus())
        self.editor.saved.connect(self._saved)
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.editor.tested.connect(self._tested)
        self.commands.refresh()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _replace_history_tab(self, history: HistoryView) -> None:
        current, placeholder = self.tabs.currentIndex(), self.tabs.widget(HISTORY_TAB)
        self.tabs.blockSignals(True)
        self.tabs.insertTab(HISTORY_TAB, history, self.tabs.tabText(HISTORY_TAB))
        self.tabs.removeTab(HISTORY_TAB + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        if current == HISTORY_TAB:
            history.reload()

    def load_channels(self, *, select_first: bool = True) -> None:
        """Reads the stored channels (no secrets) and shows them; the history and keyring follow.

        At start-up the first channel is selected only once the window has painted (its editor
        reads the keyring), so ``select_first`` is False there.
        """
        self.list_channels()
        if select_first:
            self.select_first_channel()
        self.start_background_work()

    def list_channels(self) -> None:
        """Shows the stored channels as the core reads them (checked, no secrets), with its notes."""
        self.model.set_channels(self.context.repo.list())
        self.load_banner.show_text(core_tr(self.context.repo.load_warning or ""))
        self.channel_list._update_count()

    def select_first_channel(self) -> None:
        """Shows the channel the list has current (one picked while the core loaded), else the first one;
        nothing when the editor already shows something."""
        if not self.model.rowCount() or self.editor.channel_type is not None:
            return
        current = self.model.find(self.channel_list.current_id or "")
        channel = current if current is not None else self.model.channel(0)
        self.channel_list.select(channel.id)
        self._show_channel(channel)

    def reload_channels(self) -> None:
        """Reads the channels again after they changed on disk (import, sync), keeping the one on screen."""
        keep = self.editor.channel_id
        self.editor.clear()
        self.load_channels()
        if keep and self.model.find(keep):
            self.select_channel(keep)

    def start_background_work(self) -> None:
        """On the worker: reads the history, checks the keyring and, once the window has painted, the
        server (that check loads httpx)."""
        from .history_view import SHOWN

        history, secrets = self.context.history, self.context.secrets

        async def read_history(report):
            return history.read(limit=SHOWN)

        repo = self.context.repo

        async def probe_keyring(report):
            status = secrets.status()
            if status.usable:
                repo.sweep()  # secrets a change killed half-way left behind
            return status

        job = self.context.worker.submit("read history", read_history)
        job.finished.connect(self._history_read)
        job = self.context.worker.submit("keyring status", probe_keyring)
        job.finished.connect(self.show_keyring_status)
        after_first_paint(self, self.server.start)

    def _history_read(self, entries) -> None:
        for channel_id, last in last_tests_from(entries).items():
            if self.model.last_test(channel_id) is None:
                self.model.set_last_test(channel_id, last)
        self.history.show_entries(entries)

    def show_keyring_status(self, status: KeyringStatus) -> None:
        self.keyring_status = status
        self.keyring_banner.show_text("" if status.usable else core_tr(status.message))
        self.editor.set_keyring(status.usable, status.backend)

    # --- channel operations ---

    def confirm_leave(self) -> bool:
        """True when the editor may show something else (saved, discarded or unchanged)."""
        if self.editor is None or not self.editor.is_dirty:
            return True
        answer = prompts.ask_unsaved(self, self.editor.name.text().strip() or self.tr("the new channel"))
        if answer is prompts.Unsaved.SAVE:
            return self.editor.save()
        if answer is prompts.Unsaved.DISCARD:
            self.editor.revert()
            return True
        return False

    def _current_changed(self, channel: Channel | None) -> None:
        if channel is not None and channel.id == self.editor.channel_id:
            return
        if not self.confirm_leave():
            self.channel_list.select(self.editor.channel_id if not self.editor.is_new else None)
            return
        if channel is None:
            if not self.editor.is_new:
                self.editor.clear()
        else:
            self._show_channel(channel)
        self.commands.refresh()

    def _show_channel(self, channel: Channel) -> None:
        from ..storage import KeyringUnavailable

        try:
            self.editor.load(self.context.repo.with_secrets(channel))
        except KeyringUnavailable as error:
            prompts.show_error(self, self.tr("Keyring"), core_tr(str(error)))
            self.editor.load(channel)
        self.commands.refresh()

    def select_channel(self, channel_id: str) -> bool:
        """Moves to a channel as a click would (asking about unsaved changes)."""
        if self.model.row_of(channel_id) is None:
            self.channel_list.filter.clear()
        channel = self.model.find(channel_id)
        if channel is None:
            return False
        if channel_id != self.editor.channel_id and not self.confirm_leave():
            return False
        self.channel_list.select(channel_id)
        self._show_channel(channel)
        return True

    def add_kind(self, kind: Kind) -> None:
        from ..channels import channel_type

        self.add_channel(channel_type(kind.name))

    def add_channel(self, kind: ChannelType, values: dict | None = None, name: str | None = None) -> None:
        if not self.confirm_leave():
            return
        self.tabs.setCurrentIndex(CHANNELS_TAB)
        self.channel_list.select(None)
        self.editor.start_new(
            kind, name or self._free_name(self.tr("New %1 channel").replace("%1", core_tr(kind.label))), values
        )
        self.commands.refresh()

    def duplicate_channel(self) -> None:
        stored = self.model.find(self.editor.channel_id or "")
        if stored is None or not self.confirm_leave():
            return
        from ..storage import KeyringUnavailable

        try:
            source = self.context.repo.with_secrets(stored)
        except KeyringUnavailable:
            source = stored
        name = self._free_name(self.tr("%1 (copy)").replace("%1", source.name))
        self.channel_list.select(None)
        self.editor.start_new(source.type, name, source.configuration(secrets="include"))
        self.editor.enabled.setChecked(source.enabled)
        self.commands.refresh()

    def delete_channel(self) -> None:
        stored = self.model.find(self.editor.channel_id or "")
        if stored is None or not prompts.confirm_delete(self, stored.name):
            return
        from ..storage import ChannelNotFound, ConfigFileError, KeyringUnavailable

        try:
            self.context.repo.delete(stored.id)
        except (ChannelNotFound, ConfigFileError, KeyringUnavailable, OSError) as error:
            prompts.show_error(self, self.tr("Not deleted"), core_tr(str(error)))
            return
        row = self.model.row_of(stored.id)
        self.model.remove(stored.id)
        self.editor.clear()
        if self.model.rowCount():
            following = self.model.channel(min(row or 0, self.model.rowCount() - 1))
            self.channel_list.select(following.id)
            self._show_channel(following)
        self.statusBar().showMessage(self.tr("Deleted “%1”.").replace("%1", stored.name), 5000)
        self.commands.refresh()

    def toggle_enabled(self) -> None:
        stored = self.model.find(self.editor.channel_id or "")
        if stored is None:
            return
        from ..storage import ChannelNotFound, ConfigFileError

        try:
            changed = self.context.repo.set_enabled(stored.id, not stored.enabled)
        except (ChannelNotFound, ConfigFileError, OSError) as error:
            prompts.show_error(self, self.tr("Not changed"), core_tr(str(error)))
            return
        self.model.upsert(changed)
        self.editor.set_enabled_flag(changed.enabled)
        self.commands.refresh()

    def make_default(self) -> None:
        stored = self.model.find(self.editor.channel_id or "")
        if stored is None:
            return
        from ..storage import ChannelNotFound, ConfigFileError

        try:
            self.context.repo.set_default(stored.id)
        except (ChannelNotFound, ConfigFileError, OSError) as error:
            prompts.show_error(self, self.tr("Not changed"), core_tr(str(error)))
            return
        self._mark_default(stored.id)
        self.editor.set_default_flag(True)
        self.commands.refresh()

    def _mark_default(self, default_id: str | None) -> None:
        for channel in self.model.channels():
            if channel.is_default != (channel.id == default_id):
                self.model.upsert(channel.replace(is_default=channel.id == default_id))

    def _saved(self, channel: Channel) -> None:
        if channel.is_default:
            self._mark_default(channel.id)
        self.model.upsert(channel)
        self.channel_list.select(channel.id)
        self.statusBar().showMessage(self.tr("Saved “%1”.").replace("%1", channel.name), 5000)
        self.commands.refresh()

    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self.commands.refresh()

    def _tested(self, channel: Channel, result: DeliveryResult) -> None:
        self._record_result(channel, result)

    def _record_result(self, channel: Channel, result: DeliveryResult) -> None:
        from ..transport.notification import iso_utc, utc_now

        self.model.set_last_test(channel.id, LastTest(result.delivered, iso_utc(utc_now()), result.message))
        if self.tabs.currentWidget() is self.history:
            self.history.reload()

    def _free_name(self, wanted: str) -> str:
        taken = {channel.name.casefold() for channel in self.model.channels()}
        name, number = wanted, 2
        while name.casefold() in taken:
            name, number = f"{wanted} {number}", number + 1
        return name

    def show_channels(self) -> None:
        self.tabs.setCurrentIndex(CHANNELS_TAB)

    def show_history(self) -> None:
        self.tabs.setCurrentIndex(HISTORY_TAB)

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(CHANNELS_TAB)
        self.channel_list.filter.setFocus()
        self.channel_list.filter.selectAll()

    def _tab_changed(self, index: int) -> None:
        if self.history is not None and self.tabs.widget(index) is self.history:
            self.history.reload()

    # --- Test all ---

    def test_all(self) -> None:
        if self.test_all_dialog is not None and self.test_all_dialog.running:
            self.test_all_dialog.raise_()
            return
        from ..storage import KeyringUnavailable
        from .test_all import TestAllDialog

        enabled = [channel for channel in self.model.channels() if channel.enabled]
        try:
            channels = [self.context.repo.with_secrets(channel) for channel in enabled]
        except KeyringUnavailable as error:
            prompts.show_error(self, self.tr("Keyring"), core_tr(str(error)))
            return
        if self.test_all_dialog is not None:
            self.test_all_dialog.deleteLater()
        dialog = TestAllDialog(self.context, channels, self)
        dialog.result_arrived.connect(self._record_result)
        dialog.done.connect(self.commands.refresh)
        self.test_all_dialog = dialog
        dialog.show()
        dialog.start()
        self.commands.refresh()

    # --- File menu ---

    def import_channels(self, path: str | None = None) -> None:
        if not self.confirm_leave():
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import channels"), "", self.tr("JSON files (*.json);;All files (*)")
            )
        if not path:
            return
        from ..importexport import ImportFormatError
        from ..storage import ConfigFileError, KeyringUnavailable
        from .import_export import ImportReport, import_file

        try:
            outcomes = import_file(self.context.repo, Path(path))
        except (ImportFormatError, ConfigFileError, KeyringUnavailable, OSError) as error:
            prompts.show_error(self, self.tr("Import failed"), core_tr(str(error)))
            return
        self.reload_channels()
        self.import_report = ImportReport(outcomes, self)
        self.import_report.open()

    def export_channels(self, *, include_secrets: bool, path: str | None = None) -> None:
        if include_secrets and not prompts.confirm_export_secrets(self):
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export channels"), "pingtower-channels.json", self.tr("JSON files (*.json)")
            )
        if not path:
            return
        from ..storage import ConfigFileError, KeyringUnavailable
        from .import_export import export_file

        try:
            count = export_file(self.context.repo, Path(path), include_secrets=include_secrets)
        except (KeyringUnavailable, ConfigFileError, OSError) as error:
            prompts.show_error(self, self.tr("Export failed"), core_tr(str(error)))
            return
        self.statusBar().showMessage(
            self.tr("Exported %1 channel(s) to %2.").replace("%1", str(count)).replace("%2", path), 8000
        )

    def open_settings(self) -> SettingsDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self.keyring_status, self)
        dialog.finished.connect(lambda result: self._settings_closed(dialog, result))
        dialog.open()
        return dialog

    def _settings_closed(self, dialog: SettingsDialog, result: int) -> None:
        if result != dialog.DialogCode.Accepted:
            return
        old_language = self.context.preferences.language
        self.context.preferences = dialog.preferences()
        self.context.save_preferences()
        self.editor.test_panel.message.setPlaceholderText(self.context.preferences.test_message)
        if self.context.preferences.language != old_language and self.confirm_leave():
            self.language_changed.emit(self.context.preferences.language)

    def about(self) -> None:
        prompts.show_info(
            self,
            self.tr("About PingTower Desktop"),
            self.tr(
                "PingTower Desktop %1\nManage PingTower notification channels: forms, keyring secrets and test delivery."
            ).replace("%1", __version__),
        )

    # --- closing ---

    def retire(self) -> None:
        """Closes the window without ending the run (the language changed)."""
        self._closing_for_rebuild = True
        self.context.worker.cancel_all()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self.start.settings.set_window_state("geometry", self.saveGeometry())
        self.start.settings.set_window_state("splitter", self.splitter.saveState())
        if self.test_all_dialog is not None:
            self.test_all_dialog.cancel()
        if self.server is not None:
            self.server.close()
        if self.context is not None and not self._closing_for_rebuild:
            self.context.close()
        event.accept()
