"""WEBHOOK against a loopback receiver: the documented payload, method, headers, HMAC, errors, TLS and check."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

import pytest

from pingtower_desktop.channels import checks, webhook
from pingtower_desktop.transport.notification import Notification
from tests.peers.http_peers import Reply, deliver

ALERT = Notification(
    message="Service is down",
    subject="My Service is DOWN",
    username="testuser",
    service_name="My Service",
    service_url="https://example.com",
    status="DOWN",
    severity="ERROR",
    timestamp=datetime(2024, 1, 15, 10, 30, tzinfo=UTC),
    metadata={"responseCode": 500, "responseTime": 5000},
)
BEARER = "Bearer s3cret-header-value"


def config_for(url, **changes):
    return webhook.WEBHOOK.parse_config({"url": url, **changes})


def send(config, notification=ALERT, **options):
    return deliver(lambda ctx: webhook.send(config, notification, ctx), **options)


def test_the_documented_payload_with_method_and_headers(webhook_peer):
    config = config_for(webhook_peer.url + "/hook?key=1", headers={"Authorization": BEARER})

    result = send(config)

    assert result.delivered and result.status_code == 200
    [call] = webhook_peer.received
    assert (call.method, call.path) == ("POST", "/hook?key=1")
    assert call.headers["Content-Type"] == "application/json"
    assert call.headers["Authorization"] == BEARER
    assert call.json() == {
        "username": "testuser",
        "serviceName": "My Service",
        "serviceUrl": "https://example.com",
        "status": "DOWN",
        "severity": "ERROR",
        "message": "Service is down",
        "timestamp": "2024-01-15T10:30:00Z",
        "metadata": {"responseCode": 500, "responseTime": 5000},
    }
    assert call.headers["X-Signature-256"] is None


def test_put_and_the_users_content_type(webhook_peer):
    config = config_for(webhook_peer.url, method="PUT", headers={"content-type": "application/vnd.alert+json"})

    assert send(config).delivered

    [call] = webhook_peer.received
    assert call.method == "PUT"
    assert call.headers.get_all("Content-Type") == ["application/vnd.alert+json"]


def test_hmac_signature_over_the_exact_body(webhook_peer):
    config = config_for(webhook_peer.url, hmacSecret="whsec-topsecret", signatureHeader="X-Hub-Signature")

    assert send(config, Notification.test("Ops", "Ünïcode ✓")).delivered

    [call] = webhook_peer.received
    expected = base64.b64encode(hmac.new(b"whsec-topsecret", call.body, hashlib.sha256).digest()).decode()
    assert call.headers["X-Hub-Signature"] == f"sha256={expected}"
    assert call.json()["message"] == "Ünïcode ✓"


def test_any_2xx_is_delivered(webhook_peer):
    webhook_peer.reply = Reply(204)

    result = send(config_for(webhook_peer.url))

    assert result.delivered and result.status_code == 204


def test_a_failure_says_the_gist_in_one_line_and_keeps_the_first_500_bytes_as_details(webhook_peer):
    webhook_peer.reply = Reply(502, "upstream\nbroken " + "z" * 1000)

    result = send(config_for(webhook_peer.url))

    assert not result.delivered and result.status_code == 502
    assert result.reply == ("upstream broken " + "z" * 1000)[:500]
    assert "502 Bad Gateway: upstream broken zzz" in result.message and result.message.endswith("…")
    assert len(result.message) < 200 and "\n" not in result.message


def test_an_html_error_page_is_said_by_its_title_not_its_markup(webhook_peer):
    page = "<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>" + "<p>x</p>" * 80
    webhook_peer.reply = Reply(404, page, "text/html")

    result = send(config_for(webhook_peer.url))

    assert result.message.endswith("answered 404 Not Found: 404 Not Found")
    assert "<" not in result.message
    assert result.reply.startswith("<!doctype html>")  # the page itself, in the details


def test_secrets_echoed_by_the_receiver_are_scrubbed(webhook_peer):
    webhook_peer.reply = Reply(401, f"rejected {BEARER} signed with whsec-topsecret")
    config = config_for(webhook_peer.url, headers={"Authorization": BEARER}, hmacSecret="whsec-topsecret")

    result = send(config)

    assert not result.delivered
    for text in (result.message, result.reply):
        assert BEARER not in text and "whsec-topsecret" not in text


def test_the_channels_own_timeout_applies(silent_peer):
    result = send(config_for(silent_peer.url, timeout=1), timeout=30)

    assert not result.delivered and "timed out after 1 s" in result.message


def test_https_with_a_trusted_certificate(https_webhook_peer, https_client_context):
    result = send(config_for(https_webhook_peer.url), ssl_context=https_client_context)

    assert result.delivered
    assert len(https_webhook_peer.received) == 1


def test_https_with_an_untrusted_certificate(https_webhook_peer):
    result = send(config_for(https_webhook_peer.url))

    assert not result.delivered
    assert "TLS certificate problem" in result.message and "not trusted" in result.message
    assert https_webhook_peer.received == []


def test_check_connects_over_tls_and_sends_nothing(https_webhook_peer, https_client_context):
    config = config_for(https_webhook_peer.url + "/hook")

    result = deliver(lambda ctx: webhook.check(config, ctx), ssl_context=https_client_context)

    assert result.delivered and "TLS" in result.message
    assert https_webhook_peer.received == []


def test_check_names_an_untrusted_certificate(https_webhook_peer):
    result = deliver(lambda ctx: webhook.check(config_for(https_webhook_peer.url), ctx))

    assert not result.delivered and "not trusted" in result.message


def test_check_of_a_closed_port(closed_port_url):
    result = deliver(lambda ctx: webhook.check(config_for(closed_port_url + "/hook?token=abc"), ctx))

    assert not result.delivered and "connection refused" in result.message
    assert "/hook" not in result.message and "abc" not in result.message


@pytest.mark.parametrize(
    ("url", "what"),
    [
        ("https://ops:hunter2@hooks.example.com/in", "a user name or password before the host"),
        ("https://hooks.example.com/in?team=ops&access_token=abc123", "the query parameter access_token"),
        ("https://hooks.example.com/in?sig=1&apiKey=2", "the query parameter sig, apiKey"),
    ],
)
def test_a_url_that_carries_a_credential_is_warned_of_where_it_is_saved(capsys, url, what):
    from pingtower_desktop.channels import channel_type
    from pingtower_desktop.cli import main

    webhook = channel_type("WEBHOOK").parse_config({"url": url})
    bot = channel_type("PYTHON_BOT").parse_config({"botUrl": url})
    assert [(w.field, w.message) for w in webhook.warnings()] == [
        ("url", checks.url_credential_warning(url, headers=True))
    ]
    assert what in webhook.warnings()[0].message and "header" in webhook.warnings()[0].message
    assert what in bot.warnings()[0].message and "header" not in bot.warnings()[0].message
    assert main(["add", "webhook", "Hook", "--set", f"url={url}"]) == 0
    assert f"warning: url: holds {what}" in capsys.readouterr().err
    assert main(["add", "webhook", "Plain", "--set", "url=https://hooks.example.com/in"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert main(["edit", "Plain", "--set", f"url={url}"]) == 0
    assert f"warning: url: holds {what}" in capsys.readouterr().err
    clean = channel_type("WEBHOOK").parse_config({"url": "https://hooks.example.com/in?team=ops"})
    assert clean.warnings() == []
