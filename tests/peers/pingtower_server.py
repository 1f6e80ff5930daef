"""A PingTower server on 127.0.0.1 for tests, in both dialects, in a background thread.

``documented``: the API of the seed document — ``/api/v1/...``, a JWT (HS256, ``exp``) required on
every channel call (401 without one, or with a bad or expired one), partial PUT, ``GET /{id}``,
``GET /default``, ``isDefault``, a JSON test result.

``reference``: the PingTower team's Spring Boot server as its code behaves (Team-taxisty/PingTower,
``AlertController``, ``GlobalExceptionHandler``; see ../shared/docs/pingtower-server.md), context path
``/v1``:
- ``configuration`` is a ``Map<String, String>``: numbers and booleans arrive as their text, ``null`` as
  the text ``"null"``, an object or array is 400 ``bad_request``; it is stored as ``{"k":"v",…}``
  written **without escaping** and read back by deleting ``{ } "``, splitting on ``,`` then ``:`` (Java's
  ``split``: trailing empty parts dropped), keeping pieces of exactly two parts, trimmed — so values
  with ``:`` vanish, values with ``,`` are cut and may make phantom keys, empty ones vanish;
- create answers 500 ``internal_error`` (the controller never sets the NOT NULL ``user_id``); a channel
  gets on the server only through :meth:`seed` (another way in, such as the database);
- update is a full replace validated before the id is looked up (400 ``validation_error`` naming
  ``name``/``type``/``configuration``; ``enabled`` absent = true; any type text accepted); 404 empty;
- no ``GET /{id}`` or ``/default``, unknown paths, trailing slashes, wrong methods: 500 ``internal_error``;
  a path outside ``/v1``: Tomcat's 404 page;
- every user's channels listed to everyone; no ``isDefault``; dates as server-local ``LocalDateTime``;
- the test answers ``200 "Test notification sent successfully to <name>"`` (text; labelled JSON when the
  Accept header prefers it) whatever became of the delivery; SLACK and PYTHON_BOT answer
  ``500 "Test notification failed: No enum constant …"`` as text;
- login and register take ``{"email","password"}``; bad credentials are a 500 ``internal_error``.
``build`` picks older reference builds: ``"secured"`` (95983ba–5ce5943) answers 403 to any call without a
valid token but the auth ones; ``"legacy"`` (20e8f7f–944a92f) is secured too, keeps the channels at
``/v1/api/v1/notifications/channels`` and logs in with ``{"username","password"}`` (the JWT's subject is
the user name).

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
import re
import secrets
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
USER_NAME = "admin"
PREFIX = {"documented": "/api/v1", "reference": "/v1/api"}
BUILDS = ("current", "secured", "legacy")
#: What Java's String.trim() removes: every character up to and including the space.
JAVA_BLANKS = "".join(chr(code) for code in range(33))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(subject: str = USER_EMAIL, *, expires_in: float = 24 * 3600, secret: bytes = JWT_SECRET) -> str:
    """An HS256 JWT as the servers issue them (``sub`` is the e-mail)."""
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    now = int(time.time())
    claims = {"sub": subject, "iat": now, "exp": int(now + expires_in), "jti": secrets.token_hex(8)}
    payload = _b64(json.dumps(claims).encode())
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
    def __init__(self, status: int, body: Any = None, content_type: str | None = None):
        self.status = status
        #: Further headers of the answer (a Location, say).
        self.headers: dict[str, str] = {}
        if body is None:
            self.payload = b""
        elif isinstance(body, str):
            self.payload = body.encode()
            content_type = content_type or "text/plain;charset=UTF-8"
        else:
            self.payload = json.dumps(body).encode()
        self.content_type = content_type or "application/json"


def error(status: int, code: str, message: str, details: dict | None = None) -> Answer:
    return Answer(status, {"code": code, "message": message, "details": details})


def java_split(text: str, separator: str) -> list[str]:
    """Java's ``String.split`` with one literal character: trailing empty parts are dropped."""
    parts = text.split(separator)
    if parts == [""]:
        return parts
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def reference_write(configuration: dict[str, str]) -> str:
    """AlertController.convertConfigurationToJson: quotes around keys and values, nothing escaped."""
    if not configuration:
        return "{}"
    return "{" + ",".join(f'"{key}":"{value}"' for key, value in configuration.items()) + "}"


