"""Import and export of channels in the formats the document uses and the product's own.

Import accepts the document's "full configuration for all types" object (keys ``pythonBot``,
``telegram`` …), a JSON list of channel objects (as the document's script builds), a single
channel object, and the product's own export. Importing is two steps: :func:`plan_import` checks the
entries one by one and says what each would do — add, change (field by field, secrets masked), leave
alone, or not import and why — writing nothing; :func:`apply_import` writes the chosen ones together in
one transaction and answers what they replaced, so the whole import can be undone. An entry for a
stored channel changes only the keys it names; a value the PingTower document uses as a stand-in
(``your-app-password``, ``…/services/...``) is never taken as real.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import __version__, bounded_json
from .channels import Channel, ChannelInvalid, Problem, channel_type
from .errors import ConfigError
from .storage import os_errors
from .storage.private_file import write_private_file
from .storage.repository import ChannelRepository
from .text import joined, message_of, msg

if TYPE_CHECKING:
    from .channel_service import ChannelService
    from .storage.oplog import Origin

EXPORT_SCHEMA_VERSION = 1
Outcome = Literal["added", "updated", "unchanged", "invalid", "conflict", "skipped"]
OUTCOMES: tuple[Outcome, ...] = ("added", "updated", "unchanged", "invalid", "conflict", "skipped")
#: A secret's value in a preview: only whether it is there.
HIDDEN = "••••••"


class TypeClash(ConfigError, ValueError):
    """An entry names a stored channel of another type: replacing it would drop that channel (and its secrets)."""


class ImportFormatError(ConfigError, ValueError):
    """The file as a whole is not something channels can be read from."""


@dataclass(frozen=True)
class ImportEntry:
    label: str
    raw: Mapping[str, Any]
    #: From this product's own export: its values are what someone stored, never stand-ins.
    exported: bool = False


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
    exported = False
    if isinstance(data, Mapping) and isinstance(data.get("channels"), list):
        items = data["channels"]
        exported = str(data.get("exportedBy", "")).startswith("PingTower Desktop")
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
        ImportEntry(_label(item, msg("entry {index}", index=index)), item, exported)
        for index, item in enumerate(items, start=1)
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

    def complete(self, entry: ImportEntry) -> tuple[Channel, Channel | None, list[str]]:
        """The entry as a channel with every secret it needs, the stored channel it replaces (secrets
        included), and the keys whose value was a stand-in (left out, or kept as stored)."""
        raw, stand_ins = (entry.raw, []) if entry.exported else _without_stand_ins(entry.raw)
        draft = Channel.from_wire(raw, with_secrets=False, allow_incomplete=True)
        existing = self.match(raw, draft)
        if existing is None:
            return _with_secrets_required(draft, missing_hint=True), None, stand_ins
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
        given_config = raw.get("configuration")
        if isinstance(given_config, Mapping):  # a key the entry does not name (or only stands in for) stays as stored
            kept = {k: v for k, v in existing.configuration().items() if k not in given_config}
            if kept:
                raw = {**raw, "configuration": {**kept, **given_config}}
                draft = Channel.from_wire(raw, with_secrets=False, allow_incomplete=True)
        given = draft.secrets()
        inherited = {k: v for k, v in stored.secrets().items() if k not in given}
        merged = draft.replace(id=existing.id).with_secrets(inherited)
        return _with_secrets_required(merged, missing_hint=False), stored, stand_ins


def _without_stand_ins(raw: Mapping[str, Any]) -> tuple[Mapping[str, Any], list[str]]:
    """The entry without the configuration values that only stand in for real ones, and their keys."""
    configuration = raw.get("configuration") if isinstance(raw, Mapping) else None
    if not isinstance(configuration, Mapping):
        return raw, []
    try:
        kind = channel_type(str(raw.get("type", "")))
    except KeyError:
        return raw, []  # from_wire names the type
    keys = [spec.key for spec in kind.fields if spec.is_stand_in(configuration.get(spec.key))]
    if not keys:
        return raw, []
    return {**raw, "configuration": {k: v for k, v in configuration.items() if k not in keys}}, keys


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


def _incomplete_note(channel: Channel, new: bool, stand_ins: list[str]) -> str:
    if not channel.missing:
        return ""

    def one(key: str) -> str:
        if key in stand_ins:
            return msg("{key} (the file holds only a placeholder)", key=key)
        if new and key in channel.type.secret_keys:
            return msg("{key} (the file holds no value for it)", key=key)
        return key

    named = joined(", ", [one(key) for key in channel.missing])
    return msg("incomplete, kept disabled: fill in {named}, then enable it", named=named)


def _stand_in_note(channel: Channel, stored: Channel | None, stand_ins: list[str]) -> str:
    """What became of the stand-in values the entry held, beyond what the incomplete note says."""
    had = stored.to_wire("include")["configuration"] if stored is not None else {}
    left = [key for key in stand_ins if key not in channel.missing]
    kept = [key for key in left if had.get(key) not in (None, "", {})]
    out = [key for key in left if key not in kept]
    notes = []
    if kept:
        notes.append(msg("placeholders in the file ignored, the stored values kept: {fields}", fields=", ".join(kept)))
    if out:
        notes.append(msg("placeholders in the file left out: {fields}", fields=", ".join(out)))
    return joined("; ", notes)


@dataclass(frozen=True)
class FieldChange:
    """One value an import changes, as shown in a preview (a secret only as whether it is set)."""

    key: str
    before: str
    after: str
    secret: bool = False


def _shown(value: Any) -> str:
    if value is None or value == "" or value == {}:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def field_changes(before: Channel, after: Channel) -> tuple[FieldChange, ...]:
    """What ``after`` changes of ``before``: the flags, the name, then each configuration key."""
    old, new = before.to_wire("include"), after.to_wire("include")
    changes = [
        FieldChange(key, _shown(old.get(key)), _shown(new.get(key)))
        for key in ("name", "enabled", "isDefault")
        if old.get(key) != new.get(key)
    ]
    secret_keys = set(after.type.secret_keys)
    old_config, new_config = old["configuration"], new["configuration"]
    for key in dict.fromkeys([*old_config, *new_config]):
        was, now = old_config.get(key), new_config.get(key)
        if was == now:
            continue
        if key in secret_keys:
            changes.append(FieldChange(key, HIDDEN if was else "", HIDDEN if now else "", secret=True))
        else:
            changes.append(FieldChange(key, _shown(was), _shown(now)))
    return tuple(changes)


@dataclass(frozen=True)
class ImportStep:
    """What one entry of the file would do."""

    label: str
    outcome: Outcome
    detail: str = ""
    #: What would be saved, secrets included (added / updated).
    channel: Channel | None = None
    #: The stored channel it replaces, secrets included (updated / unchanged).
    stored: Channel | None = None
    changes: tuple[FieldChange, ...] = ()

    @property
    def saves(self) -> bool:
        return self.channel is not None and self.outcome in ("added", "updated")

    def result(self, outcome: Outcome | None = None, detail: str | None = None) -> ImportOutcome:
        return ImportOutcome(self.label, outcome or self.outcome, self.detail if detail is None else detail)


@dataclass(frozen=True)
class ImportPlan:
    steps: tuple[ImportStep, ...]

    def counts(self) -> dict[Outcome, int]:
        return {kind: sum(step.outcome == kind for step in self.steps) for kind in OUTCOMES}


@dataclass(frozen=True)
class ImportDone:
    """What an import did, and what it replaced: enough to undo it."""

    outcomes: list[ImportOutcome]
    #: Each channel written, as it was before (None: it was added) and as it is now, secrets included.
    before: dict[str, Channel | None] = field(default_factory=dict)
    after: dict[str, Channel] = field(default_factory=dict)


def plan_import(repo: ChannelRepository, entries: list[ImportEntry]) -> ImportPlan:
    """What importing the entries would do, entry by entry; writes nothing."""
    resolver = _Resolver(repo)
    steps: list[ImportStep] = []
    seen_names: set[str] = set()
    seen_ids: set[str] = set()
    default_taken = False
    for entry in entries:
        try:
            channel, stored, stand_ins = resolver.complete(entry)
        except ChannelInvalid as error:
            steps.append(ImportStep(entry.label, "invalid", message_of(error)))
            continue
        except TypeClash as clash:
            steps.append(ImportStep(entry.label, "conflict", message_of(clash)))
            continue
        if channel.name.casefold() in seen_names:
            steps.append(ImportStep(entry.label, "invalid", msg("name: appears more than once in this file")))
            continue
        if channel.id in seen_ids:
            steps.append(ImportStep(entry.label, "invalid", msg("id: appears more than once in this file")))
            continue
        seen_names.add(channel.name.casefold())
        seen_ids.add(channel.id)
        notes = [_incomplete_note(channel, stored is None, stand_ins), _stand_in_note(channel, stored, stand_ins)]
        if channel.is_default and not channel.enabled:
            channel = channel.replace(is_default=False)
            notes.append(msg("isDefault ignored: a default channel must be enabled, and this one is disabled"))
        if channel.is_default:
            if default_taken:
                channel = channel.replace(is_default=False)
                notes.append(msg("isDefault ignored: an earlier channel in this file is the default"))
            default_taken = True
        detail = joined("; ", [note for note in notes if note])
        if stored is None:
            steps.append(ImportStep(channel.name, "added", detail, channel=channel))
            continue
        changes = field_changes(stored, channel)
        outcome: Outcome = "updated" if changes else "unchanged"
        steps.append(ImportStep(channel.name, outcome, detail, channel=channel, stored=stored, changes=changes))
    return ImportPlan(tuple(steps))


def apply_import(service: ChannelService, plan: ImportPlan, chosen: set[int] | None, *, origin: Origin) -> ImportDone:
    """Writes the plan's steps that save (only those whose index is in ``chosen``, when given) in one
    transaction. A step whose stored channel changed since the plan was made is not written."""
    now = {channel.id: channel for channel in service.repo.list()}
    outcomes: list[ImportOutcome] = []
    to_save: list[ImportStep] = []
    for index, step in enumerate(plan.steps):
        if not step.saves:
            outcomes.append(step.result())
        elif chosen is not None and index not in chosen:
            outcomes.append(step.result("skipped", msg("left as it is")))
        elif _changed_since(step, now):
            outcomes.append(step.result("conflict", msg("changed here since the preview: import again to see how")))
        else:
            to_save.append(step)
            outcomes.append(step.result())
    saved = service.take([step.channel for step in to_save if step.channel is not None], origin=origin)
    before = {step.channel.id: step.stored for step in to_save if step.channel is not None}
    return ImportDone(outcomes, before, {channel.id: channel for channel in saved})


def _changed_since(step: ImportStep, now: dict[str, Channel]) -> bool:
    if step.channel is None:
        return False
    current = now.get(step.channel.id)
    if step.stored is None:
        return current is not None or any(c.name.casefold() == step.channel.name.casefold() for c in now.values())
    return current is None or current.to_wire() != step.stored.to_wire()


def write_export(path: Path, document: dict[str, Any]) -> None:
    """Writes an export owner-only (it may hold secrets); see :func:`write_private_file`."""
    write_private_file(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")


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
