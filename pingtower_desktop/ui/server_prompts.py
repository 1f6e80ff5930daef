"""The questions the server features ask (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .plain_text import message_box


def confirm_plain_http(parent: QWidget, warning: str) -> bool:
    """Asked before a password or token would travel unencrypted to another computer."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("server_prompts", "Unencrypted connection"),
        QCoreApplication.translate("server_prompts", "Send the login over plain http?"),
    )
    box.setInformativeText(warning)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
