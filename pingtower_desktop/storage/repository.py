"""Channels as the product stores them: wire dicts in the config file, secrets in the keyring.

Every change is one :meth:`ConfigFile.transaction` applied to the freshly re-read file, so
concurrent writers (the GUI and the CLI) never lose each other's updates. Keyring writes come
first and are undone when the file cannot be written. Entries that no longer parse are kept
in the file untouched and only left out of :meth:`ChannelRepository.list`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from typing import Any

from ..channels import Channel, ChannelInvalid, Problem, channel_type
from .config_file import ConfigFile
from .paths import AppPaths
from .secrets import KeyringUnavailable, SecretStore, channel_account


class ChannelNotFound(LookupError):
    def __init__(self, ref: str):
        self.ref = ref
        super().__init__(f"no channel is named '{ref}' or has that id")


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
                raise ChannelInvalid([Problem("name", f"a channel named '{name}' already exists")])


def _one_default(channels: list[Channel]) -> list[Channel]:
    defaults = [channel.id for channel in channels if channel.is_default]
    if len(defaults) < 2:
        return channels
    return [c.replace(is_default=False) if c.is_default and c.id != defaults[-1] else c for c in channels]


class _SecretChanges:
    """The keyring writes of one change, so they can be undone if the file write fails."""

    def __init__(self, store: SecretStore):
        self.store = store
        self.done: list[tuple[str, dict[str, str], list[str]]] = []

    def put(self, channel_id: str, values: Mapping[str, str], keys: Iterable[str], *, existed: bool) -> None:
        # a new channel has nothing stored to delete; only the keys it brings matter
        keys = list(keys) if existed else [key for key in keys if values.get(key)]
        previous = self.store.get_many(channel_id, keys) if existed else {}
        self.done.append((channel_id, previous, keys))  # recorded first: a half-done put is undone too
        try:
            self.store.put_many(channel_id, values, keys)
        except KeyringUnavailable as error:
            # undo only what was written: a locked keyring would prompt again for nothing
            touched = [key for key in keys if channel_account(channel_id, key) in error.written]
            self.done[-1] = (channel_id, {k: v for k, v in previous.items() if k in touched}, touched)
            raise

    def undo(self) -> None:
        for channel_id, previous, keys in reversed(self.done):
            with suppress(KeyringUnavailable):
                self.store.put_many(channel_id, previous, keys)


class ChannelRepository:
    def __init__(self, paths: AppPaths, secrets: SecretStore, channels_file: ConfigFile | None = None):
        """``channels_file``: the one the window has already listed (its warning stays with it)."""
        self.paths = paths
        self.secrets = secrets
        self._file = channels_file or ConfigFile(paths.config_file)
        #: What the user must be told after :meth:`list` (a broken file moved aside, unreadable entries).
        self.load_warning: str | None = None

    # --- reading ---

    def list(self) -> list[Channel]:
        """The stored channels without their secrets (no keyring access)."""
        channels, unreadable = [], []
        for number, entry in enumerate(self._file.read(), start=1):
            try:
                if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
                    raise ChannelInvalid([Problem("id", "is missing")])
                channels.append(Channel.from_wire(entry, with_secrets=False, allow_incomplete=True))
            except ChannelInvalid as error:
                name = entry.get("name") if isinstance(entry, dict) else None
                unreadable.append(f"entry {number}" + (f" '{name}'" if isinstance(name, str) else "") + f" ({error})")
        notes = [self._file.warning] if self._file.warning else []
        if unreadable:
            notes.append(
                f"{len(unreadable)} stored channel(s) could not be read and are not shown; they are kept "
                f"unchanged in {self.paths.config_file}: " + "; ".join(unreadable)
            )
        self.load_warning = " ".join(notes) or None
        return channels

    def find(self, ref: str) -> Channel:
        """By exact name, then name ignoring case, then id."""
        channels = self.list()
        wanted = " ".join(ref.split())
        tests: list[Callable[[Channel], bool]] = [
            lambda c: c.name == wanted,
            lambda c: c.name.casefold() == wanted.casefold(),
            lambda c: c.id == ref,
        ]
        for test in tests:
            for channel in channels:
                if test(channel):
                    return channel
        raise ChannelNotFound(ref)

    def with_secrets(self, channel: Channel) -> Channel:
        return channel.with_secrets(self.secrets.get_many(channel.id, channel.type.secret_keys))

    # --- changing ---

    def add(self, channel: Channel) -> Channel:
        """Store a new channel with its secrets; ChannelInvalid names what is wrong."""
        return self._save([channel], must_exist=False)[0]

    def update(self, channel: Channel) -> Channel:
        """Replace the channel with this id (full channel, secrets included)."""
        return self._save([channel], must_exist=True)[0]

    def save_many(self, channels: list[Channel]) -> list[Channel]:
        """Add or update (by id) several channels at once: all are checked before anything is written."""
        return self._save(channels, must_exist=None)

    def rename(self, channel_id: str, name: str) -> Channel:
        """Rename without touching the keyring."""
        return self._edit(channel_id, lambda channel: channel.replace(name=name))

    def set_enabled(self, channel_id: str, enabled: bool) -> Channel:
        return self._edit(channel_id, lambda channel: channel.replace(enabled=enabled))

    def set_default(self, channel_id: str | None) -> None:
        """Make this channel the only default one; None leaves no default."""
        with self._file.transaction() as entries:
            if channel_id is not None:
                _index_of(entries, channel_id)
            for entry in entries:
                if isinstance(entry, dict):
                    entry["isDefault"] = entry.get("id") == channel_id

    def delete(self, channel_id: str) -> None:
        """Remove the channel from the file and its secrets from the keyring."""
        changes = _SecretChanges(self.secrets)
        try:
            with self._file.transaction() as entries:
                entry = entries.pop(_index_of(entries, channel_id))
                changes.put(channel_id, {}, _secret_keys_of(entry), existed=True)
        except BaseException:
            changes.undo()
            raise

    def _save(self, channels: list[Channel], *, must_exist: bool | None) -> list[Channel]:
        # an incomplete channel may be stored only disabled (see Channel.missing)
        channels = _one_default([channel.validated(allow_incomplete=not channel.enabled) for channel in channels])
        changes = _SecretChanges(self.secrets)
        try:
            with self._file.transaction() as entries:
                positions = {entry.get("id"): i for i, entry in enumerate(entries) if isinstance(entry, dict)}
                for channel in channels:
                    if must_exist is True and channel.id not in positions:
                        raise ChannelNotFound(channel.id)
                    if must_exist is False and channel.id in positions:
                        raise ChannelInvalid([Problem("id", f"a channel with id {channel.id} already exists")])
                _ensure_names_free(entries, channels)
                for channel in channels:
                    old = entries[positions[channel.id]] if channel.id in positions else None
                    keys = dict.fromkeys([*_secret_keys_of(old), *channel.type.secret_keys])
                    changes.put(channel.id, channel.secrets(), keys, existed=old is not None)
                for channel in channels:
                    self._put_entry(entries, positions, channel)
        except BaseException:
            changes.undo()
            raise
        return channels

    def _edit(self, channel_id: str, change: Callable[[Channel], Channel]) -> Channel:
        with self._file.transaction() as entries:
            index = _index_of(entries, channel_id)
            channel = change(Channel.from_wire(entries[index], with_secrets=False, allow_incomplete=True))
            channel = Channel.from_wire(
                channel.to_wire(), with_secrets=False, allow_incomplete=True
            )  # checks the new values
            if channel.enabled and channel.missing:
                raise ChannelInvalid(
                    [
                        Problem(f"configuration.{key}", "is required before the channel can be enabled")
                        for key in channel.missing
                    ]
                )
            _ensure_names_free(entries, [channel])
            self._put_entry(entries, {channel_id: index}, channel)
        return channel

    @staticmethod
    def _put_entry(entries: list[Any], positions: dict[Any, int], channel: Channel) -> None:
        wire = channel.to_wire(secrets="omit")
        if channel.id in positions:
            entries[positions[channel.id]] = wire
        else:
            positions[channel.id] = len(entries)
            entries.append(wire)
        if channel.is_default:
            for entry in entries:
                if isinstance(entry, dict) and entry.get("id") != channel.id:
                    entry["isDefault"] = False
