"""What one send or check reports back."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from .scrub import scrub


class Outcome(StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    #: Accepted by a peer that does not say whether it arrived (a PingTower server's test call).
    NOT_REPORTED = "not_reported"
    #: Never sent: something the send needs was not given (the Python bot's username). Not a failed delivery.
    NOT_STARTED = "not_started"


@dataclass(frozen=True)
class DeliveryResult:
    delivered: bool
    latency_ms: float
    #: One line a person can act on.
    message: str
    status_code: int | None = None
    #: The peer's own answer where it has one: an SMTP reply, Slack's plain-text error …
    reply: str | None = None
    #: False when the peer took it without saying whether it arrived (``delivered`` is then True).
    reported: bool = True
    #: False when nothing was sent for want of input (``delivered`` is then False).
    started: bool = True
    #: Which way it went: "direct" or "via proxy 127.0.0.1:3128" ("" when not said).
    via: str = ""

    @property
    def outcome(self) -> Outcome:
        if not self.started:
            return Outcome.NOT_STARTED
        if not self.delivered:
            return Outcome.FAILED
        return Outcome.DELIVERED if self.reported else Outcome.NOT_REPORTED

    def scrubbed(self, secrets: Iterable[str]) -> DeliveryResult:
        """The same result with every secret cut out of its texts, in whatever form (see ``scrub``)."""
        secrets = list(secrets)
        reply = scrub(self.reply, secrets) if self.reply else self.reply
        return replace(self, message=scrub(self.message, secrets), reply=reply)


class Stopwatch:
    """Milliseconds since creation, for ``latency_ms``."""

    def __init__(self) -> None:
        self._start = time.perf_counter()

    def ms(self) -> float:
        return round((time.perf_counter() - self._start) * 1000, 1)
