"""Type-specific helpers attached to the generated form, keyed by channel type name.

An add-on is a small widget given the editor; it reads and fills the form's inputs
(``editor.shown_form().inputs[key]``), runs network calls through ``editor.context.worker`` and is
told by ``refresh()`` whenever the form changes. Adding a channel type needs no add-on.
"""

from __future__ import annotations

from .base import Addon
from .email_presets import EmailPresets
from .python_bot_check import PythonBotCheck
from .telegram_helpers import TelegramHelpers
from .webhook_preview import WebhookPreview

_ADDONS: dict[str, list[type[Addon]]] = {
    "EMAIL": [EmailPresets],
    "TELEGRAM": [TelegramHelpers],
    "WEBHOOK": [WebhookPreview],
    "PYTHON_BOT": [PythonBotCheck],
}


def addons_for(type_name: str) -> list[type[Addon]]:
    return _ADDONS.get(type_name, [])
