"""The notification a sender delivers; a test notification is one of these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..text import msg


def default_test_message(channel_name: str) -> str:
    """What a test says when the person gave no message (the app has it in its language: see ``Deliverer``)."""
    return msg("Test notification from PingTower Desktop for channel “{name}”.", name=channel_name)


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """ISO-8601 in UTC with a trailing ``Z``, as the document's webhook payload has it."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Notification:
    message: str
    subject: str
    username: str = ""
    service_name: str = msg("PingTower Desktop")
    service_url: str = ""
    status: str = "TEST"
    severity: str = "INFO"
    timestamp: datetime = field(default_factory=utc_now)
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def test(
        cls,
        channel_name: str,
        message: str | None = None,
        username: str | None = None,
        *,
        default: Callable[[str], str] = default_test_message,
    ) -> Notification:
        """The document's test call: its ``message`` and ``username`` when given, else ``default``'s message."""
        return cls(
            message=(message or "").strip() or default(channel_name),
            subject=msg("PingTower test: {channel_name}", channel_name=channel_name),
            username=(username or "").strip(),
            metadata={"test": True, "channel": channel_name},
        )
