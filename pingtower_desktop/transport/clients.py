"""HTTP clients that go direct or through the proxy they are given — never through one the environment names
by itself (httpx's ``trust_env``): which way a request goes is decided in one place, ``proxy.ProxyRoute``."""

from __future__ import annotations

import ssl
import weakref
from typing import TYPE_CHECKING

from .. import __version__
from .proxy import Proxy

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"PingTower-Desktop/{__version__}"


def http_client(*, verify: ssl.SSLContext, timeout: float, proxy: Proxy | None = None) -> httpx.AsyncClient:
    import httpx

    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
    common = {"timeout": timeout, "headers": {"User-Agent": USER_AGENT}, "trust_env": False}
    client = _client(verify, limits, common, proxy)
    _PROXIES[client] = proxy
    return client


def _client(verify: ssl.SSLContext, limits: httpx.Limits, common: dict, proxy: Proxy | None) -> httpx.AsyncClient:
    import httpx

    if proxy is None:
        return httpx.AsyncClient(verify=verify, limits=limits, **common)
    if proxy.socks:
        from httpx_socks import AsyncProxyTransport
        from python_socks import ProxyType

        transport = AsyncProxyTransport(
            proxy_type=ProxyType.SOCKS5,
            proxy_host=proxy.host,
            proxy_port=proxy.port,
            username=proxy.username or None,
            password=proxy.password or None,
            rdns=proxy.remote_dns,
            verify=verify,
            limits=limits,
        )
        return httpx.AsyncClient(transport=transport, **common)
    # an http:// proxy: CONNECT for https, the absolute form for http; an https:// one is reached over TLS
    through = httpx.Proxy(proxy.url(), ssl_context=verify if proxy.kind == "https" else None)
    return httpx.AsyncClient(verify=verify, limits=limits, proxy=through, **common)


#: Each client made here → the proxy it goes through (None: direct), for the words of a failure.
_PROXIES: weakref.WeakKeyDictionary[httpx.AsyncClient, Proxy | None] = weakref.WeakKeyDictionary()


def proxy_of(client: httpx.AsyncClient) -> Proxy | None:
    return _PROXIES.get(client)
