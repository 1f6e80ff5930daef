"""The watch's settings in the app: the default schedule, the alert channel and the rotation age in Settings, a
channel's own schedule from its editor; the same file and rules as ``pingtower-desktop-cli watch config``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from pingtower_desktop.watch.settings import WatchSettingsStore

from ..cli_runner import run_cli
from .helpers import click, new_channel, save, settle, type_into


def stored(context):
    return WatchSettingsStore(context.paths.watch_settings_file).load()


def add_saved(qtbot, window, name: str) -> str:
    new_channel(qtbot, window, "WEBHOOK", {"name": name, "url": "https://hooks.example.org/" + name.lower()})
    save(qtbot, window)
    return window.editor.channel_id


def test_settings_set_the_default_schedule_the_alert_channel_and_the_rotation_age(qtbot, window, context, capsys):
    alerts = add_saved(qtbot, window, "Alerts")
    dialog = window.open_settings()
    dialog.pages.setCurrentIndex(1)  # Watch
    fields = dialog.schedule
    assert (fields.every.text(), fields.canary.text(), fields.failures.value()) == ("15m", "off", 2)
    type_into(qtbot, fields.every, "30 minutes")
    assert fields.notes["every"].isVisibleTo(dialog) and "is not a duration such as 15m" in fields.notes["every"].text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    type_into(qtbot, fields.every, "30m")
    type_into(qtbot, fields.canary, "daily 09:30")
    fields.failures.setValue(3)
    dialog.alert_channel.setCurrentIndex(dialog.alert_channel.findData(alerts))
    dialog.rotate_after.setValue(90)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()

    settings = stored(context)
    assert (settings.default.every, settings.default.canary.text(), settings.default.failures) == (
        1800,
        "daily 09:30",
        3,
    )
    assert (settings.alert_channel, settings.rotate_after_days) == (alerts, 90)
    code, out, _err = run_cli(capsys, "watch", "config")  # the CLI reads what the app wrote
    assert code == 0 and "a check every 30m, canary daily 09:30, failing after 3" in out
    assert "alerts go through: Alerts" in out


def test_a_channels_own_schedule_is_set_from_its_editor_and_read_by_the_cli(qtbot, window, context, capsys):
    ops = add_saved(qtbot, window, "Ops")
    editor = window.editor
    assert editor.watch_box.line.text() == "A check every 15m, canary test off, failing after 2 failure(s) in a row."
    dialog = editor.watch_box.change()
    fields = dialog.fields
    assert (fields.every.text(), fields.every.placeholderText()) == ("", "default: 15m")
    type_into(qtbot, fields.canary, "fri 12:00")
    fields.failures.setValue(1)
    dialog.alerts.setChecked(True)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    settings = stored(context)
    assert settings.channels[ops] == {"canary": "fri 12:00", "failures": 1} and settings.alert_channel == ops
    assert editor.watch_box.line.text() == (
        "A check every 15m, canary test fri 12:00, failing after 1 failure(s) in a row. "
        "The watch's alerts go through this channel."
    )
    code, _out, _err = run_cli(capsys, "watch", "config", "Ops", "--every", "5m")  # the CLI changes it …
    assert code == 0
    dialog = editor.watch_box.change()  # … and the app reads it again
    assert dialog.fields.every.text() == "5m" and dialog.fields.canary.text() == "fri 12:00"
    for field in (dialog.fields.every, dialog.fields.canary):
        type_into(qtbot, field, "")
    dialog.fields.failures.setValue(0)  # "default: 2"
    dialog.alerts.setChecked(False)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    settings = stored(context)
    assert ops not in settings.channels and settings.alert_channel is None  # the defaults again


def test_a_new_channel_is_watched_once_saved(qtbot, window):
    new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": "https://hooks.example.org/in"})
    assert not window.editor.watch_box.button.isEnabled()
    assert window.editor.watch_box.line.text() == "Once the channel is saved, the watch can check it."
    save(qtbot, window)
    assert window.editor.watch_box.button.isEnabled()
    window.commands.toggle_enabled.trigger()
    settle(qtbot, window)
    assert window.editor.watch_box.line.text().endswith("Disabled: the watch leaves it alone.")
