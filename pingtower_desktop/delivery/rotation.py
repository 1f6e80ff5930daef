"""Rotating a secret: the new value is checked against its peer (Telegram getMe/getChat, SMTP AUTH, the
bot's health …) before anything is saved; only then is it saved — the old value leaves the keyring with
that change — and checked once more as stored. A new value the peer refuses changes nothing."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..channels import Channel, ChannelInvalid
from ..storage.repository import ChannelRepository
from ..text import msg
from ..transport.result import DeliveryResult
from .runner import Deliverer

#: Secrets older than this are due for rotation (a reminder, not a rule).
ROTATE_AFTER = timedelta(days=180)


@dataclass(frozen=True)
class Rotation:
    done: bool
    message: str
    #: The check of the new value before it was saved, and (when saved) after.
    before: DeliveryResult | None = None
    after: DeliveryResult | None = None


async def rotate(repo: ChannelRepository, deliverer: Deliverer, channel: Channel, key: str, value: str) -> Rotation:
    """Replaces ``channel``'s secret ``key`` with ``value`` if its peer accepts it."""
    if key not in channel.type.secret_keys:
        keys = ", ".join(channel.type.secret_keys) or msg("none")
        return Rotation(False, msg("{key} is not a secret of this channel (its secrets: {keys})", key=key, keys=keys))
    stored = await asyncio.to_thread(repo.with_secrets, channel)
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

    def save() -> Channel:
        with repo.labelled("rotate"):
            return repo.update(candidate, base=stored)

    saved = await asyncio.to_thread(save)
    after = await deliverer.check(saved)
    if not after.delivered:
        return Rotation(
            True,
            msg("the new {key} is saved, but the check after saving failed: {why}", key=key, why=after.message),
            before,
            after,
        )
    return Rotation(
        True, msg("the new {key} is saved and works; the old one is gone from the keyring", key=key), before, after
    )


def rotation_due(set_at: datetime | None, now: datetime, after: timedelta = ROTATE_AFTER) -> bool:
    return set_at is not None and now - set_at >= after
