"""The editor of one channel: name, flags, the type's generated form, helpers, save/revert, Send test."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...channels import Channel, ChannelInvalid, ChannelType
from ...channels.base import new_id
from ...transport.notification import utc_now
from .. import prompts
from ..addons import Addon, addons_for
from ..channel_store import Done
from ..context import AppContext
from ..core_text import core_tr
from ..formatting import outcome_color
from ..plain_text import PlainLabel
from ..resources import type_icon
from ..wrap_label import WrapLabel
from .curl import CREATE_URL
from .curl_dialog import CurlDialog
from .form import ChannelForm, NoteLabel, problem_key
from .test_panel import TestPanel

if TYPE_CHECKING:
    from ..server_session import ServerSession
    from ..worker import Job


#: How much wider than needed the editor must be before the test panel goes back beside the form.
COLUMNS_MARGIN = 24


class ChannelEditor(QWidget):
    """Edits one channel at a time. ``saved`` carries the stored channel (without its secrets).

    A stored channel is shown at once as listed; its secrets follow from the keyring (read by the
    store, off the UI thread), their fields waiting meanwhile. The store tells of changes made
    elsewhere: an untouched form shows them, an edited one keeps its edits (Save merges them).
    """

    saved = Signal(object)
    dirty_changed = Signal(bool)
    tested = Signal(object, object, bool)  # Channel, DeliveryResult, of unsaved values
    # What the window's title names: the channel on screen, a new channel's heading, or "" for none.
    heading_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.channel_type: ChannelType | None = None
        self.form: ChannelForm | None = None
        self.addons: list[Addon] = []
        self._original: Channel | None = None
        #: The keyring revision of the shown channel's secrets, and the job reading them (None: read).
        self._revision: str | None = None
        self._secrets_job: Job | None = None
        self._saving = False
        #: The summary line speaks of the form's problems (or of reading secrets): it goes when they do.
        self._summary_of_problems = False
        self._draft_id = ""
        self._baseline: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._show_all_problems = False
        self._problems: dict[str, str] = {}
        self._dirty = False
        self._keyring: tuple[bool | None, str] = (None, "")
        self.curl_dialog: CurlDialog | None = None
        self.server: ServerSession | None = None
        self._test_when_read = False
        self._build()
        self.clear()

    # --- layout ---

    def _build(self) -> None:
        self.icon = PlainLabel(self)
        self.title = WrapLabel(self)  # a long name wraps: the heading never widens the editor
        self.title.setObjectName("editor_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = PlainLabel(self)
        self.state.setObjectName("editor_state")
        header = QHBoxLayout()
        header.addWidget(self.icon)
        header.addWidget(self.title, 1)
        header.addWidget(self.state)

        self.name = QLineEdit(self)
        self.name.setObjectName("field_name")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(self.tr("Required. The channel's name, unique among your channels."))
        self.name.setPlaceholderText(self.tr("e.g. On-call Telegram"))
        self.name.textChanged.connect(lambda: self._edited("name"))
        self.name_note = NoteLabel(self, reserve=True)
        self.name_note.setObjectName("problem_name")
        self.enabled = QCheckBox(self.tr("Enabled"), self)
        self.enabled.setObjectName("field_enabled")
        self.enabled.setAccessibleName(self.tr("Enabled"))
        self.enabled.setToolTip(self.tr("Disabled channels are skipped by Test all."))
        self.enabled.toggled.connect(lambda: self._edited("enabled"))
        self.is_default = QCheckBox(self.tr("Default channel"), self)
        self.is_default.setObjectName("field_isDefault")
        self.is_default.setAccessibleName(self.tr("Default channel"))
        self.is_default.setToolTip(self.tr("At most one channel is the default; choosing this one clears the other."))
        self.is_default.toggled.connect(lambda: self._edited("isDefault"))
        name_cell = QWidget(self)
        name_column = QVBoxLayout(name_cell)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(2)
        name_column.addWidget(self.name)
        name_column.addWidget(self.name_note)
        flags = QHBoxLayout()
        flags.addWidget(self.enabled)
        flags.addWidget(self.is_default)
        flags.addStretch(1)
        self.common = QFormLayout()
        self.name_label = PlainLabel(self.tr("Name") + " *", self)
        self.name_label.setBuddy(self.name)
        self.common.addRow(self.name_label, name_cell)
        self.common.addRow("", flags)

        self.fields_box = QGroupBox(self.tr("Settings"), self)
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.top_addons = QVBoxLayout()
        self.bottom_addons = QVBoxLayout()
        self.form_holder = QVBoxLayout()
        self.fields_layout.addLayout(self.top_addons)
        self.fields_layout.addLayout(self.form_holder)
        self.fields_layout.addLayout(self.bottom_addons)
        self.secret_note_label = WrapLabel(self)
        self.secret_note_label.setObjectName("secret_note")
        self.fields_layout.addWidget(self.secret_note_label)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the channel (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revert")
        self.revert_button.setToolTip(self.tr("Undo the changes not yet saved"))
        self.revert_button.clicked.connect(self.revert)
        self.curl_button = QPushButton(self.tr("Copy as curl…"), self)
        self.curl_button.setObjectName("copy_as_curl")
        self.curl_button.setToolTip(self.tr("The PingTower server's create request for this channel"))
        self.curl_button.clicked.connect(self.show_curl)
        self.summary = WrapLabel(self)
        self.summary.setObjectName("editor_summary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        self.action_bar = QWidget(self)  # below the scrolling form: Save and Revert are always in reach
        self.action_bar.setObjectName("editor_actions")
        actions = QHBoxLayout(self.action_bar)
        actions.setContentsMargins(0, 4, 0, 0)
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.curl_button)
        actions.addWidget(self.summary, 1)

        self.test_panel = TestPanel(self.context, self.draft, lambda: self.is_dirty or self.is_new, self)
        self.test_panel.tested.connect(self.tested)
        self.guide_box = QGroupBox(self.tr("How to set it up"), self)
        self.guide = WrapLabel(self.guide_box)
        self.guide.setObjectName("guide")
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.guide_box).addWidget(self.guide)

        self.form_pane = QWidget(self)
        left = QVBoxLayout(self.form_pane)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(self.common)
        left.addWidget(self.fields_box)
        left.addStretch(1)
        self.side_pane = QWidget(self)
        right = QVBoxLayout(self.side_pane)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.test_panel)
        self.side_addons = QVBoxLayout()
        right.addLayout(self.side_addons)
        right.addWidget(self.guide_box)
        right.addStretch(1)
        content = QWidget(self)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(self.form_pane, 3)
        self.columns.addWidget(self.side_pane, 2)
        self.body_scroll = QScrollArea(self)  # the form and the test panel scroll; the heading and Save do not
        self.body_scroll.setObjectName("editor_scroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(content)
        self.body_scroll.viewport().installEventFilter(self)  # its width changed
        content.installEventFilter(self)  # what it holds changed (another type's form, an add-on)
        self.empty = PlainLabel(self.tr("Select a channel on the left, or add one with Ctrl+N."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("editor_empty")
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(header)
        body_layout.addWidget(self.body_scroll, 1)
        body_layout.addWidget(self.action_bar)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize and watched is self.body_scroll.viewport()
        if resized or (event.type() == QEvent.Type.LayoutRequest and watched is self.body_scroll.widget()):
            self._arrange_columns()
        return super().eventFilter(watched, event)

    def _arrange_columns(self) -> None:
        """The test panel beside the form when both fit side by side, else below it (no sideways scrolling)."""
        spacing = self.columns.spacing()
        side_by_side = self.form_pane.minimumSizeHint().width() + self.side_pane.minimumSizeHint().width() + spacing
        width = self.body_scroll.viewport().width()
        wide = self.columns.direction() == QBoxLayout.Direction.LeftToRight
        # a margin against flapping: the vertical scroll bar comes and goes as the panes move
        if wide and width < side_by_side:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
        elif not wide and width >= side_by_side + COLUMNS_MARGIN:
            self.columns.setDirection(QBoxLayout.Direction.LeftToRight)

    # --- what the window calls ---

    @property
    def channel_id(self) -> str | None:
        """The id of the channel on screen (a new one's id before it is saved too)."""
        return self._draft_id or None

    @property
    def is_new(self) -> bool:
        return self.channel_type is not None and self._original is None

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def loading(self) -> bool:
        """The shown channel's secrets are still being read from the keyring."""
        return self._secrets_job is not None

    def set_keyring(self, usable: bool | None, backend: str = "") -> None:
        """Where secret fields are kept: the keyring (usable), memory only (not usable), or not yet known."""
        self._keyring = (usable, backend)
        self._update_secret_note()

    def _update_secret_note(self) -> None:
        specs = [spec for spec in self.channel_type.fields if spec.secret] if self.channel_type else []
        names = ", ".join(core_tr(spec.label) for spec in specs)
        usable, backend = self._keyring
        if usable is None:
            text = self.tr("%1: kept in the system keyring, never in the config file.")
        elif usable:
            text = self.tr("%1: kept in the system keyring (%2), never in the config file.").replace("%2", backend)
        else:
            text = self.tr("%1: no usable keyring, so kept in memory for this session only.")
        text = text.replace("%1", names)
        set_at = self.context.repo.secrets_set_at(self._original.id) if self._original is not None else None
        if set_at is not None:  # as the file said it when the store read it (no file access here)
            text += " " + self.tr("Set %n day(s) ago.", "", (utc_now() - set_at).days)
        self.secret_note_label.setText(text if specs else "")
        self.secret_note_label.setVisible(bool(specs))

    def clear(self) -> None:
        self._test_when_read = False
        self._stop_reading_secrets()
        self.test_panel.forget()
        self._set_type(None)
        self._original = None
        self._revision = None
        self._draft_id = ""
        self.test_panel.set_channel_id(None)
        self.empty.show()
        self.body.hide()
        self._set_dirty(False)
        self.heading_changed.emit("")

    def show_stored(self, channel: Channel) -> None:
        """Shows a stored channel as listed (no secrets) at once, then reads its secrets into the form."""
        self._test_when_read = False  # asked for another channel
        self.load(channel)
        self._revision = self.store.revision(channel.id)
        if not channel.type.secret_keys:
            return
        self._secrets_job = self.store.with_secrets(channel)
        self._secrets_job.finished.connect(self._secrets_read)
        self._secrets_job.ended.connect(self._secrets_ended)
        self._set_secrets_waiting(True)

    def _secrets_read(self, done: Done) -> None:
        if self.sender() is not self._secrets_job:
            return  # another channel is on screen by now
        if done.error is not None:
            self._stop_reading_secrets()
            prompts.show_error(self, self.tr("Keyring"), core_tr(done.error))
            return
        full: Channel = done.value
        self._original = full
        secrets = full.configuration(secrets="include")
        form = self.shown_form()
        form.blockSignals(True)
        for key in full.type.secret_keys:
            form.inputs[key].set_value(secrets.get(key, full.type.spec(key).default))
            self._baseline["configuration"][key] = form.inputs[key].value()
        form.blockSignals(False)
        self._stop_reading_secrets()  # the fields are filled: they take input again
        self._form_changed()

    def _secrets_ended(self) -> None:
        if self.sender() is self._secrets_job:  # cancelled, or a bug (logged): the fields take input again
            self._stop_reading_secrets()

    def _stop_reading_secrets(self) -> None:
        if self._secrets_job is not None:
            self._secrets_job = None
            self._set_secrets_waiting(False)

    def _set_secrets_waiting(self, waiting: bool) -> None:
        if self.form is None or self.channel_type is None:
            return
        for key in self.channel_type.secret_keys:
            self.form.inputs[key].widget.setEnabled(not waiting)
        self._revalidate()
        if not waiting and self._test_when_read:
            self._test_when_read = False
            self.test_panel.start()

    def test_when_ready(self) -> None:
        """Sends a test of the channel on screen now, or as soon as its secrets are read."""
        if self.loading:
            self._test_when_read = True
        else:
            self.test_panel.start()

    def load(self, channel: Channel) -> None:
        """Shows ``channel`` with the secrets it carries."""
        self._stop_reading_secrets()
        self.test_panel.forget()
        self._set_type(channel.type)
        self._original = channel
        self._draft_id = channel.id
        self._fill(channel.to_wire(secrets="include"))
        self._show_all_problems = True
        self._after_load()

    def start_new(self, channel_type: ChannelType, name: str, values: dict[str, Any] | None = None) -> None:
        """A blank channel of ``channel_type`` that exists only in the form until saved."""
        self._stop_reading_secrets()
        self.test_panel.forget()
        self._set_type(channel_type)
        self._original = None
        self._revision = None
        self._draft_id = new_id()
        defaults = {spec.key: spec.default for spec in channel_type.fields}
        self._fill({"name": name, "enabled": True, "isDefault": False, "configuration": defaults | (values or {})})
        self._show_all_problems = False
        self._after_load()
        self.name.selectAll()
        self.name.setFocus()

    def wire(self) -> dict[str, Any]:
        """The form's values as the document's JSON channel (secrets included)."""
        return {
            "id": self._draft_id,
            "name": self.name.text(),
            "type": self.channel_type.name if self.channel_type else "",
            "configuration": self.form.values() if self.form else {},
            "enabled": self.enabled.isChecked(),
            "isDefault": self.is_default.isChecked(),
        }

    def draft(self) -> Channel | None:
        """The channel as the form has it now, with its secrets, or None while a field is invalid."""
        if self.channel_type is None:
            return None
        try:
            return Channel.from_wire(self.wire(), with_secrets=True)
        except ChannelInvalid:
            return None

    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def save(self) -> bool:
        """Stores the channel; False (with the reason shown) when it cannot be saved.

        Returns once the store has written it (the window paints meanwhile; input waits)."""
        if self.channel_type is None or self.loading or self._saving:
            return False
        self._show_all_problems = True
        self._revalidate()
        channel = self.draft()
        if channel is None:
            return False
        self._saving = True
        try:
            done = self._store(channel)
        finally:
            self._saving = False
        if isinstance(done.error, ChannelInvalid):
            self._show_problems({problem_key(p.field): core_tr(p.message) for p in done.error.problems}, {})
        if done.error is not None:
            self._show_summary(self.tr("Not saved: %1").replace("%1", core_tr(done.error)), False)
            return False
        stored: Channel | None = done.value
        if stored is None:
            self._show_summary(self.tr("Not saved: it was changed elsewhere meanwhile."), None)
            return False
        if stored.to_wire("include") != channel.to_wire("include"):
            self._fill(stored.to_wire(secrets="include"))  # merged with changes made elsewhere meanwhile
        self._original = stored
        self._revision = self.store.revision(stored.id)
        self._baseline = self.wire()
        self._set_dirty(False)
        self._update_header()
        self._show_summary(self.tr("Saved."), True)
        self.saved.emit(Channel.from_wire(stored.to_wire(secrets="omit"), with_secrets=False))
        return True

    def _store(self, channel: Channel) -> Done:
        """Adds the channel, or applies the form's changes to it as stored now; asks when someone changed
        the same fields meanwhile (a value of None: the person chose to keep editing)."""
        from ...storage.repository import ChangedMeanwhile

        store = self.store
        done = store.value_of(store.wait(store.save(channel, base=self._original)))
        if not isinstance(done.error, ChangedMeanwhile):
            return done
        answer = prompts.ask_changed_meanwhile(self, channel.name, done.error.fields)
        if answer is prompts.Clash.CANCEL:
            return Done(None)
        return store.value_of(store.wait(store.save(channel, base=self._original, clash=answer.value)))

    def stored_removed(self) -> None:
        """The shown channel was deleted elsewhere: an untouched form empties; edits stay, as a new channel."""
        if not self._dirty:
            self.clear()
            return
        self._stop_reading_secrets()
        self._original = None
        self._revision = None
        self._update_header()
        self._set_dirty(True)
        self._show_summary(self.tr("Deleted elsewhere meanwhile: Save adds it again with your edits."), None)

    def stored_changed(self, channel: Channel) -> None:
        """The store's news of the shown channel (stored form): shown when the form is untouched; a flag the
        window changed (Enable, Make default) is shown either way; other edits are kept."""
        if self._original is None or self._saving or channel.id != self._draft_id:
            return
        revision = self.store.revision(channel.id)
        mine = self._original.without_secrets()
        if mine == channel and revision == self._revision:
            return
        flags_only = mine.replace(enabled=channel.enabled, is_default=channel.is_default) == channel
        if flags_only and not self.loading and revision == self._revision:
            self.set_enabled_flag(channel.enabled)
            self.set_default_flag(channel.is_default)
            return
        if not self._dirty:
            self.show_stored(channel)
            return
        self._show_summary(self.tr("Changed elsewhere meanwhile: your edits are kept, and Save merges them."), None)

    def revert(self) -> None:
        if self._original is not None:
            self.load(self._original)
        elif self.channel_type is not None:
            self._fill(self._baseline)
            self._touched.clear()
            self._revalidate()

    def set_default_flag(self, is_default: bool) -> None:
        """Mirrors a default change made elsewhere (toolbar) without marking the form dirty."""
        if self._original is None:
            return
        self._original = self._original.replace(is_default=is_default)
        dirty = self._dirty
        self.is_default.blockSignals(True)
        self.is_default.setChecked(is_default)
        self.is_default.blockSignals(False)
        self._baseline["isDefault"] = is_default
        if not dirty:
            self._set_dirty(False)

    def set_enabled_flag(self, enabled: bool) -> None:
        if self._original is None:
            return
        self._original = self._original.replace(enabled=enabled)
        self.enabled.blockSignals(True)
        self.enabled.setChecked(enabled)
        self.enabled.blockSignals(False)
        self._baseline["enabled"] = enabled
        self._set_dirty(self.wire() != self._baseline)

    def set_server(self, session: ServerSession) -> None:
        """The server logged in to: Copy as curl names its create endpoint; Send test may go through it."""
        self.server = session
        self.test_panel.set_server(session)

    def show_curl(self) -> None:
        channel = self.draft()
        if channel is None:
            return
        status = self.server.status if self.server is not None else None
        profile = status.profile if status is not None else None
        url = profile.base_url.rstrip("/") + profile.api.channels_path if profile is not None else CREATE_URL
        self.curl_dialog = CurlDialog(channel, url, self)
        self.curl_dialog.open()

    def focus_chain(self) -> list[QWidget]:
        def addons(placement: str) -> list[QWidget]:
            return [w for addon in self.addons if addon.placement == placement for w in addon.focus_chain()]

        chain: list[QWidget] = [self.name, self.enabled, self.is_default, *addons("top")]
        chain += self.form.focus_chain() if self.form else []
        chain += [*addons("bottom"), self.save_button, self.revert_button, self.curl_button]
        return [*chain, *self.test_panel.focus_chain(), *addons("side")]

    # --- internals ---

    def _set_type(self, channel_type: ChannelType | None) -> None:
        if channel_type is self.channel_type and self.form is not None:
            return
        for addon in self.addons:
            addon.cancel()
            _discard(addon)
        self.addons = []
        if self.form is not None:
            _discard(self.form)
            self.form = None
        self.channel_type = channel_type
        if channel_type is None:
            return
        self.form = ChannelForm(channel_type, self.fields_box)
        self.form.edited.connect(self._touched.add)  # comes first: the change's own problem shows with it
        self.form.changed.connect(self._form_changed)
        self.form_holder.addWidget(self.form)
        for addon_class in addons_for(channel_type.name):
            addon = addon_class(self)
            self.addons.append(addon)
            places = {"top": self.top_addons, "bottom": self.bottom_addons, "side": self.side_addons}
            places[addon.placement].addWidget(addon)
        self.icon.setPixmap(type_icon(channel_type.name).pixmap(32, 32))
        self._update_secret_note()
        self.guide.setText(core_tr(channel_type.guide))
        self.guide_box.setVisible(bool(channel_type.guide))
        chain = self.focus_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill(self, wire: dict[str, Any]) -> None:
        for widget in (self.name, self.enabled, self.is_default):
            widget.blockSignals(True)
        self.name.setText(str(wire.get("name", "")))
        self.enabled.setChecked(bool(wire.get("enabled", True)))
        self.is_default.setChecked(bool(wire.get("isDefault", False)))
        for widget in (self.name, self.enabled, self.is_default):
            widget.blockSignals(False)
        form = self.shown_form()
        form.blockSignals(True)
        form.set_values(dict(wire.get("configuration", {})))
        form.blockSignals(False)

    def shown_form(self) -> ChannelForm:
        """The form, which there is whenever a channel is on screen."""
        assert self.form is not None, "no channel is on screen"
        return self.form

    def _after_load(self) -> None:
        self.test_panel.set_channel_id(self._draft_id)
        self._touched.clear()
        self._baseline = self.wire()
        self.empty.hide()
        self.body.show()
        self._show_summary("", None)
        self._set_dirty(self.is_new)
        self._update_header()
        self._revalidate()
        for addon in self.addons:
            addon.refresh()

    def _update_header(self) -> None:
        """The heading names the channel and its type; the window's title follows (``heading_changed``)."""
        if self.channel_type is None:
            return
        label = core_tr(self.channel_type.label)
        if self._original is None:
            heading = self.tr("New %1 channel").replace("%1", label)
            self.title.setText(heading)
        else:
            heading = self._original.name
            self.title.setText(self.tr("%1 — %2 channel").replace("%1", heading).replace("%2", label))
        self.heading_changed.emit(heading)
        self._update_secret_note()  # the secrets' age is this channel's

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._form_changed()

    def _form_changed(self) -> None:
        if self.channel_type is None:
            return
        self._set_dirty(self.is_new or self.wire() != self._baseline)
        self._revalidate()
        for addon in self.addons:
            addon.refresh()

    def _revalidate(self) -> None:
        problems: dict[str, str] = {}
        warnings: dict[str, str] = {}
        # A problem's key → the keys whose touch shows it (a rule across fields shows from either side).
        shown_by: dict[str, set[str]] = {}
        clash = self._name_taken()
        if clash:
            problems["name"] = clash
        try:
            channel = Channel.from_wire(self.wire(), with_secrets=True)
        except ChannelInvalid as error:
            for problem in error.problems:
                key = problem_key(problem.field)
                problems.setdefault(key, core_tr(problem.message))
                shown_by.setdefault(key, {key}).update(problem.also)
        else:
            warnings = {problem_key(w.field): core_tr(w.message) for w in channel.config.warnings()}
        if self.loading and self.channel_type is not None:  # the secrets are on their way: not missing
            waiting = set(self.channel_type.secret_keys)
            problems = {key: text for key, text in problems.items() if key not in waiting}
        self._problems = problems
        shown = (
            problems
            if self._show_all_problems
            else {k: v for k, v in problems.items() if shown_by.get(k, {k}) & self._touched}
        )
        self._show_problems(shown, warnings)
        valid = not problems and not self.loading
        self.save_button.setEnabled(valid and self._dirty)
        self.curl_button.setEnabled(valid)
        reason = self._reading_text() if self.loading else "" if valid else self.tr("Fix the marked fields first.")
        self.test_panel.set_available(valid, reason)
        if self.loading:
            self._show_summary(reason, None)
        elif shown:
            self._show_summary(self.tr("%n field(s) need attention.", "", len(problems)), False)
        elif problems:
            self._show_summary(self.tr("Fill in the required fields (marked *)."), None)
        elif self.summary.text() and (self._dirty or self._summary_of_problems):
            self._show_summary("", None)
        self._summary_of_problems = self.loading or bool(problems)

    def _reading_text(self) -> str:
        return self.tr("Reading the secrets from the keyring…")

    def _name_taken(self) -> str:
        """Why the name in the form cannot be saved for another channel has it (names are unique ignoring
        case and spacing), or ""."""
        wanted = " ".join(self.name.text().split()).casefold()
        for channel in self.store.channels() if wanted else []:
            if channel.id != self.channel_id and " ".join(channel.name.split()).casefold() == wanted:
                return self.tr("another channel is already called “%1”").replace("%1", channel.name)
        return ""

    def _show_problems(self, problems: dict[str, str], warnings: dict[str, str]) -> None:
        self.name_note.show_text(problems.get("name", ""), outcome_color(False))
        if self.form is not None:
            self.form.show_notes(problems, warnings)

    def _show_summary(self, text: str, good: bool | None) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")

    def _set_dirty(self, dirty: bool) -> None:
        self.revert_button.setEnabled(dirty and not self.is_new)
        self.state.setText(self.tr("Unsaved changes") if dirty else "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty and not self._problems and not self.loading)


def _discard(widget: QWidget) -> None:
    """Takes a widget out of the editor at once (deleteLater alone leaves it on screen until idle)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
