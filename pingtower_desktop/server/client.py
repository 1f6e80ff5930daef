"""The REST client for a PingTower server, in either dialect.

Every method raises :class:`ServerError` whose message says what to do (log in again; not found;
the server's own per-field complaints; server error with its message; timeout; TLS certificate
problem; connection refused). Messages name the host and port only, never the token or a secret.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import quote

import httpx

from .. import bounded_json
from ..channels import Channel
from ..text import msg
from ..transport.clients import http_client, proxy_of
from ..transport.context import DEFAULT_TIMEOUT
from ..transport.http import Answer, describe, one_line, read_bounded
from ..transport.proxy import ProxyRoute
from ..transport.scrub import scrub
from ..transport.trust import default_ssl_context
from ..transport.tunnel import socks_refusals
from .dialects import DOCUMENTED, REFERENCE, REFERENCE_LEGACY, Dialect, ServerChannel, server_id_of
from .errors import ErrorKind, ServerError
from .limits import MAX_CHANNELS, OBJECTS_PER_CHANNEL

#: A channel list of many thousands still fits; anything bigger is not a PingTower answer.
BODY_LIMIT = 64 << 20


@dataclass(frozen=True)
class LoginAnswer:
    token: str
    email: str | None = None
    username: str | None = None


@dataclass(frozen=True)
class ServerTestAnswer:
    """The server's answer to a test: ``delivered`` is None when the server does not report delivery."""

    delivered: bool | None
    message: str
    status_code: int


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]


def _network_kind(error: BaseException) -> ErrorKind:
    if isinstance(error, httpx.TimeoutException | TimeoutError):
        return ErrorKind.TIMEOUT
    causes = list(_causes(error))
    if any(isinstance(e, ssl.SSLError) for e in causes):
        return ErrorKind.TLS
    if any(isinstance(e, ConnectionRefusedError) for e in causes):
        return ErrorKind.REFUSED
    return ErrorKind.NETWORK


def _server_words(answer: Answer) -> str:
    data = answer.json()
    if isinstance(data, Mapping):
        for key in ("message", "error", "detail"):
            if isinstance(data.get(key), str) and data[key].strip():
                return one_line(data[key])
        return ""
    return answer.excerpt(300)


def _said(answer: Answer) -> str:
    """``: <the server's words>`` (its error code too, when it gave one), or nothing."""
    words, code = _server_words(answer), answer.json_field("code")
    if isinstance(code, str) and code and words:
        words = f"{code}: {words}"
    return f": {words}" if words else ""  # the server's own words: shown as they are


def _details(answer: Answer) -> dict[str, str]:
    details = answer.json_field("details") or answer.json_field("errors")
    if isinstance(details, Mapping):
        return {str(key): one_line(str(value)) for key, value in details.items()}
    if isinstance(details, list):
        found = {}
        for item in details:
            if isinstance(item, Mapping) and "field" in item:
                found[str(item["field"])] = one_line(str(item.get("message") or item.get("defaultMessage") or ""))
        return found
    return {}


def _redirect(answer: Answer, action: str) -> ServerError:
    """A 3xx: the server (or a proxy before it) sends the client elsewhere; redirects are never followed, as
    the token would go with them."""
    location = one_line(answer.headers.get("location", "")) or msg("nowhere it names")
    return ServerError(
        ErrorKind.PROTOCOL,
        msg(
            "{action}: the server redirects to {location} ({status_line}) — if that is the server's address, log in with that URL",
            action=action,
            location=location,
            status_line=answer.status_line,
        ),
        status_code=answer.status_code,
    )


def failure(answer: Answer, action: str) -> ServerError:
    """The ServerError for an answer that is not a success."""
    status, words = answer.status_code, _server_words(answer)
    if 300 <= status < 400:
        return _redirect(answer, action)
    said = f": {words}" if words else ""
    if status in (401, 403):
        return ServerError(
            ErrorKind.AUTH,
            msg(
                "{action}: the server refused the login ({status_line}) — log in again",
                action=action,
                status_line=answer.status_line,
            ),
            status_code=status,
            said=words,
        )
    if status == 404:
        return ServerError(
            ErrorKind.NOT_FOUND,
            msg("{action}: not found on the server (404){said}", action=action, said=said),
            status_code=status,
            said=words,
        )
    if status in (400, 409, 422):
        details = _details(answer)
        said_why = "; ".join(f"{key}: {value}" for key, value in details.items()) or words  # the server's words
        why = said_why or msg("no reason given")
        return ServerError(
            ErrorKind.VALIDATION,
            msg("{action}: the server rejected it ({status}): {why}", action=action, status=status, why=why),
            status_code=status,
            said=words,
            details=details,
        )
    if status >= 500:
        return ServerError(
            ErrorKind.SERVER,
            msg(
                "{action}: the server failed ({status_line}){value}",
                action=action,
                status_line=answer.status_line,
                value=said or msg(" without saying why"),
            ),
            status_code=status,
            said=words,
        )
    return ServerError(
        ErrorKind.SERVER,
        msg(
            "{action}: the server answered {status_line}{said}",
            action=action,
            status_line=answer.status_line,
            said=said,
        ),
        status_code=status,
        said=words,
    )


