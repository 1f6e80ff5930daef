"""Real HTTP peers on 127.0.0.1, each in a background thread: the Telegram Bot API, a Slack incoming
webhook, a webhook receiver, the PingTower Python bot, a server that never answers and a closed port.

Every peer records what it received. ``https_ca`` / ``https_client_context`` give the throwaway CA
behind the HTTPS variant and a client context that trusts it.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import ssl
import threading
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

import pytest
import trustme

from pingtower_desktop.transport.context import DeliveryContext, open_context

T = TypeVar("T")

#: A token the Telegram peer accepts; tests look for it in every message they get back.
TELEGRAM_TOKEN = "123456789:AAFtestTokenForLoopback_only-42"
TELEGRAM_CHAT = "-1001234567890"
TELEGRAM_BOT = {"id": 123456789, "is_bot": True, "first_name": "PingTower Test", "username": "pingtower_test_bot"}


def deliver(call: Callable[[DeliveryContext], Awaitable[T]], **options: Any) -> T:
    """``await call(ctx)`` in a fresh event loop and delivery context (``options`` go to open_context)."""

    async def main() -> T:
        async with open_context(**{"timeout": 5.0, **options}) as ctx:
            return await call(ctx)

    return asyncio.run(main())


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: Message
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes | str | dict | list = b""
    content_type: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, dict | list):
            return json.dumps(self.body).encode(), self.content_type or "application/json"
        if isinstance(self.body, str):
            return self.body.encode(), self.content_type or "text/plain; charset=utf-8"
        return self.body, self.content_type or "application/octet-stream"


class Peer:
    """An HTTP/1.1 server on 127.0.0.1 (HTTPS when given a server context); subclasses answer in ``respond``."""

    def __init__(self, tls: ssl.SSLContext | None = None):
        self.received: list[Received] = []
        peer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else every keep-alive answer waits ~40 ms for the client's ACK

            def setup(self) -> None:
                if tls:
                    self.request = tls.wrap_socket(self.request, server_side=True)
                super().setup()

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received = Received(self.command, self.path, self.headers, self.rfile.read(length))
                peer.received.append(received)
                reply = peer.respond(received)
                body, content_type = reply.encoded()
                self.send_response(reply.status)
                self.send_header("Content-Type", content_type)
                for name, value in reply.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = handle_one

            def log_message(self, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 512  # "Test all" opens up to 100 connections at once

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that rejects our certificate, or hangs up: nothing to report

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def respond(self, received: Received) -> Reply:
        raise NotImplementedError

    def __enter__(self) -> Peer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class RecordingPeer(Peer):
    """Answers every request with ``reply`` (change it per test): a Slack webhook or a webhook receiver."""

    def __init__(self, reply: Reply, tls: ssl.SSLContext | None = None):
        super().__init__(tls)
        self.reply = reply

    def respond(self, received: Received) -> Reply:
        return self.reply


def telegram_ok(result: Any) -> Reply:
    return Reply(200, {"ok": True, "result": result})


def telegram_error(code: int, description: str, retry_after: int | None = None) -> Reply:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return Reply(code, body)


class TelegramPeer(Peer):
    """The Bot API at ``/bot<token>/<method>``: getMe, sendMessage and getUpdates.

    Unknown tokens get 401, unknown chats 400 "chat not found", ``blocked`` chats 403, texts over
    4096 characters 400. ``script(method, reply, …)`` makes the next calls of a method answer so
    (``None``: answer as usual).
    """

    def __init__(self, tls: ssl.SSLContext | None = None):
        super().__init__(tls)
        self.chats = {TELEGRAM_CHAT, "@pingtower_alerts"}
        self.tokens = {TELEGRAM_TOKEN}  # add one to accept a rotated token too
        self.blocked: set[str] = set()
        self.updates: list[dict[str, Any]] = []
        self._scripted: dict[str, list[Reply | None]] = defaultdict(list)

    def script(self, method: str, *replies: Reply | None) -> None:
        self._scripted[method].extend(replies)

    def calls(self, method: str) -> list[Received]:
        return [r for r in self.received if r.path.rsplit("/", 1)[-1] == method]

    def respond(self, received: Received) -> Reply:
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", received.path)
        if not match:
            return telegram_error(404, "Not Found")
        token, method = match.groups()
        scripted = self._scripted[method].pop(0) if self._scripted[method] else None
        if scripted:
            return scripted
        if token not in self.tokens:
            return telegram_error(401, "Unauthorized")
        params = received.json() if received.body else {}
        if method == "getMe":
            return telegram_ok(TELEGRAM_BOT)
        if method == "getUpdates":
            return telegram_ok(self.updates)
        if method == "getChat":
            chat = str(params.get("chat_id"))
            if chat not in self.chats:
                return telegram_error(400, "Bad Request: chat not found")
            return telegram_ok(
                {"id": int(chat) if chat.lstrip("-").isdigit() else -1009, "title": "Ops", "type": "group"}
            )
        if method == "sendMessage":
            return self._send_message(params)
        return telegram_error(404, "Not Found")

    def _send_message(self, params: dict[str, Any]) -> Reply:
        chat, text = str(params.get("chat_id")), params.get("text") or ""
        if not text:
            return telegram_error(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            return telegram_error(400, "Bad Request: message is too long")
        if chat in self.blocked:
            return telegram_error(403, "Forbidden: bot was blocked by the user")
        if chat not in self.chats:
            return telegram_error(400, "Bad Request: chat not found")
        return telegram_ok({"message_id": len(self.received), "chat": {"id": chat}, "text": text})


class PythonBotPeer(Peer):
    """The PingTower Python bot: ``POST /send_notification`` and ``GET /health``, as its Flask app answers."""

    def __init__(self) -> None:
        super().__init__()
        self.linked = {"testuser"}
        self.failing = False
        self.health = "healthy"

    def respond(self, received: Received) -> Reply:
        if received.method == "GET" and received.path == "/health":
            return Reply(200 if self.health == "healthy" else 503, {"status": self.health, "version": "1.0"})
        if received.method != "POST" or received.path != "/send_notification":
            return Reply(404, "<!doctype html><title>404 Not Found</title><h1>Not Found</h1>", "text/html")
        if self.failing:
            return Reply(500, {"error": "Internal server error"})
        data = received.json()
        if not data.get("username") or not data.get("service_name"):
            return Reply(400, {"error": "Missing required fields: username, service_name"})
        if data["username"] not in self.linked:
            return Reply(404, {"error": "User not found or not registered"})
        return Reply(200, {"success": True, "message": "Notification sent successfully"})


class SilentPeer:
    """Accepts connections and never answers; ``connected`` is set once a client got in."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connected = threading.Event()
        self._connections: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            self._connections.append(connection)
            self.connected.set()

    def __enter__(self) -> SilentPeer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        for connection in self._connections:
            connection.close()
        self.listener.close()


@pytest.fixture(scope="session")
def https_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def https_server_context(https_ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    https_ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def https_client_context(https_ca: trustme.CA) -> ssl.SSLContext:
    """Pass to ``open_context(ssl_context=...)`` to trust the HTTPS peers."""
    context = ssl.create_default_context()
    https_ca.configure_trust(context)
    return context


@pytest.fixture
def telegram_peer():
    with TelegramPeer() as peer:
        yield peer


@pytest.fixture
def slack_peer():
    with RecordingPeer(Reply(200, "ok")) as peer:
        yield peer


@pytest.fixture
def webhook_peer():
    with RecordingPeer(Reply(200, {"received": True})) as peer:
        yield peer


@pytest.fixture
def https_webhook_peer(https_server_context):
    with RecordingPeer(Reply(200, {"received": True}), tls=https_server_context) as peer:
        yield peer


@pytest.fixture
def python_bot_peer():
    with PythonBotPeer() as peer:
        yield peer


@pytest.fixture
def silent_peer():
    with SilentPeer() as peer:
        yield peer


@pytest.fixture
def closed_port_url() -> str:
    """An http:// URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
