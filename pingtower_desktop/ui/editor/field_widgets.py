"""One input per field kind, built from a :class:`FieldSpec`; the form never knows the channel type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ...channels.fields import FieldKind, FieldSpec
from ..core_text import core_tr
from ..filled import filled
from .headers_table import HeadersTable


class FieldInput(QObject):
    """The input for one config key. ``widget`` goes into the form; ``focus_widget`` takes the focus."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.label = core_tr(spec.label)
        self.widget: QWidget = parent
        self.focus_widget: QWidget = parent

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        """The widgets the Tab key visits, in order."""
        return [self.focus_widget]

    def _describe(self, widget: QWidget) -> None:
        widget.setAccessibleName(self.label)
        widget.setAccessibleDescription(core_tr(self.spec.help))
        if self.spec.help:
            widget.setToolTip(core_tr(self.spec.help))
        widget.setObjectName(f"field_{self.spec.key}")


class TextInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(spec.placeholder)
        self.edit.setClearButtonEnabled(not spec.secret)
        self._describe(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.widget = self.focus_widget = self.edit

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)


class SecretInput(TextInput):
    """A masked line edit with a Show/Hide toggle beside it."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QToolButton(parent)
        self.toggle.setCheckable(True)
        self.toggle.setObjectName(f"reveal_{spec.key}")
        self.toggle.setAccessibleName(filled(self.tr("Show %1"), self.label))
        self.toggle.toggled.connect(self._reveal)
        self._reveal(False)
        self.widget = QWidget(parent)
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)

    def _reveal(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.toggle]


class IntegerInput(TextInput):
    """Digits only; the text goes to the core as is, so an empty field reads as "not set"."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit.setValidator(QIntValidator(spec.minimum or 0, spec.maximum or 2_147_483_647, self.edit))
        self.edit.setClearButtonEnabled(False)

    def value(self) -> Any:
        text = self.edit.text().strip()
        return int(text) if text.isdigit() else text


class BooleanInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(self.label, parent)
        self._describe(self.box)
        self.box.toggled.connect(self.changed)
        self.widget = self.focus_widget = self.box

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(parent)
        for choice in spec.choices:
            self.combo.addItem(core_tr(choice), choice)
        self._describe(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.widget = self.focus_widget = self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class MappingInput(FieldInput):
    """Name/value pairs (webhook headers); values are masked when the field is secret."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.table = HeadersTable(parent, secret_values=spec.secret)
        self._describe(self.table.view)
        self.table.changed.connect(self.changed)
        self.widget = self.table
        self.focus_widget = self.table.view

    def value(self) -> Any:
        return self.table.pairs()

    def set_value(self, value: Any) -> None:
        self.table.set_pairs(dict(value or {}))

    def focus_chain(self) -> list[QWidget]:
        return self.table.focus_chain()


def make_input(spec: FieldSpec, parent: QWidget) -> FieldInput:
    if spec.kind is FieldKind.MAPPING:
        return MappingInput(spec, parent)
    if spec.kind is FieldKind.BOOLEAN:
        return BooleanInput(spec, parent)
    if spec.kind is FieldKind.CHOICE:
        return ChoiceInput(spec, parent)
    if spec.kind is FieldKind.INTEGER:
        return IntegerInput(spec, parent)
    if spec.secret:
        return SecretInput(spec, parent)
    return TextInput(spec, parent)