def _channel_list(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):  # some builds wrap the list
        for key in ("items", "content", "channels"):
            if isinstance(data.get(key), list):
                return data[key]
    raise ServerError(ErrorKind.PROTOCOL, msg("listing the channels: the server's answer is not a list of channels"))


class ServerClient:
    """One server, one dialect, one token. Use as ``async with ServerClient(...) as client``."""

    def __init__(
        self,
        base_url: str,
        dialect: Dialect,
        token: str | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        ssl_context: ssl.SSLContext | None = None,
        max_channels: int = MAX_CHANNELS,
        route: ProxyRoute | None = None,
    ):
        """``route``: which way the requests go (the run's proxy choice); direct when None."""
        self.base_url = base_url.rstrip("/")
        self.route = route or ProxyRoute()
        self.dialect = dialect
        self.token = token
        self.timeout = timeout
        self.max_channels = max_channels
        self._ssl_context = ssl_context
        self._http = http
        self._owns_http = http is None

    async def __aenter__(self) -> ServerClient:
        if self._http is None:
            self._http = http_client(
                verify=self._ssl_context or default_ssl_context(),
                timeout=self.timeout,
                proxy=self.route.for_url(self.base_url),
            )
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    # --- plumbing ---

    async def _send(self, method: str, path: str, action: str, *, body: Any = None, auth: bool = True) -> Answer:
        if self._http is None:
            raise RuntimeError("use the client inside 'async with'")  # a bug, for developers
        url = self.base_url + path
        headers = {"Accept": "application/json, text/plain;q=0.9", "Accept-Encoding": "gzip, deflate"}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        failures: tuple[type[BaseException], ...] = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError)
        failures += (TimeoutError, *socks_refusals())
        try:
            async with (
                asyncio.timeout(self.timeout),
                self._http.stream(method, url, json=body, headers=headers, timeout=self.timeout) as response,
            ):
                content = await read_bounded(response, BODY_LIMIT + 1)
                if len(content) > BODY_LIMIT:
                    raise ServerError(
                        ErrorKind.PROTOCOL, msg("{action}: the server's answer is too large", action=action)
                    )
                return Answer(response.status_code, response.reason_phrase, response.headers, content)
        except failures as error:
            why = describe(error, url, self.timeout, proxy_of(self._http))
            raise ServerError(_network_kind(error), msg("{action}: {why}", action=action, why=why)) from None

    async def _call(self, method: str, path: str, action: str, *, body: Any = None, auth: bool = True) -> Answer:
        answer = await self._send(method, path, action, body=body, auth=auth)
        if not answer.ok:
            raise failure(answer, action).scrubbed([self.token or ""])  # a server may echo the login token
        return answer

    def _path(self, server_id: str | None = None, suffix: str = "") -> str:
        """The channel collection, or one channel's path: its id checked again (ids also come from the sync
        state file) and encoded as one segment, so that no id can reach another path of the server."""
        path = self.dialect.channels_path
        if server_id is None:
            return path
        if server_id_of(server_id, text_ids=self.dialect.text_ids) is None:
            raise ServerError(ErrorKind.PROTOCOL, msg("'{server_id}' is not a channel id", server_id=server_id))
        return f"{path}/{quote(server_id, safe='')}{suffix}"

    def _decode_body(self, answer: Answer, action: str) -> ServerChannel:
        data = answer.json()
        if data is None:
            raise ServerError(ErrorKind.PROTOCOL, msg("{action}: the server's answer is not JSON", action=action))
        return self.dialect.decode(data)

    # --- auth ---

    async def login(self, email: str, password: str) -> LoginAnswer:
        """``POST …/auth/login``; the token comes back, nothing is stored here.

        ``email`` is sent as the dialect's login field (an old reference build's user name). A
        reference server that asks for a user name instead turns this client into that older dialect.
        """
        action = msg("logging in")
        answer = await self._send("POST", self.dialect.login_path, action, body=self._login_body(email, password))
        if answer.status_code == 400 and "username" in _details(answer) and self.dialect.login_field != "username":
            self.dialect = REFERENCE_LEGACY  # builds before 95983ba log in by user name
            answer = await self._send("POST", self.dialect.login_path, action, body=self._login_body(email, password))
        if 300 <= answer.status_code < 400:
            raise _redirect(answer, action)
        if answer.status_code == 404:
            raise ServerError(
                ErrorKind.NOT_FOUND,
                msg(
                    "{action}: there is no login at {login_path} — check the server URL and dialect",
                    action=action,
                    login_path=self.dialect.login_path,
                ),
                status_code=404,
            )
        if answer.status_code >= 500:
            # the reference server answers a wrong password with 500 as well: that is all it says
            raise ServerError(
                ErrorKind.SERVER,
                msg(
                    "{action}: the server failed ({status_line}{said}) and did not say whether the e-mail or password is wrong — check them, or the server's log",
                    action=action,
                    status_line=answer.status_line,
                    said=_said(answer),
                ),
                status_code=answer.status_code,
            )
        if not answer.ok:
            raise ServerError(
                ErrorKind.AUTH,
                msg(
                    "{action}: the e-mail or password was not accepted ({status_line}{said})",
                    action=action,
                    status_line=answer.status_line,
                    said=_said(answer),
                ),
                status_code=answer.status_code,
            )
        token = answer.json_field("token") or answer.json_field("accessToken")
        if not isinstance(token, str) or not token:
            raise ServerError(ErrorKind.PROTOCOL, msg("{action}: the server's answer holds no token", action=action))
        email_back, username = answer.json_field("email"), answer.json_field("username")
        return LoginAnswer(
            token=token,
            email=email_back if isinstance(email_back, str) else None,
            username=username if isinstance(username, str) else None,
        )

    def _login_body(self, account: str, password: str) -> dict[str, str]:
        return {self.dialect.login_field: account, "password": password}

    # --- channels ---

    async def _listing(self, limit: int | None = None) -> list[Any]:
        """The server's list of channels as JSON values; with ``limit``, refused (ErrorKind.LIMIT) beyond it."""
        action = msg("listing the channels")
        answer = await self._call("GET", self._path(), action)
        try:
            data = bounded_json.loads(answer.body, max_objects=limit * OBJECTS_PER_CHANNEL if limit else None)
        except bounded_json.TooManyObjects:
            raise self._too_many(action) from None
        except ValueError:
            data = None
        items = _channel_list(data)
        if limit is not None and len(items) > limit:
            raise self._too_many(action)
        return items

    def _too_many(self, action: str) -> ServerError:
        return ServerError(
            ErrorKind.LIMIT,
            msg(
                "{action}: the server lists more than the {limit} channels accepted from one server — nothing was changed; allow more with --max-channels (the command line) or in the Server dialog",
                action=action,
                limit=self.max_channels,
            ),
        )

    async def count_channels(self) -> int:
        """How many channels the server lists (nothing is decoded: a count has no limit)."""
        return len(await self._listing())

    async def list_channels(self) -> list[ServerChannel]:
        """Every channel the server lists; refused whole (ServerError) when there are more than
        ``max_channels`` (found while the answer is parsed), when one is not a channel, or when two share an id."""
        channels = [self.dialect.decode(item) for item in await self._listing(self.max_channels)]
        twice = sorted(server_id for server_id, seen in Counter(c.id for c in channels).items() if seen > 1)
        if twice:
            raise ServerError(
                ErrorKind.PROTOCOL,
                msg(
                    "listing the channels: the server lists more than one channel with the id {ids} — nothing was changed",
                    ids=", ".join(twice[:5]),
                ),
            )
        return channels

    async def get_channel(self, server_id: str) -> ServerChannel:
        action = msg("reading channel {server_id}", server_id=server_id)
        if not self.dialect.get_one:
            for channel in await self.list_channels():
                if channel.id == server_id:
                    return channel
            raise ServerError(
                ErrorKind.NOT_FOUND, msg("{action}: not found on the server", action=action), status_code=404
            )
        return self._decode_body(await self._call("GET", self._path(server_id), action), action)

    async def create_channel(self, channel: Channel, extras: Mapping[str, Any] | None = None) -> ServerChannel:
        action = msg("creating '{name}' on the server", name=channel.name)
        try:
            answer = await self._call("POST", self._path(), action, body=self.dialect.channel_body(channel, extras))
            return self._decode_body(answer, action)
        except ServerError as error:
            raise error.scrubbed(channel.secret_values()) from None

    async def update_channel(
        self, server_id: str, channel: Channel, extras: Mapping[str, Any] | None = None
    ) -> ServerChannel:
        """Sends the full channel (both dialects accept that); answers the channel as the server has it."""
        action = msg("updating '{name}' on the server", name=channel.name)
        body = self.dialect.channel_body(channel, extras)
        try:
            answer = await self._call("PUT", self._path(server_id), action, body=body)
            if not answer.body.strip():
                return self.dialect.decode({**body, "id": server_id})
            return self._decode_body(answer, action)
        except ServerError as error:
            raise error.scrubbed(channel.secret_values()) from None

    async def delete_channel(self, server_id: str) -> bool:
        """True when deleted, False when the server no longer had it."""
        try:
            await self._call(
                "DELETE", self._path(server_id), msg("deleting channel {server_id} on the server", server_id=server_id)
            )
        except ServerError as error:
            if error.kind is ErrorKind.NOT_FOUND:
                return False
            raise
        return True

    async def test_channel(
        self, server_id: str, *, message: str | None = None, username: str | None = None, name: str | None = None
    ) -> ServerTestAnswer:
        """``POST …/{id}/test`` with the document's optional ``message`` and ``username``."""
        action = msg("testing '{value}' through the server", value=name or server_id)
        body = {key: value for key, value in (("message", message), ("username", username)) if value}
        answer = await self._call("POST", self._path(server_id, "/test"), action, body=body or None)
        data = answer.json()
        if isinstance(data, Mapping):
            delivered = next((data[k] for k in ("success", "delivered") if isinstance(data.get(k), bool)), None)
            words = _server_words(answer) or ("delivered" if delivered else "")
        else:
            delivered, words = None, answer.excerpt(300)
        if not self.dialect.test_reports_delivery:
            delivered = None
        words = scrub(words, [self.token or ""])
        return ServerTestAnswer(delivered=delivered, message=words, status_code=answer.status_code)

    async def detect_dialect(self) -> Dialect:
        """Which API answers at the base URL (asked without the token); does not change this client.

        A reference server of a build that wants a token answers 403 to everything; its older builds
        (channels under ``/v1/api/v1``, login by user name) are told apart at the login.
        """
        locked_reference = False
        for candidate in (REFERENCE, DOCUMENTED):
            answer = await self._send("GET", candidate.channels_path, msg("looking for the PingTower API"), auth=False)
            if answer.ok:
                try:
                    _channel_list(answer.json())
                except ServerError:
                    continue
                return candidate
            if candidate is DOCUMENTED and answer.status_code in (401, 403):
                return candidate
            locked_reference = locked_reference or (candidate is REFERENCE and answer.status_code == 403)
        if locked_reference:
            return REFERENCE
        raise ServerError(
            ErrorKind.NOT_FOUND,
            msg(
                "no PingTower API answers at {base_url} (tried {channels_path} and {channels_path2}) — check the URL, or choose the dialect by hand",
                base_url=self.base_url,
                channels_path=REFERENCE.channels_path,
                channels_path2=DOCUMENTED.channels_path,
            ),
        )

    async def get_default(self) -> ServerChannel | None:
        if not self.dialect.default_channel:
            raise ServerError(
                ErrorKind.UNSUPPORTED, msg("this server has no default channel; it is kept on this computer")
            )
        try:
            answer = await self._call("GET", self._path("default"), msg("reading the default channel"))
        except ServerError as error:
            if error.kind is ErrorKind.NOT_FOUND:
                return None
            raise
        return self._decode_body(answer, msg("reading the default channel"))

    async def set_default(self, server_id: str, channel: Channel) -> ServerChannel:
        if not self.dialect.default_channel:
            raise ServerError(
                ErrorKind.UNSUPPORTED, msg("this server has no default channel; it is kept on this computer")
            )
        return await self.update_channel(server_id, channel.replace(is_default=True))
