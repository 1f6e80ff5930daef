"""Import shows what it would do before it writes, never takes the document's placeholders as real, and is
undone in one step (a file dropped on the window too); Undo/Redo cover delete (secrets and all), edit, enable/disable and make default."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from pingtower_desktop.channels import Channel
from tests.keyring_accounts import memory_secrets

from .helpers import TELEGRAM_TOKEN, click, preview_import, save, settle

#: The PingTower document's "Full configuration for all types", as printed there.
DOCUMENT_FULL_CONFIGURATION = {
    "pythonBot": {
        "name": "Python Bot Channel",
        "type": "PYTHON_BOT",
        "configuration": {"botUrl": "http://localhost:5000"},
        "enabled": True,
    },
    "telegram": {
        "name": "Telegram Channel",
        "type": "TELEGRAM",
        "configuration": {"botToken": "123456789:ABCdefGHIjklMNOpqrsTUVwxyz", "chatId": "-1001234567890"},
        "enabled": True,
    },
    "email": {
        "name": "Email Channel",
        "type": "EMAIL",
        "configuration": {
            "smtpHost": "smtp.gmail.com",
            "smtpPort": 587,
            "username": "alerts@yourcompany.com",
            "password": "your-app-password",
            "fromEmail": "alerts@yourcompany.com",
            "useTls": True,
        },
        "enabled": True,
    },
    "slack": {
        "name": "Slack Channel",
        "type": "SLACK",
        "configuration": {
            "webhookUrl": "https://hooks.slack.com/services/...",
            "channel": "#alerts",
            "username": "PingTower Bot",
        },
        "enabled": True,
    },
    "webhook": {
        "name": "Custom Webhook",
        "type": "WEBHOOK",
        "configuration": {
            "url": "https://your-service.com/webhook",
            "method": "POST",
            "headers": {"Authorization": "Bearer your-token"},
            "timeout": 30,
        },
        "enabled": True,
    },
}
SLACK_URL = "https://hooks.slack.com/services/TREAL0001/BREAL0001/realsecretvalue0001"
MAIL_PASSWORD = "the-real-mail-password"
HEADER = "Bearer the-real-header-secret"


def stored_channels(context) -> dict[str, Channel]:
    """Name → what the repository holds now, secrets included."""
    repo = context.repo
    return {c.name: repo.with_secrets(c) for c in repo.list()}


def seed(context) -> None:
    """Four tuned channels of the document's names, as someone who has used the app would have them."""
    wires = [
        {
            "name": "Telegram Channel",
            "type": "TELEGRAM",
            "configuration": {"botToken": TELEGRAM_TOKEN, "chatId": "-100777", "apiBaseUrl": "http://127.0.0.1:8081"},
        },
        {
            "name": "Email Channel",
            "type": "EMAIL",
            "configuration": {
                "smtpHost": "mail.example.org",
                "username": "ops",
                "password": MAIL_PASSWORD,
                "fromEmail": "ops@example.org",
                "toEmail": "oncall@example.org",
            },
        },
        {"name": "Slack Channel", "type": "SLACK", "configuration": {"webhookUrl": SLACK_URL}},
        {
            "name": "Custom Webhook",
            "type": "WEBHOOK",
            "configuration": {"url": "https://hooks.example.org/in", "headers": {"Authorization": HEADER}},
        },
    ]
    for wire in wires:  # one at a time: each channel's secrets in keyring items of their own
        context.repo.add(Channel.from_wire(wire))


def tree_texts(preview) -> list[list[str]]:
    rows = []
    tree = preview.tree
    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        rows.append([item.text(c) for c in range(4)])
        rows += [[item.child(i).text(c) for c in range(4)] for i in range(item.childCount())]
    return rows


