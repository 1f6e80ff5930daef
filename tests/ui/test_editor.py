"""Creating, validating and saving channels through the generated form."""

from __future__ import annotations

import json
import shlex

import pytest
from PySide6.QtCore import Qt

from pingtower_desktop.ui.channel_model import ENABLED_COLUMN
from tests.keyring_accounts import memory_accounts

from .helpers import TELEGRAM_TOKEN, click, fill, new_channel, save, settle, type_into

SLACK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
CHANNELS = {
    "PYTHON_BOT": ({"name": "Python Bot Channel", "botUrl": "http://localhost:5000"}, {}),
    "TELEGRAM": (
        {"name": "Telegram Channel", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"},
        {"botToken": TELEGRAM_TOKEN},
    ),
    "EMAIL": (
        {
            "name": "Email Channel",
            "smtpHost": "smtp.gmail.com",
            "smtpPort": "587",
            "username": "your-email@gmail.com",
            "password": "your-app-password-123",
            "fromEmail": "alerts@yourcompany.com",
            "toEmail": "oncall@yourcompany.com",
        },
        {"password": "your-app-password-123"},
    ),
    "SLACK": ({"name": "Slack Channel", "webhookUrl": SLACK_URL, "channel": "#alerts"}, {"webhookUrl": SLACK_URL}),
    "WEBHOOK": (
        {
            "name": "Custom Webhook",
            "url": "https://your-service.com/webhook",
            "headers": {"Authorization": "Bearer your-token-77"},
            "timeout": "30",
        },
        {"headers": json.dumps({"Authorization": "Bearer your-token-77"}, sort_keys=True)},
    ),
}


@pytest.mark.parametrize("type_name", list(CHANNELS))
def test_a_channel_of_each_type_is_created_through_the_form(qtbot, window, context, memory_keyring, type_name):
    values, secrets = CHANNELS[type_name]
    new_channel(qtbot, window, type_name, values)
    save(qtbot, window)

    stored = context.repo.find(values["name"])
    assert stored.type.name == type_name
    assert window.model.find(stored.id) is not None
    assert window.channel_list.current_id == stored.id
    config_text = context.paths.config_file.read_text()
    for key, secret in secrets.items():
        assert memory_accounts(memory_keyring)[f"channel:{stored.id}:{key}"] == secret
        assert secret not in config_text
        assert "Bearer your-token-77" not in config_text
    with_secrets = context.repo.with_secrets(stored)
    for key, value in values.items():
        if key != "name" and key not in ("smtpPort", "timeout"):
            assert getattr(with_secrets.config, key) == value


def test_a_bad_field_shows_its_problem_and_disables_save(qtbot, window):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "chatId": "-1001234567890"})
    editor = window.editor
    type_into(qtbot, editor.form.inputs["botToken"].edit, "not-a-token")

    assert "must look like 123456789:ABCdef" in editor.form.problem_text("botToken")
    assert not editor.save_button.isEnabled()
    assert not editor.test_panel.send_button.isEnabled()

    type_into(qtbot, editor.form.inputs["botToken"].edit, TELEGRAM_TOKEN)
    assert editor.form.problem_text("botToken") == ""
    assert editor.save_button.isEnabled()


def test_required_fields_are_marked_and_a_blank_name_is_reported(qtbot, window):
    new_channel(qtbot, window, "WEBHOOK", {"url": "https://example.com/hook"})
    editor = window.editor
    assert editor.form.labels["url"].text().endswith("*")
    assert not editor.form.labels["method"].text().endswith("*")
    type_into(qtbot, editor.name, "   ")
    assert editor.name_note.text() == "must not be blank"
    assert not editor.save_button.isEnabled()


def test_a_duplicate_name_is_refused_beside_the_name(qtbot, window):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "bot", "botUrl": "http://localhost:5001"})
    assert window.editor.name_note.text() == "another channel is already called “Bot”"  # before Save, not after
    assert not window.editor.save_button.isEnabled() and window.editor.is_dirty


