"""What a screen reader gets from a widget, through Qt's accessibility interface (the one the AT-SPI bridge
reads): its name, description, role, state and the labels it is labelled by."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget


@dataclass(frozen=True)
class Read:
    name: str
    description: str
    role: QAccessible.Role
    focusable: bool
    labelled_by: tuple[str, ...]


def read(widget: QWidget) -> Read:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    labels = interface.relations(QAccessible.RelationFlag.Label)
    return Read(
        name=interface.text(QAccessible.Text.Name),
        description=interface.text(QAccessible.Text.Description),
        role=interface.role(),
        focusable=bool(interface.state().focusable),
        labelled_by=tuple(label.text(QAccessible.Text.Name) for label, _ in labels),
    )


def labels_hiding_their_text(root: QWidget) -> list[str]:
    """Labels whose accessible name is not their text (a caption put in its place)."""
    return [
        f"{label.objectName() or type(label).__name__}: {label.accessibleName()!r} hides {label.text()!r}"
        for label in root.findChildren(QLabel)
        if label.accessibleName()
    ]


def table_cells(view: QWidget) -> list[list[str]]:
    """A table's cells as a screen reader reads them, row by row (names, as the reader speaks them)."""
    table = QAccessible.queryAccessibleInterface(view)
    rows: dict[int, dict[int, str]] = {}
    for child in (table.child(i) for i in range(table.childCount())):
        if child.role() == QAccessible.Role.Cell:
            cell = child.tableCellInterface()
            rows.setdefault(cell.rowIndex(), {})[cell.columnIndex()] = child.text(QAccessible.Text.Name)
    return [[row[column] for column in sorted(row)] for _, row in sorted(rows.items())]


def column_headers(view: QWidget, row: int = 0) -> list[str]:
    """What a reader gets asking each cell of ``row`` for its column header."""
    table = QAccessible.queryAccessibleInterface(view)
    headers = []
    for child in (table.child(i) for i in range(table.childCount())):
        cell = child.tableCellInterface() if child.role() == QAccessible.Role.Cell else None
        if cell is not None and cell.rowIndex() == row:
            headers.append(", ".join(h.text(QAccessible.Text.Name) for h in cell.columnHeaderCells()))
    return headers
