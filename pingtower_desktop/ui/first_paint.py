"""Work that can wait until a window is on screen: run once, just after its first paint.

A ``QTimer.singleShot(0, …)`` started before ``show()`` fires before the first paint; waiting for
the Paint event is what keeps start-up work (an editor, a keyring read, a server check) off the
path to the first painted window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Calls ``callback`` from the event loop once ``widget`` has painted for the first time."""
    _FirstPaint(widget, callback)
