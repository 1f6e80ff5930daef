"""The editor's frame: its widgets and their layout — heading, name and flags, the type's form, helpers, the
Save bar, the test panel and the setup guide. Only building: what the widgets show is the editor's
(``editor.py``, which derives from this)."""

from __future__ import annotations

import os
from collections.abc import Mapping
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

from ...storage.network_settings import NetworkStore
from ...transport.notification import utc_now
from ...transport.proxy import Proxy, ProxyInvalid, ProxyRoute
from ..addons import addons_for
from ..core_text import core_tr
from ..filled import filled
from ..formatting import outcome_color
from ..plain_text import PlainLabel
from ..resources import type_icon
from ..wrap_label import WrapLabel
from .curl import CREATE_URL
from .curl_dialog import CurlDialog
from .form import ChannelForm, NoteLabel
from .test_panel import TestPanel
from .watch_box import WatchBox

if TYPE_CHECKING:
    from datetime import datetime

    from ...channels import Channel, ChannelType
    from ...draft import Check
    from ..addons import Addon
    from ..context import AppContext
    from ..server_session import ServerSession

#: How much wider than needed the editor must be before the test panel goes back beside the form.
COLUMNS_MARGIN = 24


class EditorFrame(QWidget):
    """The editor's widgets, laid out; the editor (a subclass) makes them show and edit a channel."""

    #: A field of the type's form was changed by the person (or an add-on), by key.
    field_edited = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form: ChannelForm | None = None
        self.addons: list[Addon] = []
        self.server: ServerSession | None = None
        self.curl_dialog: CurlDialog | None = None
        #: The draft's check as last rendered (see ``problems``).
        self._last_check: Check | None = None
        #: The Save bar's line speaks of the form's problems (or of reading secrets): it goes when they do.
        self._summary_of_problems = False
        #: Where secrets go: the keyring (True), memory only (False), or not yet known (None); and its name.
        self.keyring: tuple[bool | None, str] = (None, "")
        self._heading()
        self._common()
        self._settings()
        self._action_bar()
        self.test_panel = TestPanel(context, self.form_channel, lambda: self.is_dirty or self.is_new, self)
        self.guide_box = QGroupBox(self.tr("How to set it up"), self)
        self.guide = WrapLabel(self.guide_box)
        self.guide.setObjectName("guide")
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.guide_box).addWidget(self.guide)
        self.watch_box = WatchBox(context, self)
        self._panes()

    # what the test panel asks of the editor
    def form_channel(self) -> Channel | None:
        raise NotImplementedError

    @property
    def is_dirty(self) -> bool:
        raise NotImplementedError

    @property
    def is_new(self) -> bool:
        raise NotImplementedError

    def _heading(self) -> None:
        self.icon = PlainLabel(self)
        self.title = WrapLabel(self)  # a long name wraps: the heading never widens the editor
        self.title.setObjectName("editor_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = PlainLabel(self)
        self.state.setObjectName("editor_state")

    def _common(self) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("field_name")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(self.tr("Required. The channel's name, unique among your channels."))
        self.name.setPlaceholderText(self.tr("e.g. On-call Telegram"))
        self.name_note = NoteLabel(self, reserve=True)
        self.name_note.setObjectName("problem_name")
        self.enabled = QCheckBox(self.tr("Enabled"), self)
        self.enabled.setObjectName("field_enabled")
        self.enabled.setAccessibleName(self.tr("Enabled"))
        self.enabled.setToolTip(self.tr("Disabled channels are skipped by Test all."))
        self.is_default = QCheckBox(self.tr("Default channel"), self)
        self.is_default.setObjectName("field_isDefault")
        self.is_default.setAccessibleName(self.tr("Default channel"))
        self.is_default.setToolTip(
            self.tr("At most one channel is the default, and it is enabled; choosing this one clears the other.")
        )
        self.default_note = NoteLabel(self)
        self.default_note.setObjectName("problem_isDefault")
        name_cell = QWidget(self)
        name_column = QVBoxLayout(name_cell)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(2)
        name_column.addWidget(self.name)
        name_column.addWidget(self.name_note)
        flags_cell = QWidget(self)
        flags_column = QVBoxLayout(flags_cell)
        flags_column.setContentsMargins(0, 0, 0, 0)
        flags = QHBoxLayout()
        flags.addWidget(self.enabled)
        flags.addWidget(self.is_default)
        flags.addStretch(1)
        flags_column.addLayout(flags)
        flags_column.addWidget(self.default_note)
        self.common = QFormLayout()
        self.name_label = PlainLabel(self.tr("Name") + " *", self)
        self.name_label.setBuddy(self.name)
        self.common.addRow(self.name_label, name_cell)
        self.common.addRow("", flags_cell)

    def _settings(self) -> None:
        self.fields_box = QGroupBox(self.tr("Settings"), self)
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.top_addons = QVBoxLayout()
        self.bottom_addons = QVBoxLayout()
        self.side_addons = QVBoxLayout()
        self.form_holder = QVBoxLayout()
        self.fields_layout.addLayout(self.top_addons)
        self.fields_layout.addLayout(self.form_holder)
        self.fields_layout.addLayout(self.bottom_addons)
        self.secret_note_label = WrapLabel(self)
        self.secret_note_label.setObjectName("secret_note")
        self.fields_layout.addWidget(self.secret_note_label)

    def _action_bar(self) -> None:
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the channel (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revert")
        self.revert_button.setToolTip(self.tr("Undo the changes not yet saved"))
        self.curl_button = QPushButton(self.tr("Copy as curl…"), self)
        self.curl_button.setObjectName("copy_as_curl")
        self.curl_button.setToolTip(self.tr("The PingTower server's create request for this channel"))
        self.summary = WrapLabel(self)
        self.summary.setObjectName("editor_summary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        self.action_bar = QWidget(self)  # below the scrolling form: Save and Revert are always in reach
        self.action_bar.setObjectName("editor_actions")
        bar = QVBoxLayout(self.action_bar)
        bar.setContentsMargins(0, 4, 0, 0)
        bar.addWidget(self.summary)  # over the buttons, as wide as the editor: no column of short lines
        actions = QHBoxLayout()
        for button in (self.save_button, self.revert_button, self.curl_button):
            actions.addWidget(button)
        actions.addStretch(1)
        bar.addLayout(actions)

    def _panes(self) -> None:
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
        right.addLayout(self.side_addons)
        right.addWidget(self.watch_box)
        right.addWidget(self.guide_box)
        right.addStretch(1)
        content = QWidget(self)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(self.form_pane, 3)
        self.columns.addWidget(self.side_pane, 2)
        self.body_scroll = QScrollArea(self)  # the form and the test panel scroll; the heading and Save do not
        self.body_scroll.setObjectName("editor_scroll")
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus inside
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(content)
        arranger = ColumnArranger(self)
        self.body_scroll.viewport().installEventFilter(arranger)  # its width changed
        content.installEventFilter(arranger)  # what it holds changed (another type's form, an add-on)
        self.empty = PlainLabel(self.tr("Select a channel on the left, or add one with Ctrl+N."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("editor_empty")
        header = QHBoxLayout()
        header.addWidget(self.icon)
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
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

    # --- what the widgets show (the editor says what) ---

    def problems(self) -> dict[str, str]:
        """The draft's problems as last checked (translated)."""
        check = self._last_check
        return {key: core_tr(text) for key, text in check.problems.items()} if check else {}

    def shown_form(self) -> ChannelForm:
        """The form, which there is whenever a channel is on screen."""
        assert self.form is not None, "no channel is on screen"
        return self.form

    def set_server(self, session: ServerSession) -> None:
        """The server logged in to: Copy as curl names its create endpoint; Send test may go through it."""
        self.server = session
        self.test_panel.set_server(session)

    def show_curl(self) -> None:
        channel = self.form_channel()
        if channel is None:
            return
        status = self.server.status if self.server is not None else None
        profile = status.profile if status is not None else None
        url = profile.base_url.rstrip("/") + profile.api.channels_path if profile is not None else CREATE_URL
        self.curl_dialog = CurlDialog(channel, url, self, proxy=self._proxy_to(url))
        self.curl_dialog.open()

    def _proxy_to(self, url: str) -> Proxy | None:
        """The proxy a request to ``url`` goes through by the saved network settings (its password unread)."""
        network = NetworkStore(self.context.paths, self.context.secrets)
        try:
            return ProxyRoute.choose(network.load(), os.environ).for_url(url)
        except ProxyInvalid:
            return None  # said where it is set (Settings ▸ Network) and by every send

    def install_type(self, channel_type: ChannelType | None) -> None:
        """The form and add-ons of ``channel_type`` (none for None), in the focus order."""
        if self.form is not None and self.form.channel_type is channel_type:
            return
        for addon in self.addons:
            addon.cancel()
            discard(addon)
        self.addons = []
        if self.form is not None:
            discard(self.form)
            self.form = None
        if channel_type is None:
            return
        self.form = ChannelForm(channel_type, self.fields_box)
        self.form.edited.connect(self.field_edited)
        for table in self.form.headers_tables():
            table.set_marked(self.context.preferences.hidden_headers)
            table.marks_changed.connect(self._remember_hidden_headers)
        self.form_holder.addWidget(self.form)
        places = {"top": self.top_addons, "bottom": self.bottom_addons, "side": self.side_addons}
        for addon_class in addons_for(channel_type.name):
            addon = addon_class(self)
            self.addons.append(addon)
            places[addon.placement].addWidget(addon)
        self.icon.setPixmap(type_icon(channel_type.name).pixmap(32, 32))
        self.show_guide(channel_type, {})
        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

    def _remember_hidden_headers(self, names: frozenset[str]) -> None:
        self.context.preferences = self.context.preferences._replace(hidden_headers=names)
        self.context.save_preferences()

    def show_guide(self, channel_type: ChannelType, values: Mapping[str, Any]) -> None:
        """The setup steps for the form's values (an e-mail provider's own, say)."""
        text = core_tr(channel_type.guide_of(values))
        if text != self.guide.text():
            self.guide.setText(text)
        self.guide_box.setVisible(bool(text))

    _filling = False

    def focus_chain(self) -> list[QWidget]:
        def addons(placement: str) -> list[QWidget]:
            return [w for addon in self.addons if addon.placement == placement for w in addon.focus_chain()]

        # as it reads: the form's column, then the test's (beside it or under it), then the Save bar below both
        chain: list[QWidget] = [self.name, self.enabled, self.is_default, *addons("top")]
        chain += self.form.focus_chain() if self.form else []
        chain += [*addons("bottom"), *self.test_panel.focus_chain(), *addons("side"), self.watch_box.button]
        return [*chain, self.save_button, self.revert_button, self.curl_button]

    def show_problems(self, problems: dict[str, str], warnings: dict[str, str]) -> None:
        self.name_note.show_text(problems.get("name", ""), outcome_color(False))
        self.default_note.show_text(problems.get("isDefault", ""), outcome_color(False))
        if self.form is not None:
            self.form.show_notes(problems, warnings)

    def show_buttons(self, check: Check, *, loading: bool, dirty: bool, saving: bool) -> str:
        """Save, Revert, Copy as curl and Send test as the check allows; answers why a test cannot be sent."""
        ready = check.valid and not loading
        self.save_button.setEnabled(ready and dirty and not saving)
        self.revert_button.setEnabled(dirty and not self.is_new and not saving)
        self.curl_button.setEnabled(ready)
        reason = self.reading_text() if loading else "" if check.valid else self.tr("Fix the marked fields first.")
        self.test_panel.set_available(ready, reason)
        return reason

    def show_heading(self, channel_type: ChannelType, name: str, stored_name: str | None) -> str:
        """Heads the editor with the channel's stored name and type, or for a new one (None) the name being
        typed; answers the name the window's title gives."""
        label = core_tr(channel_type.label)
        if stored_name is not None:
            self.title.setText(filled(self.tr("%1 — %2 channel"), stored_name, label))
            return stored_name
        untitled, typed = filled(self.tr("New %1 channel"), label), name.strip()
        named = typed and typed != untitled
        self.title.setText(filled(self.tr("%1 — new %2 channel"), typed, label) if named else untitled)
        return typed or untitled

    def show_summary(self, text: str, good: bool | None) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.summary.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")

    def summarise(self, check: Check, reason: str, *, loading: bool, dirty: bool) -> None:
        """The Save bar's line about the form: reading secrets, how many fields need attention, or nothing."""
        if loading:
            self.show_summary(reason, None)
        elif check.shown:
            self.show_summary(self.tr("%n field(s) need attention.", "", len(check.problems)), False)
        elif check.problems:
            self.show_summary(self.tr("Fill in the required fields (marked *)."), None)
        elif self.summary.text() and (dirty or self._summary_of_problems):
            self.show_summary("", None)
        self._summary_of_problems = loading or bool(check.problems)

    def reading_text(self) -> str:
        return self.tr("Reading the secrets from the keyring…")

    def show_secret_note(self, channel_type: ChannelType | None, set_at: datetime | None) -> None:
        """Where the type's secret fields are kept (see ``keyring``), and how old the stored ones are."""
        specs = [spec for spec in channel_type.fields if spec.secret] if channel_type else []
        names = ", ".join(core_tr(spec.label) for spec in specs)
        usable, backend = self.keyring
        if usable is None:
            text = filled(self.tr("%1: kept in the system keyring, never in the config file."), names)
        elif usable:
            text = filled(self.tr("%1: kept in the system keyring (%2), never in the config file."), names, backend)
        else:
            text = filled(self.tr("%1: no usable keyring, so kept in memory for this session only."), names)
        if set_at is not None:
            days = (utc_now() - set_at).days
            text += " " + (self.tr("Set %n day(s) ago.", "", days) if days else self.tr("Set today."))
        self.secret_note_label.setText(text if specs else "")
        self.secret_note_label.setVisible(bool(specs))


def discard(widget: QWidget) -> None:
    """Takes a widget out of the editor at once (deleteLater alone leaves it on screen until idle)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class ColumnArranger(QObject):
    """The test panel beside the form when both fit side by side, else below it (no sideways scrolling)."""

    def __init__(self, editor: EditorFrame) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self.editor
        resized = event.type() == QEvent.Type.Resize and watched is editor.body_scroll.viewport()
        if resized or (event.type() == QEvent.Type.LayoutRequest and watched is editor.body_scroll.widget()):
            self.arrange()
        return False

    def arrange(self) -> None:
        editor = self.editor
        spacing = editor.columns.spacing()
        side_by_side = editor.form_pane.minimumSizeHint().width() + editor.side_pane.minimumSizeHint().width() + spacing
        width = editor.body_scroll.viewport().width()
        wide = editor.columns.direction() == QBoxLayout.Direction.LeftToRight
        # a margin against flapping: the vertical scroll bar comes and goes as the panes move
        if wide and width < side_by_side:
            editor.columns.setDirection(QBoxLayout.Direction.TopToBottom)
        elif not wide and width >= side_by_side + COLUMNS_MARGIN:
            editor.columns.setDirection(QBoxLayout.Direction.LeftToRight)
