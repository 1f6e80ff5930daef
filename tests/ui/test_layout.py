"""What the window shows and how it fits: the title names the channel, the Name column keeps its width."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pingtower_desktop.channels import Channel
from pingtower_desktop.ui.channel_list import NAME_MIN_WIDTH
from pingtower_desktop.ui.channel_model import NAME_COLUMN

from .helpers import fill, new_channel, save, settle


def test_the_title_names_the_channel_and_marks_unsaved_changes_once(qtbot, window, context):
    assert window.windowTitle() == "PingTower Desktop[*]"
    new_channel(qtbot, window, "WEBHOOK", {"name": "Custom Webhook", "url": "https://hooks.example.org/in"})
    assert window.editor.title.text() == "New Webhook channel"
    assert window.windowTitle() == "New Webhook channel[*] — PingTower Desktop"
    save(qtbot, window)
    assert window.editor.title.text() == "Custom Webhook — Webhook channel"
    assert window.windowTitle() == "Custom Webhook[*] — PingTower Desktop"
    assert not window.isWindowModified()
    fill(qtbot, window, {"url": "https://hooks.example.org/v2"})
    assert window.isWindowModified()  # Qt shows the [*] as "*", once
    assert window.windowTitle().count("[*]") == 1 and "*" not in window.windowTitle().replace("[*]", "")
    window.editor.revert()
    window.editor.clear()
    assert window.windowTitle() == "PingTower Desktop[*]"


def test_the_names_keep_their_width_once_the_sync_column_shows(qtbot, window, context):
    context.repo.add(
        Channel.from_wire(
            {"name": "Custom Webhook", "type": "WEBHOOK", "configuration": {"url": "http://127.0.0.1:9/"}}
        )
    )
    window.reload_channels()
    settle(qtbot, window)
    window.resize(1280, 800)
    window.splitter.setSizes([1, 10_000])  # as narrow as the list will go
    window.channel_list.set_sync_badges({})  # logged in: the Sync column appears
    qtbot.wait(50)
    view = window.channel_list.view
    width = view.columnWidth(NAME_COLUMN)
    assert width >= NAME_MIN_WIDTH
    assert view.fontMetrics().horizontalAdvance("Custom Webhook") + 12 <= width  # not "Custom W…"
    assert view.horizontalScrollBar().maximum() == 0
    index = window.model.index(0, NAME_COLUMN)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Custom Webhook"
    header = view.model().headerData
    assert [header(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in (2, 3)] == ["Enabled", "Default"]
