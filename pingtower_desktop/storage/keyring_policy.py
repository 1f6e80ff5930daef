"""Which keyring backends may hold the product's secrets.

Used without being asked: backends whose secrets the OS or a password manager keeps encrypted
(Secret Service, KWallet, macOS Keychain, Windows Credential Locker, a password manager's backend).
Refused: the keyring library's fail and null backends, and every backend that keeps secrets in a
file of its own — keyrings.alt's ``PlaintextKeyring`` always, its ``EncryptedKeyring`` (or another
encrypted file) unless the user chose it explicitly with ``PYTHON_KEYRING_BACKEND`` or keyring's
own ``keyringrc.cfg``. Installing keyrings.alt is not choosing it: keyring would otherwise fall
back to its plain-text file silently whenever the desktop keyring is missing.

A chainer (keyring's default when several backends are installed) writes to its best member, so
that member is what is judged — and what is used, so that a failing desktop keyring can never
fall through to a file.
"""

from __future__ import annotations

import configparser
import os
from typing import TYPE_CHECKING

from ..text import msg

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

#: Modules whose backends keep secrets in a file the backend writes itself.
FILE_BACKEND_MODULES = ("keyrings.alt.file", "keyrings.alt.pyfs", "keyrings.cryptfile")


def qualified_name(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def keeps_a_file(backend: KeyringBackend) -> bool:
    return qualified_name(backend).startswith(FILE_BACKEND_MODULES) or hasattr(backend, "file_path")


def in_plain_text(backend: KeyringBackend) -> bool:
    return keeps_a_file(backend) and "plaintext" in type(backend).__name__.lower()


def _configured_name() -> str | None:
    """The backend keyring's own setting names (``keyringrc.cfg``), if any."""
    from keyring.core import _config_path  # the path keyring itself reads

    parser = configparser.RawConfigParser()
    try:
        parser.read(_config_path(), encoding="utf-8")
        return parser.get("backend", "default-keyring").strip() or None
    except (configparser.Error, OSError):
        return None


def chosen_explicitly(backend: KeyringBackend) -> bool:
    """True when PYTHON_KEYRING_BACKEND or keyringrc.cfg names exactly this backend's class."""
    names = {os.environ.get("PYTHON_KEYRING_BACKEND", "").strip(), _configured_name() or ""}
    return qualified_name(backend) in names


def effective(backend: KeyringBackend) -> KeyringBackend:
    """The backend writes go to: a chainer's best member, else the backend itself."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        return backend.backends[0]
    return backend


def refusal(backend: KeyringBackend) -> str | None:
    """Why secrets must not go to ``backend`` (None when they may), without touching it."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring):
        return msg("the keyring library found no backend (its 'fail' backend is active)")
    if isinstance(backend, null.Keyring):
        return msg("the keyring library's 'null' backend is selected, which discards secrets")
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return msg("the keyring library has no backend to chain")
    best = effective(backend)
    if not keeps_a_file(best):
        return None
    where = getattr(best, "file_path", None)
    place = f" ({where})" if where else ""
    if in_plain_text(best):
        return msg(
            "the only keyring found is {qualified_name}, which keeps secrets in a plain-text file{place}",
            qualified_name=qualified_name(best),
            place=place,
        )
    if chosen_explicitly(best):
        return None
    return msg(
        "the only keyring found is {qualified_name}, which keeps secrets in a file{place}; it is used only when chosen explicitly with PYTHON_KEYRING_BACKEND or keyringrc.cfg",
        qualified_name=qualified_name(best),
        place=place,
    )
