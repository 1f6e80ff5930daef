"""Which TLS certificates are trusted: the system's, plus a private certificate authority when one is set.

A company mail server or webhook receiver often has a certificate from the company's own CA. The
channel (or the server connection) then names that CA's certificate file; it is trusted in
addition to the system's store. ``SSL_CERT_FILE`` replaces the system's store for every connection.
Verification is never switched off.
"""

from __future__ import annotations

import os
import ssl
from functools import lru_cache

from ..text import msg

#: What to do when a certificate is not trusted (part of the error messages).
TRUST_FIX = msg(
    "if it comes from your organisation's own certificate authority, set the CA certificate file "
    "in its settings, or point SSL_CERT_FILE at a certificate bundle that includes that CA"
)


class CaFileError(ValueError):
    """The CA certificate file cannot be used; ``str()`` says which and why."""


def default_ssl_context() -> ssl.SSLContext:
    """The system's trust store (honours SSL_CERT_FILE), certificates and host names verified."""
    return ssl.create_default_context()


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
