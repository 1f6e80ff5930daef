"""Filling a translated message: Qt's ``%1`` … ``%9`` in one pass, as ``QString::arg(a1, a2, …)`` does.

One pass matters: a value is never read for markers again, so a channel named ``50%2 off`` stays as it
is wherever it is put (replacing ``%1``, then ``%2``, in turn would fill the name's ``%2`` too).
Counts use Qt's plural forms instead: ``tr("%n channel(s)", "", n)``.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%([1-9])")


def filled(template: str, *values: object) -> str:
    """``template`` with ``%N`` replaced by the N-th value (markers without a value stay as they are)."""

    def value(marker: re.Match[str]) -> str:
        number = int(marker.group(1))
        return str(values[number - 1]) if number <= len(values) else marker.group()

    return _MARKER.sub(value, template)
