"""Cutting secrets out of text a peer sent back, in whatever form it echoes them.

A peer may repeat a secret whole, URL-encoded (a bot token in a path), JSON- or HTML-escaped, in
another case, base64-encoded (an SMTP server quoting the AUTH exchange ``\\0user\\0password``, an HTTP
peer echoing a header), without the scheme word before it (``Bearer x`` echoed as ``x``), only the
meaningful part of a secret URL (a Slack webhook's ``/services/T…/B…/…``), or cut off by an excerpt's
length limit. Each of these is masked; fragments shorter than :data:`MIN_PART` are left alone (they
are not secret on their own and would mask ordinary words).

Base64 is found wherever the secret sits in the encoded text: for each of the three ways its bytes can
fall on base64's 3-byte groups, the characters that depend on the secret alone are looked for, and the
whole base64 run around a match is masked (it may encode a user name beside the password).
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, quote_plus, urlsplit

from ..text import Text

MASK = "••••"
#: The shortest value worth remembering for the logs.
REMEMBERED_MIN = 6
#: Every secret this process has handled (read, stored, sent with), for scrubbing what it logs.
_REMEMBERED: set[str] = set()
#: The shortest part of a secret worth masking on its own, and the shortest cut-off prefix; also the
#: shortest form matched in any case (a shorter one, in another case, is likely an ordinary word).
MIN_PART = 8
#: A run of base64 text (standard and URL-safe alphabets, padding included).
_BASE64_CHARACTER = re.compile(r"[A-Za-z0-9+/_=-]")
#: A word that may be base64 of something (see :func:`without_encoded_words`).
_ENCODED_WORD = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")


def _parts(secret: str) -> set[str]:
    """The meaningful parts of a secret, each a secret of its own."""
    parts = {secret}
    words = secret.split()
    if len(words) > 1:  # "Bearer <token>", "Basic <credentials>"
        parts.update(words[1:])
        if words[0].lower() == "basic":  # user:password, base64-encoded: the password is a secret of its own
            parts.update(_basic_credentials(words[1]))
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
    if ":" in secret and url is not None and not url.netloc:  # a bot token 123456789:ABC…: the bot's id is no secret
        parts.add(secret.partition(":")[2])  # (a chat id such as -1001234567890 may hold it)
    return {part for part in parts if len(part) >= MIN_PART or part == secret}


def _basic_credentials(encoded: str) -> set[str]:
    try:
        decoded = base64.b64decode(encoded, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return set()
    return {decoded, decoded.partition(":")[2]} - {""}


def _base64_cores(part: str) -> set[str]:
    """What base64 text holding ``part`` holds for certain, however its bytes fall on the 3-byte groups:
    for each offset, the characters that depend on the part's bytes alone (standard and URL-safe)."""
    data = part.encode("utf-8")
    cores = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + data).decode().rstrip("=")
        first = (offset * 8 + 5) // 6  # characters touched by the stand-in bytes before the part
        last = (offset + len(data)) * 8 // 6  # characters made of the part's bits alone end here
        core = encoded[first:last]
        if len(core) >= min(MIN_PART, len(part)):
            cores.update({core, core.replace("+", "-").replace("/", "_")})
    return cores


def _text_forms(part: str) -> set[str]:
    encoded = quote(part, safe="")
    forms = {part, encoded, quote_plus(part), json.dumps(part)[1:-1], json.dumps(part, ensure_ascii=False)[1:-1]}
    forms |= {html.escape(form, quote=quote_marks) for form in set(forms) for quote_marks in (True, False)}
    forms.add(html.escape(part).replace("&#x27;", "&#39;"))
    return {form for form in forms if form}


@dataclass(frozen=True)
class _Forms:
    """Every form of a set of secrets to look for, longest first."""

    #: Long enough not to be an ordinary word: matched in any case, as ``folded`` (lower-cased).
    long: tuple[str, ...]
    folded: tuple[str, ...]
    #: Matched exactly.
    short: tuple[str, ...]
    base64: tuple[str, ...]


@lru_cache(maxsize=64)
def _forms(secrets: frozenset[str]) -> _Forms:
    text_forms: set[str] = set()
    cores: set[str] = set()
    for secret in secrets:
        for part in _parts(secret):
            text_forms |= _text_forms(part)
            if len(part) >= REMEMBERED_MIN:
                cores |= _base64_cores(part)
    longest_first = sorted(text_forms, key=len, reverse=True)
    long = tuple(form for form in longest_first if len(form) >= MIN_PART)
    return _Forms(
        long=long,
        folded=tuple(dict.fromkeys(form.lower() for form in long)),
        short=tuple(form for form in longest_first if len(form) < MIN_PART),
        base64=tuple(sorted(cores, key=len, reverse=True)),
    )


def _find_all(haystack: str, needle: str) -> Iterable[tuple[int, int]]:
    start = haystack.find(needle)
    while start >= 0:
        yield start, start + len(needle)
        start = haystack.find(needle, start + len(needle))


def _base64_run(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _BASE64_CHARACTER.match(text, start - 1):
        start -= 1
    while end < len(text) and _BASE64_CHARACTER.match(text, end):
        end += 1
    return start, end


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, done = [], 0
    for start, end in sorted(spans):
        if end <= done:
            continue
        if start >= done:
            pieces += [text[done:start], MASK]
        done = end
    return "".join(pieces) + text[done:]


def _cut_off_tail(text: str, forms: _Forms) -> str:
    """``text`` with a secret's start masked where an excerpt's limit cut the secret off, with or without
    the ellipsis that says so (only long ones: a short tail is no secret)."""
    body = text.removesuffix("…")
    lowered = body.lower()
    folded = lowered if len(lowered) == len(body) else body
    for probe, candidates in ((folded, forms.folded), (body, forms.base64)):
        for form in candidates:
            for length in range(min(len(form), len(body)) - 1, MIN_PART - 1, -1):
                if probe.endswith(form[:length]):
                    return body[:-length] + MASK
    return text


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every form of every secret masked (see the module's description); a message keeps its
    template and has its values masked."""
    if not text:
        return text
    if isinstance(text, Text):
        return text.map_values(lambda value: scrub(value, secrets))
    forms = _forms(frozenset(secret for secret in secrets if secret))
    lowered = text.lower()
    folded = lowered if len(lowered) == len(text) else text  # a few characters change length when lowered
    spans = [span for form in forms.folded for span in _find_all(folded, form)]
    spans += [span for form in forms.short for span in _find_all(text, form)]
    spans += [_base64_run(text, *span) for core in forms.base64 for span in _find_all(text, core)]
    return _cut_off_tail(_masked(text, spans) if spans else text, forms)


def without_encoded_words(text: str) -> str:
    """``text`` with every word that could be base64 of something masked: for replies to a login, whose
    words are never worth more than the risk that one is the credentials, encoded in a way not foreseen."""
    return _ENCODED_WORD.sub(lambda word: MASK if _decodes(word.group()) else word.group(), text)


def _decodes(word: str) -> bool:
    padded = word + "=" * (-len(word) % 4)
    try:
        base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def remember(*secrets: str) -> None:
    """Notes secrets this process handles, so that no log line ever shows them (not the trivial ones, such as an
    empty header map ``{}``: masking those would garble the log)."""
    _REMEMBERED.update(secret for secret in secrets if len(secret) >= REMEMBERED_MIN)


def remembered() -> list[str]:
    return list(_REMEMBERED)
