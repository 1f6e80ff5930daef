"""Send test, cancel, Test all and the type helpers, against loopback receivers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pingtower_desktop.channels import Channel
from pingtower_desktop.ui.channel_model import LAST_TEST_COLUMN

from ..peers.http_peers import TELEGRAM_BOT, TELEGRAM_TOKEN, Reply
from .conftest import worker_threads
from .helpers import click, fill, new_channel, relay_tested_once, save, settle

WAIT = 10_000


def outcome(window) -> str:
    return window.editor.test_panel.outcome.text()


def test_send_test_to_a_webhook_shows_the_result_and_the_receivers_answer(qtbot, window, webhook_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": webhook_peer.url + "/hook"})
    panel = window.editor.test_panel
    qtbot.keyClicks(panel.message, "Custom test message")
    qtbot.keyClicks(panel.username, "testuser")
    click(qtbot, panel.send_button)  # unsaved: the form's values are what is sent
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)

    assert "Status 200. Direct." in outcome(window)  # which way it went (no proxy for loopback)
    assert '"received": true' in panel.reply.toPlainText()
    body = webhook_peer.received[0].json()
    assert (body["message"], body["username"], body["status"]) == ("Custom test message", "testuser", "TEST")
    assert window.editor.is_new  # sending does not save


def test_send_test_by_email_through_a_real_smtp_server(qtbot, window, smtp_plain):
    relay_tested_once(qtbot, window, smtp_plain.port)
    assert smtp_plain.received[0].rcpt_tos == ["oncall@example.com"]
    row = window.model.row_of(window.editor.channel_id)
    assert window.model.index(row, LAST_TEST_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Delivered")


def test_a_failed_send_says_why(qtbot, window, closed_port_url):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Nowhere", "url": closed_port_url})
    click(qtbot, window.editor.test_panel.send_button)
    qtbot.waitUntil(lambda: "Failed" in outcome(window), timeout=WAIT)
    assert "127.0.0.1" in outcome(window)


def test_a_test_against_a_receiver_that_never_answers_can_be_cancelled(qtbot, window, silent_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Silent", "url": silent_peer.url, "timeout": "300"})
    panel = window.editor.test_panel
    click(qtbot, panel.send_button)
    assert silent_peer.connected.wait(5)
    assert panel.running and not panel.cancel_button.isHidden()
    with qtbot.waitSignal(panel._job.cancelled, timeout=WAIT):
        click(qtbot, panel.cancel_button)
    assert outcome(window) == "Test cancelled."
    assert panel.cancel_button.isHidden() and panel.send_button.isEnabled()
    assert window.context.worker.jobs == frozenset()


def test_closing_the_window_cancels_running_work_and_ends_the_worker(qtbot, window, silent_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Silent", "url": silent_peer.url, "timeout": "300"})
    click(qtbot, window.editor.test_panel.send_button)
    assert silent_peer.connected.wait(5)
    window.editor.clear()
    window.close()
    assert not window.context.worker.alive
    assert worker_threads() == []


def test_test_all_runs_every_enabled_channel_and_fills_the_table(qtbot, window, context, webhook_peer, slack_peer):
    slack_peer.reply = Reply(404, "no_service")
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": webhook_peer.url})
    save(qtbot, window)
    new_channel(qtbot, window, "SLACK", {"name": "Slack", "webhookUrl": slack_peer.url + "/services/T/B/X"})
    save(qtbot, window)
    new_channel(qtbot, window, "WEBHOOK", {"name": "Off", "url": webhook_peer.url + "/off"})
    save(qtbot, window)
    window.commands.toggle_enabled.trigger()
    settle(qtbot, window)

    window.commands.test_all.trigger()
    settle(qtbot, window)
    dialog = window.test_all_dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)

    results = {channel.name: result.delivered for channel, result in dialog.model.rows}
    assert results == {"Hook": True, "Slack": False}
    assert dialog.status.text() == "2 of 2 done: 1 delivered, 1 failed."
    assert [r.path for r in webhook_peer.received] == ["/"]
    hook = context.repo.find("Hook")
    assert window.model.index(window.model.row_of(hook.id), LAST_TEST_COLUMN).data().startswith("✔")
    dialog.close()


def test_telegram_check_token_and_find_chat_id_against_a_loopback_bot_api(qtbot, window, telegram_peer):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "apiBaseUrl": telegram_peer.url})
    helpers = window.editor.addons[0]

    click(qtbot, helpers.check_button)
    qtbot.waitUntil(lambda: "@pingtower_test_bot" in helpers.status.text(), timeout=WAIT)
    assert TELEGRAM_BOT["first_name"] in helpers.status.text()

    qtbot.waitUntil(helpers.find_button.isEnabled)
    click(qtbot, helpers.find_button)
    qtbot.waitUntil(lambda: "send the bot a message first" in helpers.status.text(), timeout=WAIT)
    assert helpers.chats.isHidden()

    telegram_peer.updates.append(
        {
            "update_id": 1,
            "message": {"message_id": 5, "chat": {"id": -1009876543210, "title": "On-call", "type": "supergroup"}},
        }
    )
    qtbot.waitUntil(helpers.find_button.isEnabled)
    click(qtbot, helpers.find_button)
    qtbot.waitUntil(lambda: helpers.chats.count() == 1, timeout=WAIT)
    assert "On-call" in helpers.chats.item(0).text()
    click(qtbot, helpers.use_button)
    assert window.editor.form.inputs["chatId"].value() == "-1009876543210"
    assert window.editor.save_button.isEnabled()


def test_telegram_check_token_reports_a_rejected_token_without_showing_it(qtbot, window, telegram_peer):
    other = "987654321:AAFsomeOtherTokenThatIsWrong"
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": other, "apiBaseUrl": telegram_peer.url})
    helpers = window.editor.addons[0]
    click(qtbot, helpers.check_button)
    qtbot.waitUntil(lambda: "401" in helpers.status.text(), timeout=WAIT)
    assert other not in helpers.status.text()


def test_python_bot_check_asks_the_bots_health(qtbot, window, python_bot_peer):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": python_bot_peer.url})
    check = window.editor.addons[0]
    click(qtbot, check.button)
    qtbot.waitUntil(lambda: "healthy" in check.status.text(), timeout=WAIT)
    assert [r.path for r in python_bot_peer.received] == ["/health"]


def test_send_test_through_the_python_bot_names_the_user(qtbot, window, python_bot_peer):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": python_bot_peer.url})
    qtbot.keyClicks(window.editor.test_panel.username, "testuser")
    click(qtbot, window.editor.test_panel.send_button)
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    assert python_bot_peer.received[0].json()["username"] == "testuser"


def test_webhook_payload_preview_follows_the_form_and_masks_header_values(qtbot, window):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "https://example.com/hook"})
    fill(qtbot, window, {"headers": {"Authorization": "Bearer secret-token-1234"}})
    qtbot.keyClicks(window.editor.test_panel.message, "Preview me")
    preview = window.editor.addons[0].preview.toPlainText()
    assert preview.startswith("POST https://example.com/hook\nAuthorization: ••••\n")
    assert '"message": "Preview me"' in preview
    assert "secret-token" not in preview


def test_the_history_tab_lists_deliveries_and_filters_by_result(qtbot, window, webhook_peer, closed_port_url):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Good", "url": webhook_peer.url})
    save(qtbot, window)
    click(qtbot, window.editor.test_panel.send_button)
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    new_channel(qtbot, window, "WEBHOOK", {"name": "Bad", "url": closed_port_url})
    save(qtbot, window)
    click(qtbot, window.editor.test_panel.send_button)
    qtbot.waitUntil(lambda: "Failed" in outcome(window), timeout=WAIT)

    window.commands.show_tab["history"].trigger()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)  # read in a thread
    assert history.model.index(0, 1).data() == "Bad"  # newest first
    history.result_filter.setCurrentIndex(history.result_filter.findData("delivered"))
    assert [history.model.index(r, 1).data() for r in range(history.model.rowCount())] == ["Good"]
    history.result_filter.setCurrentIndex(0)
    history.channel_filter.setCurrentIndex(history.channel_filter.findText("Bad"))
    assert [history.model.index(r, 2).data() for r in range(history.model.rowCount())] == ["Failed"]


def last_test_text(window, channel_id) -> str:
    row = window.model.row_of(channel_id)
    return window.model.index(row, LAST_TEST_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole) or ""


def test_a_test_of_unsaved_values_is_labelled_and_leaves_the_last_test_alone(
    qtbot, window, context, webhook_peer, closed_port_url
):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": webhook_peer.url})
    save(qtbot, window)
    hook = window.editor.channel_id
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    assert "unsaved" not in outcome(window) and last_test_text(window, hook).startswith("Delivered")

    fill(qtbot, window, {"url": closed_port_url})  # an edit not saved, that fails
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Failed" in outcome(window), timeout=WAIT)
    assert "This tested the unsaved values in the form; the channel's last test is unchanged." in outcome(window)
    assert last_test_text(window, hook).startswith("Delivered")
    window.editor.revert()
    assert last_test_text(window, hook).startswith("Delivered")
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 2, timeout=WAIT)
    window.show_tab("channels")

    entries = window.context.deliverer._history.read()
    assert [e.unsaved for e in entries] == [False, True]
    from pingtower_desktop.ui.main_window import last_tests_from

    assert last_tests_from(entries)[hook].delivered  # the next start shows the saved channel's test, too


def test_the_last_test_is_marked_stale_once_the_channel_changes(qtbot, window, context, webhook_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": webhook_peer.url})
    save(qtbot, window)
    hook = window.editor.channel_id
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    window.commands.toggle_enabled.trigger()  # a flag: says nothing of delivery
    settle(qtbot, window)
    assert "before the channel was changed" not in last_test_text(window, hook)
    context.repo.edit(hook, lambda config: config.update(url=webhook_peer.url + "/v2"))  # the CLI, an import …
    qtbot.waitUntil(lambda: "before the channel was changed" in last_test_text(window, hook), timeout=WAIT)
    row = window.model.row_of(hook)
    tip = window.model.index(row, LAST_TEST_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("The channel was changed after this test: test it again.")


def test_the_python_bot_without_a_username_cannot_be_tested_and_says_why(qtbot, window, context, python_bot_peer):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": python_bot_peer.url})
    save(qtbot, window)
    panel = window.editor.test_panel
    assert panel.username.placeholderText() == "optional"  # no made-up "testuser" that looks like a default
    assert not panel.send_button.isEnabled()
    assert panel.need.isVisible() and "a PingTower username is needed" in panel.need.text()
    window.commands.send_test.trigger()  # Ctrl+T does nothing either
    assert python_bot_peer.received == [] and not panel.running

    python_bot_peer.linked.add("alice")
    qtbot.keyClicks(panel.username, "alice")
    assert panel.send_button.isEnabled() and not panel.need.isVisible()
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    assert python_bot_peer.received[0].json()["username"] == "alice"


def test_a_default_test_username_from_settings_is_shown_as_one(qtbot, context, answers, python_bot_peer):
    from pingtower_desktop.ui.main_window import MainWindow

    context.preferences = context.preferences._replace(test_username="oncall")
    main = MainWindow(context)
    main.attach(context)
    try:
        panel = main.editor.test_panel
        assert panel.username.placeholderText() == "default: oncall"
    finally:
        main.close()
        main.deleteLater()


def test_test_all_sorts_filters_the_failures_and_retries_them(qtbot, window, context, webhook_peer, closed_port_url):
    for name, url in (("A hook", webhook_peer.url), ("B dead", closed_port_url), ("C hook", webhook_peer.url)):
        new_channel(qtbot, window, "WEBHOOK", {"name": name, "url": url})
        save(qtbot, window)
    window.commands.test_all.trigger()
    settle(qtbot, window)
    dialog = window.test_all_dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    view = dialog.view

    def shown(column=0):
        model = view.model()
        return [model.index(row, column).data() for row in range(model.rowCount())]

    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by result: the failure first
    assert shown()[0] == "B dead" and shown(1)[0] == "✘ Failed"
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown() == ["C hook", "B dead", "A hook"]
    click(qtbot, dialog.failed_only)
    assert shown() == ["B dead"]
    assert dialog.retry_button.text() == "&Retry failed (1)"

    received = len(webhook_peer.received)
    click(qtbot, dialog.retry_button)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    assert len(webhook_peer.received) == received  # only the failed one was tried again
    assert dialog.model.rowCount() == 3  # its row, not a new one
    assert shown() == ["B dead"]


def test_test_all_with_nothing_enabled_is_not_offered_and_its_tip_says_why(qtbot, window, context):
    context.repo.add(
        Channel.from_wire(
            {"name": "Off", "type": "WEBHOOK", "enabled": False, "configuration": {"url": "http://127.0.0.1:9/"}}
        )
    )
    window.reload_channels()
    settle(qtbot, window)
    assert not window.commands.test_all.isEnabled()
    assert window.commands.test_all.toolTip() == "No channel is enabled"
    qtbot.keyClick(
        window.channel_list.filter,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.test_all_dialog is None  # no empty results window


def test_the_history_searches_copies_retests_shows_exports_and_clears(
    qtbot, window, context, answers, webhook_peer, closed_port_url, tmp_path
):
    import csv
    import json

    from PySide6.QtWidgets import QApplication

    new_channel(qtbot, window, "WEBHOOK", {"name": "Good", "url": webhook_peer.url})
    save(qtbot, window)
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    new_channel(qtbot, window, "WEBHOOK", {"name": "Bad", "url": closed_port_url})
    save(qtbot, window)
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Failed" in outcome(window), timeout=WAIT)
    good = context.repo.find("Good")

    window.commands.show_tab["history"].trigger()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)
    qtbot.keyClicks(history.search, "connection REFUSED")  # every word, any case, in the message
    assert [history.model.index(r, 1).data() for r in range(history.model.rowCount())] == ["Bad"]
    history.search.clear()
    assert history.model.rowCount() == 2

    copy, test, show = history.row_actions(1)  # the older row: Good
    copy.trigger()
    details = QApplication.clipboard().text()
    assert details.startswith("Time: ") and "Channel: Good" in details and "Answer: " in details
    show.trigger()
    assert window.tabs.currentIndex() == 0 and window.editor.channel_id == good.id
    window.commands.show_tab["history"].trigger()
    received = len(webhook_peer.received)
    test.trigger()  # the channel is shown and tested again, once its secrets are read
    qtbot.waitUntil(lambda: len(webhook_peer.received) == received + 1, timeout=WAIT)
    assert window.editor.channel_id == good.id

    window.commands.show_tab["history"].trigger()
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    history.result_filter.setCurrentIndex(history.result_filter.findData("delivered"))
    target = tmp_path / "history.csv"
    with qtbot.waitSignal(history.export(str(target)).ended, timeout=WAIT):
        pass
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["channel"], r["result"], r["route"]) for r in rows] == [("Good", "delivered", "direct")] * 2
    history.result_filter.setCurrentIndex(0)
    with qtbot.waitSignal(history.export(str(tmp_path / "history.json")).ended, timeout=WAIT):
        pass
    records = json.loads((tmp_path / "history.json").read_text(encoding="utf-8"))
    assert [r["channel"] for r in records] == ["Good", "Bad", "Good"] and records[1]["result"] == "failed"

    answers.clear_history.append(False)
    assert history.clear() is None and history.model.rowCount() == 3
    answers.clear_history.append(True)
    with qtbot.waitSignal(history.clear().ended, timeout=WAIT):
        pass
    assert history.model.rowCount() == 0 and context.history.read() == []
    assert window.model.last_test(good.id) is not None  # the list keeps the last tests
