"""Shows "Copy as curl" for one channel, secrets masked unless the user asks for them."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...channels import Channel
from ...transport.proxy import Proxy
from ..filled import filled
from ..focus import show_focus
from ..plain_text import PlainLabel
from ..screen_fit import fit
from .curl import CREATE_URL, curl_command


class CurlDialog(QDialog):
    def __init__(
        self, channel: Channel, url: str = CREATE_URL, parent: QWidget | None = None, *, proxy: Proxy | None = None
    ) -> None:
        """``proxy``: the one the request would go through (the network settings'), or None."""
        super().__init__(parent)
        self.channel = channel
        self.url = url
        self.proxy = proxy
        self.setWindowTitle(filled(self.tr("Copy as curl — %1"), channel.name))
        fit(self, 640, 420)
        intro = PlainLabel(
            self.tr(
                "The PingTower server's request that creates this channel. Replace YOUR_JWT_TOKEN with your token."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reveal = QCheckBox(self.tr("Include secrets"), self)
        self.reveal.setObjectName("reveal_secrets")
        self.reveal.setToolTip(self.tr("Secrets are masked unless this is checked."))
        self.reveal.toggled.connect(self._refresh)
        self.text = QPlainTextEdit(self)
        show_focus(self.text)
        self.text.setObjectName("curl_text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("curl command"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copy_curl")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reveal)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self._refresh()

    def command(self) -> str:
        return curl_command(self.channel, reveal_secrets=self.reveal.isChecked(), url=self.url, proxy=self.proxy)

    def _refresh(self) -> None:
        self.text.setPlainText(self.command())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command())
