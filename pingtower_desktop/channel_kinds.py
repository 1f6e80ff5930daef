"""The five channel types by name and label, in the document's order, without their models.

Listing the stored channels needs only this much; the window shows the list before pydantic and
the channel types' modules are loaded. Each type's declaration in ``channels/`` takes its label
from here.
"""

from __future__ import annotations

from typing import NamedTuple

from .text import msg


class Kind(NamedTuple):
    name: str
    label: str


KINDS: tuple[Kind, ...] = (
    Kind("PYTHON_BOT", msg("Python bot")),
    Kind("TELEGRAM", "Telegram"),
    Kind("EMAIL", "E-mail"),
    Kind("SLACK", "Slack"),
    Kind("WEBHOOK", "Webhook"),
)
_BY_NAME = {kind.name: kind for kind in KINDS}


def kind_named(name: object) -> Kind | None:
    """The kind called ``name`` (any case, surrounding spaces ignored), or None."""
    return _BY_NAME.get(name.strip().upper()) if isinstance(name, str) else None
