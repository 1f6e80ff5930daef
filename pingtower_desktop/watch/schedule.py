"""How often: a check every so many minutes ("15m", "1h"), a canary at a time of the week ("fri 12:00") or
of every day ("daily 09:30", "12:00"), in local time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from ..text import msg

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.IGNORECASE)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CANARY = re.compile(r"^\s*(?:(daily|mon|tue|wed|thu|fri|sat|sun)\w*\s+)?(\d{1,2}):(\d{2})\s*$", re.IGNORECASE)
#: The shortest schedule: a check a minute is already a lot of requests to someone else's server.
MIN_EVERY = 60


def parse_every(text: str) -> int:
    """``"15m"`` → 900 seconds (a bare number is minutes); raises ValueError with the reason."""
    found = _DURATION.match(text)
    if not found:
        raise ValueError(msg("'{text}' is not a duration such as 15m, 1h or 1d", text=text))
    seconds = int(found.group(1)) * _UNITS[(found.group(2) or "m").lower()]
    if seconds < MIN_EVERY:
        raise ValueError(msg("a check at most every minute (1m or more)"))
    return seconds


def every_text(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@dataclass(frozen=True)
class Canary:
    """A weekly (``weekday`` 0–6, Monday first) or daily (``weekday`` None) time, local."""

    hour: int
    minute: int
    weekday: int | None = None

    @classmethod
    def parse(cls, text: str) -> Canary:
        found = _CANARY.match(text)
        if not found:
            raise ValueError(
                msg(
                    "'{text}' is not a time such as {weekly} or {daily}",
                    text=text,
                    weekly="'fri 12:00'",
                    daily="'daily 09:30'",
                )
            )
        day, hour, minute = found.group(1), int(found.group(2)), int(found.group(3))
        if hour > 23 or minute > 59:
            raise ValueError(msg("'{text}' is not a time of day", text=text))
        weekday = None if day is None or day.lower() == "daily" else WEEKDAYS.index(day.lower()[:3])
        return cls(hour, minute, weekday)

    def text(self) -> str:
        day = "daily" if self.weekday is None else WEEKDAYS[self.weekday]
        return f"{day} {self.hour:02d}:{self.minute:02d}"

    def next_after(self, moment: datetime, zone: tzinfo) -> datetime:
        """The first time this canary is due strictly after ``moment`` (an aware time)."""
        local = moment.astimezone(zone)
        candidate = local.replace(hour=self.hour, minute=self.minute, second=0, microsecond=0)
        for _ in range(8):
            if candidate > local and (self.weekday is None or candidate.weekday() == self.weekday):
                return candidate
            candidate = (candidate + timedelta(days=1)).replace(hour=self.hour, minute=self.minute)
        raise AssertionError("a weekday comes round within a week")
