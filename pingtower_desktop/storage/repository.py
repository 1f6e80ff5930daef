"""Channels as the product stores them: wire dicts in the config file, secrets in the keyring.

Every change is one :meth:`ConfigFile.transaction` applied to the freshly re-read file, so
concurrent writers (the GUI and the CLI) never lose each other's updates. Keyring writes come
first and are undone when the file cannot be written. Entries that no longer parse are kept
in the file untouched and only left out of :meth:`ChannelRepository.list`.
"""

from __future__ import annotations

import builtins
import copy as copying
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from secrets import token_hex
from typing import Any, Literal

from ..channels import Channel, ChannelInvalid, Problem, channel_type
from ..errors import ConfigError
from ..text import joined, msg
from ..wire_flags import parse_flag
from .config_file import ConfigFile
from .oplog import Face, Operation, OpLog, Origin
from .paths import AppPaths
from .secret_journal import SecretJournal
from .secrets import KeyringUnavailable, SecretStore, channel_account

#: The file entry's key naming the revision its secrets are stored under ("" or absent: the names of
#: versions before revisions; :data:`NO_SECRETS`: it has none, and the keyring is not asked).
REV_KEY = "secretsRev"
#: When the channel's secrets were last set (ISO, UTC): their age, for a rotation reminder; never a value.
SET_AT_KEY = "secretsSetAt"
NO_SECRETS = "-"
#: The prefix of a revision whose secrets share one keyring item with other channels' (written together, by
#: an import or a sync: one keyring write instead of one per secret).
BATCH = "@"
#: The most characters of secrets one such item holds (Windows' Credential Locker takes 2,560 bytes of UTF-16).
BATCH_CHARS = 1200


class ChangedMeanwhile(ConfigError):
    """The channel was changed elsewhere in the same fields since it was read; nothing was written."""

    def __init__(self, name: str, fields: list[str], current: Channel):
        self.fields = fields
        #: The channel as it is stored now (with its secrets).
        self.current = current
        super().__init__(msg("'{name}' was changed elsewhere meanwhile: {fields}", name=name, fields=", ".join(fields)))


def _fields(channel: Channel) -> dict[str, Any]:
    """A channel as flat wire fields: name, enabled, isDefault, type and configuration.<key> (secrets too)."""
    wire = channel.to_wire(secrets="include", with_id=False)
    flat = {key: value for key, value in wire.items() if key != "configuration"}
    flat.update({f"configuration.{key}": value for key, value in wire["configuration"].items()})
    return flat


def _unflatten(fields: dict[str, Any], like: Channel) -> Channel:
    wire: dict[str, Any] = {"id": like.id, "configuration": {}}
    for key, value in fields.items():
        if value is None:
            continue
        if key.startswith("configuration."):
            wire["configuration"][key.removeprefix("configuration.")] = value
        else:
            wire[key] = value
    return Channel.from_wire(wire, with_secrets=True, allow_incomplete=True)


class DefaultDisabled(ConfigError):
    """A default channel would be disabled (it would receive nothing): refused unless the change says what to do
    (enable it too, or leave no default); ``making`` tells the two apart."""

    def __init__(self, name: str, *, making: bool):
        self.name = name
        self.making = making
        super().__init__(
            msg("'{name}' is disabled: a default channel must be enabled", name=name)
            if making
            else msg("'{name}' is the default channel: a default channel must be enabled", name=name)
        )


def refuse_disabled_default(channel: Channel, *, was_default: bool = False) -> None:
    """The one rule of the default, as every change meets it: a default channel is enabled. ``was_default``: the
    channel was the default before the change (that is then disabling it)."""
    if channel.is_default and not channel.enabled:
        raise DefaultDisabled(channel.name, making=not was_default)


class ChannelNotFound(ConfigError, LookupError):
    def __init__(self, ref: str):
        self.ref = ref
        super().__init__(msg("no channel is named '{ref}' or has that id", ref=ref))


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _index_of(entries: list[Any], channel_id: str) -> int:
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and entry.get("id") == channel_id:
            return index
    raise ChannelNotFound(channel_id)


