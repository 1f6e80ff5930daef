"""SLACK: an incoming webhook (Mattermost and Rocket.Chat accept the same payload)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator

from . import checks
from .base import ChannelConfig, ChannelType, Problem, register
from .fields import FieldKind, Ui

GUIDE = """Creating a Slack webhook:
1. Go to Slack API (api.slack.com/apps).
2. Create a new app.
3. Under “Incoming Webhooks”, turn webhooks on.
4. Add a new webhook to the channel you want.
5. Copy the webhook URL."""


class SlackConfig(ChannelConfig):
    webhookUrl: Annotated[
        str,
        AfterValidator(checks.optional_http_url),
        Ui(
            "Webhook URL",
            "The incoming-webhook URL; it grants posting, so it is kept as a secret.",
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            secret=True,
            required=True,
            kind=FieldKind.URL,
        ),
    ] = ""
    channel: Annotated[str, Ui("Channel", "Post to this channel instead of the webhook's own.", "#alerts")] = ""
    username: Annotated[str, Ui("Bot name", "The name the message is posted under.", "PingTower Bot")] = ""

    def warnings(self) -> list[Problem]:
        host = urlsplit(self.webhookUrl).hostname or ""
        if self.webhookUrl and host != "hooks.slack.com":
            return [Problem("webhookUrl", f"{host} is not hooks.slack.com; fine for Mattermost or Rocket.Chat")]
        return []


async def send(config, notification, ctx):
    raise NotImplementedError


async def check(config, ctx):
    raise NotImplementedError


SLACK = register(
    ChannelType(
        name="SLACK",
        label="Slack",
        config_model=SlackConfig,
        send=send,
        check=check,
        import_key="slack",
        guide=GUIDE,
    )
)
