"""The rules of a channel change, once, for every face: the app's store, the CLI, sync, rotation and import.

Each operation takes its :class:`Origin` (who made it, and as part of what) — the operations log records
that, with nothing shared between two changes made at once — and answers a :class:`Change`: the channels
it wrote as they were before and are after (secrets included where it touched them). Undo and redo are
changes too, built from a Change. The default's rule holds here for all: a default channel is enabled
(``make_default(enable=True)`` enables it too; ``set_enabled(False, clear_default=True)`` leaves no
default); otherwise the repository refuses with :class:`DefaultDisabled`.

Qt-free: the app's store only moves these calls to its thread and turns Changes into signals and undo
commands. The calls read and write files and the keyring: a face with a screen makes them off its UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from .channels import Channel
from .errors import ConfigError
from .storage.oplog import Cause, Origin
from .storage.repository import ChannelRepository
from .text import Text, msg

if TYPE_CHECKING:
    from .importexport import ImportDone, ImportPlan

Channels = Mapping[str, Channel | None]


class ChangeKind(StrEnum):
    ADD = "add"
    EDIT = "edit"
    RENAME = "rename"
    ENABLE = "enable"
    DISABLE = "disable"
    DEFAULT = "default"
    DELETE = "delete"
    IMPORT = "import"
    ROTATE = "rotate"
    RESTORE = "restore"


_TITLES: dict[ChangeKind, Callable[[str], Text]] = {
    ChangeKind.ADD: lambda name: msg("Add “{name}”", name=name),
    ChangeKind.EDIT: lambda name: msg("Edit “{name}”", name=name),
    ChangeKind.RENAME: lambda name: msg("Rename “{name}”", name=name),
    ChangeKind.ENABLE: lambda name: msg("Enable “{name}”", name=name),
    ChangeKind.DISABLE: lambda name: msg("Disable “{name}”", name=name),
    ChangeKind.DEFAULT: lambda name: msg("Make “{name}” the default", name=name),
    ChangeKind.DELETE: lambda name: msg("Delete “{name}”", name=name),
    ChangeKind.ROTATE: lambda name: msg("Rotate a secret of “{name}”", name=name),
}


@dataclass(frozen=True)
class Change:
    """What one operation did: the channels it wrote before and after (None: not there)."""

    kind: ChangeKind
    before: Channels
    after: Channels
    #: Only the enabled and default flags changed: undone without touching the keyring.
    flags_only: bool = False
    #: What the face asked for: the stored channel, an import's outcome …
    value: Any = None
    #: The channel the change was asked of (its name heads the change's title).
    name: str = ""
    #: How many channels an import wrote.
    count: int = field(default=0)

    @property
    def changed(self) -> bool:
        return dict(self.before) != dict(self.after)

    def title(self) -> Text:
        """The change in a few words, for an undo history ("Edit “Ops”", "Import 3 channels")."""
        if self.kind is ChangeKind.IMPORT:
            return msg("Import channels ({count})", count=self.count)
        return _TITLES[self.kind](self.name) if self.kind in _TITLES else msg("Undo or redo")


class NotUndone(ConfigError):
    """An undo or redo refused: a channel it would restore changed since (here, in another window, the CLI)."""

    def __init__(self, name: str) -> None:
        super().__init__(msg("“{name}” was changed since: nothing was undone or redone", name=name))


class ChannelService:
    def __init__(self, repo: ChannelRepository, *, undoable: bool = False) -> None:
        """``undoable``: a Change's ``before`` carries the secrets a change touches, so that undoing it puts them
        back (the app); without, they are not read (the command line keeps no undo, and a locked keyring
        is then asked once, by the change itself)."""
        self.repo = repo
        self.undoable = undoable

    # --- one channel ---

    def add(self, channel: Channel, *, origin: Origin) -> Change:
        stored = self.repo.add(channel, origin=origin)
        return Change(ChangeKind.ADD, {stored.id: None}, {stored.id: stored}, value=stored, name=stored.name)

    def save(
        self,
        channel: Channel,
        *,
        base: Channel | None,
        origin: Origin,
        clash: Literal["mine", "theirs"] | None = None,
        kind: ChangeKind = ChangeKind.EDIT,
    ) -> Change:
        """Adds ``channel`` (no ``base``) or applies what changed since ``base`` to it as stored now (see
        :meth:`ChannelRepository.update`: ChangedMeanwhile when both sides changed a field, unless ``clash``)."""
        if base is None:
            return self.add(channel, origin=origin)
        before = self._stored(channel.id, secrets=True)
        stored = self.repo.update(channel, base=base, clash=clash, origin=origin)
        return Change(kind, {stored.id: before}, {stored.id: stored}, value=stored, name=stored.name)

    def edit(self, channel_id: str, apply: Callable[[dict[str, Any]], None], *, origin: Origin) -> Change:
        """``apply`` changes the stored configuration (secrets included) in place, under the file's lock."""
        before = self._stored(channel_id, secrets=True)
        stored = self.repo.edit(channel_id, apply, origin=origin)
        return Change(ChangeKind.EDIT, {channel_id: before}, {channel_id: stored}, value=stored, name=stored.name)

    def rename(self, channel_id: str, name: str, *, origin: Origin) -> Change:
        before = self._stored(channel_id)
        stored = self.repo.rename(channel_id, name, origin=origin)
        return Change(ChangeKind.RENAME, {channel_id: before}, {channel_id: stored}, True, stored, stored.name)

    def set_enabled(self, channel_id: str, enabled: bool, *, origin: Origin, clear_default: bool = False) -> Change:
        """Disabling the default channel is refused (DefaultDisabled) unless ``clear_default``: then there is none."""
        before = self._stored(channel_id)
        stored = self.repo.set_enabled(channel_id, enabled, clear_default=clear_default, origin=origin)
        kind = ChangeKind.ENABLE if enabled else ChangeKind.DISABLE
        return Change(kind, {channel_id: before}, {channel_id: stored}, True, stored, stored.name)

    def make_default(self, channel_id: str, *, origin: Origin, enable: bool = False) -> Change:
        """Makes the channel the only default one; a disabled one is refused (DefaultDisabled) unless ``enable``."""
        before = {c.id: c for c in self.repo.list() if c.id == channel_id or c.is_default}
        self.repo.make_default(channel_id, enable=enable, origin=origin)
        after: dict[str, Channel | None] = {c.id: c for c in self.repo.list() if c.id in before}
        stored = after.get(channel_id)
        name = stored.name if stored is not None else channel_id
        return Change(ChangeKind.DEFAULT, dict(before), after, True, stored, name)

    def delete(self, channel_id: str, *, origin: Origin) -> Change:
        before = self._stored(channel_id, secrets=True)  # kept for undo, secrets included
        self.repo.delete(channel_id, origin=origin)
        name = before.name if before is not None else channel_id
        return Change(ChangeKind.DELETE, {channel_id: before}, {channel_id: None}, name=name)

    # --- many at once ---

    def take(self, channels: list[Channel], *, origin: Origin) -> list[Channel]:
        """Adds or updates several channels in one write (a sync's, an import's)."""
        return self.repo.save_many(channels, origin=origin)

    def drop(self, channel_id: str, *, origin: Origin) -> None:
        """Deletes a channel as a part of something larger (a sync), which keeps no undo of its own."""
        self.repo.delete(channel_id, origin=origin)

    def import_channels(self, plan: ImportPlan, chosen: set[int] | None, *, origin: Origin) -> Change:
        """Writes the plan's chosen steps (all, for None) as one change."""
        from .importexport import apply_import

        done: ImportDone = apply_import(self, plan, chosen, origin=origin.because(Cause.IMPORT))
        return Change(ChangeKind.IMPORT, dict(done.before), dict(done.after), value=done, count=len(done.after))

    # --- undo and redo ---

    def undo(self, change: Change, *, origin: Origin) -> Change:
        """Puts back what ``change`` changed, if nothing changed those channels since (else NotUndone)."""
        return self._restore(change.before, change.after, change.flags_only, origin.because(Cause.UNDO))

    def redo(self, change: Change, *, origin: Origin) -> Change:
        return self._restore(change.after, change.before, change.flags_only, origin.because(Cause.REDO))

    def _restore(self, target: Channels, expect: Channels, flags: bool, origin: Origin) -> Change:
        now = {c.id: c for c in self.repo.list()}
        for channel_id, expected in expect.items():
            if not _same(now.get(channel_id), expected, with_default=flags):
                shown = expected or target.get(channel_id) or now.get(channel_id)
                raise NotUndone(shown.name if shown is not None else channel_id)
        if flags:
            self._restore_flags(target, expect, origin)
        else:
            self._restore_channels(target, now, origin)
        stored = {c.id: c for c in self.repo.list()}  # one read, however many channels the change had
        return Change(ChangeKind.RESTORE, dict(expect), {i: stored.get(i) for i in target}, flags)

    def _restore_flags(self, target: Channels, expect: Channels, origin: Origin) -> None:
        """The default first (a default channel is enabled), then the enabled flags."""
        default = next((i for i, c in _present(target) if c.is_default), None)
        if default is not None or any(c.is_default for _, c in _present(expect)):
            self.repo.make_default(default, enable=True, origin=origin)
        for channel_id, channel in _present(target):
            if channel.enabled != (expect[channel_id] or channel).enabled:
                self.repo.set_enabled(channel_id, channel.enabled, clear_default=True, origin=origin)

    def _restore_channels(self, target: Channels, now: dict[str, Channel], origin: Origin) -> None:
        """Deletes what the target lacks, then writes the rest back with their secrets in one transaction. A
        channel keeps its current default flag; one brought back is the default only if none is now."""
        for channel_id in [i for i, channel in target.items() if channel is None and i in now]:
            self.repo.delete(channel_id, origin=origin)
        default_now = any(c.is_default for i, c in now.items() if target.get(i, c) is not None)
        back = [_returning(channel, now.get(channel_id), default_now) for channel_id, channel in _present(target)]
        if back:
            self.repo.save_many(back, origin=origin)

    def _stored(self, channel_id: str, *, secrets: bool = False) -> Channel | None:
        channel = next((c for c in self.repo.list() if c.id == channel_id), None)
        return self.repo.with_secrets(channel) if secrets and self.undoable and channel is not None else channel


def _present(channels: Channels) -> list[tuple[str, Channel]]:
    return [(channel_id, channel) for channel_id, channel in channels.items() if channel is not None]


def _returning(channel: Channel, current: Channel | None, default_now: bool) -> Channel:
    """A channel put back: its current default flag, or (brought back) the default only if none is now."""
    keep_default = current.is_default if current is not None else channel.is_default and not default_now
    return channel.replace(is_default=keep_default and channel.enabled)


def _same(current: Channel | None, expected: Channel | None, *, with_default: bool) -> bool:
    if current is None or expected is None:
        return current is expected
    now, then = current.to_wire(), expected.to_wire()
    if not with_default:  # another channel made the default meanwhile does not block undoing an edit
        now.pop("isDefault"), then.pop("isDefault")
    return now == then
