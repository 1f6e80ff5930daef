"""The editor of one channel: a view of a :class:`~pingtower_desktop.draft.Draft`.

The widgets show the draft and every edit goes into it; what to show as a problem, whether Save and Send
test may be pressed, whether there are unsaved changes — all are the draft's answers. Saving is
asynchronous: the store writes in its thread and the editor hears ``save_finished`` (True: saved; False:
refused, with the reason shown, or not carried out); nothing waits. A stored channel is shown at once as
listed; its secrets follow from the keyring. The store tells of changes made elsewhere: an untouched form
shows them, an edited one keeps its edits (Save merges them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...channels import Channel, ChannelType
from ...draft import SETTINGS, Draft
from .. import prompts
from ..channel_store import Done
from ..context import AppContext
from ..core_text import core_tr, error_text
from ..filled import filled
from .editor_layout import EditorFrame
from .saver import Saved, Saver

if TYPE_CHECKING:
    from ..worker import Job


class ChannelEditor(EditorFrame):
    """Edits one channel at a time. ``saved`` carries the stored channel (without its secrets)."""

    saved = Signal(object)
    save_finished = Signal(bool)  # a save asked for is over: True saved, False not (the reason is shown)
    dirty_changed = Signal(bool)
    tested = Signal(object, object, bool)  # Channel, DeliveryResult, of unsaved values
    # What the window's title names: the channel on screen, a new channel's heading, or "" for none.
    heading_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.store
        self.draft: Draft | None = None
        #: The keyring revision of the shown channel's secrets, and the job reading them.
        self._revision: str | None = None
        self._secrets_job: Job | None = None
        self.saver = Saver(self.store, self)
        self.saver.finished.connect(self._saved)
        self._was_dirty = False
        self._test_when_read = False
        self.test_panel.tested.connect(self.tested)
        self.field_edited.connect(self._form_edited)
        self.name.textChanged.connect(lambda text: self._edit("name", text))
        self.enabled.toggled.connect(lambda on: self._edit("enabled", on))
        self.is_default.toggled.connect(lambda on: self._edit("isDefault", on))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.curl_button.clicked.connect(self.show_curl)
        self.store.changed.connect(lambda *_changed: self._update_watch())  # enabled or disabled elsewhere
        self.clear()

    @property
    def channel_type(self) -> ChannelType | None:
        return self.draft.channel_type if self.draft is not None else None

    @property
    def channel_id(self) -> str | None:
        """The id of the channel on screen (a new one's id before it is saved too)."""
        return self.draft.id if self.draft is not None else None

    @property
    def is_new(self) -> bool:
        return self.draft is not None and self.draft.is_new

    @property
    def is_dirty(self) -> bool:
        return self.draft is not None and self.draft.dirty

    @property
    def loading(self) -> bool:
        """The shown channel's secrets are still being read from the keyring."""
        return self._secrets_job is not None

    @property
    def saving(self) -> bool:
        return self.saver.running

    def form_channel(self) -> Channel | None:
        """The channel as the form has it now, with its secrets, or None while a field is invalid."""
        return self.draft.channel() if self.draft is not None else None

    # --- showing a channel ---

    def clear(self) -> None:
        self._test_when_read = False
        self._stop_reading_secrets()
        self.test_panel.forget()
        self._show(None)
        self.heading_changed.emit("")

    def show_stored(self, channel: Channel) -> None:
        """Shows a stored channel as listed (no secrets) at once, then reads its secrets into the form."""
        self._test_when_read = False  # asked for another channel
        self._stop_reading_secrets()
        self._revision = self.store.revision(channel.id)
        if channel.type.secret_keys:  # asked for first: the form shows it waiting for them from the start
            self._secrets_job = self.store.with_secrets(channel)
            self.store.then(self._secrets_job, self, lambda done: self._secrets_read(channel.id, done))
            self._secrets_job.ended.connect(self._secrets_ended)
        self._show(Draft.of(channel, secrets_pending=True))

    def start_new(self, channel_type: ChannelType, name: str, values: dict[str, Any] | None = None) -> None:
        """A blank channel of ``channel_type`` that exists only in the form until saved."""
        self._stop_reading_secrets()
        self._revision = None
        self._show(Draft.new(channel_type, name, values))
        self.name.selectAll()
        self.name.setFocus()

    def _show(self, draft: Draft | None) -> None:
        self.test_panel.forget()
        another = draft is None or self.draft is None or draft.id != self.draft.id
        self.draft = draft
        self.install_type(draft.channel_type if draft is not None else None)
        self.test_panel.set_channel_id(draft.id if draft is not None else None)
        if draft is not None:
            self._fill()
            self.show_summary("", None)
            self._update_header()
        self._update_secret_note()
        self._update_watch()
        self._render()
        self.empty.setVisible(draft is None)  # shown once filled: widgets that are not on screen lay out nothing
        self.body.setVisible(draft is not None)
        if another:  # another channel is read from its top, its name first
            self.body_scroll.verticalScrollBar().setValue(0)

    def _secrets_read(self, channel_id: str, done: Done) -> None:
        if self.draft is None or self.draft.id != channel_id or not self.loading:
            return  # another channel is on screen by now
        self._stop_reading_secrets()
        if done.error is not None:
            self._render()
            prompts.show_error(self, self.tr("Keyring"), error_text(done.error))
            return
        self.draft.take_secrets(done.value)
        self._fill(secrets_only=True)
        self._render()
        if self._test_when_read:
            self._test_when_read = False
            self.test_panel.start()

    def _secrets_ended(self) -> None:
        if self.sender() is self._secrets_job:  # cancelled, or a bug (logged): the fields take input again
            self._stop_reading_secrets()
            self._render()

    def _stop_reading_secrets(self) -> None:
        self._secrets_job = None
        if self.draft is not None:
            self.draft.secrets_pending = False

    def test_when_ready(self) -> None:
        """Sends a test of the channel on screen now, or as soon as its secrets are read."""
        if self.loading:
            self._test_when_read = True
        else:
            self.test_panel.start()

    # --- editing ---

    def _edit(self, key: str, value: Any) -> None:
        if self.draft is None or self._filling:
            return
        self.draft.put(key, value)
        if key == "name" and self.draft.is_new:
            self._update_header()
        if key not in SETTINGS:  # a result shown was of other values (another server, say)
            self.test_panel.values_changed()
        self._render()

    def _form_edited(self, key: str) -> None:
        if self.form is not None:
            self._edit(key, self.form.inputs[key].value())

    def revert(self) -> None:
        if self.draft is not None and not self.is_new:
            self.draft.revert()
            self._fill()
            self._render()

    # --- saving ---

    def save(self) -> bool:
        """Starts storing the channel; False (the reason shown, ``save_finished(False)``) when it cannot be."""
        draft = self.draft
        if draft is None or self.saving:
            return False
        draft.show_all = True
        self._render()
        channel = draft.channel() if self._last_check is not None and self._last_check.valid else None
        if channel is None or self.loading:
            why = self.reading_text() if self.loading else self.tr("Not saved: fix the marked fields first.")
            self.show_summary(why, None if self.loading else False)
            self.save_finished.emit(False)
            return False
        self.saver.start(channel, draft.base)
        self._render()
        return True

    def _saved(self, saved: Saved) -> None:
        draft = self.draft
        if draft is None or draft.id != saved.channel_id:  # gone from the screen meanwhile (deleted elsewhere)
            self.save_finished.emit(saved.stored is not None)
            return
        if saved.stored is None:
            if saved.kept_editing:
                self.show_summary(self.tr("Not saved: it was changed elsewhere meanwhile."), None)
            else:
                self.show_summary(filled(self.tr("Not saved: %1"), saved.why), False)
            self._render(keep_summary=True)
            if saved.problems:
                self.show_problems(saved.problems, {})
            self.save_finished.emit(False)
            return
        stored = saved.stored
        draft.saved(stored)  # merged with changes made elsewhere meanwhile, maybe
        self._revision = self.store.revision(stored.id)
        self._fill()
        self._update_header()
        self.test_panel.values_saved()
        self.show_summary(self.tr("Saved."), True)
        self._update_secret_note()  # the secrets' age, if they were set now
        self._update_watch()  # a new channel can be watched now
        self._render(keep_summary=True)
        self.saved.emit(stored.without_secrets())
        self.save_finished.emit(True)

    # --- news from the store ---

    def stored_removed(self) -> None:
        """The shown channel was deleted elsewhere: an untouched form empties; edits stay, as a new channel."""
        if self.draft is None:
            return
        if not self.draft.dirty:
            self.clear()
            return
        self._stop_reading_secrets()
        self.draft.lost_base()
        self._revision = None
        self._update_header()
        self.show_summary(self.tr("Deleted elsewhere meanwhile: Save adds it again with your edits."), None)
        self._render(keep_summary=True)

    def stored_changed(self, channel: Channel) -> None:
        """The store's news of the shown channel (stored form): shown when the form is untouched; a flag the
        window changed (Enable, Make default) is shown either way; other edits are kept."""
        draft = self.draft
        if draft is None or draft.base is None or self.saving or channel.id != draft.id:
            return
        revision = self.store.revision(channel.id)
        mine = draft.base.without_secrets()
        if mine == channel and revision == self._revision:
            return
        if self._only_flags_changed(mine, channel, revision):
            draft.mirror_flags(channel.enabled, channel.is_default)
            self._fill()
            self._render(keep_summary=True)
        elif not draft.dirty:
            self.show_stored(channel)
        else:
            self.show_summary(self.tr("Changed elsewhere meanwhile: your edits are kept, and Save merges them."), None)

    def _only_flags_changed(self, mine: Channel, stored: Channel, revision: str | None) -> bool:
        same_otherwise = mine.replace(enabled=stored.enabled, is_default=stored.is_default) == stored
        return same_otherwise and not self.loading and revision == self._revision

    # --- around the form ---

    def set_keyring(self, usable: bool | None, backend: str = "") -> None:
        """Where secret fields are kept: the keyring (usable), memory only (not usable), or not yet known."""
        self.keyring = (usable, backend)
        self._update_secret_note()

    def _update_watch(self) -> None:
        draft = self.draft
        self.watch_box.show_channel(self.store.find(draft.id) if draft is not None and not draft.is_new else None)

    def _update_secret_note(self) -> None:
        base = self.draft.base if self.draft is not None else None
        # the age as the file said it when the store read it (no file access here)
        self.show_secret_note(self.channel_type, self.context.repo.secrets_set_at(base.id) if base else None)

    # --- rendering the draft ---

    def _fill(self, *, secrets_only: bool = False) -> None:
        """The widgets show the draft's values (no widget reports this as an edit)."""
        draft, form = self.draft, self.shown_form()
        assert draft is not None
        self._filling = True
        try:
            if not secrets_only:
                self.name.setText(draft.name)
                self.enabled.setChecked(bool(draft.values["enabled"]))
                self.is_default.setChecked(bool(draft.values["isDefault"]))
            form.blockSignals(True)
            keys = draft.channel_type.secret_keys if secrets_only else [spec.key for spec in draft.channel_type.fields]
            for key in keys:
                form.inputs[key].set_value(draft.get(key))
            form.blockSignals(False)
        finally:
            self._filling = False

    def _render(self, *, keep_summary: bool = False) -> None:
        """Problems, buttons, summary and the dirty mark, as the draft's check says."""
        self._render_dirty()
        if self.draft is None:
            self._last_check = None
            return
        check = self._last_check = self.draft.check(self.store.names())
        for key in self.draft.channel_type.secret_keys:
            self.shown_form().inputs[key].widget.setEnabled(not self.loading)
        self.show_problems(
            {k: core_tr(v) for k, v in check.shown.items()}, {k: core_tr(v) for k, v in check.warnings.items()}
        )
        self.show_guide(self.draft.channel_type, self.draft.values["configuration"])
        reason = self.show_buttons(check, loading=self.loading, dirty=self.is_dirty, saving=self.saving)
        if not keep_summary:
            self.summarise(check, reason, loading=self.loading, dirty=self.is_dirty)
        for addon in self.addons:
            addon.refresh()

    def _render_dirty(self) -> None:
        dirty = self.is_dirty
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
        self.state.setText(self.tr("Unsaved changes") if dirty else "")

    def _update_header(self) -> None:
        """The heading names the channel and its type; the window's title follows (``heading_changed``)."""
        draft = self.draft
        if draft is not None:
            stored_name = draft.base.name if draft.base is not None else None
            self.heading_changed.emit(self.show_heading(draft.channel_type, draft.name, stored_name))
