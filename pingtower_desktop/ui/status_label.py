"""Results and states a screen reader must read as they are, and hear when they change.

A label's text is its accessible name: ``setAccessibleName`` would put a caption ("Test result") in
its place, and a screen reader would read the caption, never the result. So a status label keeps its
text as its name, says what it is in its accessible description, and announces a new text (an
AT-SPI announcement, which Orca speaks without the focus moving there).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from .wrap_label import WrapLabel


def announce(widget: QWidget, text: str) -> None:
    """Has a screen reader say ``text`` (about ``widget``) now, wherever the focus is."""
    if not text or not QAccessible.isActive() or not widget.window().isVisible():
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))  # polite: after what is said now


class StatusLabel(WrapLabel):
    """A word-wrapped label whose text is read (its name), described by ``caption``, and announced when it
    changes."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleDescription(caption)

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed:
            announce(self, text)
