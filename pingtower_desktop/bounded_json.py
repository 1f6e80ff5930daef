"""JSON from files and peers a user does not control, read within bounds.

``json.loads`` alone turns a document nested a thousand deep into a RecursionError and a number of
4,300 digits into a ValueError deep inside the parser; a channel never needs either. Both become
one ``ValueError`` that says what is wrong, as a malformed document does. A reader that expects at
most so many objects (a channel list) can stop the parser at the first object too many
(:class:`TooManyObjects`), before the rest of a huge document is turned into Python objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import ProductError

MAX_DEPTH = 32
MAX_NUMBER_DIGITS = 30


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ValueError(f"it holds a number of {len(text)} digits (at most {MAX_NUMBER_DIGITS})")
    return int(text)


def _constant(name: str) -> float:
    raise ValueError(f"it holds {name}, which is not JSON")


class TooManyObjects(ProductError, ValueError):
    """The document holds more JSON objects than the reader allowed."""


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


def _counting(limit: int) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    count = 0

    def make_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal count
        count += 1
        if count > limit:
            raise TooManyObjects(f"it holds more than {limit} objects")
        return dict(pairs)

    return make_object


def loads(text: str | bytes, *, max_objects: int | None = None) -> Any:
    """Like ``json.loads``; raises ValueError (its message says why) for malformed or unbounded JSON, and
    TooManyObjects as soon as the parser has made ``max_objects`` objects and meets another."""
    hook = _counting(max_objects) if max_objects is not None else None
    try:
        data = json.loads(text, parse_int=_integer, parse_constant=_constant, object_pairs_hook=hook)
    except RecursionError:
        raise ValueError(f"it is nested too deeply (at most {MAX_DEPTH} levels)") from None
    if _depth_exceeded(data):
        raise ValueError(f"it is nested too deeply (at most {MAX_DEPTH} levels)")
    return data
