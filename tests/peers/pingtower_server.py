"""A PingTower server on 127.0.0.1 for tests, in both dialects, in a background thread.

``documented``: the API of the seed document — ``/api/v1/...``, a JWT (HS256, ``exp``) required on
every channel call (401 without one, or with a bad or expired one), partial PUT, ``GET /{id}``,
``GET /default``, ``isDefault``, a JSON test result.

``reference``: what the PingTower team's own server really does — ``/v1/api/...``, login and
register, no auth enforced, 201 on create, 204/404 on delete, full-replace PUT only (a partial one
gets 400), no ``GET /{id}`` or ``/default`` (500), no ``isDefault``, SLACK and PYTHON_BOT tests
answer 500 "No enum constant", ``configuration`` string → string only (anything else is 400),
values holding ``:`` or ``,`` missing from every read-back, secrets returned in plain text, the
test answered ``200 text/plain "Test notification sent successfully to <name>"``, empty 404
bodies, errors as ``{code, message, details}``.

Fault injection: ``stop_after(n, mode)`` answers n more requests, then for every further one
drops the connection (``"drop"``), never answers (``"hang"``), or carries the request out and
then drops the connection (``"lose"``) or never answers (``"stall"``) — the answer is lost;
``unauthorized_after(n)`` answers 401 after n more; ``script(answer)`` makes the next request
answer so. ``requests`` records every (method, path), ``bodies`` every JSON body.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

JWT_SECRET = b"pingtower-loopback-test-secret"
USER_EMAIL = "admin@pingtower.test"
USER_PASSWORD = "correct horse battery staple"
TYPES = ("PYTHON_BOT", "TELEGRAM", "EMAIL", "SLACK", "WEBHOOK")
PREFIX = {"documented": "/api/v1", "reference": "/v1/api"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(subject: str = USER_EMAIL, *, expires_in: float = 24 * 3600, secret: bytes = JWT_SECRET) -> str:
    """An HS256 JWT as the servers issue them (``sub`` is the e-mail)."""
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    now = int(time.time())
    payload = _b64(json.dumps({"sub": subject, "iat": now, "exp": int(now + expires_in)}).encode())
    signature = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def jwt_subject(token: str) -> str | None:
    """The subject of a token this server signed and that has not expired, else None."""
    try:
        header, payload, signature = token.split(".")
        expected = _b64(hmac.new(JWT_SECRET, f"{header}.{payload}".encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, signature):
            return None
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError:
        return None
    if not isinstance(claims.get("exp"), int) or claims["exp"] <= time.time():
        return None
    return claims.get("sub")


def _json_or_none(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


class Answer:
    def __init__(self, status: int, body: Any = None, content_type: str = "application/json"):
        self.status = status
        if body is None:
            self.payload = b""
        elif isinstance(body, str):
            self.payload, content_type = body.encode(), "text/plain;charset=UTF-8"
        else:
            self.payload = json.dumps(body).encode()
        self.content_type = content_type


def error(status: int, code: str, message: str, details: dict | None = None) -> Answer:
    return Answer(status, {"code": code, "message": message, "details": details})


class PingTowerServer:
    def __init__(self, dialect: str = "documented", tls: Any = None):
        assert dialect in PREFIX
        self.dialect = dialect
        self.prefix = PREFIX[dialect]
        self.channels: dict[int, dict[str, Any]] = {}
        self.users = {USER_EMAIL: USER_PASSWORD}
        self.requests: list[tuple[str, str]] = []
        #: The JSON body of every request (None when it had none).
        self.bodies: list[Any] = []
        self.tests: list[tuple[int, Any]] = []
        #: What the documented server's test reports.
        self.test_delivers = True
        self._next_id = 1
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._stop_at: int | None = None
        self._stop_mode = "drop"
        self._unauthorized_at: int | None = None
        self._scripted: list[Answer] = []
        self.server = self._make_server(tls)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    # --- test controls ---

    def stop_after(self, answered: int, mode: str = "drop") -> None:
        """Answer ``answered`` more requests, then fail as ``mode`` says (drop, hang, lose, stall)."""
        assert mode in ("drop", "hang", "lose", "stall")
        self._stop_at, self._stop_mode = len(self.requests) + answered, mode

    def script(self, status: int, body: Any = None) -> None:
        """The next request gets this answer instead of the usual one."""
        self._scripted.append(Answer(status, body))

    def unauthorized_after(self, answered: int) -> None:
        self._unauthorized_at = len(self.requests) + answered

    def resume(self) -> None:
        self._stop_at = self._unauthorized_at = None

    def count(self, method: str | None = None) -> int:
        return sum(1 for m, _ in self.requests if method is None or m == method)

    def seed(self, name: str, kind: str, configuration: dict[str, Any], *, enabled: bool = True, **more: Any) -> int:
        """Store a channel as if another client had created it; answers its id."""
        with self._lock:
            return self._store({"name": name, "type": kind, "configuration": configuration, "enabled": enabled, **more})

    def by_name(self, name: str) -> dict[str, Any]:
        matches = [c for c in self.channels.values() if c["name"] == name]
        assert len(matches) == 1, f"{len(matches)} channels named {name!r} on the server"
        return matches[0]

    # --- HTTP ---

    def _make_server(self, tls: Any) -> ThreadingHTTPServer:
        peer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

            def setup(self) -> None:
                if tls:
                    self.request = tls.wrap_socket(self.request, server_side=True)
                super().setup()

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with peer._lock:
                    peer.requests.append((self.command, self.path))
                    peer.bodies.append(_json_or_none(body))
                    number = len(peer.requests)
                authorization = self.headers.get("Authorization") or ""
                if peer._stop_at is not None and number > peer._stop_at:
                    if peer._stop_mode in ("lose", "stall"):
                        peer.respond(self.command, self.path, authorization, body)
                    if peer._stop_mode in ("hang", "stall"):
                        peer._released.wait(30)
                    self.close_connection = True
                    return
                if peer._unauthorized_at is not None and number > peer._unauthorized_at:
                    answer = Answer(401, {"message": "Full authentication is required to access this resource"})
                elif peer._scripted:
                    answer = peer._scripted.pop(0)
                else:
                    answer = peer.respond(self.command, self.path, authorization, body)
                self.send_response(answer.status)
                if answer.payload or answer.status not in (204, 404):
                    self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.payload)))
                self.end_headers()
                self.wfile.write(answer.payload)

            do_GET = do_POST = do_PUT = do_DELETE = handle_one

            def log_message(self, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        return Server(("127.0.0.1", 0), Handler)

    def __enter__(self) -> PingTowerServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._released.set()
        self.server.shutdown()
        self.server.server_close()

    # --- routing ---

    def respond(self, method: str, path: str, authorization: str, raw: bytes) -> Answer:
        reference = self.dialect == "reference"
        if not path.startswith(self.prefix + "/"):
            return Answer(404) if reference else Answer(404, {"message": "No such path"})
        path = path[len(self.prefix) :].split("?", 1)[0]
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return error(400, "bad_request", "Malformed JSON request")
        if method == "POST" and path in ("/auth/login", "/auth/register"):
            return self._login(body, register=path.endswith("register"))
        if not reference and jwt_subject(authorization.removeprefix("Bearer ")) is None:
            return Answer(401, {"message": "Full authentication is required to access this resource"})
        parts = path.strip("/").split("/")
        if parts[:2] != ["notifications", "channels"]:
            return Answer(404) if reference else Answer(404, {"message": "No such path"})
        rest = parts[2:]
        with self._lock:
            if not rest:
                if method == "GET":
                    return Answer(200, [self._shown(c) for c in self.channels.values()])
                if method == "POST":
                    return self._create(body)
            elif len(rest) == 1 and method == "GET":
                return self._get(rest[0])
            elif len(rest) == 1 and method in ("PUT", "DELETE"):
                return self._update(rest[0], body) if method == "PUT" else self._delete(rest[0])
            elif len(rest) == 2 and rest[1] == "test" and method == "POST":
                return self._test(rest[0], body)
        return error(405, "bad_request", f"Request method '{method}' is not supported")

    # --- handlers (called under the lock) ---

    def _login(self, body: Any, *, register: bool) -> Answer:
        body = body if isinstance(body, dict) else {}
        email, password = body.get("email"), body.get("password")
        if register and email and password:
            self.users[email] = password
        if self.users.get(email) != password or not password:
            if self.dialect == "reference":
                return error(500, "internal_error", "Bad credentials")
            return Answer(401, {"message": "Bad credentials"})
        token = make_jwt(email)
        answer = {"token": token, "type": "Bearer"}
        if self.dialect == "reference":
            answer |= {"id": 1, "username": email.split("@")[0], "email": email, "roles": ["USER"]}
        return Answer(200, answer)

    def _channel(self, ref: str) -> dict[str, Any] | None:
        return self.channels.get(int(ref)) if ref.isdigit() else None

    def _not_found(self) -> Answer:
        return Answer(404) if self.dialect == "reference" else Answer(404, {"message": "Channel not found"})

    def _problems(self, body: Any, *, partial: bool) -> Answer | None:
        if not isinstance(body, dict):
            return error(400, "bad_request", "Required request body is missing")
        details = {}
        for key in ("name", "type"):
            if key in body or not partial:
                value = body.get(key)
                if not isinstance(value, str) or not value.strip():
                    details[key] = "must not be blank"
        if ("configuration" in body or not partial) and not isinstance(body.get("configuration"), dict):
            details["configuration"] = "must not be null"
        if details:
            return error(400, "validation_error", "Validation failed", details)
        if "type" in body and body["type"] not in TYPES:
            return error(400, "bad_request", f"Unknown channel type: {body['type']}")
        if self.dialect == "reference":
            for key, value in body.get("configuration", {}).items():
                if not isinstance(value, str):
                    return error(
                        400,
                        "bad_request",
                        f"JSON parse error: Cannot deserialize value of type `java.lang.String` "
                        f"from {type(value).__name__} value (configuration.{key})",
                    )
        return None

    def _store(self, body: dict[str, Any], channel_id: int | None = None) -> int:
        now = datetime.now().isoformat(timespec="seconds")
        if channel_id is None:
            channel_id, self._next_id = self._next_id, self._next_id + 1
            created = now
        else:
            created = self.channels[channel_id]["createdAt"]
        stored = {
            "id": channel_id,
            "name": body["name"],
            "type": body["type"],
            "configuration": dict(body["configuration"]),
            "enabled": body.get("enabled", True) is not False,
            "isDefault": bool(body.get("isDefault")) if self.dialect == "documented" else False,
            "createdAt": created,
            "updatedAt": now,
        }
        if stored["isDefault"]:
            for other in self.channels.values():
                other["isDefault"] = False
        self.channels[channel_id] = stored
        return channel_id

    def _shown(self, channel: dict[str, Any]) -> dict[str, Any]:
        shown = dict(channel, configuration=dict(channel["configuration"]))
        if self.dialect == "reference":
            del shown["isDefault"]
            shown["configuration"] = {
                k: v for k, v in shown["configuration"].items() if ":" not in str(v) and "," not in str(v)
            }
        return shown

    def _create(self, body: Any) -> Answer:
        problem = self._problems(body, partial=False)
        if problem:
            return problem
        channel_id = self._store(body)
        return Answer(201 if self.dialect == "reference" else 200, self._shown(self.channels[channel_id]))

    def _get(self, ref: str) -> Answer:
        if self.dialect == "reference":
            return error(500, "internal_error", f"Failed to convert value of type 'java.lang.String' to 'Long': {ref}")
        if ref == "default":
            found = [c for c in self.channels.values() if c["isDefault"]]
            return Answer(200, self._shown(found[0])) if found else self._not_found()
        channel = self._channel(ref)
        return Answer(200, self._shown(channel)) if channel else self._not_found()

    def _update(self, ref: str, body: Any) -> Answer:
        channel = self._channel(ref)
        if channel is None:
            return self._not_found()
        problem = self._problems(body, partial=self.dialect == "documented")
        if problem:
            return problem
        merged = {**channel, **body} if self.dialect == "documented" else body
        self._store(merged, channel["id"])
        return Answer(200, self._shown(self.channels[channel["id"]]))

    def _delete(self, ref: str) -> Answer:
        channel = self._channel(ref)
        if channel is None:
            return self._not_found()
        del self.channels[channel["id"]]
        return Answer(204)

    def _test(self, ref: str, body: Any) -> Answer:
        channel = self._channel(ref)
        if channel is None:
            return self._not_found()
        self.tests.append((channel["id"], body))
        if self.dialect == "documented":
            message = "Test notification sent" if self.test_delivers else "Test notification failed: chat not found"
            return Answer(200, {"success": self.test_delivers, "message": message})
        if channel["type"] in ("SLACK", "PYTHON_BOT"):
            return error(
                500,
                "internal_error",
                "Test notification failed: No enum constant "
                f"taxisty.pingtower.backend.notifications.model.ChannelType.{channel['type']}",
            )
        return Answer(200, f"Test notification sent successfully to {channel['name']}")


@pytest.fixture
def documented_server():
    with PingTowerServer("documented") as server:
        yield server


@pytest.fixture
def reference_server():
    with PingTowerServer("reference") as server:
        yield server


@pytest.fixture(params=["documented", "reference"])
def pingtower_server(request):
    """The test runs once against each dialect."""
    with PingTowerServer(request.param) as server:
        yield server
