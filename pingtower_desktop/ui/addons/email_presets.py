"""EMAIL: presets (Gmail, Outlook/Hotmail, Yahoo, Custom) and the TLS mode that matches the port."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core_text import core_tr
from ..filled import filled
from ..plain_text import PlainLabel
from ..wrap_label import WrapLabel
from .base import Addon

# Port → (useTls, useSsl) that port normally means.
PORT_TLS = {587: (True, False), 465: (False, True)}


class EmailPresets(Addon):
    placement = "top"

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.presets = editor.shown_form().channel_type.presets  # the form is built first
        self.combo = QComboBox(self)
        self.combo.setObjectName("email_preset")
        self.combo.setAccessibleName(self.tr("Mail provider preset"))
        self.combo.setToolTip(self.tr("Fills the SMTP server, port and TLS mode with the provider's values."))
        self.combo.addItem(self.tr("Choose a provider…"), "")
        for name in self.presets:
            self.combo.addItem(core_tr(name), name)
        self.combo.activated.connect(self._apply_preset)
        self.suggestion = WrapLabel(self)
        self.suggestion.setObjectName("tls_suggestion")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("apply_tls_suggestion")
        self.apply_button.clicked.connect(self._apply_suggestion)
        self._suggested: tuple[bool, bool] | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        label = PlainLabel(self.tr("Preset"), self)
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        hint = QHBoxLayout()
        hint.setContentsMargins(0, 0, 0, 0)
        hint.addWidget(self.suggestion, 1)
        hint.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(hint)

    def focus_chain(self) -> list[QWidget]:
        return [self.combo, self.apply_button]

    def preset_names(self) -> list[str]:
        return list(self.presets)

    def choose(self, name: str) -> None:
        """Fills host, port and TLS from the preset called ``name``."""
        for key, value in self.presets[name].items():
            self.set_value(key, value)
        self.combo.setCurrentIndex(self.combo.findData(name))

    def _apply_preset(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name:
            self.choose(name)

    def refresh(self) -> None:
        host, port = self.value("smtpHost"), self.value("smtpPort")
        matching = next(
            (
                name
                for name, values in self.presets.items()
                if values["smtpHost"] == host and values["smtpPort"] == port
            ),
            "",
        )
        self.combo.setCurrentIndex(max(self.combo.findData(matching), 0))
        suggested = PORT_TLS.get(port) if isinstance(port, int) else None
        current = (self.value("useTls"), self.value("useSsl"))
        self._suggested = suggested if suggested is not None and suggested != current else None
        if self._suggested is None:
            self.suggestion.hide()
            self.apply_button.hide()
            return
        if self._suggested[1]:
            self.suggestion.setText(filled(self.tr("Port %1 normally uses implicit TLS."), str(port)))
            self.apply_button.setText(self.tr("Use implicit TLS"))
        else:
            self.suggestion.setText(filled(self.tr("Port %1 normally uses STARTTLS."), str(port)))
            self.apply_button.setText(self.tr("Use STARTTLS"))
        self.suggestion.show()
        self.apply_button.show()

    def _apply_suggestion(self) -> None:
        if self._suggested is not None:
            use_tls, use_ssl = self._suggested
            self.set_value("useTls", use_tls)
            self.set_value("useSsl", use_ssl)
