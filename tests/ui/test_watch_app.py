"""The watch in the app: it runs the schedule when it holds the lock, shows each channel's health in the
list and the tray's colour, and tells of a channel that breaks; with another process watching, it only shows."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage.locking import HeldLock
from pingtower_desktop.ui.channel_model import HEALTH_COLUMN
from pingtower_desktop.watch.settings import set_schedule

from ..peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN
from .helpers import settle

WAIT = 10_000


def ops_telegram(context, telegram_peer, secrets_set_at: str | None = None) -> Channel:
    """A working Telegram channel on the loopback Bot API, stored (its secrets set when ``secrets_set_at`` says,
    as an older file would have them)."""
    config = {"botToken": TELEGRAM_TOKEN, "chatId": TELEGRAM_CHAT, "apiBaseUrl": telegram_peer.url}
    channel = context.repo.add(Channel.from_wire({"name": "Ops Telegram", "type": "TELEGRAM", "configuration": config}))
    if secrets_set_at is not None:
        document = json.loads(context.paths.config_file.read_text())
        document["channels"][0]["secretsSetAt"] = secrets_set_at
        context.paths.config_file.write_text(json.dumps(document))
    return channel


def health_tip(window, channel_id) -> str:
    row = window.model.row_of(channel_id)
    return window.model.index(row, HEALTH_COLUMN).data(Qt.ItemDataRole.ToolTipRole) or ""


def test_the_app_watches_shows_health_and_tells_of_a_failing_channel(
    qtbot, window, context, telegram_peer, closed_port_url
):
    works = ops_telegram(context, telegram_peer)
    broken = context.repo.add(
        Channel.from_wire({"name": "Dead hook", "type": "WEBHOOK", "configuration": {"url": closed_port_url}})
    )
    watch = context.watch
    watch.settings.save(set_schedule(watch.settings.load(), broken.id, failures=1))
    window.reload_channels()
    settle(qtbot, window)
    heard = []
    watch.alerted.connect(heard.append)
    watch.watcher.network = lambda: True

    watch.start()
    try:
        assert watch.running_here and not HeldLock(context.paths.watch_lock).acquire()  # the CLI would wait its turn
        qtbot.waitUntil(lambda: len(watch.health) == 2, timeout=WAIT)
        assert health_tip(window, works.id) == "Works (the last scheduled check passed)"
        assert health_tip(window, broken.id).startswith("Failing: Webhook: connection refused")
        assert watch.tray.property("health") == "failing"
        assert watch.tray.toolTip().startswith("PingTower Desktop: 1 OK, 1 failing, 0 not checked yet")
        assert [(alert.channel.name, alert.health.value) for alert in heard] == [("Dead hook", "failing")]
        assert [r.path.rsplit("/", 1)[-1] for r in telegram_peer.received] == [
            "getMe",
            "getChat",
        ]  # a check sends nothing
    finally:
        watch.stop()
    assert HeldLock(context.paths.watch_lock).acquire()


def test_with_another_process_watching_the_app_only_shows_what_it_sees(qtbot, window, context, telegram_peer):
    ops_telegram(context, telegram_peer)
    other = HeldLock(context.paths.watch_lock)
    assert other.acquire()
    watch = context.watch
    try:
        watch.start()
        qtbot.waitUntil(lambda: not watch._busy, timeout=WAIT)
        assert not watch.running_here and telegram_peer.received == []
        assert "Another process keeps watch" in watch.tray.toolTip()
    finally:
        watch.stop()
        other.release()


def test_the_health_tab_shows_the_figures_of_a_hand_made_history(qtbot, window, context, monkeypatch):
    from tests.test_stats import HISTORY, NOW

    for entry in HISTORY:
        context.history.append(entry)
    monkeypatch.setattr("pingtower_desktop.ui.health_view.utc_now", lambda: NOW)
    health = window.health
    health.period.setCurrentIndex(health.period.findData("24h"))
    window.tabs.setCurrentWidget(health)
    qtbot.waitUntil(lambda: health.model.rowCount() == 2, timeout=WAIT)
    model = health.model
    row = [model.index(1, column).data() for column in range(model.columnCount())]
    assert row[0] == "Ops" and row[2] == "3/4 (75%)" and row[5] == "2/3 (67%)"
    assert row[9] == "Failed 0.5h ago"  # the newest failure, a check's
    health.view.selectRow(1)
    assert health.chart_title.text() == "“Ops”, day by day"
    assert sum(good + bad for _, good, bad in health.chart.days) == 7  # the day's sends, unsaved left out
    health.period.setCurrentIndex(health.period.findData("7d"))
    qtbot.waitUntil(lambda: model.index(1, 2).data() == "4/6 (67%)", timeout=WAIT)


def test_the_activity_tab_lists_each_change_made_here_undo_and_redo_apart(qtbot, window, context, answers):
    from .helpers import new_channel, save

    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "https://hooks.example.org/in"})
    save(qtbot, window)
    window.commands.toggle_enabled.trigger()
    settle(qtbot, window)
    answers.delete.append(True)
    window.commands.delete.trigger()
    settle(qtbot, window)
    context.store.undo_stack.undo()
    settle(qtbot, window)
    context.store.undo_stack.redo()
    settle(qtbot, window)
    activity = window.activity
    window.tabs.setCurrentWidget(activity)
    qtbot.waitUntil(lambda: activity.model.rowCount() == 5, timeout=WAIT)
    rows = [[activity.model.index(r, c).data() for c in (1, 2, 3, 4)] for r in range(5)]
    assert [row[:2] for row in rows[:2]] == [["redone", "Hook"], ["undone", "Hook"]]
    assert rows[2:] == [
        ["deleted", "Hook", "", "the app"],
        ["disabled", "Hook", "enabled", "the app"],
        ["added", "Hook", "", "the app"],
    ]
    qtbot.keyClicks(activity.search, "disabled")
    assert activity.model.rowCount() == 1


def test_rotate_a_secret_from_the_app_checked_before_it_is_saved(qtbot, window, context, telegram_peer, memory_keyring):
    from pingtower_desktop.ui.rotate_dialog import RotateDialog
    from tests.keyring_accounts import memory_secrets

    from .helpers import click, type_into

    ops = ops_telegram(context, telegram_peer)
    window.reload_channels()
    settle(qtbot, window)
    window.select_channel(ops.id)
    settle(qtbot, window)
    assert window.commands.rotate.isEnabled()
    window.commands.rotate.trigger()
    dialog = window.findChild(RotateDialog)
    qtbot.waitExposed(dialog)
    assert dialog.age.text() == "Its secrets were set today."
    new_token = "55555:AArotatedTokenFromTheApp"
    type_into(qtbot, dialog.value, new_token)
    click(qtbot, dialog.rotate_button)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.outcome.text().startswith("the new botToken was not accepted, nothing was changed")
    assert TELEGRAM_TOKEN in memory_secrets(memory_keyring)

    telegram_peer.tokens.add(new_token)
    click(qtbot, dialog.rotate_button)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.outcome.text() == "the new botToken is saved and works; the old one is gone from the keyring"
    assert dialog.value.text() == "" and new_token in memory_secrets(memory_keyring)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.form.inputs["botToken"].value() == new_token, timeout=WAIT)
    dialog.close()


def test_closing_the_window_can_keep_watching_in_the_tray_asked_once(qtbot, window, context, answers, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))  # a desktop's tray
    watch = context.watch
    watch.watcher.network = lambda: False  # nothing to check here: only where the window goes
    watch.start()
    try:
        answers.keep_watching.append(True)
        window.close()
        assert answers.asked == ["keep_watching"] and not window.isVisible()
        assert context.worker.alive and watch.running_here  # the app goes on in the tray
        assert context.settings.load().keep_watching == "yes"  # remembered
        watch.open_requested.emit()  # the tray's "Open PingTower Desktop"
        assert window.isVisible()
        window.close()  # not asked again
        assert answers.asked == ["keep_watching"] and not window.isVisible()
        watch.open_requested.emit()
    finally:
        watch.stop()


def test_secrets_due_for_rotation_are_said_once_and_shown_in_the_health_tab(qtbot, window, context, telegram_peer):
    ops = ops_telegram(context, telegram_peer, secrets_set_at="2026-01-01T00:00:00+00:00")
    window.reload_channels()
    settle(qtbot, window)
    watch = context.watch
    watch.watcher.network = lambda: True
    said = []
    watch.tray.showMessage = lambda title, text, *rest: said.append((title, text))
    watch.start()
    try:
        qtbot.waitUntil(lambda: ops.id in watch.secret_ages, timeout=WAIT)
        assert watch.secret_ages[ops.id] >= 180
        assert said == [
            ("Time to rotate secrets", "Secrets older than 180 days: “Ops Telegram” (Channel ▸ Rotate secret…)")
        ]
        watch._busy = False
        watch.tick()
        qtbot.waitUntil(lambda: not watch._busy, timeout=WAIT)
        assert len(said) == 1  # once a session
        window.tabs.setCurrentWidget(window.health)
        qtbot.waitUntil(lambda: window.health.model.rowCount() == 1, timeout=WAIT)
        cell = window.health.model.index(0, 8)
        assert cell.data().endswith(" ago") and "Time to rotate them" in cell.data(Qt.ItemDataRole.ToolTipRole)
    finally:
        watch.stop()


def test_the_editor_shows_how_old_the_secrets_are(qtbot, window, context, telegram_peer):
    ops = ops_telegram(context, telegram_peer, secrets_set_at="2026-01-01T00:00:00+00:00")
    window.reload_channels()
    settle(qtbot, window)
    window.select_channel(ops.id)
    settle(qtbot, window)
    days = re.search(r"Set (\d+) day\(s\) ago\.", window.editor.secret_note_label.text())
    assert days is not None and int(days.group(1)) >= 300


def test_the_health_dot_keeps_its_colour_on_the_selected_row(qtbot, window, context):
    from PySide6.QtGui import QColor

    hook = context.repo.add(
        Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "https://e.org"}})
    )
    window.reload_channels()
    settle(qtbot, window)
    window.model.set_health({hook.id: ("ok", "")})
    window.select_channel(hook.id)
    settle(qtbot, window)
    view = window.channel_list.view
    row = window.model.row_of(hook.id)
    assert view.selectionModel().isRowSelected(row)
    cell = view.visualRect(window.model.index(row, HEALTH_COLUMN))
    image = view.viewport().grab(cell).toImage()
    pixels = [QColor(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())]
    green = [c for c in pixels if c.green() > 120 and c.green() > c.red() + 40 and c.green() > c.blue() + 20]
    assert len(green) >= 6, "the dot is drawn in the selection's text colour, not its own"
