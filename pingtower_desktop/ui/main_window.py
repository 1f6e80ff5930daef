"""The main window: the channel list beside the editor, the history tab, menus and the toolbar.

It is built in two steps. ``MainWindow(start)`` is the frame — list, menus, toolbar (their actions
are in ``window_commands``) — and needs neither pydantic nor the channel types, so the stored
channels are on screen early; :meth:`MainWindow.attach` then adds what works on the core (editor,
history, server features) and enables the commands that need it. The modules of those parts are
imported where they are first used, for the same reason.

The window is a view of the application's channel store: it asks the store for changes and shows
what the store announces (its own changes and those made elsewhere alike); it reads and writes
neither the file nor the keyring itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..channel_kinds import Kind
from . import prompts, tabs
from .banner import Banner
from .channel_list import ChannelList
from .channel_model import ChannelTableModel, LastTest
from .context import AppContext, AppStart
from .core_text import core_tr, error_text
from .filled import filled
from .first_paint import after_first_paint
from .navigator import Navigator
from .plain_text import PlainLabel
from .resources import app_icon, document_example
from .screen_fit import fit
from .tabs import Tab, TabView, tab_index
from .window_commands import WindowCommands

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..channels import Channel, ChannelType
    from ..storage import KeyringStatus
    from ..storage.listing import ListedChannel
    from ..transport.result import DeliveryResult
    from .activity_view import ActivityView
    from .channel_model import Shown
    from .channel_store import Done
    from .editor.editor import ChannelEditor
    from .health_view import HealthView
    from .history_view import HistoryView
    from .import_export import ImportPreview, ImportReport
    from .server_features import ServerFeatures
    from .settings_dialog import SettingsDialog
    from .test_all import TestAllDialog
    from .worker import Job

WINDOW_TITLE = "PingTower Desktop"


def last_tests_from(entries) -> dict[str, LastTest]:
    """The newest history entry of each channel (tests of unsaved values say nothing of it)."""
    last: dict[str, LastTest] = {}
    for entry in entries:
        if not entry.unsaved:
            last[entry.channel_id] = LastTest(entry.delivered, entry.time, entry.message)
    return last


class MainWindow(QMainWindow):
    # The user chose another language in Settings; the application rebuilds the window.
    language_changed = Signal(str)

    def __init__(self, start: AppStart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = start
        # The core's parts: there from attach() on (see ``attached``).
        self.context: AppContext
        self.editor: ChannelEditor
        # The views of the tabs after the first (see ``tabs.TABS``), by key.
        self.views: dict[str, QWidget] = {}
        self.server: ServerFeatures
        self.attached = False
        self.keyring_status: KeyringStatus | None = None
        self.test_all_dialog: TestAllDialog | None = None
        self.import_report: ImportReport | None = None
        self.import_preview: ImportPreview | None = None
        self._closing_for_rebuild = False
        # Which channel to show once the store has listed them ("" for the first one), and the one being deleted.
        self._show_when_listed: str | None = None
        self._deleting: str | None = None
        self._test_all_job: Job | None = None
        self._quitting = False
        # The keyring revision of each channel's secrets as last seen: a new one means new secrets.
        self._revisions: dict[str, str | None] = {}
        self.setWindowTitle(WINDOW_TITLE + "[*]")
        self.setWindowIcon(app_icon())
        self.setObjectName("main_window")
        self.setAcceptDrops(True)  # a JSON file dropped here is imported
        fit(self, 1280, 800)

        self.model = ChannelTableModel(self)
        self.channel_list = ChannelList(self.model, self)
        self.editor_area = QStackedWidget(self)  # "Loading…", then the editor (which scrolls its own body)
        self.editor_area.addWidget(self._loading_label("editor_loading"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.channel_list)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([440, 840])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.splitter, tabs.TABS[0].translated_title())
        for tab in tabs.view_tabs():  # each view is made once the core is there (attach)
            self.tabs.addTab(self._loading_label(f"{tab.key}_loading"), tab.translated_title())
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
        label = PlainLabel(self.tr("Loading…"), self)
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
        from .server_features import ServerFeatures

        self.context = context
        self.attached = True
        self.editor = ChannelEditor(context, self)
        self.editor_area.addWidget(self.editor)
        self.editor_area.setCurrentWidget(self.editor)
        from .welcome import Welcome

        self.welcome = Welcome(self.commands.new_menu, self)
        self.welcome.example_requested.connect(lambda: self.import_channels(str(document_example())))
        self.welcome.server_requested.connect(self.commands.server.trigger)
        self.editor_area.addWidget(self.welcome)
        for tab in tabs.view_tabs():
            self._fill_tab(tab, tab.make_view(context, self))
        self.server = ServerFeatures(self)
        self.commands.save.triggered.connect(self.editor.save)
        self.commands.revert.triggered.connect(self.editor.revert)
        self.commands.send_test.triggered.connect(self.editor.test_panel.start)
        self.commands.copy_curl.triggered.connect(self.editor.show_curl)
        self.commands.cancel_test.triggered.connect(self.editor.test_panel.cancel)
        self.editor.test_panel.running_changed.connect(lambda _running: self.commands.refresh())
        self.navigator = Navigator(self)
        self.channel_list.view.doubleClicked.connect(lambda: self.editor.name.setFocus())
        store = context.store
        store.listed.connect(self._listed)
        store.changed.connect(self._channel_changed)
        store.removed.connect(self._channel_removed)
        store.warning.connect(self._show_load_note)
        store.undo_failed.connect(self._undo_failed)
        self.commands.follow_undo_stack(store.undo_stack)
        # what the status bar said of the change ("Deleted …") is no longer so: it says what was undone
        stack = store.undo_stack
        self.commands.undo.triggered.connect(lambda: self._say(filled(self.tr("Undone: %1"), stack.redoText())))
        self.commands.redo.triggered.connect(lambda: self._say(filled(self.tr("Redone: %1"), stack.undoText())))
        context.watch.state_changed.connect(self._show_health)
        context.watch.open_requested.connect(self.show_again)
        context.watch.quit_requested.connect(self.quit)
        self._show_health(context.watch.health)
        self.editor.saved.connect(self._saved)
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.editor.tested.connect(self._tested)
        self.editor.heading_changed.connect(self._show_title)
        self.editor.heading_changed.connect(self._show_welcome_when_empty)
        self.history.show_channel.connect(self._show_from_history)
        self.history.test_channel.connect(lambda channel_id: self._show_from_history(channel_id, test=True))
        self.commands.refresh()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _fill_tab(self, tab: Tab, view: QWidget) -> None:
        """The view in place of its tab's "Loading…" page (read at once if its tab is the one shown)."""
        index = tab_index(tab.key)
        current, placeholder = self.tabs.currentIndex(), self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.insertTab(index, view, self.tabs.tabText(index))
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        self.views[tab.key] = view
        if current == index:
            cast(TabView, view).reload()

    @property
    def history(self) -> HistoryView:
        return cast("HistoryView", self.views["history"])

    @property
    def health(self) -> HealthView:
        return cast("HealthView", self.views["health"])

    @property
    def activity(self) -> ActivityView:
        return cast("ActivityView", self.views["activity"])

    def load_channels(self, *, select_first: bool = True) -> Job:
        """Has the store read the stored channels (no secrets); the list follows, then, with
        ``select_first``, the first channel. The history and keyring follow too.

        At start-up the first channel is shown only once the window has painted (its secrets are
        read), so ``select_first`` is False there.
        """
        job = self.list_channels()
        if select_first:
            self.select_first_channel()
        self.start_background_work()
        return job

    def list_channels(self) -> Job:
        """Has the store read the channels (checked, no secrets); ``listed`` brings them to the list."""
        return self.context.store.load()

    def _listed(self, channels: list[Channel]) -> None:
        self._revisions = {c.id: self.context.store.revision(c.id) for c in channels}
        self.model.set_channels(channels)
        self.channel_list._update_count()
        wanted, self._show_when_listed = self._show_when_listed, None
        if wanted:
            self.select_channel(wanted)
        elif wanted == "":
            self.select_first_channel()
        self._show_welcome_when_empty()
        self.commands.refresh()

    def _show_load_note(self, text: str) -> None:
        self.load_banner.show_text(core_tr(text))

    def select_first_channel(self) -> None:
        """Shows the channel the list has current (one picked while the core loaded), else the first one;
        nothing when the editor already shows something. Before the store has listed the channels: once
        it has."""
        if not self.context.store.loaded:
            self._show_when_listed = self._show_when_listed or ""
            return
        first = self._first_channel()
        if first is not None:
            self.navigator.show(first.id)

    def prepare_first_channel(self) -> None:
        """Builds the form the first channel will be shown in (a turn of its own at start-up)."""
        first = self._first_channel()
        if first is not None:
            from ..channels import channel_type

            self.editor.install_type(channel_type(first.type.name))

    def _first_channel(self) -> Shown | None:
        """The channel the list has current, else the first one; None when the editor already shows one."""
        if not self.model.rowCount() or self.editor.channel_type is not None:
            return None
        current = self.model.find(self.channel_list.current_id or "")
        return current if current is not None else self.model.channel(0)

    def show_when_listed(self, channel_id: str) -> None:
        """Shows this channel once the store has listed the channels (at once if it has)."""
        if self.context.store.loaded and self.model.find(channel_id) is not None:
            self.select_channel(channel_id)
        else:
            self._show_when_listed = channel_id

    def reload_channels(self) -> Job:
        """Has the store read the channels again after they changed on disk (import, sync); each channel that
        changed is announced, the one on screen included."""
        return self.context.store.reload()

    def _channel_changed(self, channel: Channel) -> None:
        from ..channels import Channel

        before = self.model.find(channel.id)
        revision = self.context.store.revision(channel.id)
        if isinstance(before, Channel) and (
            before.to_wire()["configuration"] != channel.to_wire()["configuration"]
            or self._revisions.get(channel.id, revision) != revision
        ):
            self.model.mark_stale(channel.id)  # what was tested is not what is stored now
        self._revisions[channel.id] = revision
        self.model.upsert(channel)
        self.editor.stored_changed(channel)
        self._show_welcome_when_empty()
        self.commands.refresh()

    def _channel_removed(self, channel_id: str) -> None:
        row = self.model.row_of(channel_id)
        self.model.remove(channel_id)
        if channel_id == self.editor.channel_id:
            if self._deleting == channel_id:
                self.editor.clear()
            else:
                self.editor.stored_removed()
            if self.editor.channel_type is None and self.model.rowCount():
                self.navigator.show(self.model.channel(min(row or 0, self.model.rowCount() - 1)).id)
        self.navigator.follow()
        self._show_welcome_when_empty()
        self.commands.refresh()

    def _show_welcome_when_empty(self, *_heading: str) -> None:
        """No channel stored and none being made: what to do first, in the editor's place."""
        if self.attached:
            empty = not self.context.store.channels() and self.editor.channel_type is None
            self.editor_area.setCurrentWidget(self.welcome if empty else self.editor)

    def start_background_work(self) -> None:
        """On the worker: reads the history, checks the keyring and, once the window has painted, the
        server (that check loads httpx); from then on, changes of the channels file made elsewhere are
        shown as they happen."""
        import asyncio

        from .history_view import SHOWN

        history, secrets, repo = self.context.history, self.context.secrets, self.context.repo

        async def read_history(report):
            return await asyncio.to_thread(history.read, limit=SHOWN)

        def probe_and_sweep() -> KeyringStatus:
            status = secrets.status()
            if status.usable:
                repo.sweep()  # secrets a change killed half-way left behind
            return status

        async def probe_keyring(report):
            return await asyncio.to_thread(probe_and_sweep)

        job = self.context.worker.submit("read history", read_history)
        job.finished.connect(self._history_read)
        job = self.context.worker.submit("keyring status", probe_keyring)
        job.finished.connect(self.show_keyring_status)
        after_first_paint(self, self.server.start)
        self.context.store.watch()

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

    def select_channel(self, channel_id: str) -> None:
        """Moves to a channel as a click would (asking about unsaved changes)."""
        if self.model.row_of(channel_id) is None:
            self.channel_list.filter.clear()
        if self.model.find(channel_id) is not None:
            self.navigator.request(channel_id)

    def add_kind(self, kind: Kind) -> None:
        from ..channels import channel_type

        self.add_channel(channel_type(kind.name))

    def add_channel(self, kind: ChannelType, values: dict | None = None, name: str | None = None) -> None:
        def add() -> None:
            self.show_tab("channels")
            self.navigator.show_new(
                kind, name or self._free_name(filled(self.tr("New %1 channel"), core_tr(kind.label))), values
            )
            self.commands.refresh()

        self.navigator.leave_then(add)

    def duplicate_channel(self) -> None:
        store = self.context.store
        stored = store.find(self.editor.channel_id or "")
        if stored is not None:
            self.navigator.leave_then(
                lambda: store.then(store.with_secrets(stored), self, lambda done: self._duplicate(stored, done))
            )

    def _duplicate(self, stored: Channel, done: Done) -> None:
        """A new channel from a stored one (its secrets too, when the keyring gave them)."""
        if self.editor.channel_id != stored.id or self.editor.is_dirty:
            return  # the person moved on meanwhile
        source = stored if done.error is not None else done.value
        name = self._free_name(filled(self.tr("%1 (copy)"), source.name))
        self.navigator.show_new(source.type, name, source.configuration(secrets="include"))
        self.editor.enabled.setChecked(source.enabled)
        self.commands.refresh()

    def delete_channel(self) -> Job | None:
        store = self.context.store
        stored = store.find(self.editor.channel_id or "")
        if stored is None or not prompts.confirm_delete(self, stored.name):
            return None
        self._deleting = stored.id  # the store's news of it empties the editor (see _channel_removed)
        job = store.delete(stored.id)
        store.then(job, self, lambda done: self._deleted(stored, done))
        return job

    def _deleted(self, stored: Channel, done: Done) -> None:
        self._deleting = None
        if done.error is not None:
            prompts.show_error(self, self.tr("Not deleted"), core_tr(done.error))
            return
        self.statusBar().showMessage(filled(self.tr("Deleted “%1”."), stored.name), 5000)

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _undo_failed(self, why: object) -> None:
        self.statusBar().clearMessage()
        prompts.show_error(self, self.tr("Not undone"), core_tr(why))

    def toggle_enabled(self) -> Job | None:
        """Disabling the default channel leaves no default, once the person agrees (the core's rule)."""
        store = self.context.store
        stored = store.find(self.editor.channel_id or "")
        if stored is None:
            return None
        leave_default = stored.enabled and stored.is_default
        if leave_default and not prompts.confirm_disable_default(self, stored.name):
            return None
        job = store.set_enabled(stored.id, not stored.enabled, clear_default=leave_default)
        store.then(job, self, self._flag_changed)
        return job

    def make_default(self) -> Job | None:
        """The one rule of the default (a default channel is enabled) is the core's: a disabled channel is made
        the default only once the person agrees to enable it too."""
        store = self.context.store
        stored = store.find(self.editor.channel_id or "")
        if stored is None:
            return None
        if not stored.enabled and not prompts.confirm_enable_default(self, stored.name):
            return None
        job = store.make_default(stored.id, enable=not stored.enabled)
        store.then(job, self, self._flag_changed)
        return job

    def rotate_secret(self) -> None:
        from .rotate_dialog import RotateDialog

        stored = self.context.store.find(self.editor.channel_id or "")
        if stored is not None:
            self.navigator.leave_then(lambda: self._open_rotate(RotateDialog(self.context, stored, self)))

    def _open_rotate(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _flag_changed(self, done: Done) -> None:
        """The store has announced the change; only a refusal is left to show."""
        if done.error is not None:
            prompts.show_error(self, self.tr("Not changed"), error_text(done.error))

    def _saved(self, channel: Channel) -> None:
        self.navigator.follow()
        self.statusBar().showMessage(filled(self.tr("Saved “%1”."), channel.name), 5000)
        self.commands.refresh()

    def _show_health(self, health: dict[str, tuple[str, str]]) -> None:
        """The Health column: each channel as the watch last saw it."""
        self.model.set_health({channel_id: (seen, core_tr(why)) for channel_id, (seen, why) in health.items()})

    def _show_title(self, heading: str) -> None:
        """The title: the channel, then the product; the unsaved-changes mark once (Qt puts it where [*] is)."""
        self.setWindowTitle(f"{heading}[*] — {WINDOW_TITLE}" if heading else f"{WINDOW_TITLE}[*]")

    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self.commands.refresh()

    def _tested(self, channel: Channel, result: DeliveryResult, unsaved: bool) -> None:
        if unsaved:  # says nothing of the channel as stored: the history has it, the list does not
            self._history_changed()
        else:
            self._record_result(channel, result)

    def _record_result(self, channel: Channel, result: DeliveryResult) -> None:
        """A test of the stored channel: its last test now (a test that was never sent is none)."""
        from ..transport.notification import iso_utc, utc_now

        if result.started:
            self.model.set_last_test(channel.id, LastTest(result.delivered, iso_utc(utc_now()), result.message))
            self._history_changed()

    def _history_changed(self) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history.reload()

    def _free_name(self, wanted: str) -> str:
        taken = {channel.name.casefold() for channel in self.model.channels()}
        name, number = wanted, 2
        while name.casefold() in taken:
            name, number = f"{wanted} {number}", number + 1
        return name

    def _show_from_history(self, channel_id: str, *, test: bool = False) -> None:
        """A history row's channel on the Channels tab; with ``test``, its test sent again once its
        secrets are read."""
        if self.model.find(channel_id) is None:
            return

        def show() -> None:
            if self.editor.channel_id != channel_id or self.editor.is_new:
                self.channel_list.filter.clear()
                self.navigator.show(channel_id)
            self.show_tab("channels")
            if test:
                self.editor.test_when_ready()

        self.navigator.leave_then(show)

    def show_tab(self, key: str) -> None:
        """The tab of this key (``tabs.TABS``: channels, history, health, activity)."""
        self.tabs.setCurrentIndex(tab_index(key))

    def focus_filter(self) -> None:
        self.show_tab("channels")
        self.channel_list.filter.setFocus()
        self.channel_list.filter.selectAll()

    def _tab_changed(self, index: int) -> None:
        """A tab shows what is recorded now (each reads its file in a thread)."""
        if not self.attached:
            return
        shown = self.tabs.widget(index)
        if shown in self.views.values():
            cast(TabView, shown).reload()

    # --- Test all ---

    def test_all(self) -> None:
        """Reads the secrets of every enabled channel (off the UI thread), then tests them all."""
        if self.test_all_dialog is not None and self.test_all_dialog.running:
            self.test_all_dialog.raise_()
            return
        if self._test_all_job is not None:
            return
        store = self.context.store
        self._test_all_job = store.all_with_secrets([c for c in store.channels() if c.enabled])
        store.then(self._test_all_job, self, self._test_all_read)
        self.commands.refresh()

    @property
    def test_all_pending(self) -> bool:
        """Test all is reading the channels' secrets before it starts."""
        return self._test_all_job is not None

    def _test_all_read(self, done: Done) -> None:
        from .test_all import TestAllDialog

        self._test_all_job = None
        self.commands.refresh()
        if done.error is not None:
            prompts.show_error(self, self.tr("Keyring"), core_tr(done.error))
            return
        channels = done.value
        if self.test_all_dialog is not None:
            self.test_all_dialog.deleteLater()
        dialog = TestAllDialog(self.context, channels, self)
        dialog.result_arrived.connect(self._record_result)
        dialog.all_done.connect(self.commands.refresh)
        self.test_all_dialog = dialog
        dialog.show()
        dialog.start()
        self.commands.refresh()

    # --- File menu ---

    def import_channels(self, path: str | None = None) -> None:
        """Reads the file and shows what importing it would do; nothing is written before Import is pressed."""
        self.navigator.leave_then(lambda: self._import_from(path))

    def _import_from(self, path: str | None) -> None:
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import channels"),
                self.start.settings.file_folder(),
                self.tr("JSON files (*.json);;All files (*)"),
            )
            if path:
                self.start.settings.set_file_folder(path)
        if not path:
            return
        store = self.context.store
        source = path
        store.then(store.plan_import(Path(path)), self, lambda done: self._import_planned(source, done))

    def _import_planned(self, source: str, done: Done) -> None:
        from .import_export import ImportPreview

        if done.error is not None:
            prompts.show_error(self, self.tr("Import failed"), core_tr(done.error))
            return
        if self.import_preview is not None:
            self.import_preview.deleteLater()
        preview = ImportPreview(done.value, source, self)
        preview.accepted.connect(lambda: self._import_chosen(preview))
        self.import_preview = preview
        preview.open()

    def _import_chosen(self, preview: ImportPreview) -> None:
        store = self.context.store
        store.then(store.apply_import(preview.plan, preview.chosen()), self, self._imported)

    def _imported(self, done: Done) -> None:
        from .import_export import ImportReport, summary_text

        done = self.context.store.change_of(done)
        if done.error is not None:
            prompts.show_error(self, self.tr("Import failed"), error_text(done.error))
            return
        outcomes = done.value.value.outcomes
        if any(o.outcome in ("invalid", "conflict") for o in outcomes):
            self.import_report = ImportReport(outcomes, self)
            self.import_report.open()
        undo = self.commands.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(
            filled(self.tr("Imported: %1. Undo with %2."), summary_text(outcomes), undo), 10000
        )

    def export_channels(self, *, include_secrets: bool, path: str | None = None) -> None:
        if include_secrets and not prompts.confirm_export_secrets(self):
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = Path(self.start.settings.file_folder()) / "pingtower-channels.json"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export channels"), str(suggested), self.tr("JSON files (*.json)")
            )
            if path:
                self.start.settings.set_file_folder(path)
        if not path:
            return
        store = self.context.store
        job = store.export_file(Path(path), include_secrets=include_secrets)
        store.then(job, self, lambda done: self._exported(path, done))

    def _exported(self, path: str, done: Done) -> None:
        if done.error is not None:
            prompts.show_error(self, self.tr("Export failed"), core_tr(done.error))
            return
        self.statusBar().showMessage(filled(self.tr("Exported %n channel(s) to %1.", "", done.value), path), 8000)

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
        saving = dialog.network.save()  # off the UI thread: the proxy's password goes to the keyring
        saving.failed.connect(lambda error: prompts.show_error(self, self.tr("Network"), error))
        watch = dialog.watch_settings()
        if watch != self.context.watch.current_settings():
            try:
                self.context.watch.change_settings(watch)
            except OSError as error:
                prompts.show_error(self, self.tr("Watch"), error_text(error))
        self.editor.test_panel.message.setPlaceholderText(self.context.preferences.test_message)
        if self.context.preferences.language != old_language:
            self.navigator.leave_then(lambda: self.language_changed.emit(self.context.preferences.language))

    def about(self) -> None:
        prompts.show_info(
            self,
            self.tr("About PingTower Desktop"),
            filled(
                self.tr(
                    "PingTower Desktop %1\nManage PingTower notification channels: forms, keyring secrets and test delivery."
                ),
                __version__,
            ),
        )

    # --- closing ---

    def _keeps_watching(self) -> bool:
        """Whether closing should leave the app watching in the tray (asked the first time). Only with a
        system tray to come back from, and while this app runs the watch."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if not self.attached or self._closing_for_rebuild or self._quitting or not self.context.watch.running_here:
            return False
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        preferences = self.context.preferences
        if not preferences.keep_watching:
            keep = prompts.ask_keep_watching(self)
            self.context.preferences = preferences._replace(keep_watching="yes" if keep else "no")
            self.context.save_preferences()
        return self.context.preferences.keep_watching == "yes"

    def quit(self) -> None:
        """Ends the app (the tray's Quit, File ▸ Quit): no staying in the tray."""
        self._quitting = True
        self.close()

    def show_again(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def retire(self) -> None:
        """Closes the window without ending the run (the language changed)."""
        self._closing_for_rebuild = True
        self.context.worker.cancel_all()
        self.close()

    # --- a file dropped on the window is imported (the same preview first) ---

    @staticmethod
    def _dropped_file(mime: QMimeData) -> str | None:
        """The one local file being dragged, if that is what it is."""
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        return urls[0].toLocalFile()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def _offer(self, event: QDragMoveEvent) -> None:
        if self.attached and self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData()) if self.attached else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.import_channels(path))  # the drag ends first: no prompt inside it

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached and (self.editor.is_dirty or self.editor.saving):
            event.ignore()  # closed again once the edits are saved or discarded
            self.navigator.leave_then(lambda: QTimer.singleShot(0, self.close))
            return
        if self._keeps_watching():  # to the tray: the watch goes on, the tray opens the window again
            self.hide()
            event.ignore()
            return
        self.start.settings.set_window_state("geometry", self.saveGeometry())
        self.start.settings.set_window_state("splitter", self.splitter.saveState())
        if self.test_all_dialog is not None:
            self.test_all_dialog.cancel()
        if self.attached:
            self.server.close()
        if self.attached and not self._closing_for_rebuild:
            self.context.close()
        event.accept()