def reference_read(stored: str) -> dict[str, str]:
    """AlertController.parseConfiguration, line for line."""
    shown: dict[str, str] = {}
    for pair in java_split(re.sub(r'[{}"]', "", stored), ","):
        key_value = java_split(pair, ":")
        if len(key_value) == 2:
            shown[key_value[0].strip(JAVA_BLANKS)] = key_value[1].strip(JAVA_BLANKS)
    return shown


class PingTowerServer:
    def __init__(self, dialect: str = "documented", tls: Any = None, *, build: str = "current"):
        assert dialect in PREFIX and build in BUILDS
        self.dialect = dialect
        self.build = build if dialect == "reference" else "current"
        self.prefix = PREFIX[dialect]
        self.channels_path = self.prefix + ("/v1" if self.build == "legacy" else "") + "/notifications/channels"
        self.channels: dict[int, dict[str, Any]] = {}
        self.users = {USER_EMAIL: USER_PASSWORD}
        self.requests: list[tuple[str, str]] = []
        #: The JSON body of every request (None when it had none).
        self.bodies: list[Any] = []
        self.tests: list[tuple[int, Any]] = []
        #: Every token this server issued at a login, and every bearer token any request carried.
        self.issued: set[str] = set()
        self.tokens_seen: set[str] = set()
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

    def script(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        """The next request gets this answer instead of the usual one."""
        answer = Answer(status, body)
        answer.headers = dict(headers or {})
        self._scripted.append(answer)

    def unauthorized_after(self, answered: int) -> None:
        self._unauthorized_at = len(self.requests) + answered

    def resume(self) -> None:
        self._stop_at = self._unauthorized_at = None

    def count(self, method: str | None = None) -> int:
        return sum(1 for m, _ in self.requests if method is None or m == method)

    def seed(self, name: str, kind: str, configuration: dict[str, Any], *, enabled: bool = True, **more: Any) -> int:
        """Store a channel as another client would have (on the reference server: not through its API,
        which cannot create channels); answers its id."""
        with self._lock:
            body = {"name": name, "type": kind, "configuration": configuration, "enabled": enabled, **more}
            if self.dialect == "reference":
                body["configuration"] = self._text_map(configuration)
            return self._store(body)

    def change(self, name: str, **configuration: Any) -> None:
        """Another client changes these configuration values (a full update through the server's own write)."""
        with self._lock:
            channel = self.by_name(name)
            merged = {**self.stored_configuration(name), **configuration}
            if self.dialect == "reference":
                merged = self._text_map(merged)
            self._store({**channel, "configuration": merged}, channel["id"])

    def by_name(self, name: str) -> dict[str, Any]:
        """The stored record (on the reference server its ``configuration`` is the stored text)."""
        matches = [c for c in self.channels.values() if c["name"] == name]
        assert len(matches) == 1, f"{len(matches)} channels named {name!r} on the server"
        return matches[0]

    def stored_configuration(self, name: str) -> dict[str, Any]:
        """What the server holds, as its providers read it (the reference server's text parsed as JSON:
        a ``ValueError`` when it is not JSON any more, as for a value with a quote)."""
        configuration = self.by_name(name)["configuration"]
        return dict(json.loads(configuration) if self.dialect == "reference" else configuration)

    def shown_configuration(self, name: str) -> dict[str, Any]:
        """What the server's list answer shows of it."""
        return self._shown(self.by_name(name))["configuration"]

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
                if authorization:
                    peer.tokens_seen.add(authorization.removeprefix("Bearer "))
                accept = self.headers.get("Accept") or ""
                if peer._stop_at is not None and number > peer._stop_at:
                    if peer._stop_mode in ("lose", "stall"):
                        peer.respond(self.command, self.path, authorization, body, accept)
                    if peer._stop_mode in ("hang", "stall"):
                        peer._released.wait(30)
                    self.close_connection = True
                    return
                if peer._unauthorized_at is not None and number > peer._unauthorized_at:
                    answer = Answer(401, {"message": "Full authentication is required to access this resource"})
                elif peer._scripted:
                    answer = peer._scripted.pop(0)
                else:
                    answer = peer.respond(self.command, self.path, authorization, body, accept)
                self.send_response(answer.status)
                if answer.payload or answer.status not in (204, 404):
                    self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.payload)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(answer.payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_one

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

    def respond(self, method: str, path: str, authorization: str, raw: bytes, accept: str = "") -> Answer:
        if self.dialect == "reference":
            return self._reference(method, path.split("?", 1)[0], authorization, raw, accept)
        if not path.startswith(self.prefix + "/"):
            return Answer(404, {"message": "No such path"})
        path = path[len(self.prefix) :].split("?", 1)[0]
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return error(400, "bad_request", "Malformed JSON request")
        if method == "POST" and path in ("/auth/login", "/auth/register"):
            return self._login(body, register=path.endswith("register"))
        if jwt_subject(authorization.removeprefix("Bearer ")) is None:
            return Answer(401, {"message": "Full authentication is required to access this resource"})
        parts = path.strip("/").split("/")
        if parts[:2] != ["notifications", "channels"]:
            return Answer(404, {"message": "No such path"})
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

    def _reference(self, method: str, path: str, authorization: str, raw: bytes, accept: str) -> Answer:
        if not path.startswith("/v1/"):  # outside the context path: Tomcat itself answers
            return Answer(404, "<!doctype html><title>HTTP Status 404 – Not Found</title>", "text/html")
        auth_call = path in (f"{self.prefix}/auth/login", f"{self.prefix}/auth/register")
        if self.build != "current" and not auth_call and jwt_subject(authorization.removeprefix("Bearer ")) is None:
            return Answer(403)  # Spring Security's default entry point for a JWT filter: 403, no body
        unexpected = error(500, "internal_error", "Unexpected error")
        body = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                return error(400, "bad_request", "Malformed or unreadable request body")
        if auth_call:
            return self._login(body, register=path.endswith("register")) if method == "POST" else unexpected
        if not path.startswith(self.channels_path):
            return unexpected
        rest = path[len(self.channels_path) :]
        with self._lock:
            if rest == "":
                if method == "GET":
                    return Answer(200, [self._shown(c) for c in self.channels.values()])
                if method == "POST":
                    problem = self._reference_problems(body)
                    # the controller never sets user_id, a NOT NULL column: the insert fails
                    return problem or unexpected
            elif re.fullmatch(r"/[^/]+", rest) and method in ("PUT", "DELETE"):
                ref = rest[1:]
                if not re.fullmatch(r"-?\d+", ref):
                    return error(400, "bad_request", f"Invalid value for parameter 'id': {ref}")
                return self._update(ref, body) if method == "PUT" else self._delete(ref)
            elif re.fullmatch(r"/[^/]+/test", rest) and method == "POST":
                ref = rest[1:].removesuffix("/test")
                if not re.fullmatch(r"-?\d+", ref):
                    return error(400, "bad_request", f"Invalid value for parameter 'id': {ref}")
                return self._reference_test(ref, body, accept)
        return unexpected

    # --- handlers (called under the lock) ---

    def _login(self, body: Any, *, register: bool) -> Answer:
        body = body if isinstance(body, dict) else {}
        reference = self.dialect == "reference"
        if self.build == "legacy":
            if not isinstance(body.get("username"), str) or not body["username"].strip():
                return error(400, "validation_error", "Validation failed", {"username": "Username is required"})
            name, password = body["username"], body.get("password")
            email = next((e for e in self.users if e.split("@")[0] == name), None)
            if email is None or self.users[email] != password:
                return error(500, "internal_error", "Unexpected error")
            subject = name
        else:
            email, password = body.get("email"), body.get("password")
            if register and email and password:
                if reference and email in self.users:
                    return error(500, "internal_error", "Unexpected error")  # a duplicate e-mail
                self.users[email] = password
            if self.users.get(email) != password or not password:
                if reference:
                    return error(500, "internal_error", "Unexpected error")  # BadCredentialsException, caught by all
                return Answer(401, {"message": "Bad credentials"})
            subject = email
        token = make_jwt(subject)
        self.issued.add(token)
        answer = {"token": token, "type": "Bearer"}
        if reference:
            answer |= {"id": 1, "username": email.split("@")[0], "email": email, "roles": ["USER"]}
        return Answer(200, answer)

    def _channel(self, ref: str) -> dict[str, Any] | None:
        return self.channels.get(int(ref)) if re.fullmatch(r"-?\d+", ref) else None

    def _not_found(self) -> Answer:
        return Answer(404) if self.dialect == "reference" else Answer(404, {"message": "Channel not found"})

    @staticmethod
    def _text_map(configuration: dict[str, Any]) -> dict[str, str]:
        """Jackson's reading of a JSON object into Map<String, String>: scalars as their text, null as "null"."""
        return {
            key: "null" if value is None else json.dumps(value) if isinstance(value, bool) else str(value)
            for key, value in configuration.items()
        }

    def _reference_problems(self, body: Any) -> Answer | None:
        """NotificationChannelRequest's binding and @Valid, before the controller runs."""
        if not isinstance(body, dict):
            return error(400, "bad_request", "Malformed or unreadable request body")
        configuration = body.get("configuration")
        if configuration is not None and (
            not isinstance(configuration, dict) or any(isinstance(v, dict | list) for v in configuration.values())
        ):
            return error(400, "bad_request", "Malformed or unreadable request body")
        details = {}
        for key, message in (("name", "Channel name is required"), ("type", "Channel type is required")):
            value = body.get(key)
            if not isinstance(value, str) or not value.strip():
                details[key] = message
        if configuration is None:
            details["configuration"] = "Configuration is required"
        return error(400, "validation_error", "Validation failed", details) if details else None

    def _documented_problems(self, body: Any, *, partial: bool) -> Answer | None:
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
        return None

    def _store(self, body: dict[str, Any], channel_id: int | None = None) -> int:
        now = datetime.now().isoformat()  # server-local LocalDateTime, fractional digits as they come
        if channel_id is None:
            channel_id, self._next_id = self._next_id, self._next_id + 1
            created = now
        else:
            created = self.channels[channel_id]["createdAt"]
        configuration = body["configuration"]
        if self.dialect == "reference":
            configuration = configuration if isinstance(configuration, str) else reference_write(configuration)
        else:
            configuration = dict(configuration)
        stored = {
            "id": channel_id,
            "name": body["name"],
            "type": body["type"],
            "configuration": configuration,
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
        if self.dialect == "documented":
            return dict(channel, configuration=dict(channel["configuration"]))
        keys = ("id", "name", "type", "configuration", "enabled", "createdAt", "updatedAt")
        return {key: reference_read(channel[key]) if key == "configuration" else channel[key] for key in keys}

    def _create(self, body: Any) -> Answer:
        problem = self._documented_problems(body, partial=False)
        if problem:
            return problem
        channel_id = self._store(body)
        return Answer(200, self._shown(self.channels[channel_id]))

    def _get(self, ref: str) -> Answer:
        if ref == "default":
            found = [c for c in self.channels.values() if c["isDefault"]]
            return Answer(200, self._shown(found[0])) if found else self._not_found()
        channel = self._channel(ref)
        return Answer(200, self._shown(channel)) if channel else self._not_found()

    def _update(self, ref: str, body: Any) -> Answer:
        if self.dialect == "reference":
            problem = self._reference_problems(body)  # @Valid runs before the controller looks the id up
            if problem:
                return problem
            channel = self._channel(ref)
            if channel is None:
                return self._not_found()
            replaced = {
                "name": body["name"],
                "type": body["type"],
                "configuration": self._text_map(body["configuration"]),
                "enabled": body.get("enabled", True) is not False,  # absent: the record's constructor sets true
            }
            self._store(replaced, channel["id"])
            return Answer(200, self._shown(self.channels[channel["id"]]))
        channel = self._channel(ref)
        if channel is None:
            return self._not_found()
        problem = self._documented_problems(body, partial=True)
        if problem:
            return problem
        self._store({**channel, **body}, channel["id"])
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
        message = "Test notification sent" if self.test_delivers else "Test notification failed: chat not found"
        return Answer(200, {"success": self.test_delivers, "message": message})

    def _reference_test(self, ref: str, body: Any, accept: str) -> Answer:
        channel = self._channel(ref)
        if channel is None:
            return self._not_found()
        self.tests.append((channel["id"], body))  # the body is ignored
        if channel["type"] not in ("TELEGRAM", "EMAIL", "WEBHOOK"):
            enum = "taxisty.pingtower.backend.notifications.model.ChannelType"
            return Answer(500, f"Test notification failed: No enum constant {enum}.{channel['type']}")
        text = f"Test notification sent successfully to {channel['name']}"
        prefers_json = accept.lstrip().startswith("application/json")
        return Answer(200, text, "application/json" if prefers_json else "text/plain;charset=UTF-8")


@pytest.fixture
def documented_server():
    with PingTowerServer("documented") as server:
        yield server


@pytest.fixture
def reference_server():
    with PingTowerServer("reference") as server:
        yield server


@pytest.fixture(params=["secured", "legacy"])
def older_reference_server(request):
    """A reference server of an older build: 403 without a token; "legacy" also the /v1/api/v1 path."""
    with PingTowerServer("reference", build=request.param) as server:
        yield server


@pytest.fixture(params=["documented", "reference"])
def pingtower_server(request):
    """The test runs once against each dialect."""
    with PingTowerServer(request.param) as server:
        yield server
