"""Reachability without sending: a TCP connect, plus a TLS handshake for https, then hang up.

For peers that have no harmless call to check with (a Slack incoming webhook, a generic webhook).
The connection is direct: an HTTP proxy from the environment is not used.
"""

from __future__ import annotations

import asyncio
import ssl
from urllib.parse import urlsplit

from ..text import msg
from .http import DEFAULT_PORTS, RequestFailed, describe, where


async def probe(url: str, *, ssl_context: ssl.SSLContext, timeout: float) -> str:
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
    try:
        async with asyncio.timeout(timeout):
            _, writer = await asyncio.open_connection(
                host, port, ssl=ssl_context if tls else None, server_hostname=host if tls else None
            )
    except OSError as error:  # includes TimeoutError and ssl.SSLError
        raise RequestFailed(describe(error, url, timeout)) from None
    writer.transport.abort()
    if tls:
        return msg("{where} accepted a TLS connection with a valid certificate", where=where(url))
    return msg("{where} accepted a connection", where=where(url))
