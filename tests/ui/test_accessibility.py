"""What a screen reader reads (issue 21): results by their text, fields by their labels, tables by their
headers; what the keyboard reaches and where the focus is seen. Read through Qt's accessibility interface,
which the AT-SPI bridge serves to Orca (``test_screen_reader.py`` reads the same over the real bus)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from pingtower_desktop.ui.main_window import MainWindow

from .accessible import labels_hiding_their_text, read
from .helpers import click, new_channel

WAIT = 10_000


def open_every_dialog(qtbot, window: MainWindow) -> list:
    window.commands.shortcuts.trigger()
    return [window.server.open_server(), window.open_settings(), window.findChild(QDialog, "shortcuts")]


def test_a_test_result_is_read_as_the_result_and_says_what_it_is(qtbot, window, closed_port_url):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": closed_port_url})
    panel = window.editor.test_panel
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: "Failed" in panel.outcome.text(), timeout=WAIT)
    seen = read(panel.outcome)
    assert seen.name == panel.outcome.text() and seen.name.startswith("✘ Failed")
    assert seen.description == "Test result"


def test_why_a_test_cannot_be_sent_is_read(qtbot, window):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": "http://127.0.0.1:9"})
    need = window.editor.test_panel.need
    qtbot.waitUntil(need.isVisible, timeout=WAIT)
    assert read(need).name == need.text() and "username is needed" in need.text()
    assert read(need).description == "Why the test cannot be sent"


def test_the_server_dialog_values_are_read_with_their_captions(qtbot, window):
    window.commands.server.trigger()
    dialog = window.server.server_dialog
    qtbot.waitExposed(dialog)
    state, who = read(dialog.state), read(dialog.who)
    assert (state.name, state.description, state.labelled_by[0]) == ("not set up", "State", "State")
    assert (who.name, who.labelled_by[0]) == ("—", "Logged in as")


def test_no_label_in_the_window_or_a_dialog_hides_its_text_behind_a_caption(qtbot, window, answers):
    window.keyring_banner.show_text("The keyring is locked.")
    dialogs = open_every_dialog(qtbot, window)
    for root in (window, *dialogs):
        assert labels_hiding_their_text(root) == []
