"""Delivery success you can see: per channel, over a period, how many sends went out, how many arrived,
how fast (median, 95th percentile), and the last failure — tests and checks counted apart (a check
sends nothing, so it says the peer answers, not that a message arrives)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..text import from_data, msg
from .history import HistoryEntry

#: Tests (a person's or a canary) and the watch's checks.
TESTS, CHECKS = "tests", "checks"
PERIODS = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30)}
_PERIOD = re.compile(r"^\s*(\d+)\s*([hd])\s*$", re.IGNORECASE)


def parse_period(text: str) -> timedelta:
    """``"7d"``, ``"24h"`` → the span; raises ValueError with the reason."""
    found = _PERIOD.match(text)
    if not found:
        raise ValueError(msg("'{text}' is not a period such as 24h, 7d or 30d", text=text))
    amount, unit = int(found.group(1)), found.group(2).lower()
    return timedelta(hours=amount) if unit == "h" else timedelta(days=amount)


@dataclass
class Figures:
    sent: int = 0
    delivered: int = 0
    latencies: list[float] = field(default_factory=list)
    last_failure: HistoryEntry | None = None

    @property
    def rate(self) -> float | None:
        """The share delivered (0–1), or None when nothing was sent."""
        return self.delivered / self.sent if self.sent else None

    @property
    def median_ms(self) -> float | None:
        return percentile(self.latencies, 50)

    @property
    def p95_ms(self) -> float | None:
        return percentile(self.latencies, 95)

    def last_failure_text(self) -> str:
        entry = self.last_failure
        if entry is None:
            return ""
        said = from_data(entry.message_data) if entry.message_data else None
        return said if said is not None else entry.message

    def to_json(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "delivered": self.delivered,
            "successRate": None if self.rate is None else round(self.rate, 4),
            "medianMs": self.median_ms,
            "p95Ms": self.p95_ms,
            "lastFailure": None
            if self.last_failure is None
            else {"time": self.last_failure.time, "message": str(self.last_failure_text())},
        }


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile (``share`` 0–100) of ``values``, or None for none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class ChannelStats:
    channel_id: str
    name: str
    type: str
    groups: dict[str, Figures] = field(default_factory=lambda: {TESTS: Figures(), CHECKS: Figures()})


def _moment(entry: HistoryEntry) -> datetime | None:
    try:
        return datetime.fromisoformat(entry.time.replace("Z", "+00:00"))
    except ValueError:
        return None


def channel_stats(
    entries: Iterable[HistoryEntry],
    now: datetime,
    span: timedelta,
    days: dict[str, dict[str, dict[str, Any]]] | None = None,
) -> list[ChannelStats]:
    """Each channel's figures over the last ``span`` before ``now`` (tests of unsaved values left out: they
    say nothing of the channel as stored), by name; ``days``: older checks summed up by day (see
    ``check_days``), counted for the days the span covers."""
    found: dict[str, ChannelStats] = {}
    start = now - span
    first_day = start.date().isoformat()
    for channel_id, by_day in (days or {}).items():
        for day, summary in by_day.items():
            if day < first_day or not isinstance(summary, dict):
                continue
            stats = found.setdefault(
                channel_id, ChannelStats(channel_id, str(summary.get("name", "")), str(summary.get("type", "")))
            )
            figures = stats.groups[CHECKS]
            figures.sent += int(summary.get("sent", 0))
            figures.delivered += int(summary.get("delivered", 0))
            figures.latencies += [float(v) for v in summary.get("latencies", [])]
            failure = summary.get("lastFailure")
            if isinstance(failure, dict) and (
                figures.last_failure is None or failure["time"] > figures.last_failure.time
            ):
                figures.last_failure = HistoryEntry(
                    failure["time"],
                    channel_id,
                    stats.name,
                    stats.type,
                    "direct",
                    False,
                    0.0,
                    str(failure["message"]),
                    kind="check",
                )
    for entry in entries:
        moment = _moment(entry)
        if moment is None or moment < start or moment > now or entry.unsaved:
            continue
        seen = found.setdefault(
            entry.channel_id, ChannelStats(entry.channel_id, entry.channel_name, entry.channel_type)
        )
        seen.name = entry.channel_name  # the newest name it was recorded under
        figures = seen.groups[CHECKS if entry.kind == "check" else TESTS]
        figures.sent += 1
        if entry.delivered:
            figures.delivered += 1
        else:
            figures.last_failure = entry
        figures.latencies.append(entry.latency_ms)
    return sorted(found.values(), key=lambda stats: stats.name.casefold())
