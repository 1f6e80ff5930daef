"""SLACK against a loopback incoming webhook: the payload, Slack's plain-text answers, and check."""

from __future__ import annotations

import pytest

from pingtower_desktop.channels import slack
from pingtower_desktop.transport.notification import Notification
from tests.peers.http_peers import Reply, deliver

PATH = "/services/T0001/B0002/XyZsecretPart123"


def config_for(peer, **changes):
    return slack.SLACK.parse_config({"webhookUrl": peer.url + PATH, **changes})


def send(config, message="Disk <90% & rising"):
    return deliver(lambda ctx: slack.send(config, Notification.test("Ops", message), ctx))


@pytest.fixture
def slack_host(monkeypatch):
    """Treat the loopback peer as hooks.slack.com, so Slack's own rules apply."""
    monkeypatch.setattr(slack, "SLACK_HOST", "127.0.0.1")


def test_posts_text_channel_and_username(slack_peer):
    result = send(config_for(slack_peer, channel="#alerts", username="PingTower Bot"))

    assert result.delivered and result.status_code == 200 and result.reply == "ok"
    [call] = slack_peer.received
    assert (call.method, call.path) == ("POST", PATH)
    assert call.headers["Content-Type"] == "application/json"
    assert call.json() == {
        "text": "*PingTower test: Ops*\nDisk &lt;90% &amp; rising",
        "channel": "#alerts",
        "username": "PingTower Bot",
    }


def test_empty_optional_keys_are_left_out(slack_peer):
    assert send(config_for(slack_peer)).delivered

    assert set(slack_peer.received[0].json()) == {"text"}


@pytest.mark.parametrize(
    ("status", "text", "hint"),
    [
        (400, "invalid_payload", "could not read"),
        (404, "channel_not_found", "channel does not exist"),
        (404, "no_service", "removed or disabled"),
        (403, "something_new", ""),
    ],
)
def test_slacks_plain_text_errors_are_shown_as_they_are(slack_peer, slack_host, status, text, hint):
    slack_peer.reply = Reply(status, text)

    result = send(config_for(slack_peer))

    assert not result.delivered and result.status_code == status
    assert result.reply == text
    assert f"{status}" in result.message and text in result.message and hint in result.message


def test_slack_must_answer_ok(slack_peer, slack_host):
    slack_peer.reply = Reply(200, "queued")

    result = send(config_for(slack_peer))

    assert not result.delivered and "queued" in result.message


def test_other_chat_servers_may_answer_any_2xx(slack_peer):
    slack_peer.reply = Reply(200, {"success": True})  # Rocket.Chat

    assert send(config_for(slack_peer)).delivered


def test_the_webhook_url_never_appears(slack_peer, slack_host):
    slack_peer.reply = Reply(404, f"no_service for {slack_peer.url + PATH}")

    result = send(config_for(slack_peer))

    assert not result.delivered
    assert PATH not in result.message and PATH not in result.reply


def test_check_connects_without_posting(slack_peer):
    result = deliver(lambda ctx: slack.check(config_for(slack_peer), ctx))

    assert result.delivered and "nothing was posted" in result.message
    assert slack_peer.received == []


def test_check_rejects_a_slack_url_of_the_wrong_shape(slack_peer, slack_host):
    config = slack.SLACK.parse_config({"webhookUrl": slack_peer.url + "/services/only-one-part"})

    result = deliver(lambda ctx: slack.check(config, ctx))

    assert not result.delivered and "hooks.slack.com/services/T…/B…/…" in result.message


def test_check_of_a_closed_port(closed_port_url):
    config = slack.SLACK.parse_config({"webhookUrl": closed_port_url + PATH})

    result = deliver(lambda ctx: slack.check(config, ctx))

    assert not result.delivered and "connection refused" in result.message
    assert "XyZsecretPart123" not in result.message
