"""The watch's schedule as fields: how often a channel is checked, when a canary test is really sent, and how
many failures in a row make it failing. The rules are the core's (``watch config``'s); for one channel an
empty field takes the default, which the field shows as its placeholder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from ..watch.schedule import every_text
from ..watch.settings import Schedule, schedule_values
from .core_text import core_tr
from .filled import filled
from .formatting import outcome_color
from .wrap_label import WrapLabel

MAX_FAILURES = 20


class ScheduleFields(QWidget):
    """``defaults`` None: the default schedule itself (every field set); else one channel's own values, the
    defaults' shown where it has none."""

    changed = Signal()

    def __init__(self, own: dict[str, Any], defaults: Schedule | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._for_channel = defaults is not None
        shown = defaults or Schedule.from_json(own)
        self.every = QLineEdit(self)
        self.every.setObjectName("watch_every")
        self.canary = QLineEdit(self)
        self.canary.setObjectName("watch_canary")
        self.failures = QSpinBox(self)
        self.failures.setObjectName("watch_failures")
        self.failures.setRange(0 if self._for_channel else 1, MAX_FAILURES)
        self.failures.setSuffix(self.tr(" in a row"))
        canary_text = shown.canary.text() if shown.canary else self.tr("off")
        if self._for_channel:
            self.every.setPlaceholderText(filled(self.tr("default: %1"), every_text(shown.every)))
            self.canary.setPlaceholderText(filled(self.tr("default: %1"), canary_text))
            self.failures.setSpecialValueText(filled(self.tr("default: %1"), str(shown.failures)))
            self.every.setText(every_text(own["every"]) if isinstance(own.get("every"), int) else "")
            self.canary.setText((own["canary"] or self.tr("off")) if "canary" in own else "")
            self.failures.setValue(own["failures"] if isinstance(own.get("failures"), int) else 0)
        else:
            self.every.setText(every_text(shown.every))
            self.canary.setText(canary_text)
            self.canary.setPlaceholderText(self.tr("off"))
            self.failures.setValue(shown.failures)
        self.every.setToolTip(self.tr("A check every so long: 15m, 1h, 1d (a check sends nothing to the chat)"))
        self.canary.setToolTip(self.tr("When a real test message is sent: 'fri 12:00', 'daily 09:30', or 'off'"))
        self.failures.setToolTip(self.tr("Failures in a row before the channel counts as failing and an alert goes"))
        self.notes = {key: WrapLabel(self) for key in ("every", "canary", "failures")}
        #: Its rows; a page may add rows of its own here, so that every label lines up.
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label, field in (
            ("every", self.tr("Check every"), self.every),
            ("canary", self.tr("Canary test"), self.canary),
            ("failures", self.tr("Failing after"), self.failures),
        ):
            form.addRow(label, field)
            note = self.notes[key]
            note.setObjectName(f"watch_{key}_problem")
            note.setStyleSheet(f"color: {outcome_color(False).name()};")
            note.hide()
            form.addRow(note)
        for line in (self.every, self.canary):
            line.textChanged.connect(self._check)
        self.failures.valueChanged.connect(self._check)

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The schedule's values as given (see ``schedule_values``) and the problems, translated, by key."""
        failures = self.failures.value() or None
        values, problems = schedule_values(self.every.text(), self._canary_text(), failures)
        shown = {key: core_tr(text) for key, text in problems.items()}
        if not self._for_channel and not self.every.text().strip():  # the default has every value
            shown["every"] = core_tr("is required")
        return values, shown

    def _canary_text(self) -> str:
        text = self.canary.text().strip()
        if not text and not self._for_channel:
            return "off"  # the default's canary: none
        return "off" if text.casefold() == self.tr("off").casefold() else text  # the word shown, in any language

    def _check(self) -> None:
        _values, problems = self.values()
        for key, note in self.notes.items():
            note.setText(problems.get(key, ""))
            note.setVisible(key in problems)
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        return [self.every, self.canary, self.failures]
