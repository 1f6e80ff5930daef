"""TELEGRAM: "Check token" (getMe → the bot's @name) and "Find chat ID" (getUpdates → pick a chat)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...channels import telegram
from ...transport.context import open_context
from ..core_text import core_tr
from ..filled import filled
from ..focus import show_focus
from ..formatting import outcome_color
from ..wrap_label import WrapLabel
from .base import Addon


class TelegramHelpers(Addon):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.check_button = QPushButton(self.tr("Check token"), self)
        self.check_button.setObjectName("check_token")
        self.check_button.setToolTip(self.tr("Ask Telegram (getMe) which bot the token belongs to"))
        self.check_button.clicked.connect(self.check_token)
        self.find_button = QPushButton(self.tr("Find chat ID"), self)
        self.find_button.setObjectName("find_chat")
        self.find_button.setToolTip(self.tr("List the chats the bot has seen (getUpdates) and pick one"))
        self.find_button.clicked.connect(self.find_chats)
        self.status = WrapLabel(self)
        self.status.setObjectName("telegram_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chats = QListWidget(self)
        show_focus(self.chats)
        self.chats.setObjectName("found_chats")
        self.chats.setAccessibleName(self.tr("Chats the bot has seen"))
        self.chats.setMaximumHeight(110)
        self.chats.itemActivated.connect(self._pick)
        self.chats.hide()
        self.use_button = QPushButton(self.tr("Use this chat"), self)
        self.use_button.setObjectName("use_chat")
        self.use_button.clicked.connect(lambda: self._pick(self.chats.currentItem()))
        self.use_button.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.chats)
        layout.addWidget(self.use_button)

    def focus_chain(self) -> list[QWidget]:
        return [self.check_button, self.find_button, self.chats, self.use_button]

    def refresh(self) -> None:
        token_ok = bool(self.value("botToken")) and not self.editor.problems().get("botToken")
        api_ok = not self.editor.problems().get("apiBaseUrl")
        for button in (self.check_button, self.find_button):
            button.setEnabled(token_ok and api_ok and not self.busy)

    def _target(self) -> tuple[str, str]:
        return self.value("botToken").strip(), self.value("apiBaseUrl").strip() or telegram.DEFAULT_API

    def check_token(self) -> None:
        token, api = self._target()

        async def body(report):
            async with open_context() as ctx:
                return await telegram.check_token(token, ctx, api)

        self._say(self.tr("Asking Telegram…"), None)
        self.run("check token", body, self._checked, self._failed)

    def find_chats(self) -> None:
        token, api = self._target()

        async def body(report):
            async with open_context() as ctx:
                return await telegram.find_chats(token, ctx, api)

        self._say(self.tr("Asking Telegram…"), None)
        self.chats.hide()
        self.use_button.hide()
        self.run("find chats", body, self._found, self._failed)

    def _checked(self, bot: telegram.BotIdentity) -> None:
        self._say(filled(self.tr("The token belongs to %1 (%2)."), bot.handle, bot.name), True)

    def _found(self, chats: list[telegram.ChatInfo]) -> None:
        self.chats.clear()
        if not chats:
            self._say(
                self.tr(
                    "The bot has not seen any chat yet: send the bot a message first "
                    "(or add it to the group and post there), then try again."
                ),
                False,
            )
            return
        for chat in chats:
            item = QListWidgetItem(f"{chat.title} · {self._chat_kind(chat.type)} · {chat.id}", self.chats)
            item.setData(Qt.ItemDataRole.UserRole, str(chat.id))
        self.chats.setCurrentRow(0)
        self.chats.show()
        self.use_button.show()
        self._say(self.tr("Pick the chat to send to (double-click or “Use this chat”)."), None)

    def _chat_kind(self, kind: str) -> str:
        kinds = {
            "private": self.tr("private chat"),
            "group": self.tr("group"),
            "supergroup": self.tr("supergroup"),
            "channel": self.tr("channel"),
        }
        return kinds.get(kind, kind)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.set_value("chatId", item.data(Qt.ItemDataRole.UserRole))
        self._say(filled(self.tr("Chat ID set to %1."), item.data(Qt.ItemDataRole.UserRole)), True)

    def _failed(self, error: str) -> None:
        # TelegramError texts never hold the token (the core builds them without it).
        self._say(core_tr(error.removeprefix("TelegramError: ")), False)

    def _say(self, text: str, good: bool | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")
