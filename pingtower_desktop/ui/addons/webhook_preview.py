"""WEBHOOK: a live preview of the exact request a test sends: method, URL, headers and JSON body."""

from __future__ import annotations

import json

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from ...channels.webhook import payload
from ...transport.notification import Notification
from ..focus import show_focus
from ..wrap_label import WrapLabel
from .base import Addon


class WebhookPreview(Addon):
    placement = "side"

    def __init__(self, editor) -> None:
        super().__init__(editor)
        title = WrapLabel(self.tr("The request a test sends (its JSON body shown indented)"), self)
        self.preview = QPlainTextEdit(self)
        show_focus(self.preview)
        self.preview.setObjectName("payload_preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Payload preview"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMinimumHeight(260)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        title.setBuddy(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.preview)
        panel = editor.test_panel
        panel.message.textChanged.connect(self.refresh)
        panel.username.textChanged.connect(self.refresh)

    def focus_chain(self) -> list[QWidget]:
        return [self.preview]

    def request_text(self) -> str:
        editor = self.editor
        panel, preferences = editor.test_panel, editor.context.preferences
        notification = Notification.test(
            editor.name.text().strip() or "…",
            panel.message.text() or preferences.test_message or None,
            panel.username.text() or preferences.test_username or None,
            default=editor.context.deliverer.default_message,
        )
        body = json.dumps(payload(notification), ensure_ascii=False, indent=2)
        [table] = self.editor.shown_form().headers_tables()
        headers = {name: "••••" if table.hidden(name) else value for name, value in self.value("headers").items()}
        if not any(name.lower() == "content-type" for name in headers):
            headers["Content-Type"] = "application/json"
        if self.value("hmacSecret"):
            headers[self.value("signatureHeader").strip() or "X-Signature-256"] = "sha256=…"
        lines = [f"{self.value('method')} {self.value('url').strip() or '…'}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        return "\n".join([*lines, "", body])

    def refresh(self) -> None:
        if self.editor.form is None or "url" not in self.editor.form.inputs:
            return
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setPlainText(self.request_text())
        self.preview.verticalScrollBar().setValue(scroll)
