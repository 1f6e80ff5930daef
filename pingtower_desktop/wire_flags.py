"""``enabled`` and ``isDefault`` as channels carry them: booleans, or the strings that hand-written files
and servers use. Shared by the checked channel model and the quick listing the window paints first."""

from __future__ import annotations

from .text import msg

_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def parse_flag(value: object, default: bool) -> bool:
    """``default`` when absent; raises ValueError for anything that is not a yes or a no."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _WORDS:
        return _WORDS[value.strip().lower()]
    raise ValueError(msg("must be true or false"))
