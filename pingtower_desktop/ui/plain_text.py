"""Text that comes from elsewhere is shown as text, never as markup.

Qt guesses: a label, a message box or a tooltip whose text looks like HTML (``Qt::mightBeRichText``) is
rendered as rich text, so a channel name from a server such as ``<img src="file:///etc/passwd">``
would load a local file, ``<h1>`` would hide what follows, and a crafted name could show another
channel's name in a confirmation. The app writes no markup of its own, so every label and message
box is plain text (:class:`PlainLabel`, :func:`message_box`); tooltips, which have no format to
set, are escaped when they would be taken for HTML (:func:`plain_tip`); and a desktop notification,
whose body some notification servers read as markup and Qt's own balloon shows as it is, gets the
look-alikes of ``<``, ``>`` and ``&`` (:func:`notification_text`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class PlainLabel(QLabel):
    """A ``QLabel`` that shows its text as it is; takes what ``QLabel`` takes."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        self.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is."""
    return GuiQt.convertFromPlainText(text) if GuiQt.mightBeRichText(text) else text


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose text and informative text are plain text."""
    from PySide6.QtWidgets import QMessageBox  # where a box is shown (see ``prompts``)

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


_LOOK_ALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def notification_text(text: str) -> str:
    """``text`` for a desktop notification: nothing in it can be taken for markup."""
    return text.translate(_LOOK_ALIKES)
