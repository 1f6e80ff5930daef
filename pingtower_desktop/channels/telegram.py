"""TELEGRAM: straight to the Telegram Bot API (or a self-hosted Bot API server)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field

from . import checks
from .base import ChannelConfig, ChannelType, register
from .fields import FieldKind, Ui

DEFAULT_API = "https://api.telegram.org"

GUIDE = """Getting a bot token:
1. Find @BotFather in Telegram.
2. Send the command /newbot.
3. Follow the instructions to create a bot.
4. Copy the token you receive.

Getting the chat ID:
1. Add the bot to a group or channel.
2. Send the bot a message.
3. Use “Find chat ID” (the Bot API's getUpdates) and pick the chat."""


class TelegramConfig(ChannelConfig):
    botToken: Annotated[
        str,
        AfterValidator(checks.bot_token),
        Ui(
            "Bot token",
            "The token @BotFather gave you.",
            "123456789:ABCdefGHIjklMNOpqrsTUVwxyz",
            secret=True,
            required=True,
        ),
    ] = ""
    chatId: Annotated[
        str,
        BeforeValidator(checks.chat_id),
        Ui("Chat ID", "The chat to send to: a number (groups start with -100) or @channelname.", "-1001234567890"),
    ]
    apiBaseUrl: Annotated[
        str,
        AfterValidator(checks.http_url),
        Ui("Bot API server", "Change only for a self-hosted Bot API server.", DEFAULT_API, kind=FieldKind.URL),
    ] = DEFAULT_API
    parseMode: Annotated[
        Literal["HTML", "MarkdownV2", "none"],
        Ui("Formatting", "How Telegram reads the message text."),
    ] = "HTML"
    disableNotification: Annotated[bool, Ui("Send silently", "Deliver without a sound.")] = False
    messageThreadId: Annotated[
        Annotated[int, Field(ge=1)] | None,
        BeforeValidator(checks.blank_to_none),
        Ui("Topic ID", "For forum groups: the topic (message thread) to post in.", "42"),
    ] = None


async def send(config, notification, ctx):
    raise NotImplementedError


async def check(config, ctx):
    raise NotImplementedError


TELEGRAM = register(
    ChannelType(
        name="TELEGRAM",
        label="Telegram",
        config_model=TelegramConfig,
        send=send,
        check=check,
        import_key="telegram",
        guide=GUIDE,
    )
)
