"""How the reference server stores a channel's configuration and shows it back, predicted exactly.

Its ``AlertController`` writes the ``Map<String, String>`` as ``{"k":"v",…}`` without escaping and
reads it back by deleting every ``{``, ``}`` and ``"``, splitting on ``,`` and each piece on ``:``
(Java's ``split``, which drops trailing empty parts), keeping pieces of exactly two parts, trimmed.
So a value with ``:`` is missing from the answer, one with ``,`` is cut (and may add a phantom key),
``{ } "`` vanish, surrounding blanks are trimmed and an empty value disappears. A value with ``"``
or ``\\`` also breaks the stored text as JSON, so the server's own delivery can no longer read it.

The sync predicts the round trip of what it sends and trusts only what survives it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..text import msg

#: What Java's String.trim() removes: every character up to and including the space.
_JAVA_BLANKS = "".join(chr(code) for code in range(33))


def _split(text: str, separator: str) -> list[str]:
    parts = text.split(separator)
    if parts == [""]:
        return parts
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def stored_text(configuration: Mapping[str, str]) -> str:
    if not configuration:
        return "{}"
    return "{" + ",".join(f'"{key}":"{value}"' for key, value in configuration.items()) + "}"


def shown(text: str) -> dict[str, str]:
    """The configuration the server shows for its stored text."""
    result: dict[str, str] = {}
    for pair in _split(re.sub(r'[{}"]', "", text), ","):
        key_value = _split(pair, ":")
        if len(key_value) == 2:
            result[key_value[0].strip(_JAVA_BLANKS)] = key_value[1].strip(_JAVA_BLANKS)
    return result


def round_trip(configuration: Mapping[str, str]) -> dict[str, str]:
    """What the server will show of ``configuration`` once it has stored it."""
    return shown(stored_text(configuration))


def damage(value: str) -> str | None:
    """Why storing ``value`` on the reference server would harm it (None when it would not)."""
    if '"' in value or "\\" in value:
        return msg('holds " or \\, which the server writes unescaped: its copy would stop working')
    if "{" in value or "}" in value:
        return msg("holds { or }, which the server drops")
    if value != value.strip(_JAVA_BLANKS):
        return msg("starts or ends with a blank, which the server trims")
    return None
