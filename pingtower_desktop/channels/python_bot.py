"""PYTHON_BOT: the PingTower team's Flask bot that forwards alerts to linked Telegram users."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from . import checks
from .base import ChannelConfig, ChannelType, register
from .fields import FieldKind, Ui


class PythonBotConfig(ChannelConfig):
    botUrl: Annotated[
        str,
        AfterValidator(checks.http_url),
        Ui("Bot URL", "Where the PingTower Python bot listens.", "http://localhost:5000", kind=FieldKind.URL),
    ]
    username: Annotated[
        str,
        Ui(
            "PingTower user",
            "The PingTower user the bot notifies when a test names none; "
            "that user must have linked Telegram with the bot.",
            "testuser",
        ),
    ] = ""


async def send(config, notification, ctx):
    raise NotImplementedError


async def check(config, ctx):
    raise NotImplementedError


PYTHON_BOT = register(
    ChannelType(
        name="PYTHON_BOT",
        label="Python bot",
        config_model=PythonBotConfig,
        send=send,
        check=check,
        import_key="pythonBot",
        guide="Integration with the PingTower Python Telegram bot. Each PingTower user links "
        "their Telegram account with the bot; a notification names the user to reach.",
    )
)
