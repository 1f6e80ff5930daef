"""PYTHON_BOT: the PingTower team's Flask bot that forwards alerts to linked Telegram users."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from ..text import msg
from ..transport.context import DeliveryContext
from ..transport.http import Answer, RequestFailed, one_line, request, where
from ..transport.notification import Notification
from ..transport.result import DeliveryResult, Stopwatch
from . import checks
from .base import ChannelConfig, ChannelType, Problem, register
from .fields import PROXY_UI, FieldKind, Ui


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
    proxy: Annotated[str, AfterValidator(checks.proxy_choice), PROXY_UI] = ""

    def warnings(self) -> list[Problem]:
        warning = checks.url_credential_warning(self.botUrl, headers=False)
        return [Problem("botUrl", warning)] if warning else []

    def test_needs(self, username: str | None) -> str:
        if username or self.username:
            return ""
        return msg(
            "a PingTower username is needed: set the channel's PingTower user, name one for the test, "
            "or set a default test username in Settings"
        )


def _endpoint(config: PythonBotConfig, path: str) -> str:
    return f"{config.botUrl.rstrip('/')}/{path}"


def _bot_error(answer: Answer) -> str:
    said = answer.json_field("error") or answer.gist()
    return str(said) if said else msg("no reason given")


async def send(config: PythonBotConfig, notification: Notification, ctx: DeliveryContext) -> DeliveryResult:
    """``/send_notification`` for the notification's PingTower user, else the channel's."""
    watch = Stopwatch()
    username = notification.username or config.username
    need = config.test_needs(notification.username)
    if need:
        return DeliveryResult(False, watch.ms(), msg("Python bot: {need}", need=need), started=False)
    body = {
        "username": username,
        "service_name": notification.service_name,
        "service_url": notification.service_url,
        "status": notification.status,
        "message": notification.message,
    }
    url = _endpoint(config, "send_notification")
    try:
        answer = await request(ctx.http_to(url), "POST", url, timeout=ctx.timeout, json=body)
    except RequestFailed as failure:
        return DeliveryResult(False, watch.ms(), msg("Python bot: {failure}", failure=failure))
    status = answer.status_code
    if status == 200 and answer.json_field("success") is True:
        reply = str(answer.json_field("message") or "")
        return DeliveryResult(
            True, watch.ms(), msg("The Python bot notified {username} on Telegram", username=username), status, reply
        )
    reply = _bot_error(answer)
    if status == 404:
        message = msg(
            "Python bot: {username} has not linked Telegram with the bot (404: {reply})", username=username, reply=reply
        )
    else:
        message = msg("Python bot answered {status_line}: {reply}", status_line=answer.status_line, reply=reply)
    return DeliveryResult(False, watch.ms(), one_line(message), status, reply)


async def check(config: PythonBotConfig, ctx: DeliveryContext) -> DeliveryResult:
    """``GET /health``: healthy when the bot says so."""
    watch = Stopwatch()
    try:
        answer = await request(ctx.http_to(config.botUrl), "GET", _endpoint(config, "health"), timeout=ctx.timeout)
    except RequestFailed as failure:
        return DeliveryResult(False, watch.ms(), msg("Python bot: {failure}", failure=failure))
    health = answer.json_field("status")
    place = where(config.botUrl)
    if answer.ok and health == "healthy":
        return DeliveryResult(
            True, watch.ms(), msg("The Python bot at {place} is healthy", place=place), answer.status_code
        )
    said = msg("status {health}", health=f"{health!r}") if health is not None else answer.gist() or msg("no status")
    message = msg(
        "Python bot at {place} is not healthy: {status_line}, {said}",
        place=place,
        status_line=answer.status_line,
        said=said,
    )
    return DeliveryResult(False, watch.ms(), one_line(message), answer.status_code, answer.excerpt())


PYTHON_BOT = register(
    ChannelType(
        name="PYTHON_BOT",
        config_model=PythonBotConfig,
        send=send,
        check=check,
        import_key="pythonBot",
        documented_keys=("botUrl",),
        peer_key="botUrl",
        guide=msg(
            "Integration with the PingTower Python Telegram bot. Each PingTower user links "
            "their Telegram account with the bot; a notification names the user to reach."
        ),
    )
)
