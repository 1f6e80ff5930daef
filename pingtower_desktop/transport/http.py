"""HTTP for the senders: bounded requests, bounded answers, and one safe line for every failure.

httpx's own exception texts may carry the request URL, and URLs carry secrets (a Telegram bot
token in the path, a Slack webhook's key, a token in a query string). Every message built here
names the host and port only.

httpx is imported by the functions that need it, not with this module (see ``context``).
"""

from __future__ import annotations

import asyncio
import html
import re
import socket
import ssl
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import bounded_json
from ..errors import DeliveryError
from ..text import Text, message_of, msg
from .clients import proxy_of
from .proxy import Proxy
from .trust import TRUST_FIX
from .tunnel import proxy_failure, refusal, socks_refusals

if TYPE_CHECKING:
    import httpx

#: The most of an answer's body that is read; the rest is dropped unread.
BODY_LIMIT = 1 << 20
#: How much of a failed answer's body a message quotes.
EXCERPT_BYTES = 500
#: How much of an answer a one-line message quotes.
GIST_CHARS = 120
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)

DEFAULT_PORTS = {"http": 80, "https": 443}
_CERTIFICATE_PROBLEMS = {
    2: msg("the certificate is not trusted"),
    18: msg("the certificate is self-signed and not trusted"),
    19: msg("the certificate is not trusted"),
    20: msg("the certificate is not trusted"),
    21: msg("the certificate is not trusted"),
    9: msg("the certificate is not yet valid"),
    10: msg("the certificate has expired"),
    62: msg("the certificate is not valid for this host name"),
    64: msg("the certificate is not valid for this IP address"),
}


#: Verification codes that mean "issued by a CA this computer does not trust".
_UNTRUSTED = frozenset({2, 18, 19, 20, 21})


class RequestFailed(DeliveryError):
    """No usable HTTP answer came back; ``str()`` is one line without the URL's path or query."""


@dataclass(frozen=True)
class Answer:
    """An HTTP answer with its body (at most :data:`BODY_LIMIT` bytes)."""

    status_code: int
    reason: str
    headers: httpx.Headers
    body: bytes

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def status_line(self) -> str:
        return f"{self.status_code} {self.reason}".strip()

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON (or nested or sized beyond reason)."""
        try:
            return bounded_json.loads(self.body)
        except ValueError:
            return None

    def json_field(self, key: str) -> Any:
        """One key of a JSON-object body, or None."""
        data = self.json()
        return data.get(key) if isinstance(data, dict) else None

    def excerpt(self, limit: int = EXCERPT_BYTES) -> str:
        """The first ``limit`` bytes of the body as one line (the details of an answer)."""
        return one_line(self.body[:limit].decode("utf-8", errors="replace"))

    def gist(self, limit: int = GIST_CHARS) -> str:
        """What the body says, short enough for a one-line message: an HTML page's title (or its text
        without the markup), else the body's first words; the body itself goes in the details."""
        text = self.body[:EXCERPT_BYTES].decode("utf-8", errors="replace")
        if "html" in self.headers.get("content-type", "").lower() or text.lstrip().startswith("<"):
            title = _TITLE.search(text)
            text = html.unescape(_TAG.sub(" ", title.group(1) if title else text))
        text = one_line(text)
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str) -> str:
    """The text on one line (a message stays one: its values are put on one line)."""
    if isinstance(text, Text):
        return text.map_values(one_line)
    return " ".join(text.split())


def where(url: str) -> str:
    """``host:port`` of a URL: what a message may say about where a request went."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host


def seconds(value: float) -> str:
    return f"{value:g} s"


async def request(client: httpx.AsyncClient, method: str, url: str, *, timeout: float, **kwargs: Any) -> Answer:
    """Send one request and read its answer, all within ``timeout`` seconds.

    Raises :class:`RequestFailed` for anything that is not an HTTP answer; ``kwargs`` go to httpx
    (``json``, ``content``, ``headers`` …). Cancellation propagates untouched.
    """
    import httpx

    headers = {"Accept-Encoding": "gzip, deflate", **kwargs.pop("headers", {})}
    failures: tuple[type[BaseException], ...] = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError)
    failures += socks_refusals()
    try:
        async with (
            asyncio.timeout(timeout),
            client.stream(method, url, timeout=timeout, headers=headers, **kwargs) as response,
        ):
            body = await read_bounded(response, BODY_LIMIT)
            return Answer(response.status_code, response.reason_phrase, response.headers, body)
    except failures as error:
        raise RequestFailed(describe(error, url, timeout, proxy_of(client))) from None


async def read_bounded(response: httpx.Response, limit: int) -> bytes:
    """At most ``limit`` bytes of the answer's body, decompressed a bounded piece at a time: a small
    gzip bomb never becomes a large buffer. Encodings other than gzip and deflate are left as sent."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    decoder = None
    if encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    body = bytearray()
    async for chunk in response.aiter_raw():
        while chunk and len(body) <= limit:
            if decoder is None:
                body += chunk
                break
            try:
                body += decoder.decompress(chunk, limit + 1 - len(body))
            except zlib.error:
                break  # not what it says it is: keep what came out
            chunk = decoder.unconsumed_tail
        if len(body) > limit:
            break
    del body[limit:]  # in place: a slice would be one more copy of a large answer
    return bytes(body)


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, what caused it, and the members of any exception group on the way."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, BaseExceptionGroup):
            pending += current.exceptions
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]


