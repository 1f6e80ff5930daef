"""The pooled connections one batch of sends shares, opened and closed together.

httpx is imported when a context is opened, not with this module: every channel module imports this
one, and the app's window needs no HTTP client before it is shown.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import __version__
from .smtp import SmtpPool
from .trust import default_ssl_context, trusting

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"PingTower-Desktop/{__version__}"
#: Seconds any one network call may take unless the channel sets its own.
DEFAULT_TIMEOUT = 15.0
#: The longest a Telegram 429 ``retry_after`` is honoured before giving up.
MAX_RETRY_WAIT = 30.0


@dataclass
class DeliveryContext:
    http: httpx.AsyncClient
    ssl_context: ssl.SSLContext
    timeout: float = DEFAULT_TIMEOUT
    max_retry_wait: float = MAX_RETRY_WAIT
    #: SMTP connections kept open for the batch; ``open_context`` closes them (QUIT) at its end.
    smtp: SmtpPool = field(kw_only=True)
    #: Opens an HTTP client trusting a given SSL context, closed with the batch.
    _open_client: Callable[[ssl.SSLContext], httpx.AsyncClient] = field(kw_only=True, repr=False)
    _clients: dict[str, httpx.AsyncClient] = field(default_factory=dict, kw_only=True, repr=False)

    def trust(self, ca_file: str = "") -> ssl.SSLContext:
        """The batch's context, or the system's trust plus a private CA; raises CaFileError."""
        return trusting(ca_file) if ca_file else self.ssl_context

    def http_for(self, ca_file: str = "") -> httpx.AsyncClient:
        """The pooled client, or one (made once per batch) that also trusts ``ca_file``; raises CaFileError."""
        if not ca_file:
            return self.http
        if ca_file not in self._clients:
            self._clients[ca_file] = self._open_client(self.trust(ca_file))
        return self._clients[ca_file]


@asynccontextmanager
async def open_context(
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_retry_wait: float = MAX_RETRY_WAIT,
) -> AsyncIterator[DeliveryContext]:
    import httpx

    ssl_context = ssl_context or default_ssl_context()
    async with AsyncExitStack() as stack:

        def open_client(verify: ssl.SSLContext) -> httpx.AsyncClient:
            client = httpx.AsyncClient(
                verify=verify,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT},
                limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
            )
            stack.push_async_callback(client.aclose)
            return client

        http = open_client(ssl_context)
        trust = lambda ca_file: trusting(ca_file) if ca_file else ssl_context  # noqa: E731
        smtp = await stack.enter_async_context(SmtpPool(trust, timeout))
        yield DeliveryContext(http, ssl_context, timeout, max_retry_wait, smtp=smtp, _open_client=open_client)
