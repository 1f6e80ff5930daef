"""The core's words in the UI language.

The core says things as :class:`~pingtower_desktop.text.Text` messages: a message id (its English
template) with named values. ``tools/translations.py`` collects the ids into the ``core_*.ts``
catalogues (context ``core``). Here a message's template is translated, then filled in with its
values: a value that is a message itself is translated the same way, any other value (a channel's
name, a host, the server's own words) is shown as it is. A plain string is a text the core declares
(a field's label, its help) and is looked up as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..text import Text, message_of

CONTEXT = "core"


def _translating() -> bool:
    """Whether the installed catalogue has the core context (English has none: nothing to do)."""
    return QCoreApplication.translate(CONTEXT, "is required") != "is required"


def _lookup(text: str) -> str:
    if "\n" in text:  # the setup guides: a message id per line
        return "\n".join(
            QCoreApplication.translate(CONTEXT, line) if line.strip() else line for line in text.split("\n")
        )
    return QCoreApplication.translate(CONTEXT, text)


def core_tr(text: object) -> str:
    """``text`` — a message, an exception of the product, or a declared text — in the UI language."""
    if isinstance(text, BaseException):
        text = message_of(text)
    if not isinstance(text, Text):
        return _lookup(text) if isinstance(text, str) and text and _translating() else str(text)
    if not _translating():
        return str(text)
    values = {name: core_tr(value) if isinstance(value, Text) else str(value) for name, value in text.values.items()}
    if not values:
        return _lookup(text.template)
    try:
        return QCoreApplication.translate(CONTEXT, text.template).format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that names a value the message lacks: English
        return text.template.format_map(values)


def error_text(error: BaseException | None) -> str:
    """What went wrong, in the user's language: a product error's message or the environment's (see
    ``errors.describe``); "" for none."""
    from ..errors import describe

    return core_tr(describe(error) or "") if error is not None else ""


def core_sentence(text: object) -> str:
    """``core_tr`` for a result or a reason shown on its own: it starts as a sentence does, whatever part of a
    longer message the core made it for ("timed out after 10 s …" → "Timed out after 10 s …")."""
    words = core_tr(text)
    return words[:1].upper() + words[1:]
