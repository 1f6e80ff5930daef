"""The editor's Watch box: how the watch treats the channel on screen, and Change… for its own schedule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QWidget

from ...channels import Channel
from ...watch.schedule import every_text
from .. import prompts
from ..context import AppContext
from ..core_text import error_text
from ..filled import filled
from ..watch_dialog import ChannelWatchDialog
from ..wrap_label import WrapLabel


class WatchBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Watch"), parent)
        self.context = context
        self.channel: Channel | None = None
        self.line = WrapLabel(self)
        self.line.setObjectName("watch_line")
        self.button = QPushButton(self.tr("Change…"), self)
        self.button.setObjectName("watch_change")
        self.button.setToolTip(self.tr("How often the watch checks this channel, its canary test, its alerts"))
        self.button.clicked.connect(self.change)
        row = QHBoxLayout(self)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        context.watch.settings_changed.connect(lambda: self.show_channel(self.channel))

    def show_channel(self, stored: Channel | None) -> None:
        """How the watch treats ``stored`` (None: a channel not saved yet)."""
        self.channel = stored
        self.button.setEnabled(stored is not None)
        if stored is None:
            self.line.setText(self.tr("Once the channel is saved, the watch can check it."))
            return
        settings = self.context.watch.current_settings()
        schedule = settings.for_channel(stored.id)
        canary = schedule.canary.text() if schedule.canary else self.tr("off")
        said = self.tr("A check every %1, canary test %2, failing after %n failure(s) in a row.", "", schedule.failures)
        lines = [filled(said, every_text(schedule.every), canary)]
        if settings.alert_channel == stored.id:
            lines.append(self.tr("The watch's alerts go through this channel."))
        if not stored.enabled:
            lines.append(self.tr("Disabled: the watch leaves it alone."))
        self.line.setText(" ".join(lines))

    def change(self) -> ChannelWatchDialog | None:
        """The channel's own schedule and whether alerts go through it; saved when the dialog is accepted."""
        if self.channel is None:
            return None
        dialog = ChannelWatchDialog(self.channel, self.context.watch.current_settings(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog))
        dialog.open()
        return dialog

    def _chosen(self, dialog: ChannelWatchDialog) -> None:
        try:
            self.context.watch.change_settings(dialog.chosen())
        except OSError as error:
            prompts.show_error(self, self.tr("Watch"), error_text(error))
