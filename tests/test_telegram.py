"""TELEGRAM against a loopback Bot API: the wire request, splitting, 429, error wording, getMe and getUpdates."""

from __future__ import annotations

import html

import pytest

from pingtower_desktop.channels import telegram
from pingtower_desktop.channels.telegram import BotIdentity, ChatInfo, TelegramError, check_token, find_chats
from pingtower_desktop.transport.notification import Notification
from tests.peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN, deliver, telegram_error

TITLE = "PingTower test: Ops"


def config_for(peer, **changes):
    values = {"botToken": TELEGRAM_TOKEN, "chatId": TELEGRAM_CHAT, "apiBaseUrl": peer.url, **changes}
    return telegram.TELEGRAM.parse_config(values)


def send(config, message="Disk <90% & rising"):
    return deliver(lambda ctx: telegram.send(config, Notification.test("Ops", message), ctx))


def test_send_posts_the_bot_api_request(telegram_peer):
    result = send(config_for(telegram_peer))

    assert result.delivered and result.status_code == 200
    assert TELEGRAM_CHAT in result.message
    [call] = telegram_peer.received
    assert (call.method, call.path) == ("POST", f"/bot{TELEGRAM_TOKEN}/sendMessage")
    assert call.json() == {
        "chat_id": TELEGRAM_CHAT,
        "text": f"<b>{TITLE}</b>\nDisk &lt;90% &amp; rising",
        "parse_mode": "HTML",
        "disable_notification": False,
        "disable_web_page_preview": True,
    }


def test_plain_text_silent_send_into_a_topic(telegram_peer):
    config = config_for(telegram_peer, parseMode="none", disableNotification=True, messageThreadId=42)

    assert send(config, "a <b> & c").delivered

    assert telegram_peer.received[0].json() == {
        "chat_id": TELEGRAM_CHAT,
        "text": f"{TITLE}\na <b> & c",
        "disable_notification": True,
        "disable_web_page_preview": True,
        "message_thread_id": 42,
    }


def test_markdown_v2_escapes_every_special_character(telegram_peer):
    assert send(config_for(telegram_peer, parseMode="MarkdownV2"), "v1.2 (beta) - 50% *done*_! \\").delivered

    sent = telegram_peer.received[0].json()
    assert sent["parse_mode"] == "MarkdownV2"
    assert sent["text"] == f"*{TITLE}*\nv1\\.2 \\(beta\\) \\- 50% \\*done\\*\\_\\! \\\\"


def test_a_5000_character_text_goes_as_two_messages_split_at_a_line_end(telegram_peer):
    body = "\n".join(f"line {n:04d} " + "x" * 90 for n in range(50))  # 50 lines of 100 characters

    result = send(config_for(telegram_peer), body)

    assert result.delivered and "2 messages" in result.message
    texts = [call.json()["text"] for call in telegram_peer.calls("sendMessage")]
    assert len(texts) == 2
    assert all(len(text) <= 4096 for text in texts)
    assert texts[0].startswith(f"<b>{TITLE}</b>\n") and texts[0].endswith("\n")
    assert "".join(texts).removeprefix(f"<b>{TITLE}</b>\n") == body


def test_escaping_counts_towards_the_limit(telegram_peer):
    body = "&" * 3000  # 15,000 characters once escaped

    assert send(config_for(telegram_peer), body).delivered

    texts = [call.json()["text"] for call in telegram_peer.calls("sendMessage")]
    assert [len(text) for text in texts] == [4092, 4095, 4095, 2745]
    assert html.unescape("".join(texts)) == f"<b>{TITLE}</b>\n{body}"


def test_429_waits_retry_after_and_sends_again(telegram_peer):
    telegram_peer.script("sendMessage", telegram_error(429, "Too Many Requests: retry after 1", retry_after=1))

    result = send(config_for(telegram_peer))

    assert result.delivered
    first, second = telegram_peer.calls("sendMessage")
    assert first.json() == second.json()


def test_429_asking_for_longer_than_allowed_gives_up(telegram_peer):
    telegram_peer.script("sendMessage", telegram_error(429, "Too Many Requests: retry after 1", retry_after=1))
    config = config_for(telegram_peer)

    result = deliver(lambda ctx: telegram.send(config, Notification.test("Ops"), ctx), max_retry_wait=0.5)

    assert not result.delivered and result.status_code == 429
    assert "wait 1 s" in result.message and "0.5 s allowed" in result.message
    assert len(telegram_peer.calls("sendMessage")) == 1


@pytest.mark.parametrize(
    ("changes", "status", "wording"),
    [
        ({"botToken": "987654321:AAwrongTokenValue"}, 401, "the bot token was rejected"),
        ({"chatId": "-100555"}, 400, "chat not found"),
        ({"chatId": "-100555"}, 400, "Find chat ID"),
    ],
)
def test_api_errors_are_worded_for_people(telegram_peer, changes, status, wording):
    result = send(config_for(telegram_peer, **changes))

    assert not result.delivered and result.status_code == status
    assert wording in result.message


def test_a_blocked_bot_is_told_apart(telegram_peer):
    telegram_peer.blocked.add(TELEGRAM_CHAT)

    result = send(config_for(telegram_peer))

    assert result.status_code == 403
    assert "the bot is not in that chat or was blocked" in result.message
    assert result.reply == "Forbidden: bot was blocked by the user"


