"""The server features in the main window: the Server menu and dialog, Sync, the status bar, the list's badges,
and the test panel's "via server" route. The window only creates this and lends it its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..server.states import ServerState
from .server_session import ServerSession, Synced
from .server_status import ServerStatusBar
from .sync_badges import LOCAL_ONLY, PUSH, Badge, after_sync, from_links, from_plan

if TYPE_CHECKING:
    from ..channels import Channel
    from .main_window import MainWindow
    from .server_dialog import ServerDialog
    from .sync_dialog import SyncDialog


class ServerFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = ServerSession(window.context, self)
        self.server_dialog: ServerDialog | None = None
        self.sync_dialog: SyncDialog | None = None
        self._closed = False
        # The window made the Server menu's actions before the core was loaded.
        window.commands.server.triggered.connect(self.open_server)
        window.commands.sync.triggered.connect(self.sync)
        self.status_bar = ServerStatusBar(self.session, window)
        self.status_bar.open_server.connect(self.open_server)
        self.status_bar.login_again.connect(self.open_server)
        window.statusBar().addPermanentWidget(self.status_bar)
        self.session.status_changed.connect(self._status_changed)
        self.session.server_ids_changed.connect(self._show_links)
        window.editor.set_server(self.session)
        window.context.store.edited.connect(self._changed_here)

    def start(self) -> None:
        """The first status check (the window asks once it is on screen: the check loads httpx)."""
        if not self._closed and self.session.status is None:
            self.session.refresh()

    # --- dialogs ---

    def open_server(self) -> ServerDialog:
        from .server_dialog import ServerDialog

        if self.server_dialog is None:
            self.server_dialog = ServerDialog(self.session, self.window)
            self.server_dialog.finished.connect(self._server_dialog_closed)
            self.server_dialog.logged_in.connect(self._logged_in)
        self.server_dialog.show()
        self.server_dialog.raise_()
        self.server_dialog.activateWindow()
        return self.server_dialog

    def _logged_in(self) -> None:
        """A sync that stopped for a login carries on with a new plan."""
        if self.sync_dialog is not None and self.sync_dialog.isVisible() and self.sync_dialog.waiting_for_login:
            self.sync_dialog.start()

    def _server_dialog_closed(self) -> None:
        dialog, self.server_dialog = self.server_dialog, None
        if dialog is not None:
            dialog.cancel()
            dialog.deleteLater()

    def sync(self) -> None:
        """Opens the sync dialog and makes the plan (after asking about unsaved edits: they are not in it)."""
        if self.sync_dialog is not None and (self.sync_dialog.isVisible() or self.sync_dialog.running):
            self.sync_dialog.show()
            self.sync_dialog.raise_()
            return
        status = self.session.status
        if status is not None and (
            status.profile is None or status.state in (ServerState.LOGGED_OUT, ServerState.TOKEN_EXPIRED)
        ):
            self.open_server()
            return
        self.window.navigator.leave_then(self._open_sync)

    def _open_sync(self) -> None:
        from .sync_dialog import SyncDialog

        if self.sync_dialog is not None:
            self.sync_dialog.deleteLater()
        dialog = SyncDialog(self.session, self.window)
        dialog.planned.connect(lambda plan: self.window.channel_list.set_sync_badges(from_plan(plan)))
        dialog.applied.connect(self._applied)
        dialog.login_requested.connect(self.open_server)
        self.sync_dialog = dialog
        dialog.show()
        dialog.start()

    def _applied(self, outcome: Synced | None) -> None:
        """The store reads what the sync changed; then the badges say what the sync did."""
        if self._closed:
            return
        reading = self.window.reload_channels()
        if outcome is not None:
            badges = after_sync(outcome.report, outcome.server_ids)
            self.window.context.store.then(reading, self, lambda done: self._show_badges(badges))
        self.session.refresh()

    def close(self) -> None:
        """Stops what runs (the window is closing); results that still arrive are dropped."""
        self._closed = True
        for dialog in (self.sync_dialog, self.server_dialog):
            if dialog is not None:
                dialog.cancel()

    # --- badges ---

    def _status_changed(self, status: Any) -> None:
        if not self.session.set_up:
            self.window.channel_list.set_sync_badges(None)
        elif not self.window.model.shows_sync_badges:
            self._show_links(self.session.server_ids)

    def _show_links(self, server_ids: dict[str, str]) -> None:
        if self.session.set_up:
            self.window.channel_list.set_sync_badges(from_links(server_ids))

    def _show_badges(self, badges: dict[str, Badge]) -> None:
        if not self._closed:
            self.window.channel_list.set_sync_badges(badges)

    def _changed_here(self, channel: Channel) -> None:
        if self.session.set_up:
            linked = channel.id in self.session.server_ids
            self.window.model.set_sync_badge(channel.id, Badge(PUSH if linked else LOCAL_ONLY))
