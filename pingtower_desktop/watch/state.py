"""What the watch knows of each channel: its health, since when and why, the failures in a row, when it
was last checked and is next due. Kept in ``watch-state.json`` in the data folder (no secret: a reason is
a scrubbed message), read and written whole under a lock, so that the app and the CLI can both show it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..storage.locking import file_lock
from ..storage.private_file import write_private_file


class Health(StrEnum):
    OK = "ok"
    FAILING = "failing"
    #: Never checked, or not for three of its periods (stale).
    UNKNOWN = "unknown"


@dataclass
class ChannelWatch:
    health: Health = Health.UNKNOWN
    #: When the channel became OK or started failing (ISO, UTC).
    since: str | None = None
    #: Failures in a row.
    streak: int = 0
    #: The last failure's reason, as message data (``text.Text.to_data``).
    why: dict[str, Any] | None = None
    last_check: str | None = None
    next_check: str | None = None
    last_canary: str | None = None
    next_canary: str | None = None
    #: The last state an alert went out for ("failing" or "ok"): one alert per change.
    alerted: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> ChannelWatch:
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        try:
            values["health"] = Health(values.get("health", Health.UNKNOWN))
            return cls(**values)
        except (TypeError, ValueError):
            return cls()


@dataclass
class WatchState:
    channels: dict[str, ChannelWatch] = field(default_factory=dict)
    #: Since when no check could run for want of a network (ISO, UTC), or None.
    offline_since: str | None = None
    last_run: str | None = None

    def of(self, channel_id: str) -> ChannelWatch:
        return self.channels.setdefault(channel_id, ChannelWatch())


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


class WatchStateStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")

    def load(self) -> WatchState:
        with file_lock(self.lock_path):
            return self._read()

    def _read(self) -> WatchState:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return WatchState()
        if not isinstance(data, dict):
            return WatchState()
        channels = data.get("channels")
        if not isinstance(channels, dict):
            channels = {}
        return WatchState(
            channels={k: ChannelWatch.from_json(v) for k, v in channels.items()},
            offline_since=data.get("offlineSince") if isinstance(data.get("offlineSince"), str) else None,
            last_run=data.get("lastRun") if isinstance(data.get("lastRun"), str) else None,
        )

    def save(self, state: WatchState) -> None:
        document = {
            "version": 1,
            "lastRun": state.last_run,
            "offlineSince": state.offline_since,
            "channels": {k: asdict(v) for k, v in state.channels.items()},
        }
        with file_lock(self.lock_path):
            write_private_file(self.path, json.dumps(document, indent=2) + "\n")
