"""The channels as the app knows them: one live store over the channel service, kept in step with the file.

Views subscribe to its signals — the list model, the editor, the sync badges, the window's commands —
and none reaches into another. Every read or write of channels.json or the keyring runs in the store's
own thread, one at a time and in the order asked (a read after a save sees the save), so the UI thread
touches neither and the worker's event loop keeps serving network jobs. The rules of a change are the
core's (:class:`~pingtower_desktop.channel_service.ChannelService`): the store moves each call to its
thread, announces what it wrote and puts it on the undo stack. A change made elsewhere (the CLI, another
window) is noticed by a file watcher and merged in: each channel that changed is announced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..channel_service import Change, ChannelService
from ..errors import ProductError, describe
from ..storage.oplog import Face, Origin
from .undo import ChannelsChange

if TYPE_CHECKING:
    from ..channels import Channel
    from ..importexport import ImportPlan
    from .context import AppContext
    from .worker import Job

# How long the folder must stay quiet before the file is read again (a writer replaces it in a few steps).
SETTLE_MS = 150
THREAD_NAME = "pingtower-storage"
#: Every change the window makes.
APP = Origin(Face.APP)
T = TypeVar("T")


class Done(NamedTuple):
    """What a store job came to: its value, or the product's own error that stopped it (a bug fails the job)."""

    value: Any = None
    error: Exception | None = None


