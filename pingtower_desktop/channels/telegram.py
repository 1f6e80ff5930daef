"""TELEGRAM: straight to the Telegram Bot API (or a self-hosted Bot API server)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field

from ..errors import DeliveryError
from ..text import message_of, msg
from ..transport.context import DeliveryContext
from ..transport.http import Answer, RequestFailed, one_line, request, seconds
from ..transport.notification import Notification
from ..transport.result import DeliveryResult, Stopwatch
from . import checks
from .base import ChannelConfig, ChannelType, register
from .fields import PROXY_UI, FieldKind, Ui
from .telegram_text import messages

DEFAULT_API = "https://api.telegram.org"

GUIDE = msg("""Getting a bot token:
1. Find @BotFather in Telegram.
2. Send the command /newbot.
3. Follow the instructions to create a bot.
4. Copy the token you receive.

Getting the chat ID:
1. Add the bot to a group or channel.
2. Send the bot a message.
3. Use “Find chat ID” (the Bot API's getUpdates) and pick the chat.""")


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
            stand_in=True,
        ),
    ] = ""
    chatId: Annotated[
        str,
        BeforeValidator(checks.chat_id),
        Ui(
            "Chat ID",
            "The chat to send to: a number (groups start with -100) or @channelname.",
            "-1001234567890",
            stand_in=True,
        ),
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
    proxy: Annotated[str, AfterValidator(checks.proxy_choice), PROXY_UI] = ""


#: How often one message is sent again after Telegram answers 429 Too Many Requests.
MAX_RETRIES = 3
CHAT_ID_HOWTO = msg(
    "send the bot a message (or add it to the group), then use “Find chat ID” (getUpdates) to get its id"
)


class TelegramError(DeliveryError):
    """A Bot API call that failed; ``str()`` is one line that never holds the token."""

    def __init__(self, message: str, status_code: int | None = None, reply: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.reply = reply


@dataclass(frozen=True)
class BotIdentity:
    """Who a token belongs to, from ``getMe``."""

    id: int
    username: str
    name: str

    @property
    def handle(self) -> str:
        return f"@{self.username}" if self.username else self.name


@dataclass(frozen=True)
class ChatInfo:
    """A chat the bot has seen, from ``getUpdates``; ``id`` is what ``chatId`` takes."""

    id: int
    #: The group's or channel's title, else @username, else the person's name.
    title: str
    #: private, group, supergroup or channel
    type: str


def _valid_token(token: str) -> str:
    if not token:
        raise TelegramError(msg("Telegram: no bot token is set"))
    try:
        return checks.bot_token(token)
    except ValueError as error:
        raise TelegramError(msg("Telegram: the bot token {error}", error=error)) from None


def _description(answer: Answer, token: str) -> str:
    """Telegram's own words for a failure (or the start of whatever else answered), without the token."""
    return str(answer.json_field("description") or answer.gist()).replace(token, "••••")


def _api_error(answer: Answer, method: str, token: str) -> TelegramError:
    description = _description(answer, token)
    status = answer.status_code
    if status == 401:
        message = msg("the bot token was rejected (401) — copy it again from @BotFather")
    elif status == 400 and "chat not found" in description.lower():
        message = msg("chat not found (400) — {how}", how=CHAT_ID_HOWTO)
    elif status == 403:
        message = msg("the bot is not in that chat or was blocked (403: {description})", description=description)
    elif status == 404:
        message = msg("no such Bot API call (404 Not Found) — check the Bot API server address and the token")
    elif status == 409 and method == "getUpdates":
        message = msg("the bot has a webhook set, so getUpdates cannot list its chats (409)")
    else:
        message = msg("answered {status_line}: {description}", status_line=answer.status_line, description=description)
    return TelegramError(one_line(msg("Telegram: {message}", message=message)), status, description or None)


def _retry_after(answer: Answer) -> float | None:
    if answer.status_code != 429:
        return None
    parameters = answer.json_field("parameters")
    wait = parameters.get("retry_after") if isinstance(parameters, dict) else None
    return float(wait) if isinstance(wait, int | float) and wait >= 0 else None


async def _call(ctx: DeliveryContext, api_base_url: str, token: str, method: str, payload: dict[str, Any]) -> Any:
    """One Bot API call, its ``result`` on success; waits out a 429 (within bounds) and asks again."""
    url = f"{api_base_url.rstrip('/')}/bot{_valid_token(token)}/{method}"
    retries = 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + ctx.timeout  # retries included: a test never outlasts its timeout
    while True:
        try:
            left = max(deadline - loop.time(), 0.1)
            answer = await request(ctx.http_to(url), "POST", url, timeout=left, json=payload)
        except RequestFailed as failure:
            raise TelegramError(msg("Telegram: {failure}", failure=failure)) from None
        data = answer.json()
        if answer.status_code == 200 and isinstance(data, dict) and data.get("ok") is True:
            return data.get("result")
        wait = _retry_after(answer)
        if wait is None or retries == MAX_RETRIES:
            raise _api_error(answer, method, token)
        allowed = min(ctx.max_retry_wait, deadline - loop.time())
        if wait > allowed:
            raise TelegramError(
                msg(
                    "Telegram: too many requests (429) — it asks to wait {seconds}, more than the {seconds2} allowed; try again later",
                    seconds=seconds(wait),
                    seconds2=seconds(round(max(allowed, 0), 1)),
                ),
                429,
                _description(answer, token),
            )
        await asyncio.sleep(wait)
        retries += 1


async def check_token(token: str, ctx: DeliveryContext, api_base_url: str = DEFAULT_API) -> BotIdentity:
    """The bot a token belongs to (``getMe``); raises :class:`TelegramError`."""
    me = await _call(ctx, api_base_url, token, "getMe", {})
    if not isinstance(me, dict) or not isinstance(me.get("id"), int):
        raise TelegramError(msg("Telegram: getMe answered without a bot"))
    return BotIdentity(id=me["id"], username=str(me.get("username") or ""), name=str(me.get("first_name") or ""))


def _chat_info(chat: Any) -> ChatInfo | None:
    if not isinstance(chat, dict) or not isinstance(chat.get("id"), int):
        return None
    person = " ".join(str(chat[key]) for key in ("first_name", "last_name") if chat.get(key))
    username = f"@{chat['username']}" if chat.get("username") else ""
    title = str(chat.get("title") or username or person or chat["id"])
    return ChatInfo(id=chat["id"], title=title, type=str(chat.get("type") or ""))


def _chats_in(update: Any) -> list[ChatInfo]:
    """Chats named by one update, whatever its kind (message, channel_post, my_chat_member, callback_query …)."""
    found = []
    for key, item in update.items() if isinstance(update, dict) else ():
        if key != "update_id" and isinstance(item, dict):
            inner = item.get("message")
            info = _chat_info(item.get("chat") or (inner.get("chat") if isinstance(inner, dict) else None))
            if info:
                found.append(info)
    return found


async def find_chats(token: str, ctx: DeliveryContext, api_base_url: str = DEFAULT_API) -> list[ChatInfo]:
    """The chats the bot has recently seen (``getUpdates``), most recent first; raises :class:`TelegramError`.

    Nothing is marked as read: no ``offset`` is sent, so other consumers of the updates still get them.
    """
    updates = await _call(ctx, api_base_url, token, "getUpdates", {"timeout": 0, "limit": 100})
    seen: dict[int, ChatInfo] = {}
    for update in updates if isinstance(updates, list) else ():
        for info in _chats_in(update):
            seen.pop(info.id, None)
            seen[info.id] = info
    return list(reversed(seen.values()))


def _send_payload(config: TelegramConfig, text: str) -> dict[str, Any]:
    payload: dict[str, Any] = {"chat_id": config.chatId, "text": text}
    if config.parseMode != "none":
        payload["parse_mode"] = config.parseMode
    payload["disable_notification"] = config.disableNotification
    payload["disable_web_page_preview"] = True
    if config.messageThreadId is not None:
        payload["message_thread_id"] = config.messageThreadId
    return payload


async def send(config: TelegramConfig, notification: Notification, ctx: DeliveryContext) -> DeliveryResult:
    """``sendMessage``; a text over Telegram's limit goes as several messages, in order."""
    watch = Stopwatch()
    texts = messages(notification.subject, notification.message, config.parseMode)
    sent = 0
    try:
        for text in texts:
            await _call(ctx, config.apiBaseUrl, config.botToken, "sendMessage", _send_payload(config, text))
            sent += 1
    except TelegramError as error:
        message = message_of(error)
        if sent:
            message = msg(
                "{reason} (after {sent} of {count} messages were sent)", reason=message, sent=sent, count=len(texts)
            )
        result = DeliveryResult(False, watch.ms(), message, error.status_code, error.reply)
        return result.scrubbed([config.botToken])
    parts = msg(" as {count} messages", count=len(texts)) if len(texts) > 1 else ""
    return DeliveryResult(
        True, watch.ms(), msg("Sent to Telegram chat {chatId}{parts}", chatId=config.chatId, parts=parts), 200
    )


async def check(config: TelegramConfig, ctx: DeliveryContext) -> DeliveryResult:
    """``getMe``: the token works and names its bot; ``getChat``: the bot still reaches the chat (a bot
    removed from a group, a deleted channel). Nothing is sent."""
    watch = Stopwatch()
    try:
        bot = await check_token(config.botToken, ctx, config.apiBaseUrl)
        chat = _chat_info(await _call(ctx, config.apiBaseUrl, config.botToken, "getChat", {"chat_id": config.chatId}))
    except TelegramError as error:
        result = DeliveryResult(False, watch.ms(), message_of(error), error.status_code, error.reply)
        return result.scrubbed([config.botToken])
    where = chat.title if chat is not None else config.chatId
    return DeliveryResult(
        True,
        watch.ms(),
        msg("The bot token works ({handle}) and reaches {chat}; nothing was sent", handle=bot.handle, chat=where),
        200,
    )


TELEGRAM = register(
    ChannelType(
        name="TELEGRAM",
        config_model=TelegramConfig,
        send=send,
        check=check,
        import_key="telegram",
        documented_keys=("botToken", "chatId"),
        peer_key="apiBaseUrl",
        guide=GUIDE,
    )
)
