"""Undo and redo of changes to the stored channels (Edit ▸ Undo, Ctrl+Z).

A change is kept as the channels it wrote, before and after (secrets included where it touched them,
so a deleted channel comes back with its secrets). Undoing puts the "before" back, redoing the "after",
each only if the channels are still as the change left them: what another window or the CLI changed
since is never overwritten (the history is cleared instead, and the window says why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..text import message_of

if TYPE_CHECKING:
    from ..channels import Channel
    from .channel_store import ChannelStore, Done


class ChannelsChange(QUndoCommand):
    def __init__(
        self,
        store: ChannelStore,
        text: str,
        before: dict[str, Channel | None],
        after: dict[str, Channel | None],
        *,
        flags: bool,
    ) -> None:
        super().__init__(text)
        self.store, self.before, self.after, self.flags = store, before, after, flags
        self._done = True  # pushed once carried out: the first redo() is the push itself

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.after, self.before)

    def undo(self) -> None:
        self._put(self.before, self.after)

    def _put(self, target: dict[str, Channel | None], expect: dict[str, Channel | None]) -> None:
        store = self.store
        store.then(store.restore(target, expect, flags=self.flags), store, self._carried_out)

    def _carried_out(self, done: Done) -> None:
        if done.error is not None:
            self.store.undo_stack.clear()
            self.store.undo_failed.emit(message_of(done.error))
