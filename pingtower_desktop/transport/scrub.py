"""Cutting secrets out of text a peer sent back, in whatever form it echoes them.

A peer may repeat a secret whole, URL-encoded (a bot token in a path), JSON-escaped, without the
scheme word before it (``Bearer x`` echoed as ``x``), only the meaningful part of a secret URL (a
Slack webhook's ``/services/T…/B…/…``), or cut off by an excerpt's length limit. Each of these is
masked; fragments shorter than :data:`MIN_PART` are left alone (they are not secret on their own and
would mask ordinary words).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, quote_plus, urlsplit

from ..text import Text

MASK = "••••"
#: The shortest value worth remembering for the logs.
REMEMBERED_MIN = 6
#: Every secret this process has handled (read, stored, sent with), for scrubbing what it logs.
_REMEMBERED: set[str] = set()
#: The shortest part of a secret worth masking on its own, and the shortest cut-off prefix.
MIN_PART = 8


def _parts(secret: str) -> set[str]:
    """The meaningful parts of a secret, each a secret of its own."""
    parts = {secret}
    words = secret.split()
    if len(words) > 1:  # "Bearer <token>", "Basic <credentials>"
        parts.update(words[1:])
    try:
        url = urlsplit(secret)
    except ValueError:
        url = None
    if url is not None and url.scheme and url.netloc:
        if url.path.strip("/"):
            parts.add(url.path)
            parts.update(segment for segment in url.path.split("/") if segment)
        if url.query:
            parts.add(url.query)
            parts.update(value for _, _, value in (pair.partition("=") for pair in url.query.split("&")) if value)
        if url.password:
            parts.add(url.password)
    if ":" in secret and url is not None and not url.netloc:  # a bot token: 123456789:ABC…
        parts.update(secret.split(":"))
    return {part for part in parts if len(part) >= MIN_PART or part == secret}


@lru_cache(maxsize=256)
def _variants(secret: str) -> tuple[str, ...]:
    """Every form of a secret to mask, longest first."""
    forms: set[str] = set()
    for part in _parts(secret):
        encoded = quote(part, safe="")
        forms.update({part, encoded, encoded.lower(), quote_plus(part), json.dumps(part)[1:-1]})
        forms.add(json.dumps(part, ensure_ascii=False)[1:-1])
    return tuple(sorted((form for form in forms if form), key=len, reverse=True))


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every form of every secret masked (see the module's description); a message keeps its
    template and has its values masked."""
    if not text:
        return text
    if isinstance(text, Text):
        return text.map_values(lambda value: scrub(value, secrets))
    variants = sorted({v for s in secrets if s for v in _variants(s)}, key=len, reverse=True)
    for variant in variants:
        if variant in text:
            text = text.replace(variant, MASK)
    for variant in variants:  # a secret cut off where an excerpt ends (only long ones: a short tail is no secret)
        for length in range(min(len(variant), len(text)) - 1, MIN_PART - 1, -1):
            if text.endswith(variant[:length]):
                return text[:-length] + MASK
    return text


def remember(*secrets: str) -> None:
    """Notes secrets this process handles, so that no log line ever shows them (not the trivial ones, such as an
    empty header map ``{}``: masking those would garble the log)."""
    _REMEMBERED.update(secret for secret in secrets if len(secret) >= REMEMBERED_MIN)


def remembered() -> list[str]:
    return list(_REMEMBERED)
