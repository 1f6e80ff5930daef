"""The operations log: every change made to the channels — by the app, the CLI, an import, a sync, an
undo — one JSON line each in the data folder: when, what, from where, which channel, which fields (a
secret only as a key name, never its value). Bounded in size like the history."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from .locking import file_lock

#: What changed a channel: create, edit, rename, enable, disable, default, delete, import, sync, undo, redo, rotate.
OPS = ("create", "edit", "rename", "enable", "disable", "default", "delete", "import", "sync", "undo", "redo", "rotate")


class Face(StrEnum):
    """Who made a change: the app, the command line, or the watch (the log's ``source``)."""

    APP = "app"
    CLI = "cli"
    WATCH = "watch"


class Cause(StrEnum):
    """Why, when a change was a part of something larger: the log names that instead of what the change did."""

    IMPORT = "import"
    SYNC = "sync"
    UNDO = "undo"
    REDO = "redo"
    ROTATE = "rotate"


@dataclass(frozen=True)
class Origin:
    """Where a change comes from: passed along with each change (two at once, a sync and an edit in two threads,
    are each logged as what they are)."""

    face: Face
    cause: Cause | None = None

    def because(self, cause: Cause) -> Origin:
        return Origin(self.face, cause)


@dataclass(frozen=True)
class Operation:
    time: str
    op: str
    #: Where it came from: app, cli, sync, watch.
    source: str
    channel_id: str
    channel: str
    #: The keys that changed (names only; a secret's value is never here).
    fields: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Any) -> Operation:
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("time", "op", "channel")):
            raise ValueError("not an operation")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values.setdefault("source", "")
        values.setdefault("channel_id", "")
        if not isinstance(values.get("fields", []), list):
            values["fields"] = []
        return cls(**values)


class OpLog:
    def __init__(self, path: Path, max_bytes: int = 1_000_000) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.rotated_path = path.with_name(path.name + ".1")
        self.lock_path = path.with_name(path.name + ".lock")

    def append(self, operations: list[Operation]) -> None:
        """Adds the lines; a file that would grow past ``max_bytes`` first becomes ``<name>.1``."""
        if not operations:
            return
        lines = "".join(json.dumps(asdict(op), ensure_ascii=False) + "\n" for op in operations).encode("utf-8")
        with file_lock(self.lock_path):
            size = self.path.stat().st_size if self.path.exists() else 0
            if size and size + len(lines) > self.max_bytes:
                os.replace(self.path, self.rotated_path)
            with open(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab") as out:
                out.write(lines)

    def read(self, *, channel_id: str | None = None, limit: int | None = None) -> list[Operation]:
        """Oldest first; ``limit`` keeps the newest. Lines that are not operations are skipped."""
        if not self.path.exists() and not self.rotated_path.exists():
            return []
        with file_lock(self.lock_path):
            raw = b"\n".join(path.read_bytes() for path in (self.rotated_path, self.path) if path.exists())
        found = []
        for line in raw.splitlines():
            try:
                operation = Operation.from_json(json.loads(line))
            except (ValueError, TypeError):
                continue
            if channel_id is None or operation.channel_id == channel_id:
                found.append(operation)
        return found[-limit:] if limit else found
