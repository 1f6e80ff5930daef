"""SLACK: an incoming webhook (Mattermost and Rocket.Chat accept the same payload)."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator

from ..text import msg
from ..transport.context import DeliveryContext
from ..transport.http import Answer, RequestFailed, request
from ..transport.notification import Notification
from ..transport.probe import probe
from ..transport.result import DeliveryResult, Stopwatch
from . import checks
from .base import ChannelConfig, ChannelType, Problem, register
from .fields import PROXY_UI, FieldKind, Ui

SLACK_HOST = "hooks.slack.com"

GUIDE = msg("""Creating a Slack webhook:
1. Go to Slack API (api.slack.com/apps).
2. Create a new app.
3. Under “Incoming Webhooks”, turn webhooks on.
4. Add a new webhook to the channel you want.
5. Copy the webhook URL.""")


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
    proxy: Annotated[str, AfterValidator(checks.proxy_choice), PROXY_UI] = ""

    def warnings(self) -> list[Problem]:
        host = urlsplit(self.webhookUrl).hostname or ""
        if self.webhookUrl and host != "hooks.slack.com":
            return [
                Problem(
                    "webhookUrl", msg("{host} is not hooks.slack.com; fine for Mattermost or Rocket.Chat", host=host)
                )
            ]
        return []


#: What Slack's plain-text errors mean, for the ones a user can act on.
HINTS = {
    "no_service": msg("the webhook was removed or disabled; create a new one"),
    "invalid_token": msg("the webhook URL is wrong or was revoked"),
    "channel_not_found": msg("the channel does not exist or the webhook cannot post there"),
    "channel_is_archived": msg("the channel is archived"),
    "action_prohibited": msg("a workspace admin does not allow this webhook to post"),
    "posting_to_general_channel_denied": msg("only admins may post to that channel"),
    "invalid_payload": msg("Slack could not read the message"),
    "no_text": msg("the message was empty"),
}
_SLACK_PATH = re.compile(r"^/services/[A-Za-z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9]+/?$")


def _is_slack(url: str) -> bool:
    return (urlsplit(url).hostname or "").lower() == SLACK_HOST


def _escape(text: str) -> str:
    """Slack reads <…> as links and mentions: its documented escapes keep the text literal."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _payload(config: SlackConfig, notification: Notification) -> dict[str, str]:
    payload = {"text": f"*{_escape(notification.subject)}*\n{_escape(notification.message)}"}
    for key in ("channel", "username"):
        if value := getattr(config, key):
            payload[key] = value
    return payload


def _delivered(config: SlackConfig, answer: Answer) -> bool:
    """Slack answers exactly 200 ``ok``; Mattermost and Rocket.Chat answer other 2xx bodies."""
    if _is_slack(config.webhookUrl):
        return answer.status_code == 200 and answer.text().strip() == "ok"
    return answer.ok


async def send(config: SlackConfig, notification: Notification, ctx: DeliveryContext) -> DeliveryResult:
    watch = Stopwatch()
    return (await _post(config, notification, ctx, watch)).scrubbed([config.webhookUrl])


async def _post(
    config: SlackConfig, notification: Notification, ctx: DeliveryContext, watch: Stopwatch
) -> DeliveryResult:
    if not config.webhookUrl:
        return DeliveryResult(False, watch.ms(), msg("Slack: no webhook URL is set"))
    payload = _payload(config, notification)
    try:
        answer = await request(
            ctx.http_to(config.webhookUrl), "POST", config.webhookUrl, timeout=ctx.timeout, json=payload
        )
    except RequestFailed as failure:
        return DeliveryResult(False, watch.ms(), msg("Slack: {failure}", failure=failure))
    reply = answer.excerpt()
    if _delivered(config, answer):
        message = (
            msg("Posted to Slack ({status_code} {reply})", status_code=answer.status_code, reply=answer.gist())
            if reply
            else msg("Posted ({status_line})", status_line=answer.status_line)
        )
        return DeliveryResult(True, watch.ms(), message, answer.status_code, reply)
    hint = HINTS.get(reply)
    message = msg(
        "Slack answered {status_line}: {value}{hint}",
        status_line=answer.status_line,
        value=answer.gist() or msg("(empty body)"),
        hint=msg(" — {hint}", hint=hint) if hint else "",
    )
    return DeliveryResult(False, watch.ms(), message, answer.status_code, reply)


def _url_problem(url: str) -> str | None:
    if not url:
        return msg("no webhook URL is set")
    try:
        checks.http_url(url)
    except ValueError as error:
        return msg("the webhook URL {error}", error=error)
    if _is_slack(url) and not _SLACK_PATH.match(urlsplit(url).path):
        return msg(
            "a hooks.slack.com URL looks like https://hooks.slack.com/services/T…/B…/…; copy it again from Slack"
        )
    return None


async def check(config: SlackConfig, ctx: DeliveryContext) -> DeliveryResult:
    """The URL's shape and a TCP/TLS connect: a webhook cannot be checked without posting to it."""
    watch = Stopwatch()
    if problem := _url_problem(config.webhookUrl):
        return DeliveryResult(False, watch.ms(), msg("Slack: {problem}", problem=problem))
    try:
        reached = await probe(
            config.webhookUrl,
            ssl_context=ctx.ssl_context,
            timeout=ctx.timeout,
            proxy=ctx.route.for_url(config.webhookUrl),
        )
    except RequestFailed as failure:
        return DeliveryResult(False, watch.ms(), msg("Slack: {failure}", failure=failure))
    return DeliveryResult(
        True, watch.ms(), msg("The webhook URL looks right and {reached}; nothing was posted", reached=reached)
    )


SLACK = register(
    ChannelType(
        name="SLACK",
        config_model=SlackConfig,
        send=send,
        check=check,
        import_key="slack",
        documented_keys=("webhookUrl", "channel", "username"),
        peer_key="webhookUrl",
        guide=GUIDE,
    )
)
