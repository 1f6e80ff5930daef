"""Reading login tokens, and the plain-http warning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pingtower_desktop.server.auth import NotAToken, decode_token, normalize_base_url, plain_http_warning
from tests.peers.pingtower_server import make_jwt


def test_a_token_tells_who_and_until_when():
    info = decode_token(make_jwt("ops@example.com", expires_in=3600))
    assert info.subject == "ops@example.com"
    assert not info.expired()
    assert "ops@example.com; the token expires" in info.describe()


def test_an_expired_token_says_so():
    info = decode_token(make_jwt(expires_in=-60))
    assert info.expired()
    assert "expired" in info.describe()
    assert info.expires_at < datetime.now(UTC)


@pytest.mark.parametrize("text", ["", "abc", "a.b", "a.!!!.c", "eyJhbGciOiJub25lIn0.WzFd.x"])
def test_what_is_not_a_jwt_is_refused(text):
    with pytest.raises(NotAToken):
        decode_token(text)


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://pingtower.example.com", True),
        ("http://10.0.0.5:8080", True),
        ("https://pingtower.example.com", False),
        ("http://localhost:8080", False),
        ("http://127.0.0.1:8080", False),
        ("http://[::1]:8080", False),
    ],
)
def test_plain_http_is_warned_about_except_on_loopback(url, warned):
    warning = plain_http_warning(url)
    assert (warning is not None) == warned
    if warned:
        assert "unencrypted" in warning


def test_base_urls_are_checked_and_trimmed():
    assert normalize_base_url(" https://pt.example.com/ ") == "https://pt.example.com"
    for bad in ("ftp://pt.example.com", "pt.example.com", "https://pt.example.com/?x=1"):
        with pytest.raises(ValueError):
            normalize_base_url(bad)
