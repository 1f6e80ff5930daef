"""One channel's watch: its own schedule (the defaults where it sets none) and whether alerts go through it;
the same file and rules as ``pingtower-desktop-cli watch config``."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..channels import Channel
from ..watch.settings import WatchSettings, with_own_schedule
from .filled import filled
from .screen_fit import fit
from .watch_fields import ScheduleFields
from .wrap_label import WrapLabel


class ChannelWatchDialog(QDialog):
    def __init__(self, channel: Channel, settings: WatchSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_watch")
        self.setWindowTitle(filled(self.tr("Watch “%1”"), channel.name))
        fit(self, 420, 0)
        self.channel, self.settings = channel, settings
        intro = WrapLabel(
            self.tr(
                "The watch checks the channel in the background while the app runs (or its service does). "
                "An empty field takes the default from Settings."
            ),
            self,
        )
        self.fields = ScheduleFields(settings.channels.get(channel.id, {}), settings.default, self)
        self.alerts = QCheckBox(self.tr("Send the watch's alerts through this channel"), self)
        self.alerts.setObjectName("watch_alert_channel")
        self.alerts.setChecked(settings.alert_channel == channel.id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._allow)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.alerts)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _allow(self) -> None:
        _values, problems = self.fields.values()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def chosen(self) -> WatchSettings:
        """The settings with what was chosen here (call once accepted: the fields are valid)."""
        values, _problems = self.fields.values()
        settings = with_own_schedule(self.settings, self.channel.id, values)
        if self.alerts.isChecked():
            return replace(settings, alert_channel=self.channel.id)
        if settings.alert_channel == self.channel.id:
            return replace(settings, alert_channel=None)
        return settings
