"""A first start (issue 21, point 7): no channel yet, so the window offers what to do first — add one, import
the PingTower document's examples, connect to a server — and Test all offers nothing to test."""

from __future__ import annotations

from pingtower_desktop.channels import Channel
from pingtower_desktop.ui.server_dialog import ServerDialog

from .helpers import click, settle

WAIT = 10_000


def test_an_empty_app_offers_to_add_import_or_connect(qtbot, window, context):
    settle(qtbot, window)
    welcome = window.welcome
    assert window.editor_area.currentWidget() is welcome
    assert welcome.add_button.menu() is window.commands.new_menu  # the five types
    assert not window.commands.test_all.isEnabled()

    click(qtbot, welcome.server_button)
    qtbot.waitUntil(lambda: isinstance(window.server.server_dialog, ServerDialog), timeout=WAIT)
    window.server.server_dialog.close()

    click(qtbot, welcome.example_button)
    qtbot.waitUntil(lambda: window.import_preview is not None and window.import_preview.isVisible(), timeout=WAIT)
    preview = window.import_preview
    click(qtbot, preview.import_button)
    qtbot.waitUntil(lambda: len(context.repo.list()) == 5, timeout=WAIT)
    settle(qtbot, window)
    stored = {channel.name: channel for channel in context.repo.list()}
    assert set(stored) == {"Python Bot Channel", "Telegram Channel", "Email Channel", "Slack Channel", "Custom Webhook"}
    # the document's stand-ins are not taken as real: those channels wait, disabled, to be completed
    assert not stored["Telegram Channel"].enabled and not stored["Email Channel"].enabled
    assert window.editor_area.currentWidget() is window.editor
    assert window.commands.test_all.isEnabled()


def test_the_welcome_comes_back_when_the_last_channel_goes_and_leaves_for_a_new_one(qtbot, window, context, answers):
    settle(qtbot, window)
    window.commands.add_of_type["SLACK"].trigger()
    assert window.editor_area.currentWidget() is window.editor  # a channel being made, not the welcome
    window.editor.clear()
    assert window.editor_area.currentWidget() is window.welcome
    wire = {"name": "Only", "type": "WEBHOOK", "configuration": {"url": "http://127.0.0.1:9/"}}
    only = context.repo.add(Channel.from_wire(wire))
    window.reload_channels()
    settle(qtbot, window)
    window.select_channel(only.id)
    settle(qtbot, window)
    assert window.editor_area.currentWidget() is window.editor
    answers.delete.append(True)
    window.delete_channel()
    settle(qtbot, window)
    assert window.editor_area.currentWidget() is window.welcome
