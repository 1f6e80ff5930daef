"""Peers that echo a secret back in another form: no piece of it reaches stdout, stderr, history or any file.

Each peer answers with an error built from what it *received*: the request path raw, URL-encoded and
JSON-escaped (a bot token, a Slack webhook's key), a header's credential without its ``Bearer`` word,
and the same credential placed where the 500-byte excerpt cuts it in two. The checks look for any
10-character window of any secret's meaningful part.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from pingtower_desktop.cli import main
from tests.peers.http_peers import Peer, Received, Reply
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

TOKEN = "123456789:AAHechoedTokenThatMustNeverShow_42"
SLACK_KEY = "EchoedSlackKeyNeverShown24"
CREDENTIAL = "echoed-credential-never-shown-9f8e7d"
HMAC = "echoed-hmac-secret-never-shown"
WINDOW = 10


def echo_of(received: Received) -> str:
    path = unquote(received.path)
    authorization = received.headers.get("Authorization", "")
    credential = authorization.split(" ", 1)[-1] if authorization else ""
    forms = [
        path,
        quote(path, safe=""),
        json.dumps(path)[1:-1],
        credential,
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


def windows(secret: str) -> set[str]:
    parts = {secret, *secret.split(":"), *secret.split("/")}
    return {part[i : i + WINDOW] for part in parts if len(part) >= WINDOW for i in range(len(part) - WINDOW + 1)}


def everything_written(*folders: Path) -> str:
    return "".join(p.read_text(errors="replace") for f in folders if f.exists() for p in f.rglob("*") if p.is_file())


def cli(capsys, *argv: str, stdin: str = "") -> str:
    sys.stdin = io.StringIO(stdin)
    try:
        main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return out + err


@pytest.fixture
def echo():
    with Echo() as peer:
        yield peer


def assert_nowhere(text: str, *secrets: str) -> None:
    folders = [Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"]), Path(os.environ["PINGTOWER_DESKTOP_DATA_DIR"])]
    written = everything_written(*folders)
    for secret in secrets:
        for window in windows(secret):
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
        token = next(value for (_, account), value in memory_keyring.items.items() if account == "server:token")
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
