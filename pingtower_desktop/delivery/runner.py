"""Runs test sends and checks for channels over one pooled context, and records each send.

The GUI and the CLI both go through :class:`Deliverer`, so validation, secret scrubbing and
history are the same whichever face the user has.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace

from ..channels import Channel, ChannelInvalid
from ..storage import os_errors
from ..text import msg
from ..transport.context import DEFAULT_TIMEOUT, DeliveryContext, open_context
from ..transport.notification import Notification, default_test_message
from ..transport.proxy import ProxyRoute, said
from ..transport.result import DeliveryResult
from ..transport.scrub import remember
from .history import History, HistoryEntry, Kind, Route

#: What a send may take beyond its own timeout (a connection closed after the answer, a retry's pause).
DEADLINE_MARGIN = 1.0
#: Test all sends at most this many at once to one host (a thousand webhooks to one receiver at once
#: made a fifth of them time out); a send's timeout starts when it gets its turn.
PER_HOST = 8


def _invalid(error: ChannelInvalid) -> DeliveryResult:
    return DeliveryResult(False, 0.0, msg("Not sent: the channel is invalid — {error}", error=error))


class Deliverer:
    """Sends and checks; channels passed in must carry their secrets."""

    def __init__(
        self,
        history: History | None = None,
        *,
        checks: History | None = None,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        routes: Callable[[], ProxyRoute] = ProxyRoute,
    ) -> None:
        """``checks``: where recorded checks go (the watch's: frequent, kept apart from the sends); the
        history when none is given. ``routes``: which way connections go, asked once per batch in a thread
        (it may read the keyring); direct when not given."""
        self._history = history
        self._checks = checks
        self._ssl_context = ssl_context
        self._timeout = timeout
        self.routes = routes
        #: Why the last results could not be recorded, or None.
        self.history_problem: str | None = None
        #: A test's message when none is given, by channel name (the app's: in the language of the day).
        self.default_message: Callable[[str], str] = default_test_message

    @asynccontextmanager
    async def context(self) -> AsyncIterator[DeliveryContext]:
        """One pooled delivery context (connections, TLS, the way to each peer) for many sends and checks."""
        route = await asyncio.to_thread(self.routes)
        remember(*(proxy.password for proxy in route.proxies.values() if proxy.password))  # out of every log line
        async with open_context(ssl_context=self._ssl_context, timeout=self._timeout, route=route) as ctx:
            yield ctx

    async def test(
        self,
        channel: Channel,
        *,
        message: str | None = None,
        username: str | None = None,
        ctx: DeliveryContext | None = None,
        unsaved: bool = False,
        kind: Kind = "test",
    ) -> DeliveryResult:
        """One test notification (the document's ``message`` and ``username`` when given). ``unsaved``: the
        channel is a form's values not yet saved (so recorded as such). A test that lacks input (see
        ``ChannelConfig.test_needs``) is not sent and not recorded."""
        remember(*channel.secret_values())  # the form's values may be in no keyring yet: keep them out of logs
        async with AsyncExitStack() as stack:
            if ctx is None:
                ctx = await stack.enter_async_context(self.context())
            assert ctx is not None
            try:
                channel = channel.validated()
            except ChannelInvalid as error:
                result = _invalid(error).scrubbed(channel.secret_values())
            else:
                need = channel.config.test_needs(username)
                if need:
                    return DeliveryResult(False, 0.0, msg("Not sent: {need}", need=need), started=False)
                notification = Notification.test(channel.name, message, username, default=self.default_message)
                way = ctx.routed(_own_way(channel))
                result = await self._guarded(channel, channel.type.send(channel.config, notification, way), way)
            # the loop serves others meanwhile
            await asyncio.to_thread(self.record, channel, result, route="direct", unsaved=unsaved, kind=kind)
            return result

    async def test_many(
        self,
        channels: Iterable[Channel],
        *,
        message: str | None = None,
        username: str | None = None,
    ) -> AsyncIterator[tuple[Channel, DeliveryResult]]:
        """Tests every channel over one context, at most :data:`PER_HOST` at once per host; yields each
        result as it arrives."""
        async with self.context() as ctx:
            turns: dict[str, asyncio.Semaphore] = {}

            async def one(channel: Channel) -> tuple[Channel, DeliveryResult]:
                turn = turns.setdefault(channel.type.peer(channel.config), asyncio.Semaphore(PER_HOST))
                async with turn:
                    return channel, await self.test(channel, message=message, username=username, ctx=ctx)

            tasks = [asyncio.ensure_future(one(channel)) for channel in channels]
            try:
                for finished in asyncio.as_completed(tasks):
                    yield await finished
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    async def check(
        self, channel: Channel, *, ctx: DeliveryContext | None = None, record: bool = False
    ) -> DeliveryResult:
        """Verifies credentials or reachability without sending where the peer allows; ``record``: kept in
        the history as a check (the watch's checks are; a person's click on Check is not)."""
        try:
            channel = channel.validated()
        except ChannelInvalid as error:
            return _invalid(error).scrubbed(channel.secret_values())
        async with AsyncExitStack() as stack:
            context = ctx if ctx is not None else await stack.enter_async_context(self.context())
            way = context.routed(_own_way(channel))
            result = await self._guarded(channel, channel.type.check(channel.config, way), way)
        if record:
            await asyncio.to_thread(self.record, channel, result, route="direct", kind="check")
        return result

    def record_to(self, kind: Kind) -> History | None:
        return self._checks if kind == "check" and self._checks is not None else self._history

    def deadline(self, channel: Channel) -> float:
        """The longest a send or check through ``channel`` may take, everything included (retries too)."""
        own = getattr(channel.config, "timeout", None)
        return float(own if isinstance(own, int | float) else self._timeout) + DEADLINE_MARGIN

    async def _guarded(self, channel: Channel, call, ctx: DeliveryContext) -> DeliveryResult:
        """Runs a sender within its deadline; an unexpected exception becomes a failed result, never a crash.
        The result says which way it went (direct, or through which proxy)."""
        limit = self.deadline(channel)
        try:
            async with asyncio.timeout(limit):
                result = await call
        except (asyncio.CancelledError, KeyboardInterrupt):
            raise
        except TimeoutError:
            result = DeliveryResult(
                False,
                limit * 1000,
                msg("{label}: no answer within {limit} s", label=channel.type.label, limit=f"{limit:g}"),
            )
        except Exception as error:  # a sender bug must not take the batch down
            result = DeliveryResult(
                False, 0.0, msg("Unexpected error: {name}: {error}", name=type(error).__name__, error=error)
            )
        via = said(ctx.route.for_target(*channel.type.connects_to(channel.config)))
        return replace(result, via=via).scrubbed(channel.secret_values())

    def record(
        self, channel: Channel, result: DeliveryResult, *, route: Route, unsaved: bool = False, kind: Kind = "test"
    ) -> None:
        """Appends to the history; a history that cannot be written (a full disk) is noted in
        :attr:`history_problem`, never a reason to lose the result."""
        target = self.record_to(kind)
        if target is not None:
            try:
                target.append(HistoryEntry.from_result(channel, route, result, unsaved=unsaved, kind=kind))
            except OSError as error:
                self.history_problem = os_errors.describe(error, msg("write the history to"))


def _own_way(channel: Channel) -> str:
    """The channel's own Proxy choice ("" leaves it to the run)."""
    return str(getattr(channel.config, "proxy", "") or "")
