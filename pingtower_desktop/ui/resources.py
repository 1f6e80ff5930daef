"""Files shipped inside the package (``pingtower_desktop/resources/``): icons, compiled translations and the
PingTower document's example configuration."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

# The package is always installed as files (a wheel, an editable checkout, the PyInstaller bundle),
# so a path beside this module serves; importlib.resources would cost the start some milliseconds.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def _node(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def resource_bytes(*parts: str) -> bytes | None:
    """A packaged file's bytes, or None when it is not there."""
    node = _node(*parts)
    return node.read_bytes() if node.is_file() else None


@cache
def _icon(name: str) -> QIcon:
    """An SVG icon; Qt's SVG icon engine renders it at whatever size is asked for."""
    node = _node("icons", f"{name}.svg")
    return QIcon(str(node)) if node.is_file() else QIcon()


def type_icon(type_name: str) -> QIcon:
    """The icon of a channel type (``TELEGRAM`` → ``icons/telegram.svg``)."""
    return _icon(type_name.lower())


def app_icon() -> QIcon:
    return _icon("app")


def document_example() -> Path:
    """The PingTower document's "full configuration for all types", as the document gives it."""
    return _node("examples", "pingtower-document.json")
