"""The fields of one channel type, laid out from its declaration, with problems shown beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...channels import ChannelType
from ...channels.fields import FieldKind
from ..core_text import core_tr
from ..formatting import outcome_color, warning_color
from ..plain_text import PlainLabel
from ..wrap_label import WrapLabel
from .field_widgets import FieldInput, MappingInput, make_input
from .headers_table import HeadersTable

REQUIRED_MARK = " *"


class NoteLabel(WrapLabel):
    """A small word-wrapped line under a field: its problem, warning or help. With ``reserve`` its line
    keeps its room while empty, so that a problem appearing as you type does not push the form down."""

    def __init__(self, parent: QWidget, *, muted: bool = False, reserve: bool = False) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        if muted:
            self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if reserve:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
            self.least_height = self.fontMetrics().lineSpacing()
        self.hide()

    def show_text(self, text: str, color=None) -> None:
        self.setText(text)
        self.setStyleSheet(f"color: {color.name()};" if color is not None else "")
        self.setVisible(bool(text))


class ChannelForm(QWidget):
    """Inputs for ``channel_type.fields`` in declaration order; no per-type code."""

    changed = Signal()
    # A key the person changed (before ``changed``, so that its problem shows with that very change).
    edited = Signal(str)

    def __init__(self, channel_type: ChannelType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel_type = channel_type
        self.inputs: dict[str, FieldInput] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, NoteLabel] = {}
        self.hints: dict[str, NoteLabel] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a label too long for a narrow editor goes above its field instead of widening the form
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in channel_type.fields:
            field_input = make_input(spec, self)
            field_input.changed.connect(lambda key=spec.key: self.edited.emit(key))
            field_input.changed.connect(self.changed)
            self.inputs[spec.key] = field_input
            self._add_row(field_input)

    def _add_row(self, field_input: FieldInput) -> None:
        spec = field_input.spec
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field_input.widget)
        hinted = bool(spec.help) and spec.kind is not FieldKind.BOOLEAN
        # Room for a problem is kept under a field, so that one appearing as you type moves nothing: the
        # hint's line where the field has one (the problem takes its place), else a line of its own.
        note = NoteLabel(cell, reserve=not hinted and spec.kind is not FieldKind.BOOLEAN)
        note.setObjectName(f"problem_{spec.key}")
        column.addWidget(note)
        self.notes[spec.key] = note
        if hinted:
            hint = NoteLabel(cell, muted=True)
            hint.setObjectName(f"hint_{spec.key}")
            hint.show_text(core_tr(spec.help))
            column.addWidget(hint)
            self.hints[spec.key] = hint
        if spec.kind is FieldKind.BOOLEAN:
            self.layout_.addRow("", cell)  # the check box says what it is
            return
        label = PlainLabel(field_input.label + (REQUIRED_MARK if spec.required else ""), self)
        label.setBuddy(field_input.focus_widget)
        if spec.required:
            label.setToolTip(self.tr("Required"))
            field_input.focus_widget.setAccessibleDescription(
                self.tr("Required.") + " " + field_input.focus_widget.accessibleDescription()
            )
        self.labels[spec.key] = label
        self.layout_.addRow(label, cell)

    def values(self) -> dict[str, Any]:
        return {key: field_input.value() for key, field_input in self.inputs.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fills every input; keys missing from ``values`` get the declared default."""
        for spec in self.channel_type.fields:
            field_input = self.inputs[spec.key]
            field_input.blockSignals(True)
            field_input.set_value(values.get(spec.key, spec.default))
            field_input.blockSignals(False)
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        return [widget for field_input in self.inputs.values() for widget in field_input.focus_chain()]

    def headers_tables(self) -> list[HeadersTable]:
        return [field_input.table for field_input in self.inputs.values() if isinstance(field_input, MappingInput)]

    def show_notes(self, problems: dict[str, str], warnings: dict[str, str]) -> None:
        """Problems in red, else warnings in amber, beside each field."""
        for key, note in self.notes.items():
            if key in problems:
                note.show_text(problems[key], outcome_color(False))
            elif key in warnings:
                note.show_text(warnings[key], warning_color())
            else:
                note.show_text("")
            if key in self.hints:  # a problem takes the help line's place, and at least its room: nothing moves
                hint = self.hints[key]
                hint.setVisible(note.isHidden())
                note.least_height = hint.height()
                note.setText(note.text())

    def problem_text(self, key: str) -> str:
        note = self.notes.get(key)
        return note.text() if note is not None and not note.isHidden() else ""
