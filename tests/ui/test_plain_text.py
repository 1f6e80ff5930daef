"""Names and peer words that look like HTML are shown as text on every surface, and load nothing.

Channels named with markup (an ``<img>`` of a local file, a heading, a styled span), a webhook and a
server whose error answers carry the same markup, and an import file of such names: the window, the
editor, the test panel, the history, the Test all and Activity lists, the import preview, the Server
dialog and every question box are walked. No label, box or tooltip renders the markup, and the local
file the ``<img>`` points at is never opened (inotify watches its folder).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from pingtower_desktop.ui import prompts, server_prompts
from pingtower_desktop.ui.plain_text import notification_text

from ..file_opens import FileOpens
from ..peers.http_peers import Peer, Received, Reply
from ..peers.pingtower_server import PingTowerServer
from .helpers import click, preview_import, settle, type_into

WAIT = 10_000


@pytest.fixture
def probe():
    """A real image in a folder of its own (a short path: the names that point at it must fit a name's 100
    characters), and a watch on who opens it."""
    folder = Path(tempfile.mkdtemp(prefix="probe"))
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(folder / "probe.png"))
    with FileOpens(folder) as opens:
        yield folder / "probe.png", opens
    shutil.rmtree(folder)


def hostile_names(image) -> list[str]:
    return [
        f'<img src="file://{image}">Evil',
        "<h1>Big</h1> heading",
        '<span style="color:red;font-size:40px">Ops e-mail</span>',
    ]


class MarkupPeer(Peer):
    """A webhook receiver and a login that answer every request with markup."""

    def __init__(self, image) -> None:
        super().__init__()
        self.words = f'<h1>Refused</h1><img src="file://{image}">'

    def respond(self, received: Received) -> Reply:
        if received.path.endswith("/auth/login"):
            return Reply(401, {"message": self.words})
        return Reply(500, self.words)


@pytest.fixture
def markup_peer(probe):
    with MarkupPeer(probe[0]) as peer:
        yield peer


@pytest.fixture
def hostile(probe, markup_peer):
    """The channels are stored before the window opens (as a sync from a server would have left them)."""
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())
    for name in hostile_names(probe[0]):
        repo.add(Channel.from_wire({"name": name, "type": "WEBHOOK", "configuration": {"url": markup_peer.url}}))
    return hostile_names(probe[0])


def looks_rendered(text: str) -> bool:
    """The raw markup itself, where Qt would take it for HTML."""
    return bool(text) and GuiQt.mightBeRichText(text) and any(tag in text for tag in ("<img", "<h1>", "<span"))


def rendered_anywhere() -> list[str]:
    """Every label, tooltip and item tooltip of every widget that would render markup."""
    found = []
    for widget in QApplication.allWidgets():
        rich = isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText
        if rich and looks_rendered(widget.text()):
            found.append(f"{type(widget).__name__} {widget.objectName()}: {widget.text()!r}")
        if looks_rendered(widget.toolTip()):
            found.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_tips(widget.model(), QModelIndex())
    return found


def _model_tips(model, parent: QModelIndex) -> list[str]:
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and looks_rendered(tip):
                found.append(f"item tooltip of {type(model).__name__}: {tip!r}")
            if column == 0 and model.rowCount(index):
                found += _model_tips(model, index)
    return found


def test_markup_in_names_and_answers_is_shown_as_text_everywhere(qtbot, hostile, probe, markup_peer, window, tmp_path):
    _, opens = probe
    window.resize(1200, 800)
    list_view = window.channel_list.view
    for row in range(window.model.rowCount()):
        list_view.setCurrentIndex(window.model.index(row, 1))
        settle(qtbot, window)
        assert window.editor.title.text().startswith(window.model.index(row, 1).data()), "the heading shows the name"
        click(qtbot, window.editor.test_panel.send_button)
        qtbot.waitUntil(lambda: "Failed" in window.editor.test_panel.outcome.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: not window.editor.test_panel.running, timeout=WAIT)
        QApplication.processEvents()
    assert "Refused" in window.editor.test_panel.outcome.text()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
    window.commands.test_all.trigger()
    qtbot.waitUntil(
        lambda: window.test_all_dialog is not None and window.test_all_dialog.model.rowCount() == 3, timeout=WAIT
    )
    qtbot.waitUntil(lambda: not window.test_all_dialog.running, timeout=WAIT)

    document = tmp_path / "import.json"
    document.write_text(json.dumps([{"name": f"{name} 2", "type": "SLACK"} for name in hostile]))
    preview_import(qtbot, window, document)

    window.commands.server.trigger()
    dialog = window.server.server_dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.url, markup_peer.url)
    dialog.dialect.setCurrentIndex(dialog.dialect.findData("documented"))
    type_into(qtbot, dialog.email, "a@example.com")
    type_into(qtbot, dialog.password, "not the password")
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "Refused" in dialog.outcome.text()

    QApplication.processEvents()
    assert rendered_anywhere() == []
    assert opens.names() == [], "a file named in markup was opened"
    window.import_preview.reject()
    dialog.close()


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the prompts build, shown to no one: each answers as if closed."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        box.adjustSize()  # lays the text out, as showing it would (and would load an image in it)
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_every_question_box_shows_a_name_as_text(qtbot, probe, boxes):
    image, opens = probe
    parent = QWidget()
    qtbot.addWidget(parent)
    for name in hostile_names(image):
        prompts.ask_unsaved(parent, name)
        prompts.ask_changed_meanwhile(parent, name, ["url"])
        prompts.confirm_delete(parent, name)
        prompts.confirm_enable_default(parent, name)
        prompts.show_error(parent, "Import", name)
        prompts.show_info(parent, "Import", name)
        server_prompts.confirm_plain_http(parent, name)
    assert len(boxes) == 21
    for box in boxes:
        labels = [label for label in box.findChildren(QLabel) if label.text()]
        assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), box.text()
    assert opens.names() == []


def test_a_desktop_notification_holds_nothing_a_notification_server_reads_as_markup():
    assert notification_text('“<b>Ops</b> & <img src="x">” is failing') == '“‹b›Ops‹/b› ＆ ‹img src="x"›” is failing'


def test_a_servers_markup_names_in_the_sync_dialog_and_after_it_are_text(qtbot, probe, window):
    from .server_steps import apply, log_in, open_sync

    image, opens = probe
    with PingTowerServer("documented") as server:
        for name in hostile_names(image):
            server.seed(name, "WEBHOOK", {"url": "https://hooks.example.com/in"})
        log_in(qtbot, window, server).close()
        dialog = open_sync(qtbot, window)
        QApplication.processEvents()
        assert rendered_anywhere() == []
        apply(qtbot, dialog)
        dialog.close()
    assert sorted(window.model.channel(row).name for row in range(window.model.rowCount())) == sorted(
        hostile_names(image)
    )
    for row in range(window.model.rowCount()):
        window.channel_list.view.setCurrentIndex(window.model.index(row, 1))
        settle(qtbot, window)
    QApplication.processEvents()
    assert rendered_anywhere() == []
    assert opens.names() == []
