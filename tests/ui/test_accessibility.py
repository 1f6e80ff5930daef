"""What a screen reader reads (issue 21): results by their text, fields by their labels, tables by their
headers; what the keyboard reaches and where the focus is seen. Read through Qt's accessibility interface,
which the AT-SPI bridge serves to Orca (``test_screen_reader.py`` reads the same over the real bus)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel

from pingtower_desktop.ui.editor.headers_table import HIDE, NAME, VALUE, HeadersTable
from pingtower_desktop.ui.main_window import MainWindow

from .accessible import labels_hiding_their_text, read, table_cells
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


def headers_table(qtbot, window: MainWindow, headers: dict[str, str]) -> HeadersTable:
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "http://127.0.0.1:9/hook", "headers": headers})
    return window.editor.shown_form().inputs["headers"].table


def cells(table: HeadersTable) -> list[list[str]]:
    return table_cells(table.view)


def test_tab_in_the_headers_table_goes_from_name_to_value_then_out_and_never_cycles(qtbot, window):
    table = headers_table(qtbot, window, {})
    window.activateWindow()
    click(qtbot, table.add_button)  # a new row, its name being edited
    qtbot.keyClicks(QApplication.focusWidget(), "X-Env")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert table.view.isAncestorOf(QApplication.focusWidget()) and table.view.currentColumn() == VALUE
    qtbot.keyClicks(QApplication.focusWidget(), "staging")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is table.add_button  # out of the table, to what follows it
    assert table.pairs() == {"X-Env": "staging"}
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table.view  # back in, on the table itself
    qtbot.keyClick(table.view, Qt.Key.Key_Backtab)
    assert not table.isAncestorOf(QApplication.focusWidget())  # and out the other way
    table.view.setCurrentCell(0, NAME)
    table.view.editItem(table.view.item(0, NAME))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is table.add_button  # Ctrl+Tab too: name, value, out


def test_only_header_values_that_are_credentials_or_marked_are_hidden(qtbot, window, context):
    headers = {"Authorization": "Bearer s3cr3t-token-4242", "X-Env": "staging", "X-Api-Key": "k-123456789"}
    table = headers_table(qtbot, window, headers)
    assert cells(table) == [
        ["Authorization", "hidden value", "Hide"],
        ["X-Env", "staging", "Hide"],
        ["X-Api-Key", "hidden value", "Hide"],
    ]
    credential_box, env_box = table.view.item(0, HIDE), table.view.item(1, HIDE)
    assert (
        credential_box.checkState() == Qt.CheckState.Checked and not credential_box.flags() & Qt.ItemFlag.ItemIsEnabled
    )
    preview = window.editor.addons[-1].preview.toPlainText()
    assert "Authorization: ••••\n" in preview and "4242" not in preview  # no tail of the secret
    assert "X-Env: staging" in preview

    env_box.setCheckState(Qt.CheckState.Checked)  # the user hides one more
    assert cells(table)[1] == ["X-Env", "hidden value", "Hide"]
    assert context.settings.load().hidden_headers == {"x-env"}  # remembered for every channel
    window.editor.clear()
    again = headers_table(qtbot, window, {"x-env": "prod"})
    assert cells(again) == [["x-env", "hidden value", "Hide"]]


def test_tab_reads_the_editor_in_order_form_then_test_then_the_save_bar(qtbot, window):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": "http://127.0.0.1:9", "username": "u"})
    editor = window.editor
    chain = [widget for widget in editor.focus_chain() if widget.isEnabled()]
    position = {widget.objectName(): index for index, widget in enumerate(chain)}
    assert position["field_username"] < position["test_message"] < position["send_test"] < position["copy_as_curl"]


def test_every_combo_box_has_a_label_of_its_own(qtbot, window, context):
    """On Linux a combo box is read by its value; its name comes from the label that labels it."""
    for type_name in ("PYTHON_BOT", "TELEGRAM", "EMAIL", "SLACK", "WEBHOOK"):
        window.commands.add_of_type[type_name].trigger()
        roots = [window, window.history, window.health, *open_every_dialog(qtbot, window)]
        for root in roots:
            for combo in root.findChildren(QComboBox):
                if combo.isVisibleTo(root):
                    assert any(label.buddy() is combo for label in combo.window().findChildren(QLabel)), (
                        combo.objectName()
                    )
        window.editor.clear()


def test_the_edit_menu_cuts_copies_pastes_and_selects_in_the_focused_field(qtbot, window):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "http://127.0.0.1:9/x"})
    edit = window.commands.edit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.name.setFocus()
    qtbot.waitUntil(window.editor.name.hasFocus)
    edit.update()  # as the menu does when it opens
    assert not edit.copy.isEnabled() and edit.select_all.isEnabled()
    edit.select_all.trigger()
    edit.update()
    edit.copy.trigger()
    assert QApplication.clipboard().text() == "Hook"
    window.channel_list.filter.setFocus()
    qtbot.waitUntil(window.channel_list.filter.hasFocus)
    edit.update()
    edit.paste.trigger()
    assert window.channel_list.filter.text() == "Hook"
    secret = window.editor.shown_form().inputs["hmacSecret"].focus_widget
    secret.setFocus()
    qtbot.keyClicks(secret, "s3cret")
    secret.selectAll()
    edit.update()
    assert not edit.copy.isEnabled() and not edit.cut.isEnabled()  # nothing copied out of a secret field
    texts = [action.text().split("\t") for action in window.menuBar().actions()[1].menu().actions() if action.text()]
    assert [text for text in texts if len(text) == 2][-4:] == [
        ["Cu&t", "Ctrl+X"],
        ["&Copy", "Ctrl+C"],
        ["&Paste", "Ctrl+V"],
        ["Select &all", "Ctrl+A"],
    ]


def test_view_has_a_key_for_every_tab(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, modifiers, shown in (
        (Qt.Key.Key_H, shift, window.health),
        (Qt.Key.Key_L, shift, window.activity),
        (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier, window.history),
        (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, window.splitter),
    ):
        qtbot.keyClick(window.channel_list.filter, key, modifiers)
        assert window.tabs.currentWidget() is shown


def test_placeholder_and_help_text_read_at_4_5_to_1_in_a_light_and_a_dark_palette(qtbot):
    from PySide6.QtGui import QColor, QPalette

    from pingtower_desktop.ui.application import make_application
    from pingtower_desktop.ui.contrast import contrast, over, readable

    app = QApplication.instance()
    before = app.palette()
    dark = QPalette(before)
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b")):
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor(230, 230, 230, 110))
    try:
        for palette in (make_application([]).palette(), readable(dark)):
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                background = palette.color(role)
                assert contrast(over(muted, background), background) >= 4.5, role
        assert (
            contrast(
                over(before.color(QPalette.ColorRole.PlaceholderText), before.base().color()), before.base().color()
            )
            < 4.5
        )
    finally:
        app.setPalette(before)


def test_on_wayland_a_window_leaves_room_for_the_panel_it_cannot_see(qtbot, monkeypatch, window):
    from PySide6.QtGui import QGuiApplication

    from pingtower_desktop.ui import screen_fit

    screen = window.screen().availableGeometry().size()
    assert screen_fit.available(window).height() == screen.height() - screen_fit.DECORATION.height()
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))
    assert screen_fit.available(window).height() == screen.height() - screen_fit.DECORATION.height() - 48
