"""The pooled connections one batch of sends shares, opened and closed together.

httpx is imported when a context is opened, not with this module: every channel module imports this
one, and the app's window needs no HTTP client before it is shown.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .clients import http_client
from .mail import SmtpPool
from .proxy import Proxy, ProxyRoute
from .trust import default_ssl_context, trusting

if TYPE_CHECKING:
    import httpx
#: Seconds any one network call may take unless the channel sets its own.
DEFAULT_TIMEOUT = 15.0
#: The longest a Telegram 429 ``retry_after`` is honoured before giving up.
MAX_RETRY_WAIT = 30.0


@dataclass
class DeliveryContext:
    ssl_context: ssl.SSLContext
    timeout: float = DEFAULT_TIMEOUT
    max_retry_wait: float = MAX_RETRY_WAIT
    #: Which way each connection goes (direct, or through which proxy).
    route: ProxyRoute = field(default_factory=ProxyRoute)
    #: SMTP connections kept open for the batch; ``open_context`` closes them (QUIT) at its end.
    smtp: SmtpPool = field(kw_only=True)
    #: Opens an HTTP client trusting a given SSL context, through a given proxy (or none), closed with the batch.
    _open_client: Callable[[ssl.SSLContext, Proxy | None], httpx.AsyncClient] = field(kw_only=True, repr=False)
    _clients: dict[tuple[str, str], httpx.AsyncClient] = field(default_factory=dict, kw_only=True, repr=False)

    def routed(self, choice: str) -> DeliveryContext:
        """This batch's context for a channel with its own Proxy choice (the same pools; raises ProxyInvalid)."""
        route = self.route.for_channel(choice)
        return self if route is self.route else replace(self, route=route)

    def trust(self, ca_file: str = "") -> ssl.SSLContext:
        """The batch's context, or the system's trust plus a private CA; raises CaFileError."""
        return trusting(ca_file) if ca_file else self.ssl_context

    def http_to(self, url: str, ca_file: str = "") -> httpx.AsyncClient:
        """The pooled client for requests to ``url``: through the proxy the route names for it (or direct),
        trusting ``ca_file`` too when one is given; one per proxy and CA file for the batch. Raises
        CaFileError, ProxyInvalid."""
        proxy = self.route.for_url(url)
        key = (ca_file, proxy.url() if proxy is not None else "")
        if key not in self._clients:
            self._clients[key] = self._open_client(self.trust(ca_file), proxy)
        return self._clients[key]


@asynccontextmanager
async def open_context(
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_retry_wait: float = MAX_RETRY_WAIT,
    route: ProxyRoute | None = None,
) -> AsyncIterator[DeliveryContext]:
    ssl_context = ssl_context or default_ssl_context()
    route = route or ProxyRoute()
    async with AsyncExitStack() as stack:

        def open_client(verify: ssl.SSLContext, proxy: Proxy | None) -> httpx.AsyncClient:
            client = http_client(verify=verify, timeout=timeout, proxy=proxy)
            stack.push_async_callback(client.aclose)
            return client

        trust = lambda ca_file: trusting(ca_file) if ca_file else ssl_context  # noqa: E731
        smtp = await stack.enter_async_context(SmtpPool(trust, timeout))
        yield DeliveryContext(ssl_context, timeout, max_retry_wait, route, smtp=smtp, _open_client=open_client)