def _first(error: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]) -> Any:
    return next((e for e in _causes(error) if isinstance(e, kind)), None)


def _proxy_failure(error: BaseException, proxy: Proxy, place: str, timeout: float, place_scheme: str) -> str:
    """The proxy's part in a failure: its refusal, its failure to reach the target, or it not reachable."""
    import httpx

    socks = next((failed for e in _causes(error) if (failed := proxy_failure(e, proxy, place))), None)
    if socks is not None:
        return message_of(socks)
    if isinstance(error, httpx.ProxyError):  # an HTTP proxy's answer to CONNECT that is not 2xx: "407 …"
        first = str(error).split(maxsplit=1)[:1]
        return refusal(proxy, place, int(first[0]) if first and first[0].isdigit() else None, str(error))
    if isinstance(error, (httpx.TimeoutException, TimeoutError)):  # which hop was slow cannot be told
        return msg(
            "timed out after {seconds} waiting for {place} through the proxy {proxy}",
            seconds=seconds(timeout),
            place=place,
            proxy=proxy.where(),
        )
    forwarded = not proxy.socks and place_scheme == "http"  # the absolute form: the proxy's own connection
    if forwarded and (
        _first(error, ConnectionResetError) or isinstance(error, (httpx.ReadError, httpx.RemoteProtocolError))
    ):
        return msg(
            "the proxy {proxy} closed the connection without an answer (a login it refused, or a target out of its "
            "reach)",
            proxy=proxy.where(),
        )
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout)) and not proxy.socks:
        why = describe(error, proxy.url(with_password=False), timeout)  # the proxy is what cannot be reached
        return msg("cannot reach the proxy {proxy}: {why}", proxy=proxy.where(), why=why)
    return ""


def describe(error: BaseException, url: str, timeout: float, proxy: Proxy | None = None) -> str:
    """One line saying why a connection or request to ``url`` failed (host and port only); through ``proxy``,
    whether the proxy or the target failed."""
    import httpx

    place = where(url)
    if proxy is not None and (failed := _proxy_failure(error, proxy, place, timeout, urlsplit(url).scheme.lower())):
        return failed
    if isinstance(error, httpx.ConnectTimeout):
        return msg("timed out after {seconds} connecting to {place}", seconds=seconds(timeout), place=place)
    if isinstance(error, (httpx.TimeoutException, TimeoutError)):
        return msg("timed out after {seconds} waiting for {place}", seconds=seconds(timeout), place=place)
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return msg("the address is not a usable http:// or https:// URL")
    if certificate := _first(error, ssl.SSLCertVerificationError):
        why = _CERTIFICATE_PROBLEMS.get(certificate.verify_code, msg("the certificate was rejected"))
        detail = f" ({certificate.verify_message})" if certificate.verify_message else ""
        fix = msg(" — {how}", how=TRUST_FIX) if certificate.verify_code in _UNTRUSTED else ""
        return msg(
            "TLS certificate problem with {place}: {why}{detail}{fix}", place=place, why=why, detail=detail, fix=fix
        )
    if tls := _first(error, ssl.SSLError):
        reason = tls.reason or tls.__class__.__name__
        hint = msg(" — is it an http:// server?") if reason == "WRONG_VERSION_NUMBER" else ""
        return msg("TLS handshake with {place} failed: {reason}{hint}", place=place, reason=reason, hint=hint)
    if dns := _first(error, socket.gaierror):
        return msg(
            "DNS lookup failed: cannot resolve host name {hostname} ({strerror})",
            hostname=urlsplit(url).hostname,
            strerror=dns.strerror,
        )
    if _first(error, ConnectionRefusedError):
        return msg("connection refused by {place}: nothing is listening there", place=place)
    if _first(error, ConnectionResetError):
        return msg("connection reset by {place}", place=place)
    if isinstance(error, httpx.RemoteProtocolError):
        return msg("{place} closed the connection without a proper HTTP answer", place=place)
    if isinstance(error, httpx.TooManyRedirects):
        return msg("too many redirects from {place}", place=place)
    if os_error := next((e for e in _causes(error) if isinstance(e, OSError) and e.strerror), None):
        return msg("cannot reach {place}: {strerror}", place=place, strerror=os_error.strerror)
    if isinstance(error, httpx.ConnectError) or _first(error, OSError):
        return msg("cannot connect to {place}", place=place)
    return msg("the request to {place} failed ({name})", place=place, name=error.__class__.__name__)
