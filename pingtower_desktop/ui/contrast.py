"""Text colours people can read: WCAG AA asks 4.5:1 against the background.

Styles draw placeholder text (and this app's help lines, in the same colour) at about 4:1 (Fusion:
3.8:1 on a field, 4.0:1 on a window). :func:`readable` moves that colour toward the text colour until
it reads at 4.5:1 on both the fields and the window, in a light palette or a dark one.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _toward(start: QColor, end: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        start.redF() + (end.redF() - start.redF()) * share,
        start.greenF() + (end.greenF() - start.greenF()) * share,
        start.blueF() + (end.blueF() - start.blueF()) * share,
    )


def over(colour: QColor, background: QColor) -> QColor:
    """An opaque colour: ``colour`` as it shows on ``background`` (Fusion's placeholder is half-transparent text)."""
    return _toward(background, colour, colour.alphaF())


def readable(palette: QPalette) -> QPalette:
    """``palette`` with placeholder text at 4.5:1 at least on the fields (Base) and the window (Window)."""
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        backgrounds = [palette.color(group, role) for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window)]
        muted = over(palette.color(group, QPalette.ColorRole.PlaceholderText), backgrounds[0])
        text = palette.color(group, QPalette.ColorRole.Text)
        share = 0.0
        while share < 1 and min(contrast(_toward(muted, text, share), back) for back in backgrounds) < AA:
            share += 0.05
        fixed.setColor(group, QPalette.ColorRole.PlaceholderText, _toward(muted, text, min(share, 1.0)))
    return fixed
