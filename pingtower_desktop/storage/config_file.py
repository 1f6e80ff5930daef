"""The channels file: ``{"schemaVersion": N, "channels": [wire dicts without secrets]}``.

Writes are atomic (temp file in the same folder, fsync, ``os.replace``, fsync of the folder) and
happen inside :meth:`ConfigFile.transaction`, which holds an inter-process lock and re-reads the
file first, so a GUI and a CLI writing at the same time never lose each other's changes.
A file that does not parse is moved aside, never overwritten; a file written by a newer
version is never overwritten either.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NamedTuple

from .. import bounded_json
from ..errors import ConfigError
from ..text import message_of, msg
from .locking import file_lock

SCHEMA_VERSION = 1


class ConfigFileError(ConfigError):
    """The channels file cannot be written as asked."""


class NewerSchema(ConfigFileError):
    def __init__(self, path: Path, version: int):
        super().__init__(
            msg(
                "{path} was written by a newer PingTower Desktop (schema {version}; this version knows schema {SCHEMA_VERSION}). It was left untouched: update PingTower Desktop to change channels.",
                path=path,
                version=version,
                SCHEMA_VERSION=SCHEMA_VERSION,
            )
        )


def _from_v0(document: dict[str, Any]) -> dict[str, Any]:
    """Version 0: a hand-written file (a bare list of channels, or no ``schemaVersion``); ids may be missing."""
    channels = document.get("channels", [])
    if not isinstance(channels, list):
        raise ValueError(msg("its 'channels' is not a list"))
    import uuid  # only old files need it: kept off the way to the first window

    for entry in channels:
        if isinstance(entry, dict) and not entry.get("id"):
            entry["id"] = uuid.uuid4().hex
    return {"channels": channels}


#: ``MIGRATIONS[n]`` turns a schema-n document into a schema-n+1 one; raise ValueError for bad content.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_v0}


class _Loaded(NamedTuple):
    channels: list[Any]
    #: The schema of the file on disk (current when there is no file).
    version: int
    #: The file's bytes when it exists and was read as a document.
    raw: bytes | None = None


def _parse(raw: bytes) -> tuple[int, dict[str, Any]]:
    data = bounded_json.loads(raw.decode("utf-8"))
    if isinstance(data, list):
        return 0, {"channels": data}
    if not isinstance(data, dict):
        raise ValueError(msg("it is not a JSON object"))
    version = data.get("schemaVersion", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ValueError(msg("its schemaVersion is not a whole number"))
    return version, data


def _migrated(version: int, document: dict[str, Any]) -> list[Any]:
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    channels = document.get("channels")
    if not isinstance(channels, list):
        raise ValueError(msg("its 'channels' is not a list"))
    return channels


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; os.replace is durable enough there.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


class ConfigFile:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        #: Something the user must be told about the file (moved aside, too new); None when all is well.
        self.warning: str | None = None

    def read(self) -> list[dict]:
        """The stored channels (missing file → none). A broken file is moved aside, see :attr:`warning`."""
        if not self.path.exists():
            return []
        with file_lock(self.lock_path):
            loaded = self._load()
            if loaded.raw is not None and loaded.version < SCHEMA_VERSION:
                self._keep_backup(loaded)
                self._write(loaded.channels)  # a migration's result (e.g. new ids) must stay stable
            return loaded.channels

    @contextmanager
    def transaction(self, committed: Callable[[list[dict]], None] | None = None) -> Iterator[list[dict]]:
        """Lock, re-read, yield the list to change in place, then write it atomically.

        An exception inside the block leaves the file untouched. ``committed(channels)`` runs after
        the write, still under the lock. Not re-entrant.
        """
        with file_lock(self.lock_path):
            loaded = self._load()
            if loaded.version > SCHEMA_VERSION:
                raise NewerSchema(self.path, loaded.version)
            channels = loaded.channels
            yield channels
            if loaded.raw is not None and loaded.version < SCHEMA_VERSION:
                self._keep_backup(loaded)
            self._write(channels)
            if committed is not None:
                committed(channels)

    @contextmanager
    def held(self) -> Iterator[list[dict]]:
        """Lock and read, for work that must see the file unchanged meanwhile; nothing is written."""
        with file_lock(self.lock_path):
            yield self._load().channels

    def _load(self) -> _Loaded:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _Loaded([], SCHEMA_VERSION)
        try:
            version, document = _parse(raw)
            if version > SCHEMA_VERSION:
                self.warning = str(NewerSchema(self.path, version))
                channels = document.get("channels")
                return _Loaded(channels if isinstance(channels, list) else [], version, raw)
            return _Loaded(_migrated(version, document), version, raw)
        except ValueError as error:  # includes JSON and UTF-8 decoding errors
            self._move_aside(message_of(error))
            return _Loaded([], SCHEMA_VERSION)

    def _move_aside(self, reason: str) -> None:
        from datetime import UTC, datetime  # rarely needed: kept off the way to the first window

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = _free_name(self.path.with_name(f"{self.path.name}.broken-{stamp}"))
        os.rename(self.path, target)  # under the lock, and _free_name never picks an existing name
        self.warning = msg(
            "The channels file {path} could not be read ({reason}); it was moved aside to {target} and PingTower Desktop starts with no channels.",
            path=self.path,
            reason=reason,
            target=target,
        )

    def _keep_backup(self, loaded: _Loaded) -> None:
        """Before a migrated file replaces an older one, keep the original once."""
        backup = self.path.with_name(f"{self.path.name}.schema-{loaded.version}.bak")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        if loaded.raw is None:
            return
        with suppress(FileExistsError), open(os.open(backup, flags, 0o600), "wb") as out:
            out.write(loaded.raw)

    def _write(self, channels: list[dict]) -> None:
        text = json.dumps({"schemaVersion": SCHEMA_VERSION, "channels": channels}, indent=2, ensure_ascii=False)
        # mkstemp creates the file 0600 on POSIX; os.replace keeps that mode.
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _fsync_dir(self.path.parent)
