"""The stored channels as a list shows them — name, type, flags — read without the channel models.

The window paints this list first; :meth:`ChannelRepository.list` then checks every entry and
its result replaces this one (an entry it cannot read is left out there, with a note).
"""

from __future__ import annotations

from typing import NamedTuple

from ..channel_kinds import Kind, kind_named
from ..wire_flags import parse_flag
from .config_file import ConfigFile


class ListedChannel(NamedTuple):
    """What the channel list shows of a channel; :class:`~..channels.Channel` has the same fields."""

    id: str
    name: str
    type: Kind
    enabled: bool
    is_default: bool
    #: Filled in once the core has read the channel (see ``Channel.missing``).
    missing: tuple[str, ...] = ()


def read_listing(channels_file: ConfigFile) -> list[ListedChannel]:
    """The entries that look like channels, in file order; see ``channels_file.warning`` afterwards."""
    listed, seen = [], set()
    for entry in channels_file.read():
        channel_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(channel_id, str) or not channel_id or channel_id in seen:
            continue  # as ChannelRepository.list: an id used by an earlier entry is not shown again
        seen.add(channel_id)
        try:
            name, kind = entry["name"], kind_named(entry["type"])
            flags = parse_flag(entry.get("enabled"), True), parse_flag(entry.get("isDefault"), False)
        except (TypeError, KeyError, ValueError):
            continue
        if kind is not None and isinstance(name, str):
            listed.append(ListedChannel(channel_id, name, kind, *flags))
    return listed
