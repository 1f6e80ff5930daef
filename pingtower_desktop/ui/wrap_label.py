"""A word-wrapped label that takes exactly the height its text needs at its current width.

Qt's box layouts inside a scroll area size a wrapped ``QLabel`` by its one-line hint, which cuts
longer texts (the setup guides, problem notes) or pads them; this label fixes its height to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .plain_text import PlainLabel


class WrapLabel(PlainLabel):
    def __init__(self, text_or_parent: str | QWidget | None = None, parent: QWidget | None = None) -> None:
        """Takes what ``QLabel`` takes: ``(parent)`` or ``(text, parent)``."""
        if isinstance(text_or_parent, str):
            super().__init__(text_or_parent, parent)
        else:
            super().__init__(text_or_parent)
        #: Never shorter than this (a problem shown where a help line was keeps the room the help took).
        self.least_height = 0
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        if not self.text():
            if self.least_height and self.least_height != self.maximumHeight():
                self.setFixedHeight(self.least_height)  # the room it keeps, not the last text's
            return
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right() - 2 * self.margin(), 1)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        text_height = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, self.text()).height()
        needed = max(text_height + margins.top() + margins.bottom() + 2 * self.margin(), self.least_height)
        if needed != self.maximumHeight():
            self.setFixedHeight(needed)
