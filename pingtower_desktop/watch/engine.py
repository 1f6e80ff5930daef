"""One run of the watch: the checks and canaries that are due, the health they make, the alerts a change
of health sends.

Bounded and polite: sends to one host go a few at a time (the Deliverer's cap); a failing channel is
checked again after 1, 2, 4 … minutes, never more often than its schedule would; a machine that slept
runs what is due once, not every run it missed; with no network nothing runs (one "offline" state, not
a failure for every channel).
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from ..channels import Channel
from ..delivery.runner import PER_HOST, Deliverer
from ..storage.repository import ChannelRepository
from ..text import Text, from_data, msg
from ..transport.notification import iso_utc, utc_now
from ..transport.result import DeliveryResult, Outcome
from .settings import Schedule, WatchSettings, WatchSettingsStore
from .state import ChannelWatch, Health, WatchState, WatchStateStore, parse_time

#: The first retry of a failing channel; each next one waits twice as long, up to the schedule.
FIRST_RETRY = 60
#: A check spread over the first part of its period, by channel, so that checks of many channels to one
#: host do not all fall on the same second.
SPREAD = 0.1
CANARY_MESSAGE = msg(
    "PingTower Desktop canary: a scheduled test of “{name}” to show the notification path still works. "
    "Nothing is wrong."
)


@dataclass(frozen=True)
class Alert:
    """A change of a channel's health, said once."""

    channel: Channel
    health: Health
    since: str
    why: str = ""

    def text(self) -> Text:
        when = self.since
        if self.health is Health.FAILING:
            return msg(
                "PingTower Desktop: channel '{name}' is failing since {when}: {why}",
                name=self.channel.name,
                when=when,
                why=self.why,
            )
        return msg("PingTower Desktop: channel '{name}' works again (since {when})", name=self.channel.name, when=when)


@dataclass
class WatchRun:
    """What one run did."""

    checked: list[tuple[Channel, str, DeliveryResult]] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    #: Why an alert could not go through the alert channel, by channel name.
    alert_failures: list[str] = field(default_factory=list)
    offline: bool = False
    state: WatchState = field(default_factory=WatchState)

    @property
    def failing(self) -> list[str]:
        """Ids of the channels failing after this run."""
        return [cid for cid, watch in self.state.channels.items() if watch.health is Health.FAILING]


