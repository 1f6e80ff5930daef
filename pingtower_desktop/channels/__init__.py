"""The five channel types. Each type's module registers it when imported; the registry imports them
on first use (``channel_type``, ``channel_types``), in the document's order (``channel_kinds.KINDS``)."""

from .base import Channel, ChannelInvalid, ChannelType, Problem, channel_type, channel_types, mask

__all__ = ["Channel", "ChannelInvalid", "ChannelType", "Problem", "channel_type", "channel_types", "mask"]
