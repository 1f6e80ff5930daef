"""Work that can wait until a window is on screen: run just after its first paint, a step at a time.

A ``QTimer.singleShot(0, …)`` started before ``show()`` fires before the first paint; waiting for
the Paint event is what keeps start-up work (loading the core, an editor, a keyring read, a server
check) off the path to the first painted window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

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
    """Calls ``callback`` from the event loop once ``widget`` has painted for the first time (soon,
    when it is already on screen)."""
    if widget.isVisible() and widget.windowHandle() is not None and widget.windowHandle().isExposed():
        QTimer.singleShot(0, callback)
    else:
        _FirstPaint(widget, callback)


def run_in_steps(steps: Iterator[object], go_on: Callable[[], bool]) -> None:
    """Runs ``steps`` one ``next()`` per turn of the event loop, so that input and paints get in
    between; stops early once ``go_on()`` is False (the window was closed)."""

    def step() -> None:
        if not go_on():
            return
        try:
            next(steps)
        except StopIteration:
            return
        QTimer.singleShot(1, step)  # 0 ms would be a posted call: timers would wait for the last step

    QTimer.singleShot(1, step)
