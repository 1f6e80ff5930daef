"""The channels as the app knows them: one live store over the repository, kept in step with the file.

Views subscribe to its signals — the list model, the editor, the sync badges, the window's commands —
and none reaches into another. Every read or write of channels.json or the keyring runs in the
store's own thread, one at a time and in the order asked (a read after a save sees the save), so the
UI thread touches neither and the worker's event loop keeps serving network jobs. A change made
elsewhere (the CLI, another window) is noticed by a file watcher and merged in: each channel that
changed is announced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import shiboken6
from PySide6.QtCore import QEventLoop, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..errors import ConfigError, ProductError
from ..text import message_of, msg
from .undo import ChannelsChange

if TYPE_CHECKING:
    from ..channels import Channel
    from ..importexport import ImportPlan
    from ..storage.repository import ChannelRepository
    from .context import AppContext
    from .worker import Job

# How long the folder must stay quiet before the file is read again (a writer replaces it in a few steps).
SETTLE_MS = 150
THREAD_NAME = "pingtower-storage"


class Done(NamedTuple):
    """What a store job came to: its value, or the product's own exception that stopped it (a bug fails the job)."""

    value: Any = None
    error: Exception | None = None


def _expected() -> tuple[type[Exception], ...]:
    """The product's own exceptions: each says what happened, for the user."""
    from ..channels import ChannelInvalid
    from ..importexport import ImportFormatError
    from ..storage import ChannelNotFound, ConfigFileError, KeyringUnavailable
    from ..storage.repository import ChangedMeanwhile

    return (
        ChannelInvalid,
        ChangedMeanwhile,
        ChannelNotFound,
        ConfigFileError,
        KeyringUnavailable,
        ImportFormatError,
        NotUndone,
        OSError,
    )


class _Read(NamedTuple):
    channels: list[Channel]
    revisions: dict[str, str | None]
    note: str


