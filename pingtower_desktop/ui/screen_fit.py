"""Windows sized within the screen they are on: a window asks for its size, and gets no more than the
screen's available geometry (what the panels and docks leave), so its buttons are never off the bottom.
What holds more than fits scrolls (see ``scrolling``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def available(widget: QWidget) -> QSize:
    """The room the widget's screen leaves for windows."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resizes ``widget`` to ``width`` × ``height`` (0: what it needs), at most its screen's available room."""
    room = available(widget)
    hint = widget.sizeHint()
    widget.resize(min(width or hint.width(), room.width()), min(height or hint.height(), room.height()))


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area: a dialog that would grow past the screen scrolls."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus inside
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