def test_other_errors_show_the_status_and_telegrams_description(telegram_peer):
    telegram_peer.script("sendMessage", telegram_error(500, "Internal Server Error: try later"))

    result = send(config_for(telegram_peer))

    assert not result.delivered and result.status_code == 500
    assert "500" in result.message and "Internal Server Error: try later" in result.message


def test_a_wrong_api_address_gets_404(telegram_peer):
    result = send(config_for(telegram_peer, apiBaseUrl=telegram_peer.url + "/not-the-api"))

    assert result.status_code == 404 and "Bot API server address" in result.message


def test_a_failure_midway_says_how_much_was_sent(telegram_peer):
    telegram_peer.script("sendMessage", None, telegram_error(500, "Internal Server Error"))

    result = send(config_for(telegram_peer), "word " * 1000)  # 5,000 characters: two messages

    assert not result.delivered and result.status_code == 500
    assert "after 1 of 2 messages were sent" in result.message


@pytest.mark.parametrize(
    "answer",
    [
        telegram_error(400, f"Bad Request: token {TELEGRAM_TOKEN} cannot post here"),
        telegram_error(403, f"Forbidden: {TELEGRAM_TOKEN}"),
        telegram_error(502, f"Bad Gateway for /bot{TELEGRAM_TOKEN}/sendMessage"),
        telegram_error(429, f"Too Many Requests {TELEGRAM_TOKEN}", retry_after=60),
    ],
)
def test_the_token_never_appears_in_a_result(telegram_peer, answer):
    telegram_peer.script("sendMessage", answer)

    result = send(config_for(telegram_peer))

    assert not result.delivered
    assert TELEGRAM_TOKEN not in result.message
    assert TELEGRAM_TOKEN not in (result.reply or "")
    assert "••••" in (result.reply or "")


def test_a_chat_id_holding_the_bots_id_is_shown_as_it_is_in_the_result(telegram_peer):
    assert TELEGRAM_TOKEN.startswith("123456789:")  # the bot's id, which is no secret, and is in the chat id
    result = send(config_for(telegram_peer, chatId="-1001234567890")).scrubbed([TELEGRAM_TOKEN])
    assert "Sent to Telegram chat -1001234567890" in result.message


def test_check_calls_get_me_and_names_the_bot(telegram_peer):
    result = deliver(lambda ctx: telegram.check(config_for(telegram_peer), ctx))

    assert result.delivered and "@pingtower_test_bot" in result.message
    assert [call.path for call in telegram_peer.received] == [f"/bot{TELEGRAM_TOKEN}/{m}" for m in ("getMe", "getChat")]


def test_check_with_a_rejected_token(telegram_peer):
    result = deliver(lambda ctx: telegram.check(config_for(telegram_peer, botToken="1:AAnope"), ctx))

    assert not result.delivered and result.status_code == 401
    assert "the bot token was rejected" in result.message


def test_check_token_returns_the_bots_identity(telegram_peer):
    bot = deliver(lambda ctx: check_token(TELEGRAM_TOKEN, ctx, telegram_peer.url))

    assert bot == BotIdentity(id=123456789, username="pingtower_test_bot", name="PingTower Test")
    assert bot.handle == "@pingtower_test_bot"


def test_check_token_refuses_a_malformed_token_without_calling(telegram_peer):
    with pytest.raises(TelegramError, match="must look like"):
        deliver(lambda ctx: check_token("not a token/../x", ctx, telegram_peer.url))

    assert telegram_peer.received == []


def test_find_chats_lists_each_chat_once_most_recent_first(telegram_peer):
    group = {"id": -1001234567890, "title": "Ops alerts", "type": "supergroup"}
    person = {"id": 42, "first_name": "Ada", "last_name": "L", "type": "private"}
    channel = {"id": -1009876543210, "title": "Status", "username": "status_news", "type": "channel"}
    telegram_peer.updates = [
        {"update_id": 1, "message": {"message_id": 1, "chat": group, "text": "hi"}},
        {"update_id": 2, "message": {"message_id": 2, "chat": person, "text": "/start"}},
        {"update_id": 3, "channel_post": {"message_id": 3, "chat": channel}},
        {"update_id": 4, "my_chat_member": {"chat": {**group, "title": "Ops alerts (renamed)"}}},
        {
            "update_id": 5,
            "callback_query": {"id": "x", "message": {"chat": {"id": 7, "username": "bob", "type": "private"}}},
        },
    ]

    chats = deliver(lambda ctx: find_chats(TELEGRAM_TOKEN, ctx, telegram_peer.url))

    assert chats == [
        ChatInfo(7, "@bob", "private"),
        ChatInfo(-1001234567890, "Ops alerts (renamed)", "supergroup"),
        ChatInfo(-1009876543210, "Status", "channel"),
        ChatInfo(42, "Ada L", "private"),
    ]
    [call] = telegram_peer.received
    assert call.path.endswith("/getUpdates") and "offset" not in call.json()


def test_find_chats_when_a_webhook_is_set(telegram_peer):
    telegram_peer.script(
        "getUpdates", telegram_error(409, "Conflict: can't use getUpdates method while webhook is active")
    )

    with pytest.raises(TelegramError, match="webhook set") as raised:
        deliver(lambda ctx: find_chats(TELEGRAM_TOKEN, ctx, telegram_peer.url))

    assert raised.value.status_code == 409
