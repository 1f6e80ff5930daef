"""The five channel types; importing this package registers them in the order the document lists them."""

from . import email, python_bot, slack, telegram, webhook  # noqa: F401  (registration)
from .base import Channel, ChannelInvalid, ChannelType, Problem, channel_type, channel_types, mask

__all__ = ["Channel", "ChannelInvalid", "ChannelType", "Problem", "channel_type", "channel_types", "mask"]
