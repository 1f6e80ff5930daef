"""The list's health dot keeps its colour on a selected row: drawn as text it would take the selection's text
colour (white), in an active window or behind a dialog. On a selected row it is drawn as a disc of its own
colour ringed in the selection's text colour, so it reads on the selection too (3:1 for a graphic)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class HealthDotDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        own = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = own.color() if isinstance(own, QBrush) else own
        state = option.state
        if not isinstance(colour, QColor) or not state & QStyle.StateFlag.State_Selected:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the selection's background, focus and all: the dot is drawn over it
        style = option.widget.style() if option.widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        group = QPalette.ColorGroup.Active if state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        ring = option.palette.color(group, QPalette.ColorRole.HighlightedText)
        size = option.fontMetrics.height() * 0.55
        rect = QRectF(option.rect)
        disc = QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size, size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ring, max(1.5, size / 6)))
        painter.setBrush(colour)
        painter.drawEllipse(disc)
        painter.restore()
