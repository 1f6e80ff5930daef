"""Typing into the real widgets of the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from pingtower_desktop.channels import channel_type
from pingtower_desktop.ui.import_export import ImportPreview
from pingtower_desktop.ui.main_window import MainWindow

TELEGRAM_TOKEN = "123456789:AAFtestTokenForLoopback_only-42"


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    """Replaces the field's text the way a user does: select all, then type."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def fill(qtbot, window: MainWindow, values: dict) -> None:
    """Sets each config key (or ``name``) through its widget."""
    editor = window.editor
    for key, value in values.items():
        if key == "name":
            type_into(qtbot, editor.name, value)
            continue
        field_input = editor.form.inputs[key]
        widget = field_input.focus_widget
        if isinstance(widget, QCheckBox):
            if widget.isChecked() != value:
                widget.setFocus()
                qtbot.keyClick(widget, Qt.Key.Key_Space)
            assert widget.isChecked() == value
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(value, dict):
            field_input.table.set_pairs({})
            for name, header_value in value.items():
                field_input.table.add_row(name, header_value)
        else:
            type_into(qtbot, widget, str(value))


def new_channel(qtbot, window: MainWindow, type_name: str, values: dict) -> None:
    window.commands.add_of_type[type_name].trigger()
    assert window.editor.channel_type is channel_type(type_name)
    fill(qtbot, window, values)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot, window: MainWindow) -> None:
    """Waits until the channel store has done what it was asked (its reads and writes run in a thread of
    their own), the editor has the shown channel's secrets and has saved, and Test all has started."""
    store, editor = window.context.store, window.editor
    QApplication.processEvents()  # a move asked for a moment ago (the list's click is handled first)
    qtbot.waitUntil(
        lambda: not store.busy and not editor.loading and not editor.saving and not window.test_all_pending,
        timeout=5000,
    )


def save(qtbot, window: MainWindow) -> None:
    """Clicks Save and waits until the store has written the channel (saving answers later, by a signal)."""
    with qtbot.waitSignal(window.editor.save_finished, timeout=5000) as finished:
        click(qtbot, window.editor.save_button)
    assert finished.args == [True], window.editor.summary.text()
    assert not window.editor.is_dirty, window.editor.summary.text()
    settle(qtbot, window)


def preview_import(qtbot, window: MainWindow, path) -> ImportPreview:
    """File ▸ Import of ``path``: waits for the preview (nothing written yet) and answers it."""
    window.import_channels(str(path))
    qtbot.waitUntil(lambda: window.import_preview is not None and window.import_preview.isVisible(), timeout=5000)
    return window.import_preview


def import_file(qtbot, window: MainWindow, path) -> ImportPreview:
    """File ▸ Import of ``path``, every entry the preview offers ticked, Import pressed; waits until written."""
    preview = preview_import(qtbot, window, path)
    if preview.import_button.isEnabled():
        click(qtbot, preview.import_button)
    else:
        preview.reject()
    settle(qtbot, window)
    return preview


def relay_tested_once(qtbot, window: MainWindow, smtp_port: int) -> None:
    """An e-mail channel to a relay on ``smtp_port`` (no TLS, no login), saved and tested once (delivered)."""
    values = {
        "name": "Relay",
        "smtpHost": "127.0.0.1",
        "smtpPort": str(smtp_port),
        "fromEmail": "alerts@example.com",
        "toEmail": "oncall@example.com",
        "useTls": False,
    }
    new_channel(qtbot, window, "EMAIL", values)
    save(qtbot, window)
    window.commands.send_test.trigger()
    qtbot.waitUntil(lambda: "Delivered" in window.editor.test_panel.outcome.text(), timeout=10_000)
