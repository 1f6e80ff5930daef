"""JSON from files and peers a user does not control, read within bounds.

``json.loads`` alone turns a document nested a thousand deep into a RecursionError and a number of
4,300 digits into a ValueError deep inside the parser; a channel never needs either. Both become
one ``ValueError`` that says what is wrong, as a malformed document does.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 32
MAX_NUMBER_DIGITS = 30


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ValueError(f"it holds a number of {len(text)} digits (at most {MAX_NUMBER_DIGITS})")
    return int(text)


def _constant(name: str) -> float:
    raise ValueError(f"it holds {name}, which is not JSON")


def _depth_exceeded(data: Any) -> bool:
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = value.values() if isinstance(value, dict) else value
            pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def loads(text: str | bytes) -> Any:
    """Like ``json.loads``; raises ValueError (its message says why) for malformed or unbounded JSON."""
    try:
        data = json.loads(text, parse_int=_integer, parse_constant=_constant)
    except RecursionError:
        raise ValueError(f"it is nested too deeply (at most {MAX_DEPTH} levels)") from None
    if _depth_exceeded(data):
        raise ValueError(f"it is nested too deeply (at most {MAX_DEPTH} levels)")
    return data
