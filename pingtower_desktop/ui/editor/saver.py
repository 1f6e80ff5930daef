"""Saving the editor's channel, asynchronously: the store writes in its thread; ``finished`` tells how it went.

Someone may have changed the same fields elsewhere meanwhile: the person is asked whose values stand
(or to keep editing), and the save goes on or ends accordingly. Nothing waits for the store: the
editor hears ``finished`` with a :class:`Saved` whatever became of the save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...channels import Channel, ChannelInvalid
from ...draft import problem_key
from ...storage.repository import ChangedMeanwhile
from .. import prompts
from ..channel_store import ChannelStore, Done
from ..core_text import core_tr, error_text

if TYPE_CHECKING:
    from ..worker import Job


class Saved(NamedTuple):
    """How a save went: the stored channel (None: not saved), why not, and per field what the store refused."""

    channel_id: str
    stored: Channel | None
    why: str = ""
    problems: dict[str, str] | None = None
    #: The person chose to keep editing after a change made elsewhere meanwhile.
    kept_editing: bool = False


class Saver(QObject):
    finished = Signal(object)  # Saved

    def __init__(self, store: ChannelStore, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.parent_widget = parent
        self.job: Job | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, channel: Channel, base: Channel | None, clash: str | None = None) -> None:
        """Adds ``channel`` (no ``base``) or applies what changed since ``base`` to it as stored now."""
        self.job = self.store.save(channel, base=base, clash=clash)  # type: ignore[arg-type]
        self.store.then(self.job, self, lambda done: self._done(channel, base, done))

    def _done(self, channel: Channel, base: Channel | None, done: Done) -> None:
        self.job = None
        done = self.store.change_of(done)
        error = done.error
        if isinstance(error, ChangedMeanwhile):
            answer = prompts.ask_changed_meanwhile(self.parent_widget, channel.name, error.fields)
            if answer is not prompts.Clash.CANCEL:
                self.start(channel, base, answer.value)
                return
            self.finished.emit(Saved(channel.id, None, kept_editing=True))
        elif error is not None:
            problems = error.problems if isinstance(error, ChannelInvalid) else []
            refused = {problem_key(p.field): core_tr(p.message) for p in problems}
            self.finished.emit(Saved(channel.id, None, error_text(done.error), refused or None))
        else:
            self.finished.emit(Saved(channel.id, done.value.value))
