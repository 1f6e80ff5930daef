"""Peers that echo a secret back in another form: no piece of it reaches stdout, stderr, history, any file,
or the alert the watch sends on to a third party.

Each peer answers with an error built from what it *received*: the request path raw, URL-encoded,
JSON-escaped, HTML-escaped, upper-cased and base64-encoded (a bot token, a Slack webhook's key), a header's
credential without its ``Bearer`` word and base64-encoded, the same credential placed where the 500-byte
excerpt cuts it in two, and an SMTP server's 535 quoting the AUTH exchange (``\0user\0password`` and
``user:password`` in base64). The checks look for any 10-character window of any secret's meaningful part
in any of those encodings.
"""

from __future__ import annotations

import base64
import html
import json
import os
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.cli_runner import run_cli
from tests.peers.http_peers import Peer, Received, Reply
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer
from tests.peers.smtp_peer import SmtpPeer, running

TOKEN = "123456789:AAHechoedTokenThatMustNeverShow_42"
SLACK_KEY = "EchoedSlackKeyNeverShown24"
CREDENTIAL = "echoed-credential-never-shown-9f8e7d"
HMAC = "echoed-hmac-secret-never-shown"
WINDOW = 10


MAIL_USER = "alerts@example.com"
MAIL_PASSWORD = "echoed-mail-password-never-shown"


def b64_forms(text: str) -> list[str]:
    """Base64 of the text: standard and URL-safe, with and without padding."""
    data = text.encode()
    standard, url_safe = base64.b64encode(data).decode(), base64.urlsafe_b64encode(data).decode()
    return [standard, standard.rstrip("="), url_safe, url_safe.rstrip("=")]


def echo_of(received: Received) -> str:
    path = unquote(received.path)
    authorization = received.headers.get("Authorization", "")
    credential = authorization.split(" ", 1)[-1] if authorization else ""
    forms = [
        path,
        quote(path, safe=""),
        json.dumps(path)[1:-1],
        html.escape(path),
        path.upper(),
        *b64_forms(path),
        credential,
        credential.upper(),
        *(b64_forms(credential) if credential else []),
        received.headers.get("X-Signature-256", ""),
    ]
    return "rejected: " + " | ".join(form for form in forms if form)


class Echo(Peer):
    """A Telegram Bot API, Slack webhook or webhook receiver that refuses with an echo of the request."""

    def respond(self, received: Received) -> Reply:
        if "/bot" in received.path:
            return Reply(400, {"ok": False, "error_code": 400, "description": echo_of(received)})
        credential = (received.headers.get("Authorization") or "").split(" ", 1)[-1]
        if credential and len(self.received) % 2 == 0:  # every second time: where the 500-byte excerpt ends
            return Reply(400, "x" * 490 + credential)  # ... 10 characters into the credential
        return Reply(400, echo_of(received))


def encodings(secret: str, user: str = "") -> set[str]:
    """The secret's meaningful parts as they are, upper-cased, HTML-escaped and in base64, alone and in the
    SASL forms ``\0user\0secret`` and ``user:secret``."""
    parts = {part for part in (secret, *secret.split(":"), *secret.split("/")) if len(part) >= WINDOW}
    forms = set()
    for part in parts:
        forms |= {part, part.upper(), html.escape(part)}
        for text in (part, f"\0{user}\0{part}", f"{user}:{part}"):
            forms.update(b64_forms(text))
    return forms


def windows(secret: str, user: str = "") -> set[str]:
    return {form[i : i + WINDOW] for form in encodings(secret, user) for i in range(len(form) - WINDOW + 1)}


def everything_written(*folders: Path) -> str:
    return "".join(p.read_text(errors="replace") for f in folders if f.exists() for p in f.rglob("*") if p.is_file())


def cli(capsys, *argv: str, stdin: str = "") -> str:
    _, out, err = run_cli(capsys, *argv, stdin=stdin)
    return out + err


@pytest.fixture
def echo():
    with Echo() as peer:
        yield peer