class StoreError(ProductError):
    """A store job that ended without an outcome (cancelled, or a bug, which is logged)."""


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
        self.service = ChannelService(context.repo, undoable=True)
        self._channels: dict[str, Channel] = {}
        self._revisions: dict[str, str | None] = {}
        self._names: dict[str, Channel] | None = None
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

    def names(self) -> dict[str, Channel]:
        """The channels by their name as names are compared (see ``draft.folded``): kept until one changes."""
        if self._names is None:
            from ..draft import folded

            self._names = {folded(channel.name): channel for channel in self._channels.values()}
        return self._names

    def revision(self, channel_id: str) -> str | None:
        """Which keyring revision the channel's secrets are under (it changes when they do)."""
        return self._revisions.get(channel_id)

    # --- running blocking work off the UI thread ---

    def run(self, name: str, work: Callable[[], Any]) -> Job:
        """``work`` (file and keyring calls) in the store's thread; the job finishes with a :class:`Done`."""

        async def body(report: Callable[[Any], None]) -> Done:
            return await self.in_thread(lambda: _guarded(work))

        job = self.context.worker.submit(name, body)
        self._pending.add(job)
        job.ended.connect(lambda: self._pending.discard(job))
        return job

    async def in_thread(self, work: Callable[[], T]) -> T:
        """For a worker job: ``work`` in the store's thread, in turn with the store's other calls."""
        return await asyncio.get_running_loop().run_in_executor(self._thread, work)

    @staticmethod
    def then(job: Job, receiver: QObject, slot: Callable[[Done], None]) -> None:
        """Calls ``slot`` with the job's :class:`Done` once it has finished — a bug (logged) as a
        :class:`StoreError` — unless ``receiver`` (the widget that asked) is gone by then."""

        def deliver(done: Done) -> None:
            if shiboken6.isValid(receiver):
                slot(done)

        job.finished.connect(deliver)
        job.failed.connect(lambda message: deliver(Done(error=StoreError(message))))

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
            self.warning.emit(describe(done.error))
            return
        read: _Read = done.value
        self._channels = {channel.id: channel for channel in read.channels}
        self._names = None
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
            self.warning.emit(describe(done.error))
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

    def _note(self, channel: Channel, revision: str | None) -> None:
        """Takes in a channel as stored now; announces it when it is new or differs."""
        if self._channels.get(channel.id) == channel and self._revisions.get(channel.id) == revision:
            return
        self._channels[channel.id] = channel
        self._revisions[channel.id] = revision
        self._names = None
        self.changed.emit(channel)

    def _forget(self, channel_id: str) -> None:
        if self._channels.pop(channel_id, None) is not None:
            self._revisions.pop(channel_id, None)
            self._names = None
            self.removed.emit(channel_id)

    def with_secrets(self, channel: Channel) -> Job:
        """The channel with its secrets, read from the keyring."""
        repo = self.context.repo
        return self.run("read a channel's secrets", lambda: repo.with_secrets(channel))

    def all_with_secrets(self, channels: list[Channel]) -> Job:
        """Several channels with their secrets (Test all), in one job."""
        repo = self.context.repo
        return self.run("read the channels' secrets", lambda: [repo.with_secrets(c) for c in channels])

    # --- changing (the rules are the service's) ---

    def change(self, name: str, work: Callable[[ChannelService], Change], *, undoable: bool = True) -> Job:
        """A change through the service, in the store's thread; the job finishes with a Done of the
        :class:`Change`. The channels it wrote are announced at once (``changed``/``removed``), then the file is
        read again so every view hears of the rest (a default moved, changes made elsewhere); ``undoable``:
        it goes on the undo stack."""
        repo, service = self.context.repo, self.service

        def changing() -> tuple[Change, list[tuple[str, Channel | None, str | None]]]:
            change = work(service)
            stamped = [
                (channel_id, None if c is None else c.without_secrets(), None if c is None else repo.revision(c.id))
                for channel_id, c in change.after.items()
            ]
            return change, stamped

        job = self.run(name, changing)
        job.finished.connect(lambda done: self._changed_here(done, undoable))
        job.ended.connect(self.reload)
        return job

    def _changed_here(self, done: Done, undoable: bool) -> None:
        if done.error is not None:
            return
        change, stamped = done.value
        for channel_id, channel, revision in stamped:
            if channel is None:
                self._forget(channel_id)
            else:
                self._note(channel, revision)
                self.edited.emit(channel)
        if undoable and change.changed:
            self.undo_stack.push(ChannelsChange(self, change))

    @staticmethod
    def change_of(done: Done) -> Done:
        """A change job's outcome as its caller wants it: the Change (or the error)."""
        return done if done.error is not None else Done(done.value[0])

    def save(self, channel: Channel, *, base: Channel | None, clash: Literal["mine", "theirs"] | None = None) -> Job:
        """Adds ``channel`` (no ``base``: a new one) or applies what changed since ``base`` to it as stored now."""
        return self.change("save a channel", lambda s: s.save(channel, base=base, origin=APP, clash=clash))

    def set_enabled(self, channel_id: str, enabled: bool, *, clear_default: bool = False) -> Job:
        return self.change(
            "enable or disable a channel",
            lambda s: s.set_enabled(channel_id, enabled, origin=APP, clear_default=clear_default),
        )

    def make_default(self, channel_id: str, *, enable: bool = False) -> Job:
        return self.change(
            "make a channel the default", lambda s: s.make_default(channel_id, origin=APP, enable=enable)
        )

    def delete(self, channel_id: str) -> Job:
        return self.change("delete a channel", lambda s: s.delete(channel_id, origin=APP))

    def undo(self, change: Change) -> Job:
        return self.change("undo a change", lambda s: s.undo(change, origin=APP), undoable=False)

    def redo(self, change: Change) -> Job:
        return self.change("redo a change", lambda s: s.redo(change, origin=APP), undoable=False)

    def plan_import(self, path: Path) -> Job:
        """What importing the file would do (finishes with an :class:`ImportPlan`); writes nothing."""
        from ..importexport import parse_import, plan_import, read_import_file

        repo = self.context.repo
        return self.run("read a file to import", lambda: plan_import(repo, parse_import(read_import_file(path))))

    def apply_import(self, plan: ImportPlan, chosen: set[int]) -> Job:
        """Imports the chosen steps of a plan (its Change's value is the ImportDone); one step to undo."""
        return self.change("import channels", lambda s: s.import_channels(plan, chosen, origin=APP))

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


def _guarded(work: Callable[[], Any]) -> Done:
    """The work's value, or the product's error (or the environment's) that stopped it; a bug propagates."""
    try:
        return Done(work())
    except Exception as error:
        if describe(error) is None:
            raise
        return Done(error=error)