def _secret_keys_of(entry: Mapping[str, Any] | None) -> tuple[str, ...]:
    try:
        return channel_type(entry.get("type", "")).secret_keys if entry else ()
    except KeyError:
        return ()


def _ensure_names_free(entries: list[Any], channels: list[Channel]) -> None:
    """Names are unique ignoring case and spacing, counting every entry the file will hold."""
    saving = {channel.id for channel in channels}
    holders: dict[str, list[tuple[object, str]]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and entry.get("id") not in saving and isinstance(entry.get("name"), str):
            holders[_fold(entry["name"])].append((entry.get("id") or ("entry", index), entry["name"]))
    for channel in channels:
        holders[_fold(channel.name)].append((channel.id, channel.name))
    for channel in channels:
        for holder, name in holders[_fold(channel.name)]:
            if holder != channel.id:
                raise ChannelInvalid([Problem("name", msg("a channel named '{name}' already exists", name=name))])


def _one_default(channels: list[Channel]) -> list[Channel]:
    defaults = [channel.id for channel in channels if channel.is_default]
    if len(defaults) < 2:
        return channels
    return [c.replace(is_default=False) if c.is_default and c.id != defaults[-1] else c for c in channels]


def _rev_of(entry: Mapping[str, Any] | None) -> str:
    rev = entry.get(REV_KEY, "") if isinstance(entry, Mapping) else ""
    return rev if isinstance(rev, str) else ""


def _batch_account(rev: str) -> str:
    return "channels:" + rev.removeprefix(BATCH)


def named_accounts(entries: Iterable[Any]) -> set[str]:
    """Every keyring account the channels file's entries name."""
    accounts = set()
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        rev = _rev_of(entry)
        if rev.startswith(BATCH):
            accounts.add(_batch_account(rev))
        elif rev != NO_SECRETS:
            accounts.update(channel_account(entry["id"], key, rev) for key in _secret_keys_of(entry))
    return accounts


def _stored(store: SecretStore, channel_id: str, keys: Iterable[str], rev: str) -> dict[str, str]:
    """A channel's secrets from the keyring, which a channel known to have none never needs."""
    keys = list(keys)
    if rev == NO_SECRETS or not keys:
        return {}
    if rev.startswith(BATCH):
        blob = store.get_unchanging(_batch_account(rev))
        mine = json.loads(blob).get(channel_id, {}) if blob else {}
        return {key: mine[key] for key in keys if isinstance(mine.get(key), str)}
    return store.get_many(channel_id, keys, rev)


class _SecretWrites:
    """The keyring side of one change to the channels file.

    New secrets go under a new revision of account names before the file names it; the accounts
    the file stops naming are retired after it is written. Both are journaled first, so that after
    a kill at any moment the file's channels and their secrets are both the old or both the new
    ones, and whatever is left over is swept (see ``secret_journal``).
    """

    def __init__(self, store: SecretStore, journal: SecretJournal):
        self.store = store
        self.journal = journal
        #: New-revision accounts written: deleted again if the file is not written.
        self.written: list[str] = []
        #: New-revision accounts journaled (written or not).
        self.staged: list[str] = []

    def _kept(self, channel: Channel, old: Mapping[str, Any] | None) -> str | None:
        """The revision to keep when the channel's secrets need no write, else None."""
        values = channel.secrets()
        old_rev, old_keys = _rev_of(old), _secret_keys_of(old)
        same_type = old is not None and old.get("type") == channel.type.name
        if same_type and _stored(self.store, channel.id, old_keys, old_rev) == values:
            return old_rev  # unchanged: the keyring is not written
        if not values and (old is None or old_rev == NO_SECRETS):
            return NO_SECRETS
        return None

    def stage(self, channel: Channel, old: Mapping[str, Any] | None) -> str:
        """Writes the channel's secrets where the file entry will point; answers that revision."""
        kept = self._kept(channel, old)
        if kept is not None:
            return kept
        values = channel.secrets()
        rev = token_hex(6) if values else NO_SECRETS
        self._write({channel_account(channel.id, key, rev): value for key, value in values.items()}, [old])
        return rev

    def stage_many(self, pairs: list[tuple[Channel, Mapping[str, Any] | None]]) -> dict[str, str]:
        """Like :meth:`stage` for several channels; their secrets share keyring items (a few, not one per
        secret: a keyring write costs tens of milliseconds)."""
        revs: dict[str, str] = {}
        pending = []
        for channel, old in pairs:
            kept = self._kept(channel, old)
            if kept is None:
                pending.append((channel, old))
            else:
                revs[channel.id] = kept
        if len(pending) < 2:
            revs |= {channel.id: self.stage(channel, old) for channel, old in pending}
            return revs
        values = {channel.id: channel.secrets() for channel, _old in pending}
        revs |= {channel_id: NO_SECRETS for channel_id, secrets in values.items() if not secrets}
        return revs | self._write_batches(values, [old for _, old in pending])

    def _write_batches(
        self, values: Mapping[str, Mapping[str, str]], olds: list[Mapping[str, Any] | None]
    ) -> dict[str, str]:
        """Writes these channels' secrets into shared keyring items; answers each channel's revision."""
        items: dict[str, str] = {}
        group: dict[str, Mapping[str, str]] = {}
        for channel_id, secrets in values.items():
            if not secrets:
                continue
            if group and len(json.dumps({**group, channel_id: secrets})) > BATCH_CHARS:
                items[token_hex(6)] = json.dumps(group)
                group = {}
            group[channel_id] = secrets
        if group:
            items[token_hex(6)] = json.dumps(group)
        self._write({_batch_account(BATCH + token): blob for token, blob in items.items()}, olds)
        return {channel_id: BATCH + token for token, blob in items.items() for channel_id in json.loads(blob)}

    def leave_nothing_shared(self, revs_before: Mapping[str, str], entries: builtins.list[Any]) -> None:
        """A channel that left a shared keyring item in this change (deleted, or its secrets written anew)
        must not leave its secrets there: the item's remaining channels move to new items, and the old one
        goes once the file is written, as every retired account does. Reads the keyring only when a
        channel left such an item."""
        now = _by_id(entries)
        left = {
            rev
            for channel_id, rev in revs_before.items()
            if rev.startswith(BATCH) and (channel_id not in now or _rev_of(now[channel_id]) != rev)
        }
        members: dict[str, builtins.list[dict[str, Any]]] = defaultdict(list)
        for entry in now.values():
            if _rev_of(entry) in left:
                members[_rev_of(entry)].append(entry)
        for rev in members:
            blob = self.store.get_unchanging(_batch_account(rev))
            held = json.loads(blob) if blob else {}
            staying = {entry["id"]: held.get(entry["id"], {}) for entry in members[rev]}
            revs = self._write_batches(staying, [dict(entry) for entry in members[rev]])
            for entry in members[rev]:
                entry[REV_KEY] = revs.get(entry["id"], NO_SECRETS)  # the same secrets: their age stays

    def _write(self, accounts: dict[str, str], olds: list[Mapping[str, Any] | None]) -> None:
        """Journals the accounts written and those the old entries named, then writes the new ones."""
        self.journal.note([*accounts, *named_accounts([old for old in olds if old is not None])])
        self.staged += accounts
        try:
            self.store.put_accounts(accounts)
        except KeyringUnavailable as error:
            self.written += error.written
            raise
        self.written += accounts

    def retire(self, entry: Mapping[str, Any]) -> None:
        """The entry leaves the file: its accounts go once it is written."""
        self.journal.note(named_accounts([entry]))

    def undo(self) -> None:
        """The file was not written: the new revisions go (only what was written: a locked keyring is not asked
        again for nothing), and the journal forgets them."""
        unwritten = set(self.staged) - set(self.written)
        if self.written:
            try:
                self.store.delete_accounts(self.written)
                unwritten |= set(self.written)
            except KeyringUnavailable:
                pass  # still journaled: the next sweep deletes them
        self.journal.forget(unwritten)


class ChannelRepository:
    def __init__(
        self, paths: AppPaths, secrets: SecretStore, channels_file: ConfigFile | None = None, *, face: Face = Face.CLI
    ):
        """``channels_file``: the one the window has already listed (its warning stays with it); ``face``: who
        makes a change that names no origin of its own (each change may: see :class:`Origin`)."""
        self.paths = paths
        self.face = face
        self.oplog = OpLog(paths.data_dir / "operations.jsonl")
        #: Why the last change could not be written to the operations log (the change itself stands).
        self.oplog_problem: str | None = None
        self.secrets = secrets
        self._file = channels_file or ConfigFile(paths.config_file)
        self._journal = SecretJournal(paths.config_dir / "secrets-journal.jsonl")
        #: Channel id → the revision its secrets are under, as last read from the file.
        self._revs: dict[str, str] = {}
        self._set_at: dict[str, str] = {}
        #: Channel id → the file's entry and the channel parsed from it: an unchanged entry is not parsed
        #: (validated) again at the next listing.
        self._parsed: dict[str, tuple[dict[str, Any], Channel]] = {}
        #: True when the last change could not remove the secrets it retired (a locked keyring): the
        #: next start sweeps them.
        self.leftovers = False
        #: What the user must be told after :meth:`list` (a broken file moved aside, unreadable entries).
        self.load_warning: str | None = None

    @contextmanager
    def _transaction(
        self, origin: Origin | None, on_commit: Callable[[builtins.list[Any]], None] | None = None
    ) -> Iterator[builtins.list[Any]]:
        """The channels file's transaction; once it is written, what it changed goes to the operations log as
        coming from ``origin`` (None: this repository's face)."""
        origin = origin or Origin(self.face)
        with self._file.transaction(on_commit) as entries:
            before = _by_id(entries, copy=True)
            yield entries
            operations = _operations(before, _by_id(entries), origin)
        try:
            self.oplog.append(operations)
            self.oplog_problem = None
        except OSError as error:
            self.oplog_problem = str(error)

    def _remember(self, entries: list[Any]) -> None:
        known = [e for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]
        self._revs = _revs_by_id(known)
        self._set_at = {e["id"]: e[SET_AT_KEY] for e in known if isinstance(e.get(SET_AT_KEY), str)}

    # --- reading ---

    def list(self) -> list[Channel]:
        """The stored channels without their secrets (no keyring access)."""
        channels, unreadable = [], []
        entries = self._file.read()
        self._remember(entries)
        seen: set[str] = set()
        parsed: dict[str, tuple[dict[str, Any], Channel]] = {}
        for number, entry in enumerate(entries, start=1):
            try:
                if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
                    raise ChannelInvalid([Problem("id", msg("is missing"))])
                if entry["id"] in seen:  # a hand-edited file: changes by id would find the first one
                    raise ChannelInvalid([Problem("id", msg("is the id of an earlier entry"))])
                seen.add(entry["id"])
                before = self._parsed.get(entry["id"])
                if before is not None and before[0] == entry:
                    channel = before[1]
                else:
                    channel = Channel.from_wire(entry, with_secrets=False, allow_incomplete=True)
                parsed[entry["id"]] = (entry, channel)
                channels.append(channel)
            except ChannelInvalid as error:
                name = entry.get("name") if isinstance(entry, dict) else None
                named = f" '{name}'" if isinstance(name, str) else ""
                unreadable.append(msg("entry {number}{name} ({problem})", number=number, name=named, problem=error))
        notes = [self._file.warning] if self._file.warning else []
        if unreadable:
            notes.append(
                msg(
                    "{count} stored channel(s) could not be read and are not shown; they are kept unchanged in "
                    "{config_file}: {entries}",
                    count=len(unreadable),
                    config_file=self.paths.config_file,
                    entries=joined("; ", unreadable),
                )
            )
        self.load_warning = joined(" ", notes) or None
        self._parsed = parsed
        return channels

    def find(self, ref: str) -> Channel:
        """By exact name, then name ignoring case, then id."""
        channels = self.list()
        wanted = " ".join(ref.split())
        tests: builtins.list[Callable[[Channel], bool]] = [
            lambda c: c.name == wanted,
            lambda c: c.name.casefold() == wanted.casefold(),
            lambda c: c.id == ref,
        ]
        for test in tests:
            for channel in channels:
                if test(channel):
                    return channel
        raise ChannelNotFound(ref)

    def secrets_set_at(self, channel_id: str) -> datetime | None:
        """When the channel's secrets were last set (None: not known, or it has none)."""
        value = self._set_at.get(channel_id)
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError:
            return None

    def revision(self, channel_id: str) -> str | None:
        """The keyring revision the channel's secrets are under, as last read or written (changes with them)."""
        return self._revs.get(channel_id)

    def with_secrets(self, channel: Channel) -> Channel:
        keys = channel.type.secret_keys
        if not keys:
            return channel
        rev = self._revs.get(channel.id)
        found = _stored(self.secrets, channel.id, keys, rev) if rev is not None else None
        if not found and rev != NO_SECRETS:  # none under that revision: changed by another process since?
            self._remember(self._file.read())
            fresh = self._revs.get(channel.id, "")
            if found is None or fresh != rev:
                found = _stored(self.secrets, channel.id, keys, fresh)
        return channel.with_secrets(found or {})

    def sweep(self) -> builtins.list[str]:
        """Deletes the keyring accounts a change killed half-way left behind; answers them (no keyring
        access when there is nothing to sweep). Run at start."""
        if not self._journal.path.exists():
            return []
        with self._file.held() as entries:
            return self._journal.sweep(named_accounts(entries), self.secrets.delete_accounts)

    def _committed(self, entries: builtins.list[Any]) -> None:
        """After a write, still under the lock: what the file no longer names goes from the keyring."""
        self._remember(entries)
        self.leftovers = False
        try:
            self._journal.sweep(named_accounts(entries), self.secrets.delete_accounts)
        except KeyringUnavailable:  # the change stands; the next sweep (at the next start) deletes them
            self.leftovers = True

    # --- changing ---

    def add(self, channel: Channel, *, origin: Origin | None = None) -> Channel:
        """Store a new channel with its secrets; ChannelInvalid names what is wrong."""
        return self._save([channel], origin, must_exist=False)[0]

    def update(
        self,
        channel: Channel,
        *,
        base: Channel | None = None,
        clash: Literal["mine", "theirs"] | None = None,
        origin: Origin | None = None,
    ) -> Channel:
        """Replace the channel with this id (full channel, secrets included).

        ``base``: the channel as the caller read it (an editor's starting point). Then only what
        changed since ``base`` is applied, to the channel as it is on disk now: other processes'
        changes to other fields stay; a field changed on both sides raises :class:`ChangedMeanwhile`.
        """
        if base is None:
            return self._save([channel], origin, must_exist=True)[0]
        mine = _fields(channel)
        changed = {key: value for key, value in mine.items() if _fields(base).get(key) != value}
        changed |= {key: None for key in _fields(base) if key not in mine}

        def merge(current: Channel) -> Channel:
            now, before = _fields(current), _fields(base)
            clashes = [k for k, v in changed.items() if now.get(k) != before.get(k) and now.get(k) != v]
            if clashes and clash is None:
                raise ChangedMeanwhile(channel.name, clashes, current)
            kept = clashes if clash == "theirs" else []
            return _unflatten({**now, **{k: v for k, v in changed.items() if k not in kept}}, current)

        return self._change(channel.id, merge, origin)

    def edit(
        self, channel_id: str, apply: Callable[[dict[str, Any]], None], *, origin: Origin | None = None
    ) -> Channel:
        """``apply`` changes the stored configuration (secrets included) in place, under the lock."""

        def make(current: Channel) -> Channel:
            wire = current.to_wire(secrets="include")
            apply(wire["configuration"])
            return Channel.from_wire(wire, with_secrets=True, allow_incomplete=True)

        return self._change(channel_id, make, origin)

    def save_many(self, channels: builtins.list[Channel], *, origin: Origin | None = None) -> builtins.list[Channel]:
        """Add or update (by id) several channels at once: all are checked before anything is written."""
        return self._save(channels, origin, must_exist=None)

    def rename(self, channel_id: str, name: str, *, origin: Origin | None = None) -> Channel:
        """Rename without touching the keyring."""
        return self._edit(channel_id, lambda channel: channel.replace(name=name), origin)

    def set_enabled(
        self, channel_id: str, enabled: bool, *, clear_default: bool = False, origin: Origin | None = None
    ) -> Channel:
        """``clear_default``: a default channel being disabled stops being the default (else it is refused: a
        default channel is enabled)."""

        def enabling(channel: Channel) -> Channel:
            leave = clear_default and not enabled
            return channel.replace(enabled=enabled, is_default=channel.is_default and not leave)

        return self._edit(channel_id, enabling, origin)

    def make_default(self, channel_id: str | None, *, enable: bool = False, origin: Origin | None = None) -> None:
        """Make this channel the only default one (``enable``: enabling it too, else a disabled one is refused: a
        default channel is enabled); None leaves no default."""
        with self._transaction(origin) as entries:
            if channel_id is not None:
                entry = entries[_index_of(entries, channel_id)]
                if not parse_flag(entry.get("enabled"), True):
                    if not enable:
                        raise DefaultDisabled(str(entry.get("name", channel_id)), making=True)
                    entry["enabled"] = True
            for entry in entries:
                if isinstance(entry, dict):
                    entry["isDefault"] = entry.get("id") == channel_id

    def delete(self, channel_id: str, *, origin: Origin | None = None) -> None:
        """Remove the channel from the file, then its secrets from the keyring (see :attr:`leftovers`)."""
        changes = _SecretWrites(self.secrets, self._journal)
        try:
            with self._transaction(origin, self._committed) as entries:
                before = _revs_by_id(entries)
                entry = entries.pop(_index_of(entries, channel_id))
                changes.retire(entry)
                changes.leave_nothing_shared(before, entries)
        except BaseException:
            changes.undo()
            raise

    def _save(
        self, channels: builtins.list[Channel], origin: Origin | None, *, must_exist: bool | None
    ) -> builtins.list[Channel]:
        # an incomplete channel may be stored only disabled (see Channel.missing)
        channels = _one_default([channel.validated(allow_incomplete=not channel.enabled) for channel in channels])
        for channel in channels:
            refuse_disabled_default(channel)
        changes = _SecretWrites(self.secrets, self._journal)
        try:
            with self._transaction(origin, self._committed) as entries:
                positions = {entry.get("id"): i for i, entry in enumerate(entries) if isinstance(entry, dict)}
                for channel in channels:
                    if must_exist is True and channel.id not in positions:
                        raise ChannelNotFound(channel.id)
                    if must_exist is False and channel.id in positions:
                        raise ChannelInvalid(
                            [Problem("id", msg("a channel with id {id} already exists", id=channel.id))]
                        )
                _ensure_names_free(entries, channels)
                olds = [entries[positions[c.id]] if c.id in positions else None for c in channels]
                before = _revs_by_id(entries)
                revs = changes.stage_many(list(zip(channels, olds, strict=True)))
                for channel in channels:
                    self._put_entry(entries, positions, channel, revs[channel.id])
                changes.leave_nothing_shared(before, entries)
        except BaseException:
            changes.undo()
            raise
        return channels

    def _change(self, channel_id: str, make: Callable[[Channel], Channel], origin: Origin | None) -> Channel:
        """One channel made from its stored self (secrets included) inside one transaction."""
        changes = _SecretWrites(self.secrets, self._journal)
        try:
            with self._transaction(origin, self._committed) as entries:
                index = _index_of(entries, channel_id)
                entry = entries[index]
                current = Channel.from_wire(entry, with_secrets=False, allow_incomplete=True)
                current = current.with_secrets(
                    _stored(self.secrets, channel_id, current.type.secret_keys, _rev_of(entry))
                )
                made = make(current).replace(id=channel_id)
                channel = made.validated(allow_incomplete=not made.enabled)
                refuse_disabled_default(channel, was_default=parse_flag(entry.get("isDefault"), False))
                _ensure_names_free(entries, [channel])
                before = _revs_by_id(entries)
                self._put_entry(entries, {channel_id: index}, channel, changes.stage(channel, entry))
                changes.leave_nothing_shared(before, entries)
        except BaseException:
            changes.undo()
            raise
        return channel

    def _edit(self, channel_id: str, change: Callable[[Channel], Channel], origin: Origin | None) -> Channel:
        with self._transaction(origin, self._remember) as entries:
            index = _index_of(entries, channel_id)
            channel = change(Channel.from_wire(entries[index], with_secrets=False, allow_incomplete=True))
            channel = Channel.from_wire(
                channel.to_wire(), with_secrets=False, allow_incomplete=True
            )  # checks the new values
            if channel.enabled and channel.missing:
                raise ChannelInvalid(
                    [
                        Problem(f"configuration.{key}", msg("is required before the channel can be enabled"))
                        for key in channel.missing
                    ]
                )
            refuse_disabled_default(channel, was_default=parse_flag(entries[index].get("isDefault"), False))
            _ensure_names_free(entries, [channel])
            self._put_entry(entries, {channel_id: index}, channel, _rev_of(entries[index]))
        return channel

    @staticmethod
    def _put_entry(entries: builtins.list[Any], positions: dict[Any, int], channel: Channel, rev: str) -> None:
        wire = channel.to_wire(secrets="omit")
        old = entries[positions[channel.id]] if channel.id in positions else None
        if rev:
            wire[REV_KEY] = rev
        if rev and rev != NO_SECRETS:  # new secrets are set now; the same ones keep their age
            kept = old.get(SET_AT_KEY) if isinstance(old, dict) and old.get(REV_KEY) == rev else None
            wire[SET_AT_KEY] = kept or datetime.now(UTC).isoformat(timespec="seconds")
        if channel.id in positions:
            entries[positions[channel.id]] = wire
        else:
            positions[channel.id] = len(entries)
            entries.append(wire)
        if channel.is_default:
            for entry in entries:
                if isinstance(entry, dict) and entry.get("id") != channel.id:
                    entry["isDefault"] = False


def _revs_by_id(entries: builtins.list[Any]) -> dict[str, str]:
    """Each channel's secrets revision (where its secrets are in the keyring)."""
    return {channel_id: _rev_of(entry) for channel_id, entry in _by_id(entries).items()}


def _by_id(entries: builtins.list[Any], *, copy: bool = False) -> dict[str, dict[str, Any]]:
    return {
        entry["id"]: copying.deepcopy(entry) if copy else entry
        for entry in entries
        if isinstance(entry, dict) and isinstance(entry.get("id"), str)
    }


def _changed(old: dict[str, Any], new: dict[str, Any]) -> builtins.list[str]:
    """The keys a change touched; "secrets" when the secrets changed (never which values)."""
    keys = [k for k in ("name", "type", "enabled", "isDefault") if old.get(k) != new.get(k)]
    was, now = old.get("configuration") or {}, new.get("configuration") or {}
    keys += [k for k in dict.fromkeys([*was, *now]) if was.get(k) != now.get(k)]
    if old.get(REV_KEY) != new.get(REV_KEY):
        keys.append("secrets")
    return keys


def _operations(
    before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]], origin: Origin
) -> builtins.list[Operation]:
    """What a transaction did, channel by channel, as the operations log says it."""
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    label, source = origin.cause, origin.face
    found = []
    for channel_id, new in after.items():
        old = before.get(channel_id)
        name = str(new.get("name", ""))
        if old is None:
            found.append(Operation(now, label or "create", source, channel_id, name))
            continue
        keys = _changed(old, new)
        if not keys or (keys == ["isDefault"] and not new.get("isDefault")):
            continue  # nothing, or only lost the default to another channel (that one is logged)
        op = label or (
            "rename"
            if keys == ["name"]
            else ("enable" if new.get("enabled") else "disable")
            if keys == ["enabled"]
            else "default"
            if keys == ["isDefault"]
            else "edit"
        )
        found.append(Operation(now, op, source, channel_id, name, keys))
    for channel_id, old in before.items():
        if channel_id not in after:
            found.append(Operation(now, label or "delete", source, channel_id, str(old.get("name", ""))))
    return found
