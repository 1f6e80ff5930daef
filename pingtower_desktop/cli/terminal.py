"""What the CLI writes reaches a terminal: control characters and text-direction overrides in it are shown, not obeyed.

A channel name from a server or an import, a peer's error body or a server's words may hold escape
sequences (``ESC ]0;title BEL`` sets the terminal's title, ``ESC [2J`` clears it, OSC 8 makes links),
a carriage return that overwrites what was printed, or U+202E that reverses what follows. Every write
to standard output and standard error goes through :func:`visible`, which writes each such character
as ``\\uXXXX``: readable, and in JSON output the same value in JSON's own escape, so JSON stays exact.
Line feeds and tabs are kept (the CLI's own lines); values never carry a line feed (names and peer
texts are put on one line where they are made).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

#: C0 controls but tab and line feed, DEL, C1 controls, and the characters that change text direction.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    return _UNSAFE.sub(_escape, text)


def one_value(text: str) -> str:
    """A value read from a file for a line of its own: its line feeds and tabs escaped too (a file written
    by an older build may hold names that span lines)."""
    return visible(text).replace("\n", "\\u000a").replace("\t", "\\u0009")


def _escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


class _Escaping:
    """A text stream that writes through :func:`visible`; everything else is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """Standard output and standard error escaped while the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out), _Escaping(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
