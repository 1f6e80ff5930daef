"""Where the keyboard focus goes and how it is seen: on to what takes a control's place, Return on a focused
button, a ring around the control that has the focus and a frame around a list or text view that has it.

Styles draw the focus faintly (Fusion: a pale outline, a dotted line on a selected row), under the 3:1
contrast a focus indicator needs; :class:`FocusRings` draws a ring of its own around the focused control
in every window, in a colour that stands out from the window (:func:`ring_colour`). A button that hides
as it is pressed (Send test gives way to Cancel) would leave no control focused,
and the next Tab would start again from the window's first field; :func:`pass_focus` hands the focus
on. In a window (not a dialog, whose buttons already answer Return) a focused push or tool button
answers Return and Enter as it answers Space, as people expect in a form (:class:`ReturnPresses`).
"""

from __future__ import annotations

from contextlib import suppress

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QToolButton,
    QWidget,
)

_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


_RINGED = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)


def ring_colour(palette: QPalette) -> QColor:
    """The highlight colour, darkened on a light window and lightened on a dark one: at least 3:1 against
    the window either way."""
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    light_window = palette.color(QPalette.ColorRole.Window).lightness() >= 128
    return highlight.darker(135) if light_window else highlight.lighter(150)


class FocusRing(QWidget):
    """A 2-pixel ring drawn just outside the widget it follows, over its window.

    It is a child of the window, not of the widget's parent (as ``QFocusFrame`` is): a control laid out
    edge to edge in a container of its own size would have its ring cut away. It is clipped only where
    the control itself is: by the window and by the scroll areas it scrolls in."""

    MARGIN = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._ring = QRect()
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._target, self._watched = target, []
        holder: QWidget | None = target
        while holder is not None and holder is not self.window_:
            holder.installEventFilter(self)  # it, or what holds it, moved, resized, scrolled or hid
            self._watched.append(holder)
            holder = holder.parentWidget()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES:
            self._place()
        return False

    def _place(self) -> None:
        target, window = self._target, self.window_
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        ring = QRect(target.mapTo(window, QPoint(0, 0)), target.size()).adjusted(
            -self.MARGIN, -self.MARGIN, self.MARGIN, self.MARGIN
        )
        shown = ring & window.rect()
        for widget in self._watched[1:]:
            if isinstance(widget.parentWidget(), QAbstractScrollArea):  # a viewport: what scrolls out is cut
                shown &= QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if shown.isEmpty():
            self.hide()
            return
        self._ring = ring.translated(-shown.topLeft())
        self.setGeometry(shown)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ring_colour(self.palette()), 2))
        painter.drawRoundedRect(QRectF(self._ring).adjusted(1, 1, -1, -1), 3, 3)


_MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRings(QObject):
    """One :class:`FocusRing` per window, around its control with the focus (lists and text views show
    theirs with :func:`show_focus`)."""

    def __init__(self, application: QApplication) -> None:
        super().__init__(application)
        self._rings: dict[QWidget, FocusRing] = {}
        application.focusChanged.connect(self._follow)

    @classmethod
    def install(cls, application: QApplication) -> None:
        """Once per application."""
        if application.findChild(cls) is None:
            cls(application)

    def _follow(self, old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        for ringed, ring in list(self._rings.items()):
            if not shiboken6.isValid(ring) or not shiboken6.isValid(ringed):
                del self._rings[ringed]
            elif ringed is not window or not isinstance(new, _RINGED):
                ring.follow(None)
        if new is not None:
            _into_view(new)
        if window is not None and isinstance(new, _RINGED):
            ring = self._rings.get(window) or self._rings.setdefault(window, FocusRing(window))
            ring.follow(new)


def _into_view(widget: QWidget) -> None:
    """The scroll areas ``widget`` is in scroll to it when it is out of sight: focus given by code (not only
    by Tab, which Qt already follows) is never on a control nobody can see."""
    if not widget.visibleRegion().isEmpty():  # in sight, if only in part: it stays where it is
        return
    holder = widget.parentWidget()
    while holder is not None and not holder.isWindow():
        content = holder.widget() if isinstance(holder, QScrollArea) else None
        if isinstance(holder, QScrollArea) and content is not None and content.isAncestorOf(widget):
            holder.ensureWidgetVisible(widget, 8, 8)
        holder = holder.parentWidget()


def show_focus(view: QAbstractScrollArea) -> None:
    """A frame in the ring's colour around ``view`` while it has the focus, inside its edge (a list fills its
    pane: a ring outside would be cut): a table's own cue, a dotted line around the current cell, is all but
    invisible on a selected row. The frame keeps its width either way, so nothing inside moves."""
    highlight = ring_colour(view.palette()).name()
    frame = view.palette().color(QPalette.ColorRole.Mid).name()
    view.setStyleSheet(
        f"QAbstractScrollArea {{ border: 1px solid {frame}; padding: 1px; }}"
        f"QAbstractScrollArea:focus {{ border: 2px solid {highlight}; padding: 0px; }}"
    )


def pass_focus(leaving: QWidget, taking: QWidget) -> None:
    """``taking`` gets the focus if ``leaving`` (about to hide or be disabled) has it."""
    if leaving.hasFocus():
        taking.setFocus(Qt.FocusReason.OtherFocusReason)


class ReturnPresses(QObject):
    """Return and Enter press the push or tool button that has the focus in ``window``; it filters the
    events of that one button, following the focus (see ``command_keys.CommandKeys`` for why)."""

    def __init__(self, window: QWidget, application: QApplication) -> None:
        super().__init__(window)
        self.window = window
        self._button: QWidget | None = None
        application.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._button is not None:
            with suppress(RuntimeError):  # the button is gone already
                self._button.removeEventFilter(self)
            self._button = None
        if isinstance(new, (QPushButton, QToolButton)) and new.window() is self.window:
            new.installEventFilter(self)
            self._button = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress or event.key() not in _RETURN:
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and isinstance(watched, (QPushButton, QToolButton)) and watched.isEnabled():
            watched.animateClick()
            return True
        return False
