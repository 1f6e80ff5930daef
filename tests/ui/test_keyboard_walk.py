"""The app by keyboard alone (issue 21): add, fill, save and test a channel of each type, through the headers
table; every tab and every dialog's buttons reached; the focus seen at every stop (a change of at least 3:1
contrast around the control, as long as half its outline) and never trapped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)

from pingtower_desktop.ui.editor.headers_table import VALUE
from pingtower_desktop.ui.main_window import MainWindow
from pingtower_desktop.ui.tabs import tab_index

from ..peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN
from .focus_seen import focus_indicator
from .helpers import settle

WAIT = 10_000
STOPS = 80  # more Tab presses than any window here has stops
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Keys pressed where the focus is, and at each new stop a look at whether the focus can be seen."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.seen: set[tuple[str, str, str]] = set()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)

    def reactivate(self) -> None:
        """The window active again after a menu or a dialog: the offscreen platform leaves what closed active
        (a window manager gives the activation back), which would leave no widget with the focus."""
        self.qtbot.wait(50)
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=WAIT)

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no control has the focus"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus, key, modifiers)

    def type(self, text: str) -> None:
        self.press(Qt.Key.Key_A, CTRL)  # over what the field holds
        self.qtbot.keyClicks(self.focus, text)

    def tab(self, backwards: bool = False) -> QWidget:
        self.press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        self.look()
        return self.focus

    def tab_to(self, target: QWidget) -> None:
        for _ in range(STOPS):
            if self.focus is target:
                return
            self.tab()
        raise AssertionError(f"Tab never reached {target.objectName() or target}")

    def look(self) -> None:
        """The focus is seen where it now is (each control once)."""
        widget = self.focus
        key = (widget.window().objectName(), type(widget).__name__, widget.objectName())
        if key in self.seen:
            return
        self.seen.add(key)
        elsewhere = self._elsewhere(widget)
        changed = focus_indicator(self.qtbot, widget, elsewhere)
        assert changed >= widget.width() + widget.height(), f"focus hardly seen on {key}: {changed} pixels"

    @staticmethod
    def _elsewhere(widget: QWidget) -> QWidget:
        """Another control of the window to take the focus for a moment, one that does not scroll ``widget``
        away: outside every scroll area, unless ``widget`` is outside them itself."""

        def scrolls(control: QWidget) -> bool:
            return any(isinstance(holder, QAbstractScrollArea) for holder in ancestors(control))

        candidates = [
            other
            for other in widget.window().findChildren(QWidget)
            if other is not widget
            and other.isVisible()
            and other.isEnabled()
            and isinstance(other, (QLineEdit, QAbstractButton, QTabBar, QAbstractItemView))
            and other.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not (scrolls(other) and scrolls(widget))
        ]
        assert candidates, f"nothing else to focus beside {widget!r} in {widget.window()!r}"
        return candidates[0]

    def cycle(self) -> list[QWidget]:
        """Tab from the focus round to it again: every stop once, none a trap; Shift+Tab walks it back."""
        start, stops = self.focus, [self.focus]
        self.look()
        while (following := self.tab()) is not start:
            assert len(stops) < STOPS, f"Tab does not come back to {start.objectName()}"
            stops.append(following)
        back = [self.tab(backwards=True) for _ in stops]
        assert back[::-1] == stops  # the same stops, the other way round
        return stops


def ancestors(widget: QWidget) -> list[QWidget]:
    found, holder = [], widget.parentWidget()
    while holder is not None:
        found.append(holder)
        holder = holder.parentWidget()
    return found


def add_by_keyboard(keys: Keyboard, index: int) -> None:
    """Ctrl+N, then the type's place in the menu by arrow keys, then Return."""
    menu = keys.window.commands.new_menu
    keys.press(Qt.Key.Key_N, CTRL)
    keys.qtbot.waitUntil(menu.isVisible, timeout=WAIT)
    for _ in range(index + 1):
        keys.qtbot.keyClick(menu, Qt.Key.Key_Down)
    keys.qtbot.keyClick(menu, Qt.Key.Key_Return)
    keys.qtbot.waitUntil(lambda: keys.window.editor.is_new and not menu.isVisible(), timeout=WAIT)
    assert keys.window.focusWidget() is keys.window.editor.name
    keys.reactivate()


def fill(keys: Keyboard, values: dict[str, object]) -> None:
    editor = keys.window.editor
    for key, value in values.items():
        field = editor.name if key == "name" else editor.shown_form().inputs[key].focus_widget
        keys.tab_to(field)
        if isinstance(field, QCheckBox):
            if field.isChecked() != value:
                keys.press(Qt.Key.Key_Space)
        else:
            keys.type(str(value))


def add_a_header(keys: Keyboard, name: str, value: str) -> None:
    """Tab into the headers table, on to Add header, Space, then name, Tab, value, Tab: out of the table."""
    table = keys.window.editor.shown_form().inputs["headers"].table
    keys.tab_to(table.view)
    keys.tab_to(table.add_button)
    keys.press(Qt.Key.Key_Space)
    keys.qtbot.keyClicks(keys.focus, name)
    keys.press(Qt.Key.Key_Tab)
    assert table.view.currentColumn() == VALUE
    keys.qtbot.keyClicks(keys.focus, value)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus is table.add_button
    assert table.pairs()[name] == value


def save_and_test(keys: Keyboard, press: Qt.Key) -> str:
    editor = keys.window.editor
    with keys.qtbot.waitSignal(editor.save_finished, timeout=WAIT):
        keys.press(Qt.Key.Key_S, CTRL)
    assert not editor.is_new and not editor.is_dirty
    panel = editor.test_panel
    keys.tab_to(panel.send_button)
    keys.press(press)
    keys.qtbot.waitUntil(lambda: not panel.running and bool(panel.outcome.text()), timeout=WAIT)
    assert keys.focus is panel.send_button  # back from Cancel, where it was while the test ran
    return panel.outcome.text()


