"""What the product reads from a login token, and when sending one is unwise.

The token is a JWT. Its claims are read without checking the signature: the server checks it;
the product only wants to show who is logged in and ask for a new login once ``exp`` has passed.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from ..errors import ServerFailure
from ..loopback import is_loopback
from ..text import msg


class NotAToken(ServerFailure, ValueError):
    """The text is not a JWT."""


@dataclass(frozen=True)
class TokenInfo:
    #: ``sub``: the reference server puts the user's e-mail there.
    subject: str | None
    expires_at: datetime | None

    def expired(self, now: datetime | None = None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or datetime.now(UTC))

    def describe(self, now: datetime | None = None) -> str:
        who = self.subject or msg("an unnamed user")
        if self.expires_at is None:
            return msg("{who}; the token does not expire", who=who)
        when = self.expires_at.strftime("%Y-%m-%d %H:%M UTC")
        return msg(
            "{who}; the token {value} {when}", who=who, value="expired" if self.expired(now) else "expires", when=when
        )


def _claims(token: str) -> dict:
    parts = token.strip().split(".")
    if len(parts) != 3 or not all(parts[:2]):
        raise NotAToken(msg("that is not a JWT (three dot-separated base64url parts)"))
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        claims = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise NotAToken(msg("that is not a JWT: its claims are not base64url JSON")) from None
    if not isinstance(claims, dict):
        raise NotAToken(msg("that is not a JWT: its claims are not a JSON object"))
    return claims


def decode_token(token: str) -> TokenInfo:
    """``sub`` and ``exp`` of a JWT, unverified; raises :class:`NotAToken`."""
    claims = _claims(token)
    subject = claims.get("sub")
    expires = claims.get("exp")
    expires_at = None
    if isinstance(expires, int | float) and not isinstance(expires, bool):
        try:
            expires_at = datetime.fromtimestamp(expires, UTC)
        except (OverflowError, OSError, ValueError):
            expires_at = None
    return TokenInfo(subject=str(subject) if subject is not None else None, expires_at=expires_at)


def plain_http_warning(base_url: str) -> str | None:
    """A warning when a password or token would cross the network unencrypted, else None."""
    parts = urlsplit(base_url)
    if parts.scheme.lower() != "http" or is_loopback(parts.hostname or ""):
        return None
    return msg(
        "{hostname} is reached over plain http: the password and the login token travel unencrypted and anyone on the way can read them. Use https:// if the server offers it.",
        hostname=parts.hostname,
    )


def normalize_base_url(url: str) -> str:
    """The server's base URL without a trailing slash; raises ValueError for anything but http(s)."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(msg("'{url}' is not an http:// or https:// URL with a host", url=url))
    if parts.query or parts.fragment:
        raise ValueError(msg("the server URL must not have a query (?…) or fragment (#…)"))
    return url.rstrip("/")
