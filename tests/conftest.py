"""Test-wide isolation: no real config dirs, no proxies, an in-memory keyring, Qt offscreen.

Peer fixtures (loopback servers that play Telegram, Slack, SMTP …) live in ``tests/peers/``;
every module there is loaded as a pytest plugin.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import keyring
import pytest

from tests.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"

pytest_plugins = sorted(
    f"tests.peers.{path.stem}" for path in (Path(__file__).parent / "peers").glob("*.py") if path.stem != "__init__"
)


_real_getaddrinfo = socket.getaddrinfo
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def _loopback_only(host, *args, **kwargs):
    """Name lookups in tests: loopback only, so no test can reach (or even ask DNS about) another host."""
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name not in LOOPBACK_NAMES and not name.startswith("127."):
        raise socket.gaierror(socket.EAI_NONAME, f"tests may only reach loopback, not {name}")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    monkeypatch.setenv("PINGTOWER_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PINGTOWER_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets a fresh in-memory keyring unless it asks for the real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
