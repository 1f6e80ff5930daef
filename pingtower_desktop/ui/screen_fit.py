"""Windows sized within the screen they are on: a window asks for its size, and gets no more than the
screen's available geometry (what the panels and docks leave), so its buttons are never off the bottom.
What holds more than fits scrolls (see ``scrolling``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: What a window manager's title bar and borders add to the size a window asks for (not known before it shows).
DECORATION = QSize(16, 40)
#: The room a panel takes where the platform cannot say (Wayland tells a client nothing of panels or docks).
UNSAID_PANEL = 48


def available(widget: QWidget) -> QSize:
    """The room the widget's screen leaves for a window's own area: the screen less its panels and docks, and
    less a title bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    if room == screen.geometry() and QGuiApplication.platformName().startswith("wayland"):
        room = room.adjusted(0, 0, 0, -UNSAID_PANEL)
    return room.size() - DECORATION


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
