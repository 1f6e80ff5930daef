"""What the window shows while there is no channel: what a newcomer can do first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from .plain_text import PlainLabel
from .wrap_label import WrapLabel


class Welcome(QWidget):
    """Add a channel (the type menu), import the PingTower document's examples, or connect to a server."""

    example_requested = Signal()
    server_requested = Signal()

    def __init__(self, types: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = PlainLabel(self.tr("No channels yet"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = WrapLabel(
            self.tr(
                "A channel is where PingTower sends its alerts: a Telegram chat, an e-mail address, a Slack "
                "channel, a webhook or the PingTower Python bot. Start in one of three ways:"
            ),
            self,
        )
        self.add_button = QPushButton(self.tr("Add a channel…"), self)
        self.add_button.setObjectName("welcome_add")
        self.add_button.setMenu(types)  # Space or a click opens the types
        self.example_button = QPushButton(self.tr("Import the PingTower document's examples…"), self)
        self.example_button.setObjectName("welcome_example")
        self.example_button.clicked.connect(self.example_requested)
        self.server_button = QPushButton(self.tr("Connect to a PingTower server…"), self)
        self.server_button.setObjectName("welcome_server")
        self.server_button.clicked.connect(self.server_requested)
        column = QWidget(self)
        column.setMaximumWidth(560)
        layout = QVBoxLayout(column)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        for button, note in (
            (self.add_button, self.tr("one of the five types, filled in here, with a test before you save")),
            (
                self.example_button,
                self.tr("the document's five example channels, to complete: kept disabled until they are"),
            ),
            (self.server_button, self.tr("then Sync brings the server's channels here, and yours there")),
        ):
            layout.addSpacing(8)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            described = WrapLabel(note, column)
            described.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            button.setAccessibleDescription(note)
            layout.addWidget(described)
        layout.addStretch(2)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addWidget(column, 4)
        centred.addStretch(1)