def test_the_documents_configuration_over_tuned_channels_is_previewed_and_loses_nothing(
    qtbot, window, context, tmp_path, memory_keyring
):
    seed(context)
    window.reload_channels()
    settle(qtbot, window)
    before = stored_channels(context)
    source = tmp_path / "full.json"
    source.write_text(json.dumps(DOCUMENT_FULL_CONFIGURATION))

    preview = preview_import(qtbot, window, source)
    assert stored_channels(context) == before  # nothing written before Import
    rows = tree_texts(preview)
    steps = {row[0]: row[1] for row in rows if row[1]}
    assert steps == {
        "Python Bot Channel": "add",
        "Telegram Channel": "nothing to change",  # its stand-in token and chat id, and no Bot API server named
        "Email Channel": "change",
        "Slack Channel": "change",
        "Custom Webhook": "nothing to change",
    }
    assert ["smtpHost", "", "mail.example.org", "smtp.gmail.com"] in rows
    assert ["channel", "", "(none)", "#alerts"] in rows
    assert not any(key in ("botToken", "chatId", "webhookUrl", "url", "headers", "password") for key, *_ in rows)
    shown = json.dumps(rows)
    for secret in (TELEGRAM_TOKEN, MAIL_PASSWORD, SLACK_URL, HEADER, "your-app-password"):
        assert secret not in shown
    assert "placeholders in the file ignored, the stored values kept: username, password" in shown
    assert preview.import_button.text() == "Import 3"

    preview.rows[2].setCheckState(0, Qt.CheckState.Unchecked)  # the e-mail channel stays as it is
    assert preview.import_button.text() == "Import 2"
    click(qtbot, preview.import_button)
    settle(qtbot, window)

    after = stored_channels(context)
    assert after["Telegram Channel"] == before["Telegram Channel"]
    assert after["Email Channel"] == before["Email Channel"]
    assert after["Custom Webhook"] == before["Custom Webhook"]
    assert after["Slack Channel"].config.webhookUrl == SLACK_URL and after["Slack Channel"].config.channel == "#alerts"
    assert "Python Bot Channel" in after
    assert "your-app-password" not in memory_secrets(memory_keyring)
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()

    assert window.commands.undo.text() == "&Undo Import channels (2)"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the preview had the focus
    window.channel_list.view.setFocus()
    qtbot.keyClick(window.channel_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert stored_channels(context) == before
    assert "Python Bot Channel" not in [c.name for c in window.model.channels()]
    qtbot.keyClick(
        window.channel_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, window)
    assert stored_channels(context) == after


def test_undo_of_a_delete_brings_the_channel_back_with_its_secrets(qtbot, window, context, answers, memory_keyring):
    seed(context)
    window.reload_channels()
    settle(qtbot, window)
    slack = context.repo.find("Slack Channel")
    before = stored_channels(context)
    window.select_channel(slack.id)
    settle(qtbot, window)
    answers.delete.append(True)
    window.commands.delete.trigger()
    settle(qtbot, window)
    assert "Slack Channel" not in stored_channels(context)
    assert SLACK_URL not in memory_secrets(memory_keyring)

    assert window.commands.undo.text() == "&Undo Delete “Slack Channel”"
    window.commands.undo.trigger()
    settle(qtbot, window)
    assert stored_channels(context) == before
    assert context.repo.find("Slack Channel").id == slack.id
    assert "Slack Channel" in [c.name for c in window.model.channels()]
    window.commands.redo.trigger()
    settle(qtbot, window)
    assert "Slack Channel" not in stored_channels(context)


def test_edit_enable_and_default_are_undone_in_turn(qtbot, window, context, answers):
    seed(context)
    window.reload_channels()
    settle(qtbot, window)
    original = stored_channels(context)
    hook = context.repo.find("Custom Webhook")
    window.select_channel(hook.id)
    settle(qtbot, window)
    window.editor.form.inputs["url"].edit.setText("https://hooks.example.org/v2")
    save(qtbot, window)
    window.commands.make_default.trigger()
    settle(qtbot, window)
    answers.disable_default.append(True)  # a default channel is enabled: disabled, it is the default no more
    window.commands.toggle_enabled.trigger()
    settle(qtbot, window)
    changed = stored_channels(context)["Custom Webhook"]
    assert changed.config.url.endswith("/v2") and not changed.enabled and not changed.is_default

    texts = []
    for _ in range(3):
        texts.append(window.commands.undo.text())
        window.commands.undo.trigger()
        settle(qtbot, window)
    assert texts == [
        "&Undo Disable “Custom Webhook”",
        "&Undo Make “Custom Webhook” the default",
        "&Undo Edit “Custom Webhook”",
    ]
    assert stored_channels(context) == original
    assert not window.commands.undo.isEnabled()
    assert window.editor.form.inputs["url"].edit.text() == "https://hooks.example.org/in"  # the form followed


def test_an_undo_never_overwrites_a_change_made_elsewhere(qtbot, window, context, answers):
    seed(context)
    window.reload_channels()
    settle(qtbot, window)
    hook = context.repo.find("Custom Webhook")
    window.select_channel(hook.id)
    settle(qtbot, window)
    window.commands.toggle_enabled.trigger()
    settle(qtbot, window)
    context.repo.rename(hook.id, "Renamed by the CLI")  # another process, meanwhile

    window.commands.undo.trigger()
    settle(qtbot, window)
    assert any("“Custom Webhook” was changed since: nothing was undone or redone" in text for text in answers.asked)
    stored = context.repo.find(hook.id)
    assert stored.name == "Renamed by the CLI" and not stored.enabled
    assert not window.commands.undo.isEnabled() and not window.commands.redo.isEnabled()


def drag(window, path, event_class):
    """A file dragged from a file manager onto the window: the enter or the drop event, as sent."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    center = window.rect().center()
    where = center if event_class is QDragEnterEvent else QPointF(center)
    event = event_class(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(window, event)
    return event


def test_a_json_file_dropped_on_the_window_is_previewed_then_imported(qtbot, window, context, tmp_path):
    source = tmp_path / "full.json"
    source.write_text(json.dumps(DOCUMENT_FULL_CONFIGURATION))
    assert drag(window, source, QDragEnterEvent).isAccepted()
    assert drag(window, source, QDropEvent).isAccepted()
    qtbot.waitUntil(lambda: window.import_preview is not None and window.import_preview.isVisible(), timeout=5000)
    assert context.repo.list() == []  # the preview first
    click(qtbot, window.import_preview.import_button)
    settle(qtbot, window)
    assert len(context.repo.list()) == 5


def test_making_a_disabled_channel_the_default_asks_and_enables_it(qtbot, window, context, answers):
    seed(context)
    window.reload_channels()
    settle(qtbot, window)
    hook = context.repo.find("Custom Webhook")
    context.repo.set_enabled(hook.id, False)
    window.reload_channels()
    settle(qtbot, window)
    window.select_channel(hook.id)
    settle(qtbot, window)
    answers.enable_default.append(False)
    window.commands.make_default.trigger()
    settle(qtbot, window)
    assert answers.asked == ["enable_default:Custom Webhook"]
    assert not context.repo.find(hook.id).is_default  # Cancel: nothing changed

    answers.enable_default.append(True)
    window.commands.make_default.trigger()
    settle(qtbot, window)
    stored = context.repo.find(hook.id)
    assert stored.is_default and stored.enabled
    window.commands.undo.trigger()  # one step undoes both
    settle(qtbot, window)
    stored = context.repo.find(hook.id)
    assert not stored.is_default and not stored.enabled


def test_the_cli_and_the_app_keep_the_same_rule_for_a_disabled_channel_made_the_default(
    qtbot, window, context, answers, capsys
):
    from tests.cli_runner import run_cli

    seed(context)
    hook = context.repo.find("Custom Webhook")
    context.repo.set_enabled(hook.id, False)
    window.reload_channels()
    settle(qtbot, window)
    code, _, err = run_cli(capsys, "default", "Custom Webhook")  # the CLI refuses and names the way …
    assert code == 2 and "is disabled: a default channel must be enabled" in err and "--enable" in err
    window.select_channel(hook.id)
    settle(qtbot, window)
    answers.enable_default.append(False)  # … the app asks, and Cancel changes nothing …
    window.commands.make_default.trigger()
    settle(qtbot, window)
    assert not context.repo.find(hook.id).is_default
    assert run_cli(capsys, "default", "Custom Webhook", "--enable")[0] == 0  # … both enable it when told to
    window.reload_channels()
    settle(qtbot, window)
    stored = context.repo.find(hook.id)
    assert stored.is_default and stored.enabled
    assert window.editor.enabled.isChecked() and window.editor.is_default.isChecked()
    listed = run_cli(capsys, "list")[1].splitlines()
    assert any(line.startswith("Custom Webhook") and " yes " in line and line.rstrip().endswith("*") for line in listed)
