"""The window as a whole: the unsaved-changes guard, the filter, the keyring banner, import/export."""

from __future__ import annotations

import json

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from pingtower_desktop.ui import prompts
from pingtower_desktop.ui.main_window import MainWindow
from tests.keyring_accounts import memory_accounts

from .helpers import TELEGRAM_TOKEN, fill, import_file, new_channel, save, settle, type_into

DOCUMENT_EXAMPLE = {
    "pythonBot": {
        "name": "Python Bot Channel",
        "type": "PYTHON_BOT",
        "configuration": {"botUrl": "http://localhost:5000"},
        "enabled": True,
    },
    "telegram": {
        "name": "Telegram Channel",
        "type": "TELEGRAM",
        "configuration": {"botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"},
        "enabled": True,
    },
}


def two_channels(qtbot, window, context):
    for name in ("Alpha", "Beta"):
        new_channel(qtbot, window, "PYTHON_BOT", {"name": name, "botUrl": "http://localhost:5000"})
        save(qtbot, window)
    return context.repo.find("Alpha"), context.repo.find("Beta")


def click_row(qtbot, window, channel_id):
    view = window.channel_list.view
    rect = view.visualRect(window.model.index(window.model.row_of(channel_id), 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)


def test_switching_channels_with_unsaved_changes_asks_first(qtbot, window, context, answers):
    alpha, beta = two_channels(qtbot, window, context)
    click_row(qtbot, window, alpha.id)
    fill(qtbot, window, {"botUrl": "http://localhost:5999"})

    answers.unsaved.append(prompts.Unsaved.CANCEL)
    click_row(qtbot, window, beta.id)
    assert window.editor.channel_id == alpha.id
    assert window.channel_list.current_id == alpha.id
    assert window.editor.form.inputs["botUrl"].value() == "http://localhost:5999"

    answers.unsaved.append(prompts.Unsaved.DISCARD)
    click_row(qtbot, window, beta.id)
    assert window.editor.channel_id == beta.id
    assert context.repo.find("Alpha").config.botUrl == "http://localhost:5000"

    fill(qtbot, window, {"botUrl": "http://localhost:5001"})
    answers.unsaved.append(prompts.Unsaved.SAVE)
    click_row(qtbot, window, alpha.id)
    assert window.editor.channel_id == alpha.id
    assert context.repo.find("Beta").config.botUrl == "http://localhost:5001"
    assert answers.asked == ["unsaved:Alpha", "unsaved:Alpha", "unsaved:Beta"]


def test_closing_with_unsaved_changes_asks_and_can_be_refused(qtbot, window, answers):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Draft", "botUrl": "http://localhost:5000"})
    answers.unsaved.append(prompts.Unsaved.CANCEL)
    assert not window.close()
    assert window.isVisible() and window.context.worker.alive
    answers.unsaved.append(prompts.Unsaved.SAVE)
    window.close()  # saves first (in the store's thread), then closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not window.context.worker.alive
    assert [c.name for c in window.context.repo.list()] == ["Draft"]


def test_the_filter_narrows_the_list_as_you_type(qtbot, window, context):
    for type_name, name, values in (
        ("PYTHON_BOT", "Ops bot", {"botUrl": "http://localhost:5000"}),
        ("TELEGRAM", "Ops telegram", {"botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"}),
        ("WEBHOOK", "Billing hook", {"url": "https://example.com/hook"}),
    ):
        new_channel(qtbot, window, type_name, {"name": name, **values})
        save(qtbot, window)
    window.focus_filter()
    assert window.channel_list.filter.hasFocus()
    qtbot.keyClicks(window.channel_list.filter, "ops")
    assert sorted(window.model.channel(r).name for r in range(window.model.rowCount())) == ["Ops bot", "Ops telegram"]
    qtbot.keyClicks(window.channel_list.filter, " tele")
    assert [window.model.channel(r).name for r in range(window.model.rowCount())] == ["Ops telegram"]
    assert window.channel_list.count.text() == "1 of 3 shown"
    type_into(qtbot, window.channel_list.filter, "webhook")  # the type's name matches too
    assert [window.model.channel(r).name for r in range(window.model.rowCount())] == ["Billing hook"]
    window.channel_list.filter.clear()
    assert window.model.rowCount() == 3


def test_without_a_usable_keyring_a_banner_explains_and_secrets_stay_in_memory(qtbot, context, answers):
    keyring.set_keyring(fail.Keyring())
    window = MainWindow(context)
    window.attach(context)
    listing = window.load_channels()
    window.show()
    try:
        qtbot.waitUntil(lambda: listing.done, timeout=5000)
        qtbot.waitUntil(lambda: not window.keyring_banner.isHidden(), timeout=5000)
        assert "No usable keyring" in window.keyring_banner.label.text()
        assert "gnome-keyring" in window.keyring_banner.label.text()
        new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
        save(qtbot, window)
        assert TELEGRAM_TOKEN not in context.paths.config_file.read_text()
        stored = context.repo.find("Ops")
        assert context.repo.with_secrets(stored).config.botToken == TELEGRAM_TOKEN
        assert "this session only" in window.editor.secret_note_label.text()
    finally:
        window.editor.clear()
        window.close()


def test_import_the_documents_example_and_export_without_secrets(qtbot, window, context, tmp_path, memory_keyring):
    source = tmp_path / "channels.json"
    source.write_text(json.dumps(DOCUMENT_EXAMPLE))
    preview = import_file(qtbot, window, source)
    assert preview.summary.text().startswith("2 to add, 0 to change, 0 unchanged.")
    assert sorted(c.name for c in context.repo.list()) == ["Python Bot Channel", "Telegram Channel"]
    assert window.model.rowCount() == 2
    assert "Imported: added: 2." in window.statusBar().currentMessage()
    telegram = context.repo.find("Telegram Channel")
    assert memory_accounts(memory_keyring)[f"channel:{telegram.id}:botToken"] == TELEGRAM_TOKEN

    target = tmp_path / "export.json"
    window.export_channels(include_secrets=False, path=str(target))
    settle(qtbot, window)
    exported = json.loads(target.read_text())
    assert sorted(c["name"] for c in exported["channels"]) == ["Python Bot Channel", "Telegram Channel"]
    assert TELEGRAM_TOKEN not in target.read_text()

    window.export_channels(include_secrets=True, path=str(target))
    settle(qtbot, window)
    assert TELEGRAM_TOKEN in target.read_text()
    assert target.stat().st_mode & 0o077 == 0


def test_an_unreadable_import_is_reported(qtbot, window, answers, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text("{not json")
    window.import_channels(str(source))
    settle(qtbot, window)
    assert window.import_preview is None
    assert any(text.startswith("error:Import failed:") and "not valid JSON" in text for text in answers.asked)


def test_ctrl_n_offers_the_types_and_theshow_context_menu_offers_the_channel_actions(qtbot, window, context):
    window.channel_list.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.commands.new_menu.isVisible)
    assert [a.text() for a in window.commands.new_menu.actions()] == [
        "Python bot",
        "Telegram",
        "E-mail",
        "Slack",
        "Webhook",
    ]
    window.commands.new_menu.actions()[3].trigger()
    window.commands.new_menu.hide()
    assert window.editor.channel_type.name == "SLACK" and window.editor.is_new
    fill(qtbot, window, {"name": "Slack", "webhookUrl": "https://hooks.slack.com/services/T/B/X"})
    save(qtbot, window)

    view = window.channel_list.view
    rect = view.visualRect(window.model.index(0, 1))
    window.commands.show_context_menu(rect.center())
    menu = window.findChildren(QMenu)[-1]
    qtbot.waitUntil(menu.isVisible)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names[:4] == ["duplicate", "delete", "toggle_enabled", "make_default"]
    menu.hide()


def test_the_app_shows_the_first_channel_once_the_window_has_painted(qtbot, context):
    from pingtower_desktop.channels import Channel
    from pingtower_desktop.ui.application import Shell
    from pingtower_desktop.ui.i18n import Translations

    wire = {"name": "Ops hook", "type": "WEBHOOK", "configuration": {"url": "http://127.0.0.1:9/hook"}}
    context.repo.add(Channel.from_wire(wire))
    shell = Shell(context, Translations(), "en")
    window = shell.window
    try:
        assert window.editor.channel_type is None  # not built on the way to the first paint
        window.show()
        qtbot.waitUntil(lambda: window.editor.channel_type is not None, timeout=5000)
        assert window.editor.name.text() == "Ops hook"
    finally:
        window.close()
        window.deleteLater()


def test_double_clicking_a_channel_puts_the_cursor_in_its_name(qtbot, window):
    new_channel(qtbot, window, "SLACK", {"name": "Slack", "webhookUrl": "https://hooks.slack.com/services/T/B/X"})
    save(qtbot, window)
    row = window.channel_list.view.visualRect(window.model.index(0, 1)).center()
    viewport = window.channel_list.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row)  # a double click starts as a click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=row)
    qtbot.waitUntil(lambda: window.focusWidget() is window.editor.name, timeout=2000)


