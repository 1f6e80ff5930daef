"""The window as a view of one live channel store: changes made by another process show up, the UI
thread never reads or writes the channels file or the keyring, and a keyring that hangs does not hang
the window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer

from pingtower_desktop.storage.config_file import ConfigFile
from pingtower_desktop.ui import prompts

from .helpers import TELEGRAM_TOKEN, click, fill, import_file, new_channel, save, settle, type_into

CLI = [sys.executable, "-m", "pingtower_desktop.cli"]


def cli(*args: str) -> None:
    """The command-line tool in a process of its own, over the same config folder (no keyring needed)."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr


def names(window) -> list[str]:
    return sorted(channel.name for channel in window.model.channels())


def test_channels_the_cli_adds_changes_and_deletes_while_the_app_runs_show_up(qtbot, window, context):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Alpha", "botUrl": "http://localhost:5000"})
    save(qtbot, window)

    cli("add", "python_bot", "From the CLI", "--set", "botUrl=http://localhost:5001")
    qtbot.waitUntil(lambda: names(window) == ["Alpha", "From the CLI"], timeout=5000)
    assert window.channel_list.count.text() == "2 channel(s)"

    cli("edit", "Alpha", "--set", "botUrl=http://localhost:5002")  # the channel on screen, untouched
    qtbot.waitUntil(lambda: window.editor.form.inputs["botUrl"].value() == "http://localhost:5002", timeout=5000)
    assert not window.editor.is_dirty and window.editor.channel_id == context.repo.find("Alpha").id

    cli("disable", "Alpha")  # a flag: shown in the list and the form
    qtbot.waitUntil(lambda: not window.editor.enabled.isChecked(), timeout=5000)
    assert not window.model.find(window.editor.channel_id).enabled and not window.editor.is_dirty

    cli("delete", "From the CLI")
    qtbot.waitUntil(lambda: names(window) == ["Alpha"], timeout=5000)


def test_an_unsaved_edit_outlives_a_change_made_elsewhere_and_save_merges_them(qtbot, window, context):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Alpha", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    type_into(qtbot, window.editor.name, "Alpha bot")

    cli("edit", "Alpha", "--set", "botUrl=http://localhost:5003")
    qtbot.waitUntil(lambda: "Changed elsewhere meanwhile" in window.editor.summary.text(), timeout=5000)
    assert window.editor.is_dirty and window.editor.name.text() == "Alpha bot"
    assert window.editor.form.inputs["botUrl"].value() == "http://localhost:5000"  # the form is the user's

    save(qtbot, window)
    stored = context.repo.find("Alpha bot")
    assert stored.config.botUrl == "http://localhost:5003"  # the other change stays
    assert window.editor.form.inputs["botUrl"].value() == "http://localhost:5003"


def test_a_channel_deleted_elsewhere_while_edited_can_be_saved_again(qtbot, window, context):
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Alpha", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    fill(qtbot, window, {"botUrl": "http://localhost:5009"})

    cli("delete", "Alpha")
    qtbot.waitUntil(lambda: "Deleted elsewhere meanwhile" in window.editor.summary.text(), timeout=5000)
    assert names(window) == [] and window.editor.is_new and window.editor.is_dirty

    save(qtbot, window)
    assert context.repo.find("Alpha").config.botUrl == "http://localhost:5009"
    assert names(window) == ["Alpha"]


