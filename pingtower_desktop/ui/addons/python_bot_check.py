"""PYTHON_BOT: "Check bot" asks the bot's ``/health``."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...transport.result import DeliveryResult
from ..core_text import core_tr
from ..formatting import outcome_color
from ..wrap_label import WrapLabel
from .base import Addon


class PythonBotCheck(Addon):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.button = QPushButton(self.tr("Check bot"), self)
        self.button.setObjectName("check_bot")
        self.button.setToolTip(self.tr("Ask the bot's /health whether it is up; nothing is sent"))
        self.button.clicked.connect(self.check)
        self.status = WrapLabel(self)
        self.status.setObjectName("check_bot_status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)

    def focus_chain(self) -> list[QWidget]:
        return [self.button]

    def refresh(self) -> None:
        self.button.setEnabled(not self.busy and self.editor.form_channel() is not None)

    def check(self) -> None:
        channel = self.editor.form_channel()
        if channel is None or self.busy:
            return
        deliverer = self.editor.context.deliverer

        async def body(report):
            return await deliverer.check(channel)

        self._say(self.tr("Asking the bot…"), None)
        self.run("check bot", body, self._checked, self._failed)

    def _checked(self, result: DeliveryResult) -> None:
        self._say(core_tr(result.message), result.delivered)

    def _failed(self, error: str) -> None:
        self._say(error, False)

    def _say(self, text: str, good: bool | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")
