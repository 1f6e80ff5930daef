"""A socket to a host and port through a proxy — SOCKS5 or an HTTP proxy's CONNECT — for what is not HTTP
(SMTP) and for connect probes. python-socks speaks SOCKS5 and the CONNECT is made here; what goes wrong is said
in the product's words, as :class:`ProxyFailed` (never with the proxy's password)."""

from __future__ import annotations

import asyncio
import base64
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import DeliveryError
from ..text import msg
from .proxy import Proxy

#: SOCKS5 reply codes (RFC 1928) → what they mean for the person.
_SOCKS_REPLIES = {
    1: msg("the proxy failed"),
    2: msg("the proxy's rules do not allow the connection"),
    3: msg("the proxy cannot reach the network"),
    4: msg("the proxy cannot reach the host"),
    5: msg("the target refused the proxy's connection"),
    6: msg("the proxy's connection timed out"),
}


#: An HTTP proxy's answers to CONNECT that mean the target was out of its reach.
_UNREACHED = (500, 502, 503, 504)


class ProxyFailed(DeliveryError, OSError):
    """The proxy did not give a connection; the message says whose fault (the login, the target, the proxy)."""


def socks_refusals() -> tuple[type[BaseException], ...]:
    """python-socks' refusal type once it is loaded (a SOCKS proxy in use), else none: a run that never went
    through a SOCKS proxy need not import it to catch what it cannot raise."""
    module = sys.modules.get("python_socks")
    return (module.ProxyError,) if module is not None else ()


def _socks_args(proxy: Proxy) -> tuple[Any, str, int, str | None, str | None]:
    """python-socks' proxy type, host, port, user and password for ``proxy``."""
    from python_socks import ProxyType

    kind = ProxyType.SOCKS5 if proxy.socks else ProxyType.HTTP
    return kind, proxy.host, proxy.port, proxy.username or None, proxy.password or None


@contextmanager
def _in_proxy_words(proxy: Proxy, host: str, port: int) -> Iterator[None]:
    """python-socks' errors as ProxyFailed in the product's words; any other error as it is."""
    try:
        yield
    except Exception as error:
        failed = proxy_failure(error, proxy, f"{host}:{port}")
        if failed is None:
            raise
        raise failed from None


def proxy_failure(error: BaseException, proxy: Proxy, target: str) -> ProxyFailed | None:
    """The words for a python-socks error (None when ``error`` is not one)."""
    from python_socks import ProxyConnectionError, ProxyError, ProxyTimeoutError

    where = proxy.where()
    if isinstance(error, ProxyTimeoutError):
        return ProxyFailed(msg("the proxy {proxy} did not answer in time", proxy=where))
    if isinstance(error, ProxyConnectionError):
        return ProxyFailed(msg("cannot reach the proxy {proxy}: {why}", proxy=where, why=error.strerror or error))
    if not isinstance(error, ProxyError):
        return None
    return ProxyFailed(refusal(proxy, target, error.error_code, str(error)))


def refusal(proxy: Proxy, target: str, code: int | None, text: str) -> str:
    """What a proxy's refusal means: the login refused (401, 407, a SOCKS authentication failure), the target
    out of its reach (a SOCKS reply, a 5xx answer to CONNECT), its rules (403), or something that is not a proxy
    answering (400, 405, 501 … to CONNECT)."""
    where, why = proxy.where(), _plain(text)
    if code in (401, 407) or "auth" in text.lower():
        return msg("the proxy {proxy} refused the login ({why})", proxy=where, why=why)
    if proxy.socks and code in _SOCKS_REPLIES:
        return msg(
            "the proxy {proxy} could not connect to {target}: {why}",
            proxy=where,
            target=target,
            why=_SOCKS_REPLIES[code],
        )
    if not proxy.socks and code == 403:
        return msg(
            "the proxy {proxy} does not allow a connection to {target} ({why})", proxy=where, target=target, why=why
        )
    if not proxy.socks and code in _UNREACHED:
        return msg("the proxy {proxy} could not connect to {target} ({why})", proxy=where, target=target, why=why)
    return msg("{proxy} did not answer as a proxy ({why})", proxy=where, why=why)


def _plain(text: str) -> str:
    return " ".join(text.split())[:200]


async def connected_socket(host: str, port: int) -> socket.socket:
    """A non-blocking socket connected to the first of ``host``'s addresses that takes the connection."""
    loop = asyncio.get_running_loop()
    last_error: OSError = OSError(msg("no address found for {host}", host=host))
    for family, kind, proto, _, address in await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, address)
        except OSError as error:
            sock.close()
            last_error = error
            continue
        except BaseException:
            sock.close()
            raise
        return sock
    raise last_error


async def tunnel(proxy: Proxy, host: str, port: int, timeout: float) -> socket.socket:
    """A (non-blocking) socket connected to ``host:port`` through ``proxy``. Raises ProxyFailed, or OSError for a
    socket error."""
    if proxy.kind == "http":
        return await _connect(proxy, host, port)
    from python_socks.async_.asyncio import Proxy as AsyncProxy

    with _in_proxy_words(proxy, host, port):
        return await AsyncProxy(*_socks_args(proxy), rdns=proxy.remote_dns).connect(host, port, timeout=timeout)


#: The longest answer to CONNECT read (its status line and headers).
_HEAD_LIMIT = 16 * 1024


async def _connect(proxy: Proxy, host: str, port: int) -> socket.socket:
    """HTTP CONNECT, its answer read to the blank line and not a byte further: a mail server speaks first, and
    its greeting may come in the same packet as the proxy's answer (python-socks reads one packet whole and
    drops the rest, so the greeting is lost and the client waits for it until it times out)."""
    try:
        sock = await connected_socket(proxy.host, proxy.port)
    except OSError as error:
        why = error.strerror or error
        raise ProxyFailed(msg("cannot reach the proxy {proxy}: {why}", proxy=proxy.where(), why=why)) from None
    try:
        return await _through(sock, proxy, f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
    except BaseException:
        sock.close()
        raise


async def _through(sock: socket.socket, proxy: Proxy, target: str) -> socket.socket:
    loop = asyncio.get_running_loop()
    request = [f"CONNECT {target} HTTP/1.1".encode(), f"Host: {target}".encode()]
    if proxy.username:
        login = base64.b64encode(f"{proxy.username}:{proxy.password}".encode()).decode()
        request.append(f"Proxy-Authorization: Basic {login}".encode())
    await loop.sock_sendall(sock, b"\r\n".join(request) + b"\r\n\r\n")
    head = bytearray()
    while not head.endswith(b"\r\n\r\n"):
        byte = await loop.sock_recv(sock, 1)
        if not byte or len(head) > _HEAD_LIMIT:
            raise ProxyFailed(msg("{proxy} did not answer as a proxy (no answer to CONNECT)", proxy=proxy.where()))
        head += byte
    status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = status_line.split(maxsplit=2)
    code = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() and parts[0].startswith("HTTP/") else None
    if code is None or not 200 <= code < 300:
        raise ProxyFailed(refusal(proxy, target, code, status_line))
    return sock
