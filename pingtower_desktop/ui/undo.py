"""Undo and redo of changes to the stored channels (Edit ▸ Undo, Ctrl+Z).

A command holds the core's :class:`~pingtower_desktop.channel_service.Change`: the channels it wrote,
before and after (secrets included where it touched them, so a deleted channel comes back with its
secrets). Undoing and redoing are the service's (each only if the channels are still as the change left
them: what another window or the CLI changed since is never overwritten — the history is cleared
instead, and the window says why); this command only carries them to the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from .core_text import core_tr, error_text

if TYPE_CHECKING:
    from ..channel_service import Change
    from .channel_store import ChannelStore, Done


class ChannelsChange(QUndoCommand):
    def __init__(self, store: ChannelStore, change: Change) -> None:
        super().__init__(core_tr(change.title()))
        self.store, self.change = store, change
        self._done = True  # pushed once carried out: the first redo() is the push itself

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.store.then(self.store.redo(self.change), self.store, self._carried_out)

    def undo(self) -> None:
        self.store.then(self.store.undo(self.change), self.store, self._carried_out)

    def _carried_out(self, done: Done) -> None:
        if done.error is not None:
            self.store.undo_stack.clear()
            self.store.undo_failed.emit(error_text(done.error))
