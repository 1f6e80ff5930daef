"""PYTHON_BOT against a loopback copy of the PingTower Python bot."""

from __future__ import annotations

from dataclasses import replace

from pingtower_desktop.channels import python_bot
from pingtower_desktop.transport.notification import Notification
from tests.peers.http_peers import deliver


def config_for(peer, **changes):
    return python_bot.PYTHON_BOT.parse_config({"botUrl": peer.url, **changes})


def send(config, notification):
    return deliver(lambda ctx: python_bot.send(config, notification, ctx))


def test_sends_the_bots_payload_for_the_named_user(python_bot_peer):
    config = config_for(python_bot_peer, username="someone-else")

    result = send(config, Notification.test("Bot", "Custom test message", username="testuser"))

    assert result.delivered and result.status_code == 200
    assert "testuser" in result.message
    [call] = python_bot_peer.received
    assert (call.method, call.path) == ("POST", "/send_notification")
    assert call.json() == {
        "username": "testuser",
        "service_name": "PingTower Desktop",
        "service_url": "",
        "status": "TEST",
        "message": "Custom test message",
    }


def test_the_channels_user_when_the_test_names_none(python_bot_peer):
    config = config_for(python_bot_peer, botUrl=python_bot_peer.url + "/", username="testuser")

    assert send(config, Notification.test("Bot")).delivered

    [call] = python_bot_peer.received
    assert call.path == "/send_notification" and call.json()["username"] == "testuser"


def test_without_any_username_nothing_is_sent(python_bot_peer):
    result = send(config_for(python_bot_peer), Notification.test("Bot"))

    assert not result.delivered and "PingTower username is needed" in result.message
    assert python_bot_peer.received == []


def test_a_user_who_has_not_linked_telegram(python_bot_peer):
    result = send(config_for(python_bot_peer, username="stranger"), Notification.test("Bot"))

    assert not result.delivered and result.status_code == 404
    assert "stranger has not linked Telegram with the bot" in result.message
    assert result.reply == "User not found or not registered"


def test_the_bots_error_text_for_400_and_500(python_bot_peer):
    config = config_for(python_bot_peer, username="testuser")

    bad = send(config, replace(Notification.test("Bot"), service_name=""))
    python_bot_peer.failing = True
    broken = send(config, Notification.test("Bot"))

    assert (bad.status_code, broken.status_code) == (400, 500)
    assert "Missing required fields: username, service_name" in bad.message
    assert "Internal server error" in broken.message
    assert not bad.delivered and not broken.delivered


def test_check_asks_for_health(python_bot_peer):
    result = deliver(lambda ctx: python_bot.check(config_for(python_bot_peer), ctx))

    assert result.delivered and "healthy" in result.message
    assert [(c.method, c.path) for c in python_bot_peer.received] == [("GET", "/health")]


def test_check_of_an_unhealthy_bot(python_bot_peer):
    python_bot_peer.health = "degraded"

    result = deliver(lambda ctx: python_bot.check(config_for(python_bot_peer), ctx))

    assert not result.delivered and result.status_code == 503 and "degraded" in result.message
