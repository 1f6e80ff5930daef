"""A strip across the top of the window for something the user must know (no keyring, a broken file)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from .formatting import warning_color
from .plain_text import PlainLabel
from .status_label import StatusLabel


class Banner(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        color = warning_color()
        self.setStyleSheet(
            f"#{object_name} {{ border: 1px solid {color.name()}; border-radius: 4px; "
            f"background: rgba({color.red()}, {color.green()}, {color.blue()}, 40); }}"
        )
        self.label = StatusLabel(self.tr("Notice"), self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        icon = PlainLabel("⚠", self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))
