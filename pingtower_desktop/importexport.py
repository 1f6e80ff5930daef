"""Import and export of channels in the formats the document uses and the product's own.

Import accepts the document's "full configuration for all types" object (keys ``pythonBot``,
``telegram`` …), a JSON list of channel objects (as the document's script builds), a single
channel object, and the product's own export. Entries are checked one by one; invalid ones are
reported and skipped, and the valid ones are written together in one transaction.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import __version__, bounded_json
from .channels import Channel, ChannelInvalid, Problem
from .storage import os_errors
from .storage.repository import ChannelRepository
from .text import joined, message_of, msg

EXPORT_SCHEMA_VERSION = 1
Outcome = Literal["added", "updated", "unchanged", "invalid", "conflict"]


class TypeClash(ValueError):
    """An entry names a stored channel of another type: replacing it would drop that channel (and its secrets)."""


class ImportFormatError(ValueError):
    """The file as a whole is not something channels can be read from."""


@dataclass(frozen=True)
class ImportEntry:
    label: str
    raw: Mapping[str, Any]


@dataclass(frozen=True)
class ImportOutcome:
    label: str
    outcome: Outcome
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.label}: {self.outcome}" + (f" — {self.detail}" if self.detail else "")


#: A file of channels larger than this is not one (thousands of channels take a few MB).
MAX_IMPORT_BYTES = 16 << 20


def read_import_file(path: Path) -> Any:
    """The file's JSON; only a regular file, at most :data:`MAX_IMPORT_BYTES`, within bounded_json's limits."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFormatError(
                msg("{path} is not a regular file (a device, pipe or folder cannot be imported)", path=path)
            )
        if info.st_size > MAX_IMPORT_BYTES:
            raise ImportFormatError(
                msg("{path} is {value} MB: too large for a file of channels", path=path, value=info.st_size >> 20)
            )
        with open(path, "rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportFormatError(os_errors.describe(error, "read")) from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFormatError(msg("{path} is too large for a file of channels", path=path))
    try:
        return bounded_json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportFormatError(msg("{path} is not valid JSON: it is not UTF-8 text", path=path)) from None
    except ValueError as error:
        raise ImportFormatError(msg("{path} is not valid JSON: {error}", path=path, error=error)) from None


def _is_channel(value: Any) -> bool:
    return isinstance(value, Mapping) and "type" in value


def parse_import(data: Any) -> list[ImportEntry]:
    """Splits a parsed JSON document into entries, whichever of the known shapes it has."""
    if isinstance(data, Mapping) and isinstance(data.get("channels"), list):
        items = data["channels"]
    elif isinstance(data, list):
        items = data
    elif _is_channel(data):
        items = [data]
    elif isinstance(data, Mapping) and data and all(isinstance(v, Mapping) for v in data.values()):
        return [ImportEntry(_label(value, str(key)), value) for key, value in data.items()]
    else:
        raise ImportFormatError(
            msg(
                "expected a list of channels, an object of channels keyed like the document's "
                '"full configuration" (pythonBot, telegram …), or a PingTower Desktop export'
            )
        )
    return [
        ImportEntry(_label(item, msg("entry {index}", index=index)), item) for index, item in enumerate(items, start=1)
    ]


def _label(item: Any, fallback: str) -> str:
    """The entry's name when it has one, else its key or position in the file."""
    name = item.get("name") if isinstance(item, Mapping) else None
    if not isinstance(name, str) or not name.strip():
        return fallback
    # a broken character (a lone surrogate) is shown as its escape: it cannot be printed or written
    return name.strip().encode("utf-8", "backslashreplace").decode("utf-8")


class _Resolver:
    """Matches import entries to stored channels and completes their secrets from the keyring."""

    def __init__(self, repo: ChannelRepository):
        self.repo = repo
        self.stored = repo.list()
        self.by_id = {c.id: c for c in self.stored}
        self.by_name = {c.name.casefold(): c for c in self.stored}

    def match(self, raw: Mapping[str, Any], channel: Channel) -> Channel | None:
        given_id = raw.get("id")
        if isinstance(given_id, str) and given_id in self.by_id:
            return self.by_id[given_id]
        return self.by_name.get(channel.name.casefold())

    def complete(self, raw: Mapping[str, Any]) -> tuple[Channel, Channel | None]:
        """The entry as a channel with every secret it needs, and the stored channel it replaces."""
        draft = Channel.from_wire(raw, with_secrets=False, allow_incomplete=True)
        existing = self.match(raw, draft)
        if existing is None:
            return _with_secrets_required(draft, missing_hint=True), None
        if existing.type is not draft.type:
            raise TypeClash(
                msg(
                    "a {name} channel named '{name2}' is stored here; this entry is {name3} — rename one of them (or delete the stored one) and import again",
                    name=existing.type.name,
                    name2=existing.name,
                    name3=draft.type.name,
                )
            )
        stored = self.repo.with_secrets(existing)
        given = draft.secrets()
        inherited = {k: v for k, v in stored.secrets().items() if k not in given}
        merged = draft.replace(id=existing.id).with_secrets(inherited)
        return _with_secrets_required(merged, missing_hint=False), stored


def _with_secrets_required(channel: Channel, *, missing_hint: bool) -> Channel:
    """The channel checked with its secrets; one that lacks only required values is kept, disabled."""
    try:
        checked = channel.validated(allow_incomplete=True)
        return checked.replace(enabled=False) if checked.missing else checked
    except ChannelInvalid as error:
        if missing_hint:
            error = ChannelInvalid(
                [
                    Problem(p.field, msg("{problem} (the file holds no value for it)", problem=p.message))
                    if p.field.removeprefix("configuration.") in channel.type.secret_keys
                    else p
                    for p in error.problems
                ]
            )
        raise error from None


def _incomplete_note(channel: Channel, new: bool) -> str:
    if not channel.missing:
        return ""

    def one(key: str) -> str:
        if new and key in channel.type.secret_keys:
            return msg("{key} (the file holds no value for it)", key=key)
        return key

    named = joined(", ", [one(key) for key in channel.missing])
    return msg("incomplete, kept disabled: fill in {named}, then enable it", named=named)


def apply_import(repo: ChannelRepository, entries: list[ImportEntry]) -> list[ImportOutcome]:
    """Checks every entry, writes the valid ones in one go, and says what became of each."""
    resolver = _Resolver(repo)
    outcomes: list[ImportOutcome] = []
    to_save: list[Channel] = []
    seen_names: set[str] = set()
    seen_ids: set[str] = set()
    default_taken = False
    for entry in entries:
        try:
            channel, stored = resolver.complete(entry.raw)
        except ChannelInvalid as error:
            outcomes.append(ImportOutcome(entry.label, "invalid", message_of(error)))
            continue
        except TypeClash as clash:
            outcomes.append(ImportOutcome(entry.label, "conflict", message_of(clash)))
            continue
        if channel.name.casefold() in seen_names:
            outcomes.append(ImportOutcome(entry.label, "invalid", msg("name: appears more than once in this file")))
            continue
        if channel.id in seen_ids:
            outcomes.append(ImportOutcome(entry.label, "invalid", msg("id: appears more than once in this file")))
            continue
        seen_names.add(channel.name.casefold())
        seen_ids.add(channel.id)
        detail = _incomplete_note(channel, stored is None)
        if channel.is_default:
            if default_taken:
                channel = channel.replace(is_default=False)
                ignored = msg("isDefault ignored: an earlier channel in this file is the default")
                detail = joined("; ", [detail, ignored]) if detail else ignored
            default_taken = True
        if stored is not None and stored.to_wire("include") == channel.to_wire("include"):
            outcomes.append(ImportOutcome(channel.name, "unchanged", detail))
            continue
        to_save.append(channel)
        outcomes.append(ImportOutcome(channel.name, "added" if stored is None else "updated", detail))
    if to_save:
        repo.save_many(to_save)
    return outcomes


def write_export(path: Path, document: dict[str, Any]) -> None:
    """Writes an export owner-only (it may hold secrets): a new temp file beside it (created exclusively, so
    no existing file or symlink is written through), then renamed over ``path``."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    path = Path(path)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # O_EXCL, 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def export_document(repo: ChannelRepository, *, include_secrets: bool = False) -> dict[str, Any]:
    """Every channel in the wire format; secrets only when asked for (read from the keyring)."""
    channels = repo.list()
    if include_secrets:
        wires = [repo.with_secrets(c).to_wire("include") for c in channels]
    else:
        wires = [c.to_wire("omit") for c in channels]
    return {
        "schemaVersion": EXPORT_SCHEMA_VERSION,
        "exportedBy": msg("PingTower Desktop {version}", version=__version__),
        "secretsIncluded": include_secrets,
        "channels": wires,
    }
