"""What one send or check reports back."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class DeliveryResult:
    delivered: bool
    latency_ms: float
    #: One line a person can act on.
    message: str
    status_code: int | None = None
    #: The peer's own answer where it has one: an SMTP reply, Slack's plain-text error …
    reply: str | None = None

    def scrubbed(self, secrets: Iterable[str]) -> DeliveryResult:
        """The same result with every secret value cut out of its texts."""
        message, reply = self.message, self.reply
        for secret in sorted((s for s in secrets if s), key=len, reverse=True):
            message = message.replace(secret, "••••")
            reply = reply.replace(secret, "••••") if reply else reply
        return replace(self, message=message, reply=reply)


class Stopwatch:
    """Milliseconds since creation, for ``latency_ms``."""

    def __init__(self) -> None:
        self._start = time.perf_counter()

    def ms(self) -> float:
        return round((time.perf_counter() - self._start) * 1000, 1)
