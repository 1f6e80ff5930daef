"""Rotating a secret: the new value is checked against its peer (Telegram getMe/getChat, SMTP AUTH, the
bot's health …) before anything is saved; only then is it saved — the old value leaves the keyring with
that change — and checked once more as stored. A new value the peer refuses changes nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..channel_service import Change, ChangeKind, ChannelService
from ..channels import Channel, ChannelInvalid
from ..storage.oplog import Cause, Origin
from ..text import msg
from ..transport.result import DeliveryResult
from .runner import Deliverer

#: Runs a blocking call off the event loop and answers its result.
Blocking = Callable[..., Awaitable[Any]]
#: Secrets older than this are due for rotation (a reminder, not a rule).
ROTATE_AFTER = timedelta(days=180)


@dataclass(frozen=True)
class Rotation:
    done: bool
    message: str
    #: The check of the new value before it was saved, and (when saved) after.
    before: DeliveryResult | None = None
    after: DeliveryResult | None = None
    #: The change that saved it.
    change: Change | None = None


async def rotate(
    channels: ChannelService,
    deliverer: Deliverer,
    channel: Channel,
    key: str,
    value: str,
    *,
    origin: Origin,
    blocking: Blocking = asyncio.to_thread,
) -> Rotation:
    """Replaces ``channel``'s secret ``key`` with ``value`` if its peer accepts it. ``blocking`` runs the file
    and keyring calls (the app runs them in its store's thread)."""
    repo = channels.repo
    if key not in channel.type.secret_keys:
        keys = ", ".join(channel.type.secret_keys) or msg("none")
        return Rotation(False, msg("{key} is not a secret of this channel (its secrets: {keys})", key=key, keys=keys))
    stored = await blocking(repo.with_secrets, channel)
    wire = stored.to_wire(secrets="include")
    wire["configuration"][key] = value
    try:
        candidate = Channel.from_wire(wire, with_secrets=True)
    except ChannelInvalid as error:
        return Rotation(False, msg("the new {key} is not valid, nothing was changed: {error}", key=key, error=error))
    before = await deliverer.check(candidate)
    if not before.delivered:
        return Rotation(
            False,
            msg("the new {key} was not accepted, nothing was changed: {why}", key=key, why=before.message),
            before,
        )

    def save() -> Change:
        return channels.save(candidate, base=stored, origin=origin.because(Cause.ROTATE), kind=ChangeKind.ROTATE)

    change = await blocking(save)
    saved = change.value
    after = await deliverer.check(saved)
    if not after.delivered:
        return Rotation(
            True,
            msg("the new {key} is saved, but the check after saving failed: {why}", key=key, why=after.message),
            before,
            after,
            change,
        )
    return Rotation(
        True,
        msg("the new {key} is saved and works; the old one is gone from the keyring", key=key),
        before,
        after,
        change,
    )


def rotation_due(set_at: datetime | None, now: datetime, after: timedelta = ROTATE_AFTER) -> bool:
    return set_at is not None and now - set_at >= after