class ChannelStore(QObject):
    """``listed``: the whole list (the first read); ``changed``: a channel added or changed, stored form
    (no secrets); ``removed``: an id; ``edited``: a channel the user changed here (after its
    ``changed``), for the sync badges; ``warning``: the file's note ("" when there is none);
    ``undo_failed``: why an undo or redo was not carried out (the undo history is cleared then)."""

    listed = Signal(list)
    changed = Signal(object)
    removed = Signal(str)
    edited = Signal(object)
    warning = Signal(object)
    undo_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._channels: dict[str, Channel] = {}
        self._revisions: dict[str, str | None] = {}
        self._loaded = False
        self._pending: set[Job] = set()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_NAME)
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload)
        # Changes made here, to undo and redo (they outlive the window, as the store does).
        self.undo_stack = QUndoStack(self)

    # --- what is known ---

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def busy(self) -> bool:
        """Jobs of the store are still running."""
        return bool(self._pending)

    def channels(self) -> list[Channel]:
        return list(self._channels.values())

    def find(self, channel_id: str) -> Channel | None:
        return self._channels.get(channel_id)

    def revision(self, channel_id: str) -> str | None:
        """Which keyring revision the channel's secrets are under (it changes when they do)."""
        return self._revisions.get(channel_id)

    # --- running blocking work off the UI thread ---

    def run(self, name: str, work: Callable[[], Any]) -> Job:
        """``work`` (file and keyring calls) in the store's thread; the job finishes with a :class:`Done`."""
        expected, thread = _expected(), self._thread

        def guarded() -> Done:
            try:
                return Done(work())
            except expected as error:
                return Done(error=error)

        async def body(report: Callable[[Any], None]) -> Done:
            return await asyncio.get_running_loop().run_in_executor(thread, guarded)

        job = self.context.worker.submit(name, body)
        self._pending.add(job)
        job.ended.connect(lambda: self._pending.discard(job))
        return job

    @staticmethod
    def then(job: Job, receiver: QObject, slot: Callable[[Done], None]) -> None:
        """Calls ``slot`` with the job's :class:`Done` once it has finished — a bug (logged) as a
        :class:`StoreError` — unless ``receiver`` (the widget that asked) is gone by then."""

        def deliver(done: Done) -> None:
            if shiboken6.isValid(receiver):
                slot(done)

        job.finished.connect(deliver)
        job.failed.connect(lambda message: deliver(Done(error=StoreError(message))))

    def wait(self, job: Job) -> Done:
        """The job's outcome, the window still painting meanwhile (a keyring may be asking to be unlocked).
        For the few questions that need an answer before they can go on (save before leaving?)."""
        outcome: list[Done] = []
        job.finished.connect(outcome.append)
        job.failed.connect(lambda message: outcome.append(Done(error=StoreError(message))))
        if not job.done:
            loop = QEventLoop()
            job.ended.connect(loop.quit)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # clicks and keys wait their turn
        return outcome[0] if outcome else Done(error=StoreError(job.name))

    # --- reading ---

    def _read(self) -> _Read:
        repo = self.context.repo
        channels = repo.list()
        return _Read(channels, {c.id: repo.revision(c.id) for c in channels}, repo.load_warning or "")

    def load(self) -> Job:
        """Reads the file (checked, no secrets); ``listed`` follows."""
        job = self.run("read the channels", self._read)
        job.finished.connect(self._first_read)
        return job

    def _first_read(self, done: Done) -> None:
        if done.error is not None:
            self.warning.emit(message_of(done.error))
            return
        read: _Read = done.value
        self._channels = {channel.id: channel for channel in read.channels}
        self._revisions = read.revisions
        self._loaded = True
        self.listed.emit(read.channels)
        self.warning.emit(read.note)

    def reload(self) -> Job:
        """Reads the file again and announces what changed, channel by channel."""
        job = self.run("read the channels again", self._read)
        job.finished.connect(self._merge)
        return job

    def _merge(self, done: Done) -> None:
        if done.error is not None:
            self.warning.emit(message_of(done.error))
            return
        if not self._loaded:
            self._first_read(done)
            return
        read: _Read = done.value
        fresh = {channel.id for channel in read.channels}
        for gone in [channel_id for channel_id in self._channels if channel_id not in fresh]:
            self._forget(gone)
        for channel in read.channels:
            self._note(channel, read.revisions.get(channel.id))
        self.warning.emit(read.note)

    def _note(self, channel: Channel, revision: str | None) -> bool:
        """Takes in a channel as stored now; announces it when it is new or differs. True when it did."""
        if self._channels.get(channel.id) == channel and self._revisions.get(channel.id) == revision:
            return False
        self._channels[channel.id] = channel
        self._revisions[channel.id] = revision
        self.changed.emit(channel)
        return True

    def _forget(self, channel_id: str) -> None:
        if self._channels.pop(channel_id, None) is not None:
            self._revisions.pop(channel_id, None)
            self.removed.emit(channel_id)

    def with_secrets(self, channel: Channel) -> Job:
        """The channel with its secrets, read from the keyring."""
        repo = self.context.repo
        return self.run("read a channel's secrets", lambda: repo.with_secrets(channel))

    def all_with_secrets(self, channels: list[Channel]) -> Job:
        """Several channels with their secrets (Test all), in one job."""
        repo = self.context.repo
        return self.run("read the channels' secrets", lambda: [repo.with_secrets(c) for c in channels])

    # --- changing ---

    def _change(self, name: str, work: Callable[[], Recorded], *, undo_text: str = "", flags: bool = False) -> Job:
        """A change: ``work`` calls the repository and answers what it did (:class:`Recorded`). The channels
        it wrote are announced at once (``changed``/``removed``), then the file is read again so every view
        hears of the rest (a default moved, changes made elsewhere). With ``undo_text`` the change goes on the
        undo stack; ``flags``: only enabled/default changed (undone without touching the keyring)."""
        repo = self.context.repo

        def changing() -> tuple[Recorded, list[tuple[str, Channel | None, str | None]]]:
            recorded = work()
            stamped = [
                (channel_id, None if c is None else c.without_secrets(), None if c is None else repo.revision(c.id))
                for channel_id, c in recorded.after.items()
            ]
            return recorded, stamped

        job = self.run(name, changing)
        job.finished.connect(lambda done: self._changed_here(done, undo_text, flags))
        job.ended.connect(self.reload)
        return job

    def _changed_here(self, done: Done, undo_text: str, flags: bool) -> None:
        if done.error is not None:
            return
        recorded, stamped = done.value
        for channel_id, channel, revision in stamped:
            if channel is None:
                self._forget(channel_id)
            else:
                self._note(channel, revision)
                self.edited.emit(channel)
        if undo_text and recorded.before != recorded.after:
            self.undo_stack.push(ChannelsChange(self, undo_text, recorded.before, recorded.after, flags=flags))

    @staticmethod
    def value_of(done: Done) -> Done:
        """A change's outcome as its caller wants it: what the repository answered (or the error)."""
        return done if done.error is not None else Done(done.value[0].value)

    def save(self, channel: Channel, *, base: Channel | None, clash: Literal["mine", "theirs"] | None = None) -> Job:
        """Adds ``channel`` (no ``base``: a new one) or applies what changed since ``base`` to it as stored now
        (see :meth:`ChannelRepository.update`); finishes with the stored channel, secrets included."""
        repo = self.context.repo
        if base is None:

            def adding() -> Recorded:
                stored = repo.add(channel)
                return Recorded(stored, {stored.id: None}, {stored.id: stored})

            return self._change("add a channel", adding, undo_text=self.tr("Add “%1”").replace("%1", channel.name))

        def saving() -> Recorded:
            before = _stored_now(repo, channel.id, secrets=True)
            stored = repo.update(channel, base=base, clash=clash)
            return Recorded(stored, {stored.id: before}, {stored.id: stored})

        return self._change("save a channel", saving, undo_text=self.tr("Edit “%1”").replace("%1", channel.name))

    def set_enabled(self, channel_id: str, enabled: bool) -> Job:
        repo = self.context.repo

        def enabling() -> Recorded:
            before = _stored_now(repo, channel_id)
            stored = repo.set_enabled(channel_id, enabled)
            return Recorded(stored, {channel_id: before}, {channel_id: stored})

        name = self._name(channel_id)
        text = self.tr("Enable “%1”") if enabled else self.tr("Disable “%1”")
        return self._change("enable or disable a channel", enabling, undo_text=text.replace("%1", name), flags=True)

    def set_default(self, channel_id: str) -> Job:
        """Makes the channel the default one, enabled (a disabled default would receive nothing)."""
        repo = self.context.repo

        def make_default() -> Recorded:
            before = {c.id: c for c in repo.list() if c.id == channel_id or c.is_default}
            if not before[channel_id].enabled:
                repo.set_enabled(channel_id, True)
            repo.set_default(channel_id)
            after: dict[str, Channel | None] = {c.id: c for c in repo.list() if c.id in before}
            return Recorded(after.get(channel_id), dict(before), after)

        text = self.tr("Make “%1” the default").replace("%1", self._name(channel_id))
        return self._change("make a channel the default", make_default, undo_text=text, flags=True)

    def delete(self, channel_id: str) -> Job:
        repo = self.context.repo

        def deleting() -> Recorded:
            before = _stored_now(repo, channel_id, secrets=True)  # kept for undo, secrets included
            repo.delete(channel_id)
            return Recorded(None, {channel_id: before}, {channel_id: None})

        text = self.tr("Delete “%1”").replace("%1", self._name(channel_id))
        return self._change("delete a channel", deleting, undo_text=text)

    def plan_import(self, path: Path) -> Job:
        """What importing the file would do (finishes with an :class:`ImportPlan`); writes nothing."""
        from ..importexport import parse_import, plan_import, read_import_file

        repo = self.context.repo
        return self.run("read a file to import", lambda: plan_import(repo, parse_import(read_import_file(path))))

    def apply_import(self, plan: ImportPlan, chosen: set[int]) -> Job:
        """Imports the chosen steps of a plan (finishes with an :class:`ImportDone`); one step to undo."""
        from ..importexport import apply_import

        repo = self.context.repo

        def importing() -> Recorded:
            done = apply_import(repo, plan, chosen)
            return Recorded(done, dict(done.before), dict(done.after))

        count = sum(1 for index, step in enumerate(plan.steps) if step.saves and index in chosen)
        text = self.tr("Import %n channel(s)", "", count)
        return self._change("import channels", importing, undo_text=text)

    def restore(self, target: dict[str, Channel | None], expect: dict[str, Channel | None], *, flags: bool) -> Job:
        """Puts the channels back as ``target`` says (None: not there) — an undo or a redo — provided each is
        still as ``expect`` says; otherwise nothing is changed (:class:`NotUndone`)."""
        repo = self.context.repo

        def restoring() -> Recorded:
            now = {c.id: c for c in repo.list()}
            for channel_id, expected in expect.items():
                if not _same(now.get(channel_id), expected, with_default=flags):
                    name = expected or target.get(channel_id) or now.get(channel_id)
                    raise NotUndone(name.name if name is not None else channel_id)
            with repo.labelled("undo"):
                if flags:
                    _restore_flags(repo, target, expect)
                else:
                    _restore_channels(repo, target, now)
            stored = {c.id: c for c in repo.list()}  # one read, however many channels the change had
            return Recorded(None, expect, {i: stored.get(i) for i in target})

        return self._change("undo or redo a change", restoring)

    def _name(self, channel_id: str) -> str:
        channel = self._channels.get(channel_id)
        return channel.name if channel is not None else channel_id

    def export_file(self, path: Path, *, include_secrets: bool) -> Job:
        """Writes an export (finishes with the channel count)."""
        from .import_export import export_file

        repo = self.context.repo
        return self.run("export channels", lambda: export_file(repo, path, include_secrets=include_secrets))

    # --- watching the file ---

    def watch(self) -> None:
        """From now on, a change of channels.json made by another process is read and announced."""
        if self._watcher is not None:
            return
        folder = self.context.paths.config_dir
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(self._folder_changed)  # the file is replaced, not edited

    def _folder_changed(self, _path: str) -> None:
        self._settle.start()

    def close(self) -> None:
        """Stops watching and lets the store's thread end once its current call returns."""
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._settle.stop()
        self._thread.shutdown(wait=False, cancel_futures=True)