class Touches:
    """Which threads read or wrote the channels file and the keyring."""

    def __init__(self) -> None:
        self.from_ui: list[str] = []
        self.elsewhere = 0

    def note(self, what: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.from_ui.append(what)
        else:
            self.elsewhere += 1


@pytest.fixture
def touches(monkeypatch, memory_keyring) -> Touches:
    seen = Touches()
    for name in ("read", "transaction", "held"):
        original = getattr(ConfigFile, name)

        def watched(self, *args, _original=original, _name=name, **kwargs):
            seen.note(f"channels file: {_name}")
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(ConfigFile, name, watched)
    for name in ("get_password", "set_password", "delete_password"):
        original = getattr(memory_keyring, name)

        def watched_keyring(*args, _original=original, _name=name, **kwargs):
            seen.note(f"keyring: {_name}")
            return _original(*args, **kwargs)

        monkeypatch.setattr(memory_keyring, name, watched_keyring)
    return seen


def test_the_ui_thread_never_touches_the_channels_file_or_the_keyring(
    qtbot, window, context, answers, touches, tmp_path, memory_keyring
):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    save(qtbot, window)
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    ops = context.store.find(next(c.id for c in window.model.channels() if c.name == "Ops"))
    window.select_channel(ops.id)
    settle(qtbot, window)
    assert window.editor.form.inputs["botToken"].value() == TELEGRAM_TOKEN
    fill(qtbot, window, {"chatId": "-1009999"})
    answers.unsaved.append(prompts.Unsaved.SAVE)  # saved from the prompt on the way to another channel
    window.select_channel(next(c.id for c in window.model.channels() if c.name == "Bot"))
    settle(qtbot, window)
    answers.enable_default.append(True)  # disabled just before: making it the default enables it again
    for command in (window.commands.toggle_enabled, window.commands.make_default, window.commands.duplicate):
        command.trigger()
        settle(qtbot, window)
    window.editor.clear()
    window.select_channel(ops.id)
    settle(qtbot, window)
    window.commands.test_all.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.test_all_dialog.running, timeout=10000)
    window.test_all_dialog.close()
    export = tmp_path / "export.json"
    window.export_channels(include_secrets=True, path=str(export))
    settle(qtbot, window)
    import_file(qtbot, window, export)
    answers.delete.append(True)
    window.commands.delete.trigger()
    settle(qtbot, window)

    assert answers.asked.count("delete:Ops") == 1 and TELEGRAM_TOKEN in export.read_text()
    assert touches.from_ui == []
    assert touches.elsewhere > 10  # the watch was on


class HangingKeyring(KeyringBackend):
    """A keyring whose reads hang until released, like one waiting on its unlock prompt."""

    priority = 1

    def __init__(self, items: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.items = items
        self.release = threading.Event()
        self.waiting = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        if threading.current_thread() is threading.main_thread():
            raise AssertionError("the UI thread waits for the keyring")
        self.waiting.set()
        self.release.wait(30)
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def test_a_hanging_keyring_does_not_hang_the_window(qtbot, window, context, memory_keyring):
    new_channel(qtbot, window, "TELEGRAM", {"name": "Ops", "botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890"})
    save(qtbot, window)
    new_channel(qtbot, window, "PYTHON_BOT", {"name": "Bot", "botUrl": "http://localhost:5000"})
    save(qtbot, window)
    hanging = HangingKeyring(memory_keyring.items)
    keyring.set_keyring(hanging)
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start(5)
    try:
        ops = next(c.id for c in window.model.channels() if c.name == "Ops")
        window.select_channel(ops)  # its secrets: the keyring hangs
        assert hanging.waiting.wait(5)
        assert window.editor.channel_id == ops and window.editor.name.text() == "Ops"  # shown at once
        assert window.editor.loading and not window.editor.form.inputs["botToken"].widget.isEnabled()
        assert not window.editor.save_button.isEnabled()
        before = len(beats)
        qtbot.waitUntil(lambda: len(beats) >= before + 20, timeout=5000)  # the UI thread goes on beating
        type_into(qtbot, window.channel_list.filter, "bot")  # and takes input
        assert names(window) == ["Bot", "Ops"] and window.model.rowCount() == 1
        window.channel_list.filter.clear()
        window.commands.test_all.trigger()  # Test all waits for the same keyring, the window does not
        qtbot.waitUntil(lambda: len(beats) >= before + 40, timeout=5000)
        assert window.test_all_pending and window.test_all_dialog is None
    finally:
        hanging.release.set()
    settle(qtbot, window)
    heartbeat.stop()
    assert window.editor.form.inputs["botToken"].value() == TELEGRAM_TOKEN
    assert window.editor.summary.text() == "" and not window.editor.is_dirty  # nothing left to say
    assert window.editor.form.inputs["botToken"].widget.isEnabled()
    assert window.test_all_dialog is not None
    qtbot.waitUntil(lambda: not window.test_all_dialog.running, timeout=10000)
    window.test_all_dialog.close()
    click(qtbot, window.editor.test_panel.send_button)  # the form works as ever once the secrets are in
