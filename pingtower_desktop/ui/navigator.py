"""Which channel is shown: one owner, so that the list's current row and the editor's channel never differ.

Every way to move — a click or a key in the list, Ctrl+N, Duplicate, History ▸ Show, Import, closing the
window — asks here. With unsaved edits the person is asked first (Save, Discard, Cancel); the move is made
once the answer allows it: at once after Discard, after the save has finished when they chose Save (and
not at all when the save was refused: its reason is shown), never after Cancel. Meanwhile, and always, the
list's current row is the editor's channel (no row for a new channel that is not saved yet): the list
follows the editor, it never leads it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from . import prompts

if TYPE_CHECKING:
    from ..channels import Channel, ChannelType
    from .main_window import MainWindow


class Navigator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.editor
        self.list = window.channel_list
        #: What to do once the save under way has finished (the latest move asked for).
        self._after_save: Callable[[], None] | None = None
        self.list.current_changed.connect(self._picked)
        self.editor.save_finished.connect(self._save_finished)

    # --- moving ---

    def leave_then(self, move: Callable[[], None]) -> None:
        """Runs ``move`` once the editor may show something else (see the module's description)."""
        editor = self.editor
        if editor.saving:
            self._after_save = move  # the latest wish stands
            return
        if not editor.is_dirty:
            move()
            return
        answer = prompts.ask_unsaved(self.window, editor.name.text().strip() or self.window.tr("the new channel"))
        if answer is prompts.Unsaved.SAVE:
            self._after_save = move
            editor.save()  # save_finished follows (at once when it cannot even start)
        elif answer is prompts.Unsaved.DISCARD:
            editor.revert()
            move()
        self.follow()

    def show(self, channel_id: str) -> None:
        """Shows a stored channel (the person already agreed to leave the one on screen)."""
        stored = self.window.context.store.find(channel_id)
        if stored is not None:
            self.editor.show_stored(stored)
        self.follow()

    def show_new(self, kind: ChannelType, name: str, values: dict[str, Any] | None = None) -> None:
        self.editor.start_new(kind, name, values)
        self.follow()

    def clear(self) -> None:
        self.editor.clear()
        self.follow()

    def request(self, channel_id: str) -> None:
        """Moves to a channel as a click would (asking about unsaved changes)."""
        if channel_id != self.editor.channel_id or self.editor.is_new:
            self.leave_then(lambda: self.show(channel_id))
        else:
            self.follow()

    def follow(self) -> None:
        """The list's current row is the editor's stored channel (none while a new one is edited), and the
        window's commands are those of what is shown."""
        editor = self.editor
        self.list.select(editor.channel_id if editor.draft is not None and not editor.is_new else None)
        self.window.commands.refresh()

    # --- what the list and the editor tell ---

    def _picked(self, channel: Channel | None) -> None:
        """The person moved in the list: the row goes back to the editor's channel until the editor moves there
        (after the click has been handled: the view would select its row again after this)."""
        self.follow()
        QTimer.singleShot(0, self.follow)
        if channel is not None and channel.id != self.editor.channel_id:
            target = channel.id
            QTimer.singleShot(0, lambda: self.request(target))

    def _save_finished(self, saved: bool) -> None:
        move, self._after_save = self._after_save, None
        self.follow()
        if saved and move is not None:
            move()