def assert_nowhere(text: str, *secrets: str, user: str = "") -> None:
    folders = [Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"]), Path(os.environ["PINGTOWER_DESKTOP_DATA_DIR"])]
    written = everything_written(*folders)
    for secret in secrets:
        for window in windows(secret, user):
            assert window not in text, f"{window!r} of a secret in the output:\n{text}"
            assert window not in written, f"{window!r} of a secret in a file"


def test_a_telegram_token_echoed_raw_encoded_and_escaped_is_masked(capsys, echo, memory_keyring):
    said = cli(capsys, "add", "telegram", "Ops", "--set", "chatId=-1001", "--set", f"apiBaseUrl={echo.url}",
               "--set-secret", "botToken", stdin=TOKEN + "\n")  # fmt: skip
    said += cli(capsys, "test", "Ops") + cli(capsys, "history", "--json")
    assert "rejected" in said and echo.received
    assert_nowhere(said, TOKEN)


def test_a_slack_webhooks_key_echoed_as_a_path_is_masked(capsys, echo, memory_keyring):
    url = f"{echo.url}/services/T0ECHO1234/B0ECHO5678/{SLACK_KEY}"
    said = cli(capsys, "add", "slack", "Chat", "--set-secret", "webhookUrl", stdin=url + "\n")
    said += cli(capsys, "test", "Chat") + cli(capsys, "history", "--json")
    assert "rejected" in said
    assert_nowhere(said, SLACK_KEY, "T0ECHO1234/B0ECHO5678/" + SLACK_KEY)


def test_a_header_credential_echoed_without_its_scheme_and_cut_at_the_excerpt_is_masked(capsys, echo, memory_keyring):
    said = cli(capsys, "add", "webhook", "Hook", "--set", f"url={echo.url}/in",
               "--set-secret", "headers.Authorization", "--set-secret", "hmacSecret",
               stdin=f"Bearer {CREDENTIAL}\n{HMAC}\n")  # fmt: skip
    said += cli(capsys, "test", "Hook") + cli(capsys, "test", "Hook") + cli(capsys, "history", "--json")
    assert "rejected" in said and "xxxxxxxxxx••••" in said  # the cut credential's start is masked
    assert_nowhere(said, CREDENTIAL, HMAC)


def test_the_servers_login_token_echoed_in_a_500_is_masked(capsys, memory_keyring):
    with PingTowerServer("documented") as server:
        cli(capsys, "server", "login", server.url, "--email", USER_EMAIL, "--password-stdin", stdin=USER_PASSWORD)
        token = next(
            value for (_, account), value in memory_keyring.items.items() if account.startswith("server:token:")
        )
        cli(capsys, "add", "webhook", "Hook", "--set", "url=https://hooks.example.com/in")
        cli(capsys, "sync")
        echoed = {"code": "internal_error", "message": f"cannot parse Bearer {token} ({quote(token)})"}
        said = ""
        for argv in (("server", "status"), ("sync",), ("test", "Hook", "--via", "server")):
            server.script(500, echoed)
            said += cli(capsys, *argv)
        said += cli(capsys, "history", "--json")
    assert "cannot parse" in said
    assert_nowhere(said, token)


def echo_the_auth_exchange(server, session, envelope, mechanism, auth_data) -> AuthResult:
    """A careless SMTP server: its 535 quotes what it was sent, as the SASL strings and as text."""
    user, password = auth_data.login.decode(), auth_data.password.decode()
    quoted = [
        base64.b64encode(f"\0{user}\0{password}".encode()).decode(),
        base64.b64encode(f"{user}:{password}".encode()).decode(),
        html.escape(password),
        password.upper(),
    ]
    assert isinstance(auth_data, LoginPassword)
    return AuthResult(success=False, handled=False, message="535 5.7.8 not accepted: " + " ".join(quoted))


@pytest.fixture
def echoing_smtp():
    yield from running(SmtpPeer(authenticator=echo_the_auth_exchange, auth_require_tls=False))


def test_an_smtp_server_quoting_the_auth_exchange_is_masked_everywhere_and_in_the_watchs_alert(
    capsys, echoing_smtp, webhook_peer, memory_keyring
):
    said = cli(capsys, "add", "email", "Mail", "--set", "smtpHost=127.0.0.1", "--set", f"smtpPort={echoing_smtp.port}",
               "--set", "useTls=false", "--set", f"username={MAIL_USER}", "--set", f"fromEmail={MAIL_USER}",
               "--set", "toEmail=oncall@example.com", "--set-secret", "password", stdin=MAIL_PASSWORD + "\n")  # fmt: skip
    said += cli(capsys, "add", "webhook", "Alerts", "--set", f"url={webhook_peer.url}/alerts")
    said += cli(capsys, "watch", "config", "--alert-channel", "Alerts", "--failures", "1")
    for argv in (("test", "Mail"), ("check", "Mail"), ("watch", "--once", "--force"), ("history", "--json"),
                 ("watch", "status", "--json"), ("stats", "--json")):  # fmt: skip
        said += cli(capsys, *argv)
    assert "535 5.7.8 not accepted: ••••" in said  # the reply's code and the server's words, not its echo
    alerts = [received.body.decode() for received in webhook_peer.received]
    assert alerts and "Mail" in alerts[0]
    assert_nowhere(said + "".join(alerts), MAIL_PASSWORD, user=MAIL_USER)