class StoreError(ProductError):
    """A store job that ended without an outcome (cancelled, or a bug, which is logged)."""


class NotUndone(ConfigError):
    """An undo or redo refused: the channel changed since (here, in another window or the CLI)."""

    def __init__(self, name: str) -> None:
        super().__init__(msg("“{name}” was changed since: nothing was undone or redone", name=name))


class Recorded(NamedTuple):
    """What a change did: its value for the caller, and the channels it wrote as they were before and are
    after (None: not there), secrets included where the change touched them."""

    value: Any
    before: dict[str, Channel | None]
    after: dict[str, Channel | None]


def _stored_now(repo: ChannelRepository, channel_id: str, *, secrets: bool = False) -> Channel | None:
    channel = next((c for c in repo.list() if c.id == channel_id), None)
    return repo.with_secrets(channel) if secrets and channel is not None else channel


def _same(current: Channel | None, expected: Channel | None, *, with_default: bool) -> bool:
    if current is None or expected is None:
        return current is expected
    now, then = current.to_wire(), expected.to_wire()
    if not with_default:  # another channel made the default meanwhile does not block undoing an edit
        now.pop("isDefault"), then.pop("isDefault")
    return now == then


def _restore_flags(
    repo: ChannelRepository, target: dict[str, Channel | None], expect: dict[str, Channel | None]
) -> None:
    for channel_id, channel in target.items():
        if channel is not None and channel.enabled != (expect[channel_id] or channel).enabled:
            repo.set_enabled(channel_id, channel.enabled)
    default = next((i for i, c in target.items() if c is not None and c.is_default), None)
    if default is not None:
        repo.set_default(default)
    elif any(c is not None and c.is_default for c in expect.values()):
        repo.set_default(None)


def _restore_channels(repo: ChannelRepository, target: dict[str, Channel | None], now: dict[str, Channel]) -> None:
    """Deletes what the target lacks, then writes the rest back with their secrets in one transaction. A
    channel keeps its current default flag; one brought back is the default only if none is now."""
    for channel_id, channel in target.items():
        if channel is None and channel_id in now:
            repo.delete(channel_id)
    default_now = any(c.is_default for i, c in now.items() if target.get(i, c) is not None)
    back = []
    for channel_id, channel in target.items():
        if channel is None:
            continue
        current = now.get(channel_id)
        keep_default = current.is_default if current is not None else channel.is_default and not default_now
        back.append(channel.replace(is_default=keep_default))
    if back:
        repo.save_many(back)
