"""Whether a person sees where the keyboard focus is: a widget drawn with and without the focus, compared."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def _luminance(rgb: int) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    colour = QColor(rgb)
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(first: int, second: int) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def changed_pixels(focused: QImage, unfocused: QImage, *, at_least: float = 3.0) -> int:
    """The pixels whose colour the focus changes with a contrast of ``at_least`` (WCAG 2.2 asks 3:1 of a
    focus indicator against the same pixels unfocused)."""
    width, height = min(focused.width(), unfocused.width()), min(focused.height(), unfocused.height())
    return sum(
        1
        for y in range(height)
        for x in range(width)
        if focused.pixel(x, y) != unfocused.pixel(x, y)
        and contrast(focused.pixel(x, y), unfocused.pixel(x, y)) >= at_least
    )


def around(widget: QWidget, margin: int = 4) -> QImage:
    """The window's pixels over ``widget`` and a few around it (a focus ring may be drawn just outside)."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(-margin, -margin))
    return window.grab(QRect(corner, widget.size().grownBy(QMargins(margin, margin, margin, margin)))).toImage()


def focus_indicator(qtbot, widget: QWidget, elsewhere: QWidget) -> int:
    """How many pixels around ``widget`` change, with enough contrast, when it gives the focus to ``elsewhere``
    (a control that does not scroll it away); the focus is back on ``widget`` afterwards."""
    images = []
    for taking in (widget, elsewhere, widget):
        taking.setFocus()
        qtbot.waitUntil(taking.hasFocus, timeout=5000)
        qtbot.wait(20)  # what moves with the focus (a scroll area following it) is laid out
        images.append(around(widget))
    return changed_pixels(images[0], images[1])
