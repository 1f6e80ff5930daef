"""The app's faces of an echoed secret: the test panel and History ▸ Copy details (the clipboard) show no part of a
secret a receiver echoed back raw, base64-encoded, HTML-escaped or upper-cased."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ..test_echoed_secrets import CREDENTIAL, HMAC, Echo, windows
from .helpers import click, new_channel, save

WAIT = 10_000


def test_the_test_panel_and_copied_history_details_hold_no_echoed_secret(qtbot, window):
    with Echo() as echo:
        new_channel(qtbot, window, "WEBHOOK", {"name": "Hook", "url": f"{echo.url}/in",
                                                "headers": {"Authorization": f"Bearer {CREDENTIAL}"},
                                                "hmacSecret": HMAC})  # fmt: skip
        save(qtbot, window)
        panel = window.editor.test_panel
        click(qtbot, panel.send_button)
        qtbot.waitUntil(lambda: "Failed" in panel.outcome.text(), timeout=WAIT)
        assert echo.received
    window.show_tab("history")
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=WAIT)
    copy = next(action for action in window.history.row_actions(0) if "Copy" in action.text())
    copy.trigger()
    shown = "\n".join([panel.outcome.text(), panel.reply.toPlainText(), QGuiApplication.clipboard().text()])
    assert "rejected" in shown
    for secret in (CREDENTIAL, HMAC):
        for window_text in windows(secret):
            assert window_text not in shown, f"{window_text!r} of a secret on screen or in the clipboard:\n{shown}"
