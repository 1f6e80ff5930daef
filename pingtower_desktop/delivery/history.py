"""The delivery history: one JSON line per send, in the data dir, bounded in size.

The history must never hold secrets: callers scrub results before recording them
(:meth:`HistoryEntry.from_result` does so with the channel's own secret values).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..storage.locking import file_lock
from ..text import Text, from_data, msg
from ..transport.notification import iso_utc, utc_now

if TYPE_CHECKING:
    from ..channels import Channel
    from ..transport.result import DeliveryResult

Route = Literal["direct", "server"]
#: What a send was: a test someone asked for, a scheduled check (nothing sent) or a canary test.
Kind = Literal["test", "check", "canary"]
_TYPES = {"time": str, "channel_id": str, "channel_name": str, "channel_type": str, "route": str, "delivered": bool}


@dataclass(frozen=True)
class HistoryEntry:
    """One send. ``message`` and ``reply`` must already be free of secrets."""

    time: str
    channel_id: str
    channel_name: str
    channel_type: str
    route: str
    delivered: bool
    latency_ms: float
    message: str
    status_code: int | None = None
    reply: str | None = None
    #: False when the peer took it without saying whether it arrived.
    reported: bool = True
    #: ``message`` as a message id with its values (see ``text.Text.to_data``), so that a face shows it in its
    #: language; absent from entries written before.
    message_data: dict[str, Any] | None = None
    #: A test of a form's values not yet saved: says nothing of the channel as stored.
    unsaved: bool = False
    kind: str = "test"
    #: Which way it went: "direct" or "via proxy host:port" ("" in entries written before proxies).
    via: str = ""

    @classmethod
    def from_result(
        cls, channel: Channel, route: Route, result: DeliveryResult, *, unsaved: bool = False, kind: Kind = "test"
    ) -> HistoryEntry:
        """An entry for ``result``, stamped now, with the channel's secret values cut out."""
        clean = result.scrubbed(channel.secret_values())
        return cls(
            time=iso_utc(utc_now()),
            channel_id=channel.id,
            channel_name=channel.name,
            channel_type=channel.type.name,
            route=route,
            delivered=clean.delivered,
            latency_ms=clean.latency_ms,
            message=clean.message,
            status_code=clean.status_code,
            reply=clean.reply,
            reported=clean.reported,
            message_data=clean.message.to_data() if isinstance(clean.message, Text) else None,
            unsaved=unsaved,
            kind=kind,
            via=str(clean.via),
        )

    @classmethod
    def from_json(cls, data: Any) -> HistoryEntry:
        """Raises ValueError for anything that is not an entry this version wrote."""
        if not isinstance(data, dict) or any(not isinstance(data.get(k), t) for k, t in _TYPES.items()):
            raise ValueError(msg("not a history entry"))
        latency = data.get("latency_ms")
        if not isinstance(latency, int | float) or isinstance(latency, bool):
            raise ValueError(msg("not a history entry"))
        values = {f.name: data.get(f.name, f.default) for f in fields(cls)}
        message = from_data(values["message_data"])
        if message is not None:
            values["message"] = message
        values["reported"] = values["reported"] is not False
        values["unsaved"] = values["unsaved"] is True
        values["kind"] = values["kind"] if values["kind"] in ("test", "check", "canary") else "test"
        values["via"] = values["via"] if isinstance(values["via"], str) else ""
        return cls(**values)


#: The checks file's bound: checks come every few minutes, so it holds more than the history of sends.
CHECKS_MAX_BYTES = 8_000_000


class History:
    def __init__(
        self, path: Path, max_bytes: int = 1_000_000, on_drop: Callable[[list[HistoryEntry]], None] | None = None
    ):
        """``on_drop`` hears the entries a rotation is about to drop (the checks sum them up by day)."""
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.on_drop = on_drop
        self.rotated_path = self.path.with_name(self.path.name + ".1")
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    def append(self, entry: HistoryEntry) -> None:
        """Add one line; a file that would grow past ``max_bytes`` first becomes ``<name>.1``."""
        line = (json.dumps(asdict(entry), ensure_ascii=False) + "\n").encode("utf-8")
        with file_lock(self.lock_path):  # creates the folder, private, when missing
            size = self.path.stat().st_size if self.path.exists() else 0
            if size and size + len(line) > self.max_bytes:
                if self.on_drop is not None and self.rotated_path.exists():
                    self.on_drop(self._entries(self.rotated_path.read_bytes()))
                os.replace(self.path, self.rotated_path)
                size = 0
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
            with open(os.open(self.path, flags, 0o600), "ab") as out:
                if size and not self._ends_with_newline():
                    line = b"\n" + line  # a line cut short by a crash must not swallow this one
                out.write(line)

    def read(self, limit: int | None = None, channel_id: str | None = None) -> list[HistoryEntry]:
        """Oldest first, newest last; ``limit`` keeps the newest. Unreadable lines are skipped."""
        if not self.path.exists() and not self.rotated_path.exists():
            return []
        with file_lock(self.lock_path):
            raw = b"\n".join(path.read_bytes() for path in (self.rotated_path, self.path) if path.exists())
        entries = [e for e in self._entries(raw) if channel_id is None or e.channel_id == channel_id]
        if limit is not None:
            entries = entries[-limit:] if limit > 0 else []
        return entries

    def clear(self) -> None:
        """Forgets every entry (the rotated file too)."""
        with file_lock(self.lock_path):
            for path in (self.path, self.rotated_path):
                path.unlink(missing_ok=True)

    @staticmethod
    def _entries(raw: bytes) -> list[HistoryEntry]:
        """The entries in ``raw``; lines that are not entries (cut short by a crash, another version's) are skipped."""
        entries = []
        for line in raw.splitlines():
            try:
                entries.append(HistoryEntry.from_json(json.loads(line)))
            except ValueError:  # includes JSON and UTF-8 errors
                continue
        return entries

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as existing:
            existing.seek(-1, os.SEEK_END)
            return existing.read(1) == b"\n"