def test_secret_fields_are_masked_until_shown(qtbot, window):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    secret = window.editor.form.inputs["botToken"]
    assert secret.edit.echoMode() == secret.edit.EchoMode.Password
    click(qtbot, secret.toggle)
    assert secret.edit.echoMode() == secret.edit.EchoMode.Normal
    assert "keyring" in window.editor.secret_note_label.text()


def test_revert_restores_the_stored_values(qtbot, window):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    fill(qtbot, window, {"botUrl": "http://localhost:6000"})
    assert window.editor.is_dirty
    click(qtbot, window.editor.revert_button)
    assert window.editor.form.inputs["botUrl"].value() == "http://localhost:5000"
    assert not window.editor.is_dirty


def test_enable_default_and_delete_from_the_toolbar(qtbot, window, context, answers):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "First", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    first = context.repo.find("First")
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Second", "botUrl": "http://localhost:5001"})
    save(qtbot, window)

    window.commands.make_default.trigger()
    settle(qtbot, window)
    assert context.repo.find("Second").is_default
    row = window.model.row_of(context.repo.find("Second").id)
    assert window.model.index(row, 3).data() == "★"

    answers.disable_default.append(True)  # a default channel is enabled: disabling it leaves no default
    window.commands.toggle_enabled.trigger()
    settle(qtbot, window)
    assert answers.asked[-1] == "disable_default:Second"
    assert not context.repo.find("Second").enabled and not context.repo.find("Second").is_default
    assert window.model.index(row, ENABLED_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole) == "No"
    assert not window.editor.enabled.isChecked()

    answers.delete.append(True)
    window.channel_list.view.setFocus()
    qtbot.keyClick(window.channel_list.view, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert [c.name for c in context.repo.list()] == ["First"]
    assert window.editor.channel_id == first.id


def test_duplicate_copies_the_values_and_secrets_into_a_new_unsaved_channel(qtbot, window, context):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    save(qtbot, window)
    window.commands.duplicate.trigger()
    settle(qtbot, window)
    assert window.editor.is_new
    assert window.editor.name.text() == "Ops (copy)"
    assert window.editor.form.inputs["botToken"].value() == TELEGRAM_TOKEN
    save(qtbot, window)
    assert sorted(c.name for c in context.repo.list()) == ["Ops", "Ops (copy)"]


def test_email_presets_fill_host_port_and_tls_and_the_port_suggests_tls(qtbot, window):
    new_channel(qtbot, window, "EMAIL", {"name": "Mail"})
    presets = window.editor.addons[0]
    presets.combo.setCurrentIndex(presets.combo.findData("Outlook/Hotmail"))
    presets.combo.activated.emit(presets.combo.currentIndex())
    inputs = window.editor.form.inputs
    assert inputs["smtpHost"].value() == "smtp-mail.outlook.com"
    assert inputs["smtpPort"].value() == 587
    assert inputs["useTls"].value() is True

    type_into(qtbot, inputs["smtpPort"].edit, "465")
    assert presets.suggestion.text() == "Port 465 normally uses implicit TLS."
    click(qtbot, presets.apply_button)
    assert (inputs["useTls"].value(), inputs["useSsl"].value()) == (False, True)
    assert presets.apply_button.isHidden()


def curl_body(text: str) -> dict:
    return json.loads(shlex.split(text.replace("\\\n", " "))[-1])


def test_copy_as_curl_masks_secrets_unless_asked_and_names_only_the_documents_fields(qtbot, window):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    window.editor.show_curl()
    dialog = window.editor.curl_dialog
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    assert text.startswith("curl -X POST http://localhost:8080/api/v1/notifications/channels")
    assert '"botToken": "••••' in text
    assert TELEGRAM_TOKEN not in text
    assert list(curl_body(text)["configuration"]) == [
        "botToken",
        "chatId",
    ]  # no parseMode, apiBaseUrl … left at default
    dialog.reveal.click()  # (the box spans the dialog: a click in its middle is past its label)
    assert TELEGRAM_TOKEN in dialog.text.toPlainText()
    dialog.close()
    fill(qtbot, window, {"messageThreadId": "42"})  # set by the user: named too
    window.editor.show_curl()
    assert curl_body(window.editor.curl_dialog.text.toPlainText())["configuration"]["messageThreadId"] == 42


def test_copy_as_curl_names_the_server_logged_in_to(qtbot, window, documented_server):
    from .server_steps import log_in

    log_in(qtbot, window, documented_server).close()
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "https://hooks.example.org/in"})
    window.editor.show_curl()
    text = window.editor.curl_dialog.text.toPlainText()
    assert text.startswith(f"curl -X POST {documented_server.url}/api/v1/notifications/channels ")
    assert curl_body(text)["configuration"] == {"url": "https://hooks.example.org/in", "method": "POST", "timeout": 30}


