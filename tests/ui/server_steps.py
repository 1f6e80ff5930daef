"""Steps the server GUI tests share: log in through the dialog, wait for the status, open Sync."""

from __future__ import annotations

from pingtower_desktop.ui.main_window import MainWindow
from pingtower_desktop.ui.server_dialog import ServerDialog
from pingtower_desktop.ui.sync_dialog import SyncDialog

from ..peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer
from .helpers import click, settle, type_into

WAIT = 10_000


def status_text(window: MainWindow) -> str:
    return window.server.status_bar.text()


def wait_for_status(qtbot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: status_text(window) == text, timeout=WAIT)


def log_in(qtbot, window: MainWindow, server: PingTowerServer) -> ServerDialog:
    """Opens Server…, types the URL, e-mail and password, clicks Log in and waits until connected."""
    window.commands.server.trigger()
    dialog = window.server.server_dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.url, server.url)
    type_into(qtbot, dialog.email, USER_EMAIL)
    type_into(qtbot, dialog.password, USER_PASSWORD)
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.outcome.text() == f"Logged in as {USER_EMAIL}.", dialog.outcome.text()
    wait_for_status(qtbot, window, "Server: connected")
    return dialog


def open_sync(qtbot, window: MainWindow) -> SyncDialog:
    """Clicks Sync and waits for the plan."""
    window.commands.sync.trigger()
    dialog = window.server.sync_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    assert dialog.plan is not None, dialog.summary.text()
    return dialog


def plan_rows(dialog: SyncDialog) -> dict[str, list[tuple[str, str]]]:
    """Group title → (channel, what happens) of each row, as the tree shows them."""
    tree, groups = dialog.tree, {}
    for number in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(number)
        groups[group.text(0)] = [(group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]
    return groups


def apply(qtbot, dialog: SyncDialog) -> None:
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        click(qtbot, dialog.apply_button)
    settle(qtbot, dialog.parent())  # the store reads what the sync changed