def test_a_channel_of_each_type_added_filled_saved_and_tested_by_keyboard_alone(
    qtbot, window, webhook_peer, slack_peer, telegram_peer, python_bot_peer, smtp_plain
):
    keys = Keyboard(qtbot, window)
    window.channel_list.filter.setFocus()
    channels = [
        ("PYTHON_BOT", {"name": "Bot", "botUrl": python_bot_peer.url, "username": "testuser"}),
        (
            "TELEGRAM",
            {"name": "Chat", "botToken": TELEGRAM_TOKEN, "chatId": TELEGRAM_CHAT, "apiBaseUrl": telegram_peer.url},
        ),
        (
            "EMAIL",
            {
                "name": "Mail",
                "smtpHost": "127.0.0.1",
                "smtpPort": smtp_plain.port,
                "fromEmail": "alerts@example.com",
                "toEmail": "oncall@example.com",
                "useTls": False,
            },
        ),
        ("SLACK", {"name": "Slack", "webhookUrl": slack_peer.url + "/services/T0/B0/X"}),
        ("WEBHOOK", {"name": "Hook", "url": webhook_peer.url + "/hook"}),
    ]
    for index, (type_name, values) in enumerate(channels):
        add_by_keyboard(keys, index)
        assert window.editor.channel_type.name == type_name
        fill(keys, values)
        if type_name == "WEBHOOK":
            add_a_header(keys, "X-Env", "staging")
        # Space on a button, and Return (as in a form) for the others
        result = save_and_test(keys, Qt.Key.Key_Space if index % 2 else Qt.Key.Key_Return)
        assert result.startswith("✔ Delivered"), (type_name, result)
        assert window.channel_list.current_id == window.editor.channel_id  # the list follows
    assert webhook_peer.received[-1].headers["X-Env"] == "staging"
    assert smtp_plain.received and python_bot_peer.received and slack_peer.received and telegram_peer.received


def test_every_tab_and_the_window_are_walked_round_without_a_trap(qtbot, window, context):
    keys = Keyboard(qtbot, window)
    window.channel_list.filter.setFocus()
    stops = keys.cycle()
    assert window.channel_list.view in stops and window.tabs.tabBar() in stops
    assert not any(isinstance(stop, QAbstractScrollArea) and stop.objectName() == "editor_scroll" for stop in stops)
    for tab, key in (
        ("history", (Qt.Key.Key_H, CTRL)),
        ("health", (Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)),
        ("activity", (Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)),
        ("channels", (Qt.Key.Key_L, CTRL)),
    ):
        keys.press(*key)
        assert window.tabs.currentIndex() == tab_index(tab)
        keys.tab_to(window.tabs.tabBar())
        keys.cycle()  # the tab's own controls, round to the tab bar again


def walk_dialog(keys: Keyboard, dialog: QDialog, buttons: list[QPushButton], typed: dict | None = None) -> None:
    keys.qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.activateWindow()  # as a window manager does with a new dialog
    keys.qtbot.waitUntil(lambda: keys.focus.window() is dialog, timeout=WAIT)
    for field, text in (typed or {}).items():  # what enables the dialog's buttons
        keys.tab_to(field)
        keys.type(text)
    stops = keys.cycle()
    for button in buttons:
        assert button in stops, button.text()
    keys.press(Qt.Key.Key_Escape)
    keys.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    keys.reactivate()


def test_every_dialogs_buttons_are_reached_by_tab(qtbot, window, context, answers, webhook_peer):
    from PySide6.QtWidgets import QDialogButtonBox

    from pingtower_desktop.channels import Channel
    from pingtower_desktop.ui.rotate_dialog import RotateDialog

    wire = {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": webhook_peer.url, "hmacSecret": "s3cret-42"}}
    hook = context.repo.add(Channel.from_wire(wire))
    keys = Keyboard(qtbot, window)
    window.reload_channels()
    settle(qtbot, window)
    window.select_channel(hook.id)
    settle(qtbot, window)
    window.channel_list.filter.setFocus()
    keys.press(Qt.Key.Key_Comma, CTRL)
    settings = window.findChild(QDialog, "settings")
    walk_dialog(keys, settings, settings.findChild(QDialogButtonBox).buttons())

    window.commands.server.trigger()
    server = window.server.server_dialog
    close = server.buttons.button(QDialogButtonBox.StandardButton.Close)
    typed = {server.url: "http://127.0.0.1:9", server.email: "admin@example.com", server.password: "pw"}
    walk_dialog(keys, server, [server.login_button, close], typed=typed)

    keys.press(Qt.Key.Key_F1)
    shortcuts = window.findChild(QDialog, "shortcuts")
    walk_dialog(keys, shortcuts, shortcuts.findChild(QDialogButtonBox).buttons())

    keys.press(Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.test_all_dialog is not None and not window.test_all_dialog.running, timeout=WAIT)
    walk_dialog(keys, window.test_all_dialog, [window.test_all_dialog.close_button])

    window.commands.copy_curl.trigger()  # Channel ▸ Copy as curl…
    curl = window.editor.curl_dialog
    walk_dialog(
        keys, curl, [curl.copy_button, curl.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)]
    )

    window.commands.rotate.trigger()  # Channel ▸ Rotate secret…
    qtbot.waitUntil(lambda: window.findChild(RotateDialog) is not None, timeout=WAIT)
    rotate = window.findChild(RotateDialog)
    close = rotate.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    walk_dialog(keys, rotate, [rotate.rotate_button, close], typed={rotate.value: "n3w-s3cret"})
