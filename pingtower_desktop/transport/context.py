"""The pooled connections one batch of sends shares, opened and closed together.

httpx is imported when a context is opened, not with this module: every channel module imports this
one, and the app's window needs no HTTP client before it is shown.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import __version__
from .smtp import SmtpPool

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


def default_ssl_context() -> ssl.SSLContext:
    """The system's trust store (honours SSL_CERT_FILE), certificates and host names verified."""
    return ssl.create_default_context()


@asynccontextmanager
async def open_context(
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_retry_wait: float = MAX_RETRY_WAIT,
) -> AsyncIterator[DeliveryContext]:
    import httpx

    ssl_context = ssl_context or default_ssl_context()
    async with (
        httpx.AsyncClient(
            verify=ssl_context,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT},
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        ) as client,
        SmtpPool(ssl_context, timeout) as smtp,
    ):
        yield DeliveryContext(client, ssl_context, timeout, max_retry_wait, smtp=smtp)
