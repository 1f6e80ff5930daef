"""Which TLS certificates are trusted: the system's, plus a private certificate authority when one is set.

A company mail server or webhook receiver often has a certificate from the company's own CA. The
channel (or the server connection) then names that CA's certificate file; it is trusted in
addition to the system's store. ``SSL_CERT_FILE`` replaces the system's store for every connection.
Verification is never switched off.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from functools import lru_cache
from typing import Any

from ..errors import ConfigError
from ..text import msg
from .keylog import keylog_file, private_keylog

#: What to do when a certificate is not trusted (part of the error messages).
TRUST_FIX = msg(
    "if it comes from your organisation's own certificate authority, set the CA certificate file "
    "in its settings, or point SSL_CERT_FILE at a certificate bundle that includes that CA"
)


class CaFileError(ConfigError, ValueError):
    """The CA certificate file cannot be used; ``str()`` says which and why."""


class _SystemTrust(ssl.SSLContext):
    """``ssl.create_default_context()`` that reads the system's certificate store on its first TLS
    connection instead of when it is made: reading it takes about 20 ms, which a command that talks
    plain HTTP (or nothing at all) should not pay. Until then it trusts nothing, so it never verifies less."""

    _store_lock = threading.Lock()
    _store_read = False

    def _read_store(self) -> None:
        with self._store_lock:
            if not self._store_read:
                self.load_default_certs()
                self._store_read = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._read_store()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._read_store()
        return super().wrap_bio(*args, **kwargs)


def default_ssl_context() -> ssl.SSLContext:
    """The system's trust store (honours SSL_CERT_FILE), certificates and host names verified: what
    ``ssl.create_default_context()`` makes, its store read at the first handshake."""
    context = _SystemTrust(ssl.PROTOCOL_TLS_CLIENT)  # verifies certificates and host names by default
    if sys.version_info >= (3, 13):  # what create_default_context adds there
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
    keylog = keylog_file()
    if keylog:
        private_keylog(keylog)
        context.keylog_filename = keylog
    return context


@lru_cache(maxsize=16)
def _trusting(path: str, _modified: int) -> ssl.SSLContext:
    context = default_ssl_context()
    try:
        context.load_verify_locations(cafile=path)
    except ssl.SSLError as error:
        raise CaFileError(
            msg(
                "the CA certificate file {path} holds no usable PEM certificate ({reason})",
                path=path,
                reason=error.reason,
            )
        ) from None
    return context


def trusting(ca_file: str) -> ssl.SSLContext:
    """The system's trust plus ``ca_file`` (a PEM file); raises :class:`CaFileError`."""
    path = os.path.expanduser(ca_file)
    try:
        modified = os.stat(path).st_mtime_ns
        if not os.path.isfile(path):
            raise CaFileError(msg("the CA certificate file {path} is not a file", path=path))
    except OSError as error:
        raise CaFileError(
            msg("the CA certificate file {path} cannot be read ({strerror})", path=path, strerror=error.strerror)
        ) from None
    return _trusting(path, modified)
