"""Send test via the server: a choice beside Send test, for channels the server has; recorded as route "server"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pingtower_desktop.server.remote_test import NOT_REPORTED
from pingtower_desktop.ui.core_text import core_sentence

from ..server_helpers import SAMPLES, seed_wire
from .helpers import click, new_channel, save
from .server_steps import WAIT, apply, log_in, open_sync

EMAIL_FORM = {**SAMPLES["email"]["configuration"], "name": "Ops e-mail"}


def choose_route(qtbot, panel, route: str) -> None:
    """Picks the route with the keyboard, as a user would (a disabled choice cannot be reached)."""
    panel.route.setFocus()
    qtbot.keyClick(panel.route, Qt.Key.Key_Down if route == "server" else Qt.Key.Key_Up)


def synced_channel(qtbot, window, server) -> None:
    new_channel(qtbot, window, "EMAIL", EMAIL_FORM)
    save(qtbot, window)
    if server.dialect == "reference":  # it cannot create channels: this one is there already, and is linked
        seed_wire(server, "email", name="Ops e-mail")
    log_in(qtbot, window, server)
    panel = window.editor.test_panel
    choose_route(qtbot, panel, "server")
    assert panel.route.currentData() == "direct"  # not on the server yet: the choice is disabled
    dialog = open_sync(qtbot, window)
    apply(qtbot, dialog)
    dialog.close()
    qtbot.waitUntil(lambda: panel.via_server_available, timeout=WAIT)
    assert window.editor.name.text() == "Ops e-mail"


def test_send_test_via_the_reference_server_says_it_does_not_report_delivery(qtbot, window, reference_server):
    synced_channel(qtbot, window, reference_server)
    panel = window.editor.test_panel
    choose_route(qtbot, panel, "server")
    assert panel.route.currentData() == "server"
    qtbot.keyClicks(panel.message, "Disk almost full")
    qtbot.keyClicks(panel.username, "testuser")
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)

    text = panel.outcome.text()
    assert text.startswith("✔ Accepted by the server in"), text
    assert core_sentence(NOT_REPORTED) in text
    assert panel.reply.toPlainText() == "Test notification sent successfully to Ops e-mail"
    server_id = reference_server.by_name("Ops e-mail")["id"]
    assert reference_server.tests == [(server_id, {"message": "Disk almost full", "username": "testuser"})]
    entry = window.context.history.read()[-1]
    assert (entry.route, entry.channel_name, entry.delivered) == ("server", "Ops e-mail", True)


def test_send_test_via_the_documented_server_reports_its_failure(qtbot, window, documented_server):
    synced_channel(qtbot, window, documented_server)
    documented_server.test_delivers = False
    panel = window.editor.test_panel
    choose_route(qtbot, panel, "server")
    window.commands.send_test.trigger()  # Ctrl+T takes the chosen route too
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)

    assert panel.outcome.text().startswith("✘ Failed after"), panel.outcome.text()
    assert "The server could not deliver the test (it said: Test notification failed: chat not found)" in (
        panel.outcome.text()
    )
    assert window.context.history.read()[-1].route == "server"

    choose_route(qtbot, panel, "direct")
    assert panel.route.currentData() == "direct"
