"""Nothing on screen outlives what it was about: a result of other values, a note of unsaved values once saved,
"Deleted …" once undone, a heading of no name; and what was typed outlives a change of language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from pingtower_desktop.ui.application import Shell
from pingtower_desktop.ui.i18n import Translations

from .helpers import new_channel, relay_tested_once, save, settle, type_into

WAIT = 10_000
UNSAVED = "This tested the unsaved values in the form"


def outcome(window) -> str:
    return window.editor.test_panel.outcome.text()


def test_a_result_goes_when_the_server_it_was_of_is_changed_by_a_preset(qtbot, window, smtp_plain):
    relay_tested_once(qtbot, window, smtp_plain.port)
    type_into(qtbot, window.editor.test_panel.message, "Disk almost full")  # the test's own fields: it stays
    assert "Delivered" in outcome(window)
    [presets] = window.editor.addons
    presets.choose("Gmail")
    assert outcome(window) == "" and not window.editor.test_panel.reply.isVisible()


def test_after_save_a_result_no_longer_says_it_was_of_unsaved_values(qtbot, window, webhook_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": webhook_peer.url})
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Delivered" in outcome(window), timeout=WAIT)
    assert UNSAVED in outcome(window)
    save(qtbot, window)
    assert "Delivered" in outcome(window) and UNSAVED not in outcome(window)


def test_the_heading_of_a_new_channel_follows_the_name_typed(qtbot, window):
    window.commands.add_of_type["TELEGRAM"].trigger()
    assert window.editor.title.text() == "New Telegram channel"
    type_into(qtbot, window.editor.name, "Ops")
    assert window.editor.title.text() == "Ops — new Telegram channel"
    assert window.windowTitle() == "Ops[*] — PingTower Desktop"
    type_into(qtbot, window.editor.name, "")
    assert window.editor.title.text() == "New Telegram channel"


def test_undoing_a_delete_takes_back_the_word_deleted(qtbot, window, answers):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "https://hooks.example.org/in"})
    save(qtbot, window)
    answers.delete.append(True)
    window.commands.delete.trigger()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Deleted “Hook”."
    window.commands.undo.trigger()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Undone: Delete “Hook”"
    assert window.model.rowCount() == 1
    window.commands.redo.trigger()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Redone: Delete “Hook”"


def test_another_channel_is_shown_from_its_top(qtbot, window):
    window.resize(800, 600)
    window.show()
    for name in ("First", "Second"):
        new_channel(
            qtbot,
            window,
            "EMAIL",
            {"name": name, "smtpHost": "127.0.0.1", "fromEmail": "a@example.com", "toEmail": "b@example.com"},
        )
        save(qtbot, window)
    bar = window.editor.body_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT)
    bar.setValue(bar.maximum())
    first = window.model.index(0, 0)
    window.channel_list.view.setCurrentIndex(first)
    settle(qtbot, window)
    assert window.editor.name.text() == "First" and bar.value() == 0


def test_a_change_of_language_keeps_what_was_typed_and_the_preview_speaks_it(qtbot, context, answers):
    shell = Shell(context, Translations(), "en")
    window = shell.window
    window.show()
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "https://hooks.example.org/in"})
    save(qtbot, window)
    panel = window.editor.test_panel
    type_into(qtbot, panel.username, "ops-duty")
    [preview] = window.editor.addons
    assert "Test notification from PingTower Desktop for channel “Hook”." in preview.request_text()
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    russian = shell.window
    try:
        qtbot.waitUntil(lambda: russian.editor.channel_id is not None, timeout=5000)
        settle(qtbot, russian)
        assert russian.editor.test_panel.typed() == ("", "ops-duty")
        [preview] = russian.editor.addons
        assert "Тестовое уведомление от PingTower Desktop для канала «Hook»." in preview.request_text()
        russian.editor.test_panel.message.setText("Диск почти заполнен")  # keyClicks types ASCII only
        assert '"message": "Диск почти заполнен"' in preview.request_text()
    finally:
        shell.translations.use("en")
        russian.close()
        QApplication.processEvents()
