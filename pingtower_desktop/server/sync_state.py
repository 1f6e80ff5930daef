"""What the last sync agreed on, and a journal so a sync cut off half-way resumes cleanly.

``sync-state.json`` (beside channels.json) holds, per linked channel, the local id, the server
id and the snapshot both sides had (secrets only as fingerprints). While a sync runs, every step
is first appended to ``sync-journal.jsonl`` and flushed — the intent before a create, the link
after it — so a killed process leaves a record of what may have happened. The next run replays the
journal; a create whose answer never came back is matched by name instead of being sent again.
At the end the state file is rewritten atomically and the journal emptied.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..storage.locking import file_lock, make_private_dir
from .files import read_json, write_json
from .snapshot import Snapshot

STATE_VERSION = 1


#: ``Link.origin`` of a channel this computer created on the server.
CREATED_HERE = "created-here"


@dataclass
class Link:
    local_id: str
    server_id: str
    base: Snapshot
    #: The server's configuration as it showed it at that sync (secrets as fingerprints), for servers
    #: whose read-back is lossy: a value shown the same way again has not changed there. None: unknown.
    seen: dict[str, Any] | None = None
    #: CREATED_HERE, or "" (pulled from the server, or linked by name).
    origin: str = ""


@dataclass
class SyncState:
    #: The server these links belong to (its base URL).
    server: str
    links: dict[str, Link] = field(default_factory=dict)
    #: Local id → {"name", "type"}: a create was sent (or about to be) and its answer not recorded.
    creating: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Local id → server id: a server channel was being copied here under that local id.
    pulling: dict[str, str] = field(default_factory=dict)

    def by_server(self) -> dict[str, Link]:
        return {link.server_id: link for link in self.links.values()}

    def apply(self, event: dict[str, Any]) -> None:
        """One journal event; replaying one twice does no harm."""
        kind, local_id = event.get("e"), event.get("local")
        if not isinstance(local_id, str):
            return
        if kind == "creating":
            self.creating[local_id] = {"name": str(event.get("name", "")), "type": str(event.get("type", ""))}
        elif kind == "pulling":
            self.pulling[local_id] = str(event.get("server"))
        elif kind == "link" and isinstance(event.get("base"), dict):
            self._settle(local_id)
            previous = self.links.get(local_id)
            origin = event.get("origin") or (previous.origin if previous else "")
            seen = event.get("seen") if isinstance(event.get("seen"), dict) else None
            self.links[local_id] = Link(local_id, str(event.get("server")), event["base"], seen, str(origin))
        elif kind == "unlink":
            self._settle(local_id)
            self.links.pop(local_id, None)
        elif kind == "abandon":
            self._settle(local_id)

    def _settle(self, local_id: str) -> None:
        self.creating.pop(local_id, None)
        self.pulling.pop(local_id, None)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "server": self.server,
            "links": [_link_json(link) for link in self.links.values()],
            "creating": self.creating,
            "pulling": self.pulling,
        }

    @classmethod
    def from_json(cls, data: Any, server: str) -> SyncState:
        """The stored state when it is for ``server``; an empty one otherwise."""
        state = cls(server)
        if not isinstance(data, dict) or data.get("server") != server or data.get("version") != STATE_VERSION:
            return state
        for item in data.get("links") or []:
            if isinstance(item, dict) and isinstance(item.get("base"), dict):
                seen = item.get("seen") if isinstance(item.get("seen"), dict) else None
                state.links[str(item.get("local"))] = Link(
                    str(item.get("local")), str(item.get("server")), item["base"], seen, str(item.get("origin") or "")
                )
        for key, target in (("creating", state.creating), ("pulling", state.pulling)):
            if isinstance(data.get(key), dict):
                target.update(data[key])
        return state


def _link_json(link: Link) -> dict[str, Any]:
    stored: dict[str, Any] = {"local": link.local_id, "server": link.server_id, "base": link.base}
    if link.seen is not None:
        stored["seen"] = link.seen
    if link.origin:
        stored["origin"] = link.origin
    return stored


class Journal:
    """Appends events to the journal file and applies them to the state."""

    def __init__(self, state: SyncState, handle: IO[str]):
        self.state = state
        self._handle = handle
        self.recorded = 0

    def record(self, **event: Any) -> None:
        self._handle.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._handle.flush()  # in the OS's hands now: survives the process being killed
        self.state.apply(event)
        self.recorded += 1


class SyncStateStore:
    def __init__(self, config_dir: Path):
        self.path = config_dir / "sync-state.json"
        self.journal_path = config_dir / "sync-journal.jsonl"
        self._lock_path = config_dir / "sync.lock"

    def load(self, server: str) -> SyncState:
        """The state for ``server`` with any unfinished journal replayed (read-only: nothing is written)."""
        raw = read_json(self.path)
        state = SyncState.from_json(raw, server)
        if isinstance(raw, dict) and raw.get("server") == server:
            for event in self._journal_events():
                state.apply(event)
        return state

    def _journal_events(self) -> Iterator[dict[str, Any]]:
        try:
            lines = self.journal_path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return
        for line in lines:
            try:
                event = json.loads(line)
            except ValueError:  # the last line of a killed run may be torn
                continue
            if isinstance(event, dict):
                yield event

    @contextmanager
    def session(self, server: str) -> Iterator[Journal]:
        """Holds the sync lock; yields a journal over the loaded state; saves the state at the end, always."""
        make_private_dir(self.path.parent)
        with file_lock(self._lock_path):
            state = self.load(server)
            replayed = self._journal_has_events()
            if not self._is_for(server):
                self.save(state)  # a journal must always sit beside the state file it extends
            fd = os.open(self.journal_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                journal = Journal(state, handle)
                try:
                    yield journal
                finally:
                    if journal.recorded or replayed:
                        self.save(state)

    def _journal_has_events(self) -> bool:
        return next(self._journal_events(), None) is not None

    def _is_for(self, server: str) -> bool:
        raw = read_json(self.path)
        return isinstance(raw, dict) and raw.get("server") == server

    def save(self, state: SyncState) -> None:
        write_json(self.path, state.to_json())
        os.close(os.open(self.journal_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # emptied: the state
        # file now holds everything the journal said

    def clear(self) -> None:
        """Forget every link (e.g. when the server changes)."""
        for path in (self.path, self.journal_path):
            path.unlink(missing_ok=True)
