"""Reachability without sending: a TCP connect, plus a TLS handshake for https, then hang up.

For peers that have no harmless call to check with (a Slack incoming webhook, a generic webhook).
Through a proxy when one is given (SOCKS5 or an HTTP proxy's CONNECT), as the sends to the peer would go.
"""

from __future__ import annotations

import asyncio
import ssl
from urllib.parse import urlsplit

from ..text import message_of, msg
from .http import DEFAULT_PORTS, RequestFailed, describe, where
from .proxy import Proxy
from .tunnel import ProxyFailed, tunnel


async def probe(url: str, *, ssl_context: ssl.SSLContext, timeout: float, proxy: Proxy | None = None) -> str:
    """Connect to the URL's host and port within ``timeout`` seconds, verifying the certificate for https.

    Returns one line saying what was reached; raises :class:`RequestFailed` with one line (host and
    port only) when the connection or handshake fails. Nothing is sent.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        host, port = parts.hostname, parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:
        host = port = None
    if scheme not in DEFAULT_PORTS or not host or not port:
        raise RequestFailed(msg("the address is not a usable http:// or https:// URL"))
    tls = scheme == "https"
    tls_context, name = (ssl_context, host) if tls else (None, None)
    try:
        async with asyncio.timeout(timeout):
            if proxy is None:
                _, writer = await asyncio.open_connection(host, port, ssl=tls_context, server_hostname=name)
            else:
                sock = await tunnel(proxy, host, port, timeout)
                _, writer = await asyncio.open_connection(sock=sock, ssl=tls_context, server_hostname=name)
    except ProxyFailed as failure:
        raise RequestFailed(message_of(failure)) from None
    except OSError as error:  # includes TimeoutError and ssl.SSLError
        raise RequestFailed(describe(error, url, timeout, proxy)) from None
    writer.transport.abort()
    if tls:
        return msg("{where} accepted a TLS connection with a valid certificate", where=where(url))
    return msg("{where} accepted a connection", where=where(url))