def test_every_field_has_an_accessible_name_and_tab_follows_the_form(qtbot, window):
    for type_name in CHANNELS:
        window.commands.add_of_type[type_name].trigger()
        window.editor.revert()
        chain = [w for w in window.editor.focus_chain() if w.isVisible() and w.isEnabled()]
        for field_input in window.editor.form.inputs.values():
            assert field_input.focus_widget.accessibleName(), field_input.spec.key
        window.editor.name.setFocus()
        visited = [window.editor.name]
        for _ in range(6):
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
            visited.append(window.focusWidget())
        assert visited == chain[:7], type_name
        window.editor.clear()


def test_a_masked_header_value_is_masked_for_screen_readers_too(qtbot, window):
    from PySide6.QtGui import QAccessible

    new_channel(qtbot, window, "WEBHOOK", CHANNELS["WEBHOOK"][0])
    table = window.editor.form.inputs["headers"].table

    def cell_names() -> list[str]:
        view = QAccessible.queryAccessibleInterface(table.view)
        cells = [view.child(i) for i in range(view.childCount())]
        return [cell.text(QAccessible.Text.Name) for cell in cells if cell.role() == QAccessible.Role.Cell]

    assert cell_names() == ["Authorization", "hidden value", "Hide"]
    click(qtbot, table.reveal_button)
    assert cell_names() == ["Authorization", "Bearer your-token-77", "Hide"]
    click(qtbot, table.reveal_button)
    assert "Bearer your-token-77" not in cell_names()


def test_an_imported_channel_without_a_recipient_is_listed_incomplete_and_completed_in_the_form(qtbot, window, context):
    from pingtower_desktop.importexport import parse_import
    from pingtower_desktop.ui.channel_model import ENABLED_COLUMN
    from tests.importing import import_entries
    from tests.test_cli import DOCUMENT_EMAIL_EXAMPLE

    [outcome] = import_entries(context.repo, parse_import(DOCUMENT_EMAIL_EXAMPLE)).outcomes
    assert outcome.outcome == "added" and "toEmail" in outcome.detail
    window.reload_channels()
    settle(qtbot, window)
    [stored] = context.repo.list()
    window.select_channel(stored.id)
    settle(qtbot, window)
    assert window.editor.channel_id == stored.id
    row = window.model.row_of(stored.id)
    assert window.model.index(row, ENABLED_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == (
        "Incomplete: fill in fromEmail, toEmail, then enable it"
    )
    editor = window.editor
    assert editor.form.problem_text("toEmail") == "needs at least one e-mail address"
    assert not editor.save_button.isEnabled()

    fill(qtbot, window, {"toEmail": "oncall@example.org", "fromEmail": "ops@example.org"})
    click(qtbot, editor.enabled)
    save(qtbot, window)

    [after] = context.repo.list()
    assert after.enabled and not after.missing and after.config.toEmail == "oncall@example.org"


def test_a_save_keeps_what_the_command_line_changed_while_the_form_was_open(qtbot, window, context, answers):
    from pingtower_desktop.ui import prompts

    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    save(qtbot, window)
    ops = context.repo.find("Ops")
    # meanwhile, the CLI: a new token, a topic, and the channel disabled
    context.repo.edit(ops.id, lambda c: c.update(botToken="42:AAH-from-the-cli", messageThreadId=9))
    context.repo.set_enabled(ops.id, False)

    type_into(qtbot, window.editor.form.inputs["chatId"].edit, "-1009999")
    save(qtbot, window)
    stored = context.repo.with_secrets(context.repo.find("Ops"))
    assert (stored.config.chatId, stored.config.botToken, stored.config.messageThreadId) == (
        "-1009999",
        "42:AAH-from-the-cli",
        9,
    )
    assert stored.enabled is False and answers.asked == []
    assert window.editor.form.inputs["botToken"].edit.text() == "42:AAH-from-the-cli"  # the form shows the merge

    context.repo.edit(ops.id, lambda c: c.update(chatId="-1007777"))  # the same field, elsewhere
    type_into(qtbot, window.editor.form.inputs["chatId"].edit, "-1008888")
    answers.clash = [prompts.Clash.CANCEL]
    click(qtbot, window.editor.save_button)
    settle(qtbot, window)
    assert answers.asked == ["clash:Ops:configuration.chatId"] and window.editor.is_dirty
    assert context.repo.with_secrets(context.repo.find("Ops")).config.chatId == "-1007777"
    answers.clash = [prompts.Clash.MINE]
    save(qtbot, window)
    assert context.repo.with_secrets(context.repo.find("Ops")).config.chatId == "-1008888"


def test_a_name_another_channel_has_is_named_as_you_type_and_save_waits(qtbot, window, context):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Ops Hook", "url": "https://hooks.example.org/in"})
    save(qtbot, window)
    new_channel(qtbot, window, "WEBHOOK", {"name": "Second", "url": "https://hooks.example.org/2"})
    editor = window.editor
    assert editor.save_button.isEnabled()
    editor.name.clear()
    qtbot.keyClicks(editor.name, "  ops   HOOK ")  # the same name, ignoring case and spacing
    assert editor.name_note.text() == "another channel is already called “Ops Hook”"
    assert not editor.save_button.isHidden() and not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.name, "2")
    assert editor.name_note.isHidden() and editor.save_button.isEnabled()


