"""Value checks shared by the channel declarations; each raises ValueError with the reason."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..text import message_of, msg

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$|^\[[0-9A-Fa-f:.]+\]$|^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+$"
)
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_BOT_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_CHAT_ID = re.compile(r"^(-?\d+|@[A-Za-z][A-Za-z0-9_]{3,})$")


def http_url(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(msg("must be an http:// or https:// URL"))
    if not parts.hostname:
        raise ValueError(msg("must name a host, e.g. https://example.com/path"))
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError:
        raise ValueError(msg("has a port that is not a number from 1 to 65535")) from None
    if any(ch.isspace() for ch in value):
        raise ValueError(msg("must not contain spaces"))
    return value


#: Words in the name of a query parameter or a header that usually carries a credential (Authorization,
#: Proxy-Authorization, Cookie, X-Api-Key, X-Auth-Token, ?access_token=, ?sig= …).
_CREDENTIAL_WORDS = re.compile(
    r"token|key|secret|signature|sig|password|passwd|pwd|auth|credential|cookie|session", re.IGNORECASE
)


def credential_in_url(url: str) -> str:
    """What part of ``url`` looks like a credential (``user:password@``, ``?token=``), or "": a URL is kept and
    exported in clear, where a header's value is a secret kept in the keyring."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.password or parts.username:
        return msg("a user name or password before the host")
    found = [
        name
        for name, _, _ in (pair.partition("=") for pair in parts.query.split("&"))
        if _CREDENTIAL_WORDS.search(name)
    ]
    return msg("the query parameter {names}", names=", ".join(found)) if found else ""


def url_credential_warning(url: str, *, headers: bool) -> str:
    """The warning for a URL that carries a credential, or ""; ``headers``: the channel has secret headers
    the credential could move to."""
    what = credential_in_url(url)
    if not what:
        return ""
    if headers:
        return msg(
            "holds {what}: the URL is kept in the channels file and exported in clear — put the credential in a "
            "header instead (Authorization), whose value is kept in the keyring",
            what=what,
        )
    return msg("holds {what}: the URL is kept in the channels file and exported in clear", what=what)


def optional_http_url(value: str) -> str:
    return http_url(value) if value.strip() else ""


def hostname(value: str) -> str:
    value = value.strip()
    if not _HOST.match(value):
        raise ValueError(msg("must be a host name or IP address, e.g. smtp.gmail.com"))
    return value


def email_address(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise ValueError(msg("'{value}' is not an e-mail address like name@example.com", value=value))
    return value


def email_list(value: str) -> str:
    """One or more comma-separated addresses, normalised to ``a@x, b@y``."""
    addresses = [part.strip() for part in value.split(",") if part.strip()]
    if not addresses:
        raise ValueError(msg("needs at least one e-mail address"))
    return ", ".join(email_address(a) for a in addresses)


def split_emails(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def bot_token(value: str) -> str:
    value = value.strip()
    if value and not _BOT_TOKEN.match(value):
        raise ValueError(msg("must look like 123456789:ABCdef… (digits, a colon, then letters, digits, _ or -)"))
    return value


def chat_id(value: str | int) -> str:
    value = str(value).strip()
    if not _CHAT_ID.match(value):
        raise ValueError(msg("must be a number such as -1001234567890 or a public @channelname"))
    return value


def headers(value: dict[str, str]) -> dict[str, str]:
    cleaned = {}
    for name, header_value in value.items():
        name = str(name).strip()
        header_value = str(header_value)
        if not _HEADER_NAME.match(name):
            raise ValueError(
                msg("header name '{name}' is empty or has characters a header name cannot have", name=name)
            )
        if "\r" in header_value or "\n" in header_value:
            raise ValueError(msg("the value of header '{name}' must not contain a line break", name=name))
        cleaned[name] = header_value.strip()
    return cleaned


def credential_header(name: str) -> bool:
    """Whether a header of this name carries a credential (its value is never shown unasked)."""
    return _CREDENTIAL_WORDS.search(name) is not None


def header_name(value: str) -> str:
    value = value.strip()
    if not _HEADER_NAME.match(value):
        raise ValueError(msg("must be a header name such as X-Signature-256"))
    return value


def blank_to_none(value: object) -> object:
    """For optional numbers: an empty form field means 'not set'."""
    return None if isinstance(value, str) and not value.strip() else value


def proxy_choice(value: str) -> str:
    """A channel's own way: "" (as the app or the run says), "direct", or a proxy URL with no password in it."""
    from ..transport.proxy import Proxy, ProxyInvalid

    value = value.strip()
    if value.lower() in ("", "direct"):
        return value.lower()
    try:
        proxy = Proxy.parse(value)
    except ProxyInvalid as error:
        raise ValueError(message_of(error)) from None
    if proxy.password:
        raise ValueError(msg("has a password: set this proxy in Settings ▸ Network, which keeps it in the keyring"))
    return proxy.url()
