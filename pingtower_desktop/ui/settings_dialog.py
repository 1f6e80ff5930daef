"""Settings, on three pages: General (language, the default test message and username, the keyring), Watch
(the default schedule, the alert channel, when secrets are due for rotation: the file ``watch config``
writes) and Network (the proxy: see ``network_page``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..storage import KeyringStatus
from ..watch.settings import WatchSettings
from .context import AppContext
from .core_text import core_tr
from .filled import filled
from .formatting import outcome_color
from .i18n import LANGUAGES
from .network_page import NetworkPage
from .screen_fit import fit
from .settings import SYSTEM_LANGUAGE, Preferences
from .status_label import StatusLabel
from .watch_fields import ScheduleFields


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, keyring_status: KeyringStatus | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        fit(self, 520, 0)
        self.context = context
        preferences = context.preferences
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.test_message = QLineEdit(preferences.test_message, self)
        self.test_message.setObjectName("default_test_message")
        self.test_message.setAccessibleName(self.tr("Default test message"))
        self.test_message.setPlaceholderText(self.tr("Test notification from PingTower Desktop"))
        self.test_username = QLineEdit(preferences.test_username, self)
        self.test_username.setObjectName("default_test_username")
        self.test_username.setAccessibleName(self.tr("Default test username"))
        self.test_username.setPlaceholderText(self.tr("Not set (e.g. testuser)"))
        self._keep_watching = preferences.keep_watching
        self.keep_watching = QCheckBox(
            self.tr("Keep watching the channels in the tray when the window is closed"), self
        )
        self.keep_watching.setObjectName("keep_watching")
        self.keep_watching.setChecked(preferences.keep_watching == "yes")
        self.keyring = StatusLabel(self.tr("Keyring status"), self)
        self.keyring.setObjectName("keyring_status")
        self.recheck = QPushButton(self.tr("Check again"), self)
        self.recheck.setObjectName("keyring_recheck")
        self.recheck.clicked.connect(self._recheck)
        self.show_status(keyring_status)

        general = QGroupBox(self.tr("General"), self)
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Language"), self.language)
        general_form.addRow(self.keep_watching)
        tests = QGroupBox(self.tr("Send test"), self)
        tests_form = QFormLayout(tests)
        tests_form.addRow(self.tr("Default message"), self.test_message)
        tests_form.addRow(self.tr("Default username"), self.test_username)
        keyring_box = QGroupBox(self.tr("Keyring"), self)
        keyring_layout = QVBoxLayout(keyring_box)
        keyring_layout.addWidget(self.keyring)
        keyring_layout.addWidget(self.recheck)
        watch_box = self._watch_group(context)
        self.network = NetworkPage(context, self)
        self.network.changed.connect(self._allow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("settings_pages")
        for title, boxes in (
            (self.tr("General"), [general, tests, keyring_box]),
            (self.tr("Watch"), [watch_box]),
            (self.tr("Network"), [self.network]),
        ):
            page = QWidget(self.pages)
            column = QVBoxLayout(page)
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: self.network.cancel())

    def _watch_group(self, context: AppContext) -> QGroupBox:
        self._watch = context.watch.current_settings()
        box = QGroupBox(self.tr("Watch"), self)
        self.schedule = ScheduleFields(self._watch.default.to_json(), None, box)
        self.schedule.changed.connect(self._allow)
        self.alert_channel = QComboBox(box)
        self.alert_channel.setObjectName("alert_channel")
        self.alert_channel.addItem(self.tr("None (alerts only on this computer)"), None)
        for channel in sorted(context.store.channels(), key=lambda c: c.name.casefold()):
            self.alert_channel.addItem(channel.name, channel.id)
        self.alert_channel.setCurrentIndex(max(self.alert_channel.findData(self._watch.alert_channel), 0))
        self.rotate_after = QSpinBox(box)
        self.rotate_after.setObjectName("rotate_after")
        self.rotate_after.setRange(1, 3650)
        self.rotate_after.setSuffix(" " + self.tr("days"))
        self.rotate_after.setValue(self._watch.rotate_after_days)
        QVBoxLayout(box).addWidget(self.schedule)
        self.schedule.form.addRow(self.tr("Alerts go through"), self.alert_channel)
        self.schedule.form.addRow(self.tr("Rotate secrets after"), self.rotate_after)
        return box

    def _allow(self) -> None:
        _values, problems = self.schedule.values()
        ok = not problems and not self.network.problems()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def watch_settings(self) -> WatchSettings:
        """The watch's settings with the default schedule, the alert channel and the rotation age chosen here."""
        values, _problems = self.schedule.values()
        return replace(
            self._watch,
            default=self._watch.default.from_json(values, self._watch.default),
            alert_channel=self.alert_channel.currentData(),
            rotate_after_days=self.rotate_after.value(),
        )

    def preferences(self) -> Preferences:
        return Preferences(
            language=self.language.currentData(),
            test_message=self.test_message.text().strip(),
            test_username=self.test_username.text().strip(),
            # unanswered stays unanswered (asked at the first close) unless the box was ticked here
            keep_watching="yes" if self.keep_watching.isChecked() else "no" if self._keep_watching else "",
        )

    def show_status(self, status: KeyringStatus | None) -> None:
        if status is None:
            self.keyring.setText(self.tr("Checking the keyring…"))
            self.keyring.setStyleSheet("")
            return
        self.keyring.setText(filled(self.tr("Backend: %1"), status.backend) + "\n" + core_tr(status.message))
        self.keyring.setStyleSheet(f"color: {outcome_color(status.usable).name()};")

    def _recheck(self) -> None:
        secrets = self.context.secrets

        async def body(report):
            return secrets.status()

        self.show_status(None)
        job = self.context.worker.submit("keyring status", body)
        job.finished.connect(self.show_status)