@pytest.mark.parametrize("port", ["25", "587", "465", "2525"])
@pytest.mark.parametrize("ticked", ["useTls", "useSsl"])
def test_both_tls_options_are_refused_the_same_way_at_every_port(qtbot, window, port, ticked):
    values = {"name": "Mail", "smtpHost": "127.0.0.1", "fromEmail": "a@example.org", "toEmail": "b@example.org"}
    new_channel(qtbot, window, "EMAIL", {**values, "smtpPort": port, "useTls": False, "useSsl": False})
    editor = window.editor
    other = "useSsl" if ticked == "useTls" else "useTls"
    editor.form.inputs[other].set_value(True)
    window.editor.draft.touched.clear()  # as a form just opened with one box already ticked
    editor.form.inputs[ticked].box.click()  # the person ticks the other one
    assert editor.form.problem_text("useSsl") == "choose one: STARTTLS or implicit TLS, not both"
    assert not editor.save_button.isEnabled()


@pytest.mark.parametrize(
    ("proxy", "options"),
    [
        ("socks5h://ops@proxy.example:1080", ["--socks5-hostname", "proxy.example:1080", "--proxy-user", "ops"]),
        ("socks5://proxy.example:1081", ["--socks5", "proxy.example:1081"]),
        ("http://proxy.example:3128", ["--proxy", "http://proxy.example:3128"]),
    ],
)
def test_copy_as_curl_goes_through_the_saved_proxy(qtbot, window, context, proxy, options):
    import shlex

    from pingtower_desktop.storage.network_settings import NetworkStore
    from pingtower_desktop.transport.proxy import ProxySettings

    NetworkStore(context.paths, context.secrets).save(ProxySettings("manual", proxy), password="never-shown")
    from pingtower_desktop.ui.editor.curl_dialog import CurlDialog

    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    window.editor.show_curl()  # the document's localhost server: loopback is never proxied
    assert "--proxy" not in window.editor.curl_dialog.text.toPlainText()
    window.editor.curl_dialog.close()
    url = "https://pingtower.example/api/v1/notifications/channels"
    dialog = CurlDialog(window.editor.form_channel(), url, window, proxy=window.editor._proxy_to(url))
    words = shlex.split(dialog.text.toPlainText().replace("\\\n", " "))
    at = words.index(options[0])
    assert words[at : at + len(options)] == options
    assert "never-shown" not in dialog.text.toPlainText()  # curl asks for it
    dialog.close()
