"""The watch's checks, day by day, once their lines are old: when ``checks.jsonl`` is rotated, the lines
about to be dropped are summed up here per channel and day (sends, delivered, a sample of latencies, the
last failure), so that 30-day figures hold however many channels are watched."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..storage.locking import file_lock
from ..storage.paths import AppPaths
from ..storage.private_file import write_private_file
from .history import CHECKS_MAX_BYTES, History, HistoryEntry

#: Latencies kept per channel and day: enough for a median and a 95th percentile.
SAMPLE = 200
#: Days kept.
KEEP_DAYS = 45


class CheckDays:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")

    def read(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Channel id → day (YYYY-MM-DD) → {"name", "type", "sent", "delivered", "latencies", "lastFailure"}."""
        with file_lock(self.lock_path):
            return self._read()

    def _read(self) -> dict[str, dict[str, dict[str, Any]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def add(self, entries: Iterable[HistoryEntry]) -> None:
        """Sums ``entries`` into their days; the oldest days beyond :data:`KEEP_DAYS` go."""
        with file_lock(self.lock_path):
            days = self._read()
            for entry in entries:
                day = days.setdefault(entry.channel_id, {}).setdefault(
                    entry.time[:10], {"sent": 0, "delivered": 0, "latencies": [], "lastFailure": None}
                )
                day.update(name=entry.channel_name, type=entry.channel_type)
                day["sent"] += 1
                if entry.delivered:
                    day["delivered"] += 1
                else:
                    day["lastFailure"] = {"time": entry.time, "message": str(entry.message)}
                latencies = day["latencies"]
                if len(latencies) < SAMPLE:
                    latencies.append(entry.latency_ms)
                else:  # a fair sample of the day (reservoir sampling)
                    slot = random.randrange(day["sent"])
                    if slot < SAMPLE:
                        latencies[slot] = entry.latency_ms
            for channel_days in days.values():
                for old in sorted(channel_days)[:-KEEP_DAYS]:
                    del channel_days[old]
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_private_file(self.path, json.dumps(days) + "\n")


def checks_history(paths: AppPaths) -> History:
    """Where the watch's checks go: their own bounded file, the lines it drops summed up by day."""
    return History(paths.checks_file, CHECKS_MAX_BYTES, on_drop=CheckDays(paths.check_days_file).add)
