"""The shared HTTP transport and the probe, and how every HTTP sender meets dead, silent and cancelled peers."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from pingtower_desktop.channels import python_bot, slack, telegram, webhook
from pingtower_desktop.transport.http import BODY_LIMIT, RequestFailed, describe, request, where
from pingtower_desktop.transport.notification import Notification
from pingtower_desktop.transport.probe import probe
from tests.peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN, Reply, deliver

SECRET_PATH = "/hook/path-secret?token=query-secret"


def fetch(url, method="GET", *, timeout=5.0, **options):
    return deliver(lambda ctx: request(ctx.http_to(url), method, url, timeout=timeout), **options)


def failure(url, **options) -> str:
    with pytest.raises(RequestFailed) as raised:
        fetch(url, **options)
    message = str(raised.value)
    assert "path-secret" not in message and "query-secret" not in message
    return message


def test_an_answer_carries_status_headers_and_body(webhook_peer):
    webhook_peer.reply = Reply(418, {"error": "teapot", "detail": "short and stout"})

    answer = fetch(webhook_peer.url + "/x")

    assert (answer.status_code, answer.status_line, answer.ok) == (418, "418 I'm a Teapot", False)
    assert answer.headers["content-type"] == "application/json"
    assert answer.json_field("error") == "teapot"


def test_an_excerpt_is_one_line_of_at_most_500_bytes(webhook_peer):
    webhook_peer.reply = Reply(500, "first\n\tsecond " + "é" * 600)

    answer = fetch(webhook_peer.url)

    assert answer.excerpt().startswith("first second éé")
    assert len(answer.excerpt().encode()) <= 500 + 2  # a cut multi-byte character becomes one U+FFFD
    assert answer.json() is None and answer.json_field("error") is None


def test_a_huge_body_is_read_only_up_to_the_limit(webhook_peer):
    webhook_peer.reply = Reply(200, b"x" * (2 * BODY_LIMIT))

    assert len(fetch(webhook_peer.url).body) == BODY_LIMIT


def test_connection_refused(closed_port_url):
    port = closed_port_url.rsplit(":", 1)[1]

    assert (
        failure(closed_port_url + SECRET_PATH) == f"connection refused by 127.0.0.1:{port}: nothing is listening there"
    )


def test_a_silent_server_times_out(silent_peer):
    assert failure(silent_peer.url + SECRET_PATH, timeout=0.5).startswith("timed out after 0.5 s")


def test_an_untrusted_certificate_is_named(https_webhook_peer):
    message = failure(https_webhook_peer.url + SECRET_PATH)

    assert message.startswith("TLS certificate problem with 127.0.0.1:")
    assert "the certificate is not trusted" in message


def test_a_trusted_certificate_works(https_webhook_peer, https_client_context):
    assert fetch(https_webhook_peer.url, ssl_context=https_client_context).ok


def test_tls_to_a_plain_http_server(webhook_peer):
    message = failure(webhook_peer.url.replace("http://", "https://") + SECRET_PATH)

    assert message.startswith("TLS handshake with 127.0.0.1:") and "http:// server" in message


def test_a_dns_failure_names_the_host():
    try:
        try:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        except socket.gaierror as cause:
            raise httpx.ConnectError("[Errno -2] Name or service not known") from cause
    except httpx.ConnectError as error:
        message = describe(error, "https://no-such-host.invalid" + SECRET_PATH, 5)

    assert message == "DNS lookup failed: cannot resolve host name no-such-host.invalid (Name or service not known)"


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("https://user:password@example.com/x?y=1", "example.com:443"),
        ("http://example.com", "example.com:80"),
        ("http://[::1]:8080/x", "[::1]:8080"),
    ],
)
def test_where_says_host_and_port_only(url, place):
    assert where(url) == place


def test_cancelling_a_request_stops_it(silent_peer):
    async def cancel_midway(ctx):
        task = asyncio.create_task(request(ctx.http_to(silent_peer.url), "GET", silent_peer.url, timeout=30))
        assert await asyncio.to_thread(silent_peer.connected.wait, 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)

    deliver(cancel_midway)


def run_probe(url, timeout=5.0, **options):
    return deliver(lambda ctx: probe(url, ssl_context=ctx.ssl_context, timeout=timeout), **options)


def test_probe_connects_without_sending(webhook_peer, https_webhook_peer, https_client_context):
    assert run_probe(webhook_peer.url + SECRET_PATH).endswith("accepted a connection")
    assert run_probe(https_webhook_peer.url, ssl_context=https_client_context).endswith("with a valid certificate")
    assert webhook_peer.received == https_webhook_peer.received == []


@pytest.mark.parametrize(
    ("target", "wording"),
    [
        ("closed", "connection refused"),
        ("untrusted", "the certificate is not trusted"),
        ("silent-tls", "timed out after 0.5 s"),
        ("not-http", "not a usable http:// or https:// URL"),
    ],
)
def test_probe_failures(target, wording, closed_port_url, https_webhook_peer, silent_peer):
    url = {
        "closed": closed_port_url,
        "untrusted": https_webhook_peer.url,
        "silent-tls": silent_peer.url.replace("http://", "https://"),
        "not-http": "ftp://127.0.0.1/x",
    }[target]

    with pytest.raises(RequestFailed, match=wording) as raised:
        run_probe(url + SECRET_PATH, timeout=0.5)

    assert "secret" not in str(raised.value)


# Every HTTP sender, pointed at a base URL: (send, config, the secrets it holds).
SENDERS = {
    "telegram": lambda url: (
        telegram.send,
        telegram.TELEGRAM.parse_config({"botToken": TELEGRAM_TOKEN, "chatId": TELEGRAM_CHAT, "apiBaseUrl": url}),
        [TELEGRAM_TOKEN],
    ),
    "slack": lambda url: (
        slack.send,
        slack.SLACK.parse_config({"webhookUrl": f"{url}/services/T1/B2/slackSecret"}),
        ["slackSecret"],
    ),
    "webhook": lambda url: (
        webhook.send,
        webhook.WEBHOOK.parse_config(
            {"url": url + SECRET_PATH, "timeout": 1, "headers": {"Authorization": "hdr-secret"}, "hmacSecret": "mac"}
        ),
        ["hdr-secret", "path-secret", "query-secret"],
    ),
    "python_bot": lambda url: (
        python_bot.send,
        python_bot.PYTHON_BOT.parse_config({"botUrl": url, "username": "testuser"}),
        [],
    ),
}


def send_with(name, url, **options):
    send, config, secrets = SENDERS[name](url)
    result = deliver(lambda ctx: send(config, Notification.test("Ops"), ctx), **options)
    for secret in secrets:
        assert secret not in result.message
    return result


@pytest.mark.parametrize("name", SENDERS)
def test_every_sender_reports_a_timeout(name, silent_peer):
    result = send_with(name, silent_peer.url, timeout=0.5)

    assert not result.delivered and result.status_code is None
    assert "timed out after" in result.message
    assert result.latency_ms > 0


@pytest.mark.parametrize("name", SENDERS)
def test_every_sender_reports_connection_refused(name, closed_port_url):
    result = send_with(name, closed_port_url)

    assert not result.delivered and "connection refused" in result.message


@pytest.mark.parametrize("name", SENDERS)
def test_cancelling_any_sender_stops_it(name, silent_peer):
    send, config, _ = SENDERS[name](silent_peer.url)
    if "timeout" in type(config).model_fields:  # a channel with its own timeout must not time out first
        config = config.model_copy(update={"timeout": 300})

    async def cancel_midway(ctx):
        task = asyncio.create_task(send(config, Notification.test("Ops"), ctx))
        assert await asyncio.to_thread(silent_peer.connected.wait, 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)

    deliver(cancel_midway, timeout=30)