def test_after_a_failed_save_from_the_prompt_the_list_and_the_editor_stay_on_one_channel(
    qtbot, window, context, answers
):
    alpha, beta = two_channels(qtbot, window, context)
    click_row(qtbot, window, alpha.id)
    type_into(qtbot, window.editor.name, "beta")  # taken: the save will be refused
    answers.unsaved.append(prompts.Unsaved.SAVE)
    click_row(qtbot, window, beta.id)
    qtbot.wait(50)
    selected = [window.model.channel(i.row()).id for i in window.channel_list.view.selectionModel().selectedRows()]
    assert selected == [alpha.id]
    assert window.channel_list.current_id == window.editor.channel_id == alpha.id
    assert window.editor.is_dirty and window.editor.name_note.text() == "another channel is already called “Beta”"
    assert window.editor.summary.text() == "Not saved: fix the marked fields first."  # the reason, not the prompt
    answers.delete.append(False)
    window.commands.delete.trigger()
    assert answers.asked[-1] == "delete:Alpha"


def test_file_dialogs_start_in_the_documents_folder_then_where_the_last_file_was(
    qtbot, window, context, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(documents))
    asked: list[str] = []
    chosen = tmp_path / "exports" / "mine.json"
    chosen.parent.mkdir()

    def save_name(parent, title, where, filters):
        asked.append(where)
        return str(chosen), filters

    def open_name(parent, title, where, filters):
        asked.append(where)
        return "", filters  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    window.export_channels(include_secrets=False)
    settle(qtbot, window)
    window.import_channels()
    assert asked == [str(documents / "pingtower-channels.json"), str(chosen.parent)]
    assert chosen.exists()
    assert context.settings.file_folder() == str(chosen.parent)  # remembered for the next start too