def network_up() -> bool:
    """Whether this machine has a route out at all (a UDP "connect" sends nothing; with no network it fails)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never a real host
        return True
    except OSError:
        return False
    finally:
        probe.close()


def _offset(channel_id: str, every: int) -> timedelta:
    digest = int(hashlib.sha256(channel_id.encode()).hexdigest()[:8], 16)
    return timedelta(seconds=digest % max(int(every * SPREAD), 1))


class Watcher:
    """Runs what is due. ``clock`` answers the time (aware), ``zone`` the local zone canaries are set in,
    ``network`` whether there is a network; ``notify`` hears every alert (the app's tray, a desktop
    notification)."""

    def __init__(
        self,
        repo: ChannelRepository,
        deliverer: Deliverer,
        settings: WatchSettingsStore,
        state: WatchStateStore,
        *,
        clock: Callable[[], datetime] = utc_now,
        zone: tzinfo | None = None,
        network: Callable[[], bool] = network_up,
        notify: Callable[[Alert], None] | None = None,
    ) -> None:
        self.repo = repo
        self.deliverer = deliverer
        self.settings = settings
        self.state = state
        self.clock = clock
        self.zone: tzinfo = zone or datetime.now().astimezone().tzinfo or UTC
        self.network = network
        self.notify = notify

    # --- what is due ---

    def due(self, settings: WatchSettings, state: WatchState, now: datetime, *, force: bool = False):
        """(channel, "check" | "canary") for every enabled channel whose check or canary is due."""
        work: list[tuple[Channel, str]] = []
        for channel in self.repo.list():
            if not channel.enabled or channel.missing:
                continue
            schedule = settings.for_channel(channel.id)
            watch = state.of(channel.id)
            next_check = parse_time(watch.next_check)
            if force or next_check is None or next_check <= now:
                work.append((channel, "check"))
            next_canary = parse_time(watch.next_canary)
            if schedule.canary is not None:
                if next_canary is None:
                    watch.next_canary = iso_utc(schedule.canary.next_after(now, self.zone))
                elif next_canary <= now:
                    work.append((channel, "canary"))
            else:
                watch.next_canary = None
        return work

    # --- one run ---

    async def run(self, *, force: bool = False) -> WatchRun:
        """Runs what is due (everything with ``force``); saves the state; sends the alerts."""
        now = self.clock()
        # files and the keyring in a thread: in the app the event loop serves other jobs meanwhile
        settings, state = await asyncio.to_thread(lambda: (self.settings.load(), self.state.load()))
        run = WatchRun(state=state)
        work = await asyncio.to_thread(self.due, settings, state, now, force=force)
        state.last_run = iso_utc(now)
        if work and not await asyncio.to_thread(self.network):
            state.offline_since = state.offline_since or iso_utc(now)
            run.offline = True
            await asyncio.to_thread(self.state.save, state)
            return run
        state.offline_since = None
        results = await self._carry_out(work)
        for channel, kind, result in results:
            schedule = settings.for_channel(channel.id)
            alert = self._take(state.of(channel.id), channel, kind, result, schedule, now)
            run.checked.append((channel, kind, result))
            if alert is not None:
                run.alerts.append(alert)
        await asyncio.to_thread(self.state.save, state)
        for alert in run.alerts:
            await self._alert(alert, settings, run)
        return run

    async def _carry_out(self, work: list[tuple[Channel, str]]) -> list[tuple[Channel, str, DeliveryResult]]:
        """The due checks and canaries, over one pooled context, a few at a time per host."""
        deliverer = self.deliverer
        turns: dict[str, asyncio.Semaphore] = {}
        if not work:
            return []
        async with deliverer.context() as ctx:

            async def one(channel: Channel, kind: str) -> tuple[Channel, str, DeliveryResult]:
                full = await asyncio.to_thread(self.repo.with_secrets, channel)
                turn = turns.setdefault(full.type.peer(full.config), asyncio.Semaphore(PER_HOST))
                async with turn:
                    if kind == "canary":
                        message = CANARY_MESSAGE.format_map({"name": full.name})
                        return full, kind, await deliverer.test(full, message=message, ctx=ctx, kind="canary")
                    return full, kind, await deliverer.check(full, ctx=ctx, record=True)

            return list(await asyncio.gather(*(one(channel, kind) for channel, kind in work)))

    def _take(
        self,
        watch: ChannelWatch,
        channel: Channel,
        kind: str,
        result: DeliveryResult,
        schedule: Schedule,
        now: datetime,
    ) -> Alert | None:
        """The channel's health after ``result``; the alert its change calls for, if any."""
        stamp = iso_utc(now)
        if kind == "canary":
            watch.last_canary = stamp
            if schedule.canary is not None:
                watch.next_canary = iso_utc(schedule.canary.next_after(now, self.zone))
        else:
            watch.last_check = stamp
        if result.outcome is Outcome.NOT_STARTED:
            return None  # nothing was tried: says nothing of the channel
        if result.delivered:
            was = watch.health
            watch.streak, watch.why = 0, None
            if was is not Health.OK:
                watch.health, watch.since = Health.OK, stamp
            if kind == "check":
                watch.next_check = iso_utc(
                    now + timedelta(seconds=schedule.every) + _offset(channel.id, schedule.every)
                )
            if was is Health.FAILING and watch.alerted == Health.FAILING.value:
                watch.alerted = Health.OK.value
                return Alert(channel, Health.OK, stamp)
            return None
        watch.streak += 1
        watch.why = result.message.to_data() if isinstance(result.message, Text) else {"text": str(result.message)}
        if watch.streak == 1 and watch.health is not Health.FAILING:
            watch.since = stamp  # failing since the first failure of the row
        retry = min(FIRST_RETRY * 2 ** (watch.streak - 1), schedule.every)
        watch.next_check = iso_utc(now + timedelta(seconds=retry))
        if watch.streak >= schedule.failures and watch.health is not Health.FAILING:
            watch.health = Health.FAILING
            if watch.alerted != Health.FAILING.value:
                watch.alerted = Health.FAILING.value
                return Alert(channel, Health.FAILING, watch.since or stamp, str(result.message))
        return None

    async def _alert(self, alert: Alert, settings: WatchSettings, run: WatchRun) -> None:
        """Through the alert channel (never through the channel the alert is about) and to ``notify``."""
        if self.notify is not None:
            self.notify(alert)
        target_id = settings.alert_channel
        if not target_id or target_id == alert.channel.id:
            return
        channels = await asyncio.to_thread(self.repo.list)
        target = next((c for c in channels if c.id == target_id), None)
        if target is None:
            run.alert_failures.append(msg("the alert channel is gone: set another one"))
            return
        full = await asyncio.to_thread(self.repo.with_secrets, target)
        result = await self.deliverer.test(full, message=str(alert.text()), kind="test")
        if not result.delivered:
            run.alert_failures.append(
                msg(
                    "the alert about '{name}' could not go through '{alert}': {why}",
                    name=alert.channel.name,
                    alert=target.name,
                    why=result.message,
                )
            )


def stale(watch: ChannelWatch, schedule: Schedule, now: datetime) -> bool:
    """Not checked for three of its periods: what the state says is old news."""
    last = parse_time(watch.last_check)
    return last is None or now - last > timedelta(seconds=3 * schedule.every)


def why_text(watch: ChannelWatch) -> str:
    """The last failure's reason, as the core says it."""
    if not watch.why:
        return ""
    said = from_data(watch.why)  # a message (translatable), or the text it was when it was not one
    return said if said is not None else str(watch.why.get("text", ""))


def health_of(watches: Iterable[ChannelWatch]) -> dict[Health, int]:
    counts = dict.fromkeys(Health, 0)
    for watch in watches:
        counts[watch.health] += 1
    return counts
