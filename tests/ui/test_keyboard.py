"""The keyboard: Tab leaves the channel list, Escape cancels a running test, Ctrl+, opens Settings, Help
lists the shortcuts, and the window's shortcuts work while a text field has the focus — on a real X
server too, where Qt gives text fields Emacs keys (Ctrl+E: end of line)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pingtower_desktop.channels import Channel

from .helpers import click, new_channel, settle

WAIT = 10_000


def focus(qtbot, window, widget) -> None:
    """The window active and ``widget`` focused, as a person's click would leave them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)


def three_hooks(qtbot, window, context) -> list[str]:
    for name in ("A", "B", "C"):
        context.repo.add(
            Channel.from_wire({"name": name, "type": "WEBHOOK", "configuration": {"url": "http://127.0.0.1:9/"}})
        )
    window.reload_channels()
    settle(qtbot, window)
    return [c.id for c in context.repo.list()]


def test_tab_leaves_the_channel_list_instead_of_walking_its_cells(qtbot, window, context):
    ids = three_hooks(qtbot, window, context)
    window.select_channel(ids[0])
    settle(qtbot, window)
    view = window.channel_list.view
    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    settle(qtbot, window)
    assert window.editor.channel_id == ids[0]  # no other channel was loaded on the way


def test_escape_cancels_a_running_test(qtbot, window, silent_peer):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Silent", "url": silent_peer.url, "timeout": "300"})
    panel = window.editor.test_panel
    assert not window.commands.cancel_test.isEnabled()
    click(qtbot, panel.send_button)
    assert silent_peer.connected.wait(5)
    assert window.commands.cancel_test.isEnabled()
    focus(qtbot, window, window.editor.name)
    with qtbot.waitSignal(panel._job.cancelled, timeout=WAIT):
        qtbot.keyClick(window.editor.name, Qt.Key.Key_Escape)
    assert panel.outcome.text() == "Test cancelled."
    assert not window.commands.cancel_test.isEnabled()


def test_ctrl_comma_opens_settings_and_help_lists_the_shortcuts(qtbot, window):
    focus(qtbot, window, window.channel_list.filter)
    qtbot.keyClick(window.channel_list.filter, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settings") is not None, timeout=WAIT)
    window.findChild(QDialog, "settings").reject()

    window.commands.shortcuts.trigger()
    dialog = window.findChild(QDialog, "shortcuts")
    table = dialog.table
    listed = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert listed["Enable or disable the channel"] == "Ctrl+E"
    assert listed["Language, keyring, test defaults"] == "Ctrl+,"
    assert listed["Cancel the test"] == "Esc"
    assert "Ctrl+Shift+Z" in listed["Redo"] and listed["Undo"] == "Ctrl+Z"
    assert listed["Keyboard shortcuts"] == "F1"
    dialog.accept()


def test_the_windows_shortcuts_work_from_a_text_field(qtbot, window, context):
    """Under the offscreen platform text fields take no Emacs keys; the same test runs on a real X
    server below, where they do."""
    ids = three_hooks(qtbot, window, context)
    window.select_channel(ids[1])
    settle(qtbot, window)
    field = window.editor.form.inputs["url"].edit
    focus(qtbot, window, field)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Enable/Disable
    settle(qtbot, window)
    assert not context.repo.find("B").enabled
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own undo: no store undo
    settle(qtbot, window)
    assert not context.repo.find("B").enabled


@pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") == "xcb", reason="this run is the one on X")
def test_the_windows_shortcuts_work_from_a_text_field_on_a_real_x_server():
    if not shutil.which("xvfb-run"):
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS") == "1":
            pytest.fail("xvfb-run is missing: make test installs xvfb (tools/system-deps.sh)")
        pytest.skip("no xvfb-run: install xvfb to run the keyboard test on a real X server")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    test = f"{__file__}::test_the_windows_shortcuts_work_from_a_text_field"
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
