"""The five channel types; importing this package registers them in the order the document lists them."""

from . import python_bot, telegram, email, slack, webhook  # noqa: F401, I001  (registration, in the document's order)
from .base import Channel, ChannelInvalid, ChannelType, Problem, channel_type, channel_types, mask

__all__ = ["Channel", "ChannelInvalid", "ChannelType", "Problem", "channel_type", "channel_types", "mask"]
