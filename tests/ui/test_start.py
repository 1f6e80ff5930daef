"""The app's own start (``Shell`` over an ``AppStart``): the stored channels are listed before the core is
loaded, the core follows a step at a time, and nothing picked, reported or started on the way is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from pingtower_desktop.ui import application
from pingtower_desktop.ui.addons import addons_for
from pingtower_desktop.ui.application import Shell
from pingtower_desktop.ui.context import AppStart
from pingtower_desktop.ui.i18n import Translations

from ..server_helpers import SAMPLES
from .conftest import worker_threads
from .helpers import type_into

TOKEN = "123456789:AAFsecretsecretsecret"


def store(*names: str) -> list[Channel]:
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())
    channels = []
    for name in names:
        wire = {"name": name, "type": "TELEGRAM", "configuration": {"botToken": TOKEN, "chatId": "-1001"}}
        channels.append(repo.add(Channel.from_wire(wire)))
    return channels


@pytest.fixture
def start_app(answers):
    """Starts the app as ``pingtower-desktop`` does, over what is stored by then; closes it afterwards."""
    shells: list[Shell] = []

    def start() -> Shell:
        shells.append(Shell(AppStart.open(), Translations(), "en"))
        return shells[-1]

    yield start
    for shell in shells:
        window = shell.window
        if window.attached:
            window.editor.clear()
        window.close()
        shell.close()
        window.deleteLater()
    assert worker_threads() == []


def test_the_stored_channels_are_listed_before_the_core_loads_and_everything_works_once_it_has(qtbot, start_app):
    store("Ops", "Backups", "Alerts")
    shell = start_app()
    window = shell.window
    assert window.model.rowCount() == 3
    assert [window.model.channel(row).name for row in range(3)] == ["Alerts", "Backups", "Ops"]
    assert not window.attached and shell.context is None
    assert not window.commands.add.isEnabled() and not window.commands.test_all.isEnabled()
    assert window.editor_area.currentWidget().objectName() == "editor_loading"

    type_into(qtbot, window.channel_list.filter, "ops")  # the list works before the core does
    assert window.model.rowCount() == 1

    with qtbot.waitSignal(shell.ready, timeout=20000):
        window.show()
    assert window.commands.add.isEnabled() and window.commands.test_all.isEnabled()
    assert window.editor.name.text() == "Ops"  # the only row the filter shows
    assert window.editor.form.inputs["botToken"].value() == TOKEN  # read from the keyring
    assert isinstance(window.model.find(window.editor.channel_id), Channel)
    qtbot.waitUntil(lambda: window.keyring_status is not None, timeout=5000)  # the background work started
    qtbot.waitUntil(lambda: window.server.session.status is not None, timeout=5000)
    assert window.server.status_bar.isVisible()


def test_a_channel_picked_while_the_core_loads_is_the_one_the_editor_shows(qtbot, start_app):
    store("Alpha", "Beta", "Gamma")
    shell = start_app()
    window = shell.window
    with qtbot.waitSignal(shell.ready, timeout=20000):
        window.show()
        qtbot.waitExposed(window)
        assert not window.attached  # picked before the core is there
        gamma = window.channel_list.view.visualRect(window.model.index(2, 1)).center()
        qtbot.mouseClick(window.channel_list.view.viewport(), Qt.MouseButton.LeftButton, pos=gamma)
    assert window.editor.name.text() == "Gamma"
    assert window.channel_list.current_id == window.editor.channel_id


@pytest.mark.parametrize("kind", ["PYTHON_BOT", "TELEGRAM", "EMAIL", "SLACK", "WEBHOOK"])
def test_a_first_channel_of_each_type_is_shown_with_its_form_and_add_ons(qtbot, start_app, kind):
    wires = {wire["type"]: wire for wire in SAMPLES.values()}
    wires["PYTHON_BOT"] = {"type": "PYTHON_BOT", "configuration": {"botUrl": "http://127.0.0.1:5000"}}
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())
    repo.add(Channel.from_wire({**wires[kind], "name": "A first one"}))
    repo.add(Channel.from_wire({**wires["SLACK"], "name": "B second"}))
    shell = start_app()
    with qtbot.waitSignal(shell.ready, timeout=20000):
        shell.window.show()
    editor = shell.window.editor
    assert editor.name.text() == "A first one" and editor.shown_form().channel_type.name == kind
    assert [type(addon).__name__ for addon in editor.addons] == [a.__name__ for a in addons_for(kind)]


def test_closing_the_window_while_the_core_loads_stops_the_loading_and_leaves_no_thread(qtbot, start_app):
    store("Ops")
    shell = start_app()
    window = shell.window
    window.show()
    qtbot.waitExposed(window)
    window.close()
    qtbot.wait(300)  # what would have been the rest of the loading
    assert not window.attached
    shell.close()
    assert worker_threads() == []


def test_a_broken_channels_file_is_reported_from_the_first_paint_on(qtbot, start_app):
    paths = AppPaths.resolve()
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("{ not json", encoding="utf-8")
    shell = start_app()
    window = shell.window
    assert "could not be read" in window.load_banner.label.text()
    assert not window.load_banner.isHidden()
    with qtbot.waitSignal(shell.ready, timeout=20000):
        window.show()
    assert "could not be read" in window.load_banner.label.text()  # the core's own read keeps the note
    assert len(list(paths.config_dir.glob("channels.json.broken-*"))) == 1
    assert window.model.rowCount() == 0


def test_a_core_that_cannot_load_is_reported_and_the_window_closes(qtbot, start_app, answers, monkeypatch):
    monkeypatch.setattr(application, "CORE_MODULES", (*application.CORE_MODULES, "pingtower_desktop.no_such_part"))
    shell = start_app()
    window = shell.window
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert [asked for asked in answers.asked if asked.startswith("error:")] == [
        "error:PingTower Desktop:PingTower Desktop could not finish starting: "
        "ModuleNotFoundError(\"No module named 'pingtower_desktop.no_such_part'\")"
    ]
    assert not window.attached


def test_a_library_module_a_new_version_no_longer_has_is_skipped_at_start(qtbot, start_app, monkeypatch):
    gone = "pydantic.a_module_a_new_version_moved"
    monkeypatch.setattr(application, "CORE_MODULES", (gone, *application.CORE_MODULES))
    shell = start_app()
    with qtbot.waitSignal(shell.ready, timeout=20000):
        shell.window.show()
    assert shell.window.attached
