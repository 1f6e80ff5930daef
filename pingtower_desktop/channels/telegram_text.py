"""Telegram message text: literal text escaped for a parse mode, split into messages Telegram accepts."""

from __future__ import annotations

import html
from collections.abc import Callable

#: Telegram's limit for one message's text, in UTF-16 code units.
TEXT_LIMIT = 4096
_MARKDOWN_V2_SPECIAL = set("\\_*[]()~`>#+-=|{}.!")


def _markdown_v2(text: str) -> str:
    return "".join("\\" + ch if ch in _MARKDOWN_V2_SPECIAL else ch for ch in text)


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def _plain(text: str) -> str:
    return text


ESCAPERS: dict[str, Callable[[str], str]] = {"HTML": _html, "MarkdownV2": _markdown_v2, "none": _plain}


def bold(text: str, parse_mode: str) -> str:
    escaped = ESCAPERS[parse_mode](text)
    return {"HTML": f"<b>{escaped}</b>", "MarkdownV2": f"*{escaped}*"}.get(parse_mode, escaped)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, fits: int) -> int:
    """Where to end a part holding at most ``fits`` characters: after a newline, else a space, else hard."""
    for separator in ("\n", " "):
        at = text.rfind(separator, 0, fits)
        if at >= fits // 2:
            return at + 1
    return fits


def messages(title: str, body: str, parse_mode: str, limit: int = TEXT_LIMIT) -> list[str]:
    """The texts to send: a bold ``title`` line, then ``body`` escaped, each text within ``limit`` once escaped.

    Each part is escaped on its own, so an escape sequence is never split; a separator
    stays at the end of its part (Telegram trims it), so the parts join back into the body.
    """
    escape = ESCAPERS[parse_mode]
    head = bold(title, parse_mode) + "\n" if title else ""
    parts: list[str] = []
    budget = limit - _units(head)
    while body:
        used = fits = 0
        for ch in body:
            used += _units(escape(ch))
            if used > budget:
                break
            fits += 1
        end = len(body) if fits == len(body) else _cut(body, max(fits, 1))
        parts.append(escape(body[:end]))
        body = body[end:]
        budget = limit
    if not parts:
        parts.append("")
    parts[0] = head + parts[0]
    return parts
