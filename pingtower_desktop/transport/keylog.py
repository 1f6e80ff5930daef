"""``SSLKEYLOGFILE``: TLS session keys written to a file for Wireshark, honoured as Python's own contexts honour it,
with the file made owner-only and the user told (no ``ssl`` import here: the CLI asks at every start)."""

from __future__ import annotations

import os
import sys
from contextlib import suppress

from ..text import msg


def keylog_file() -> str:
    """Where ``SSLKEYLOGFILE`` asks TLS session keys to be written (for Wireshark), as Python's own contexts do."""
    return "" if sys.flags.ignore_environment else os.environ.get("SSLKEYLOGFILE", "")


def private_keylog(path: str) -> None:
    """Creates the key log owner-only where it does not exist yet (OpenSSL would create it as the umask says)."""
    # there already (its mode is the user's: see keylog_warning), or not writable (OpenSSL will say): left alone
    with suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def keylog_warning() -> str | None:
    """Set while TLS session keys are written to a file: whoever reads it can decrypt the traffic, secrets included."""
    path = keylog_file()
    if not path:
        return None
    try:
        exposed = os.stat(path).st_mode & 0o077 and os.name != "nt"
    except OSError:
        exposed = False
    return msg(
        "TLS session keys are written to {path} (SSLKEYLOGFILE is set): whoever can read that file can decrypt this app's TLS traffic, the secrets it sends included{exposed}",
        path=path,
        exposed=msg(" — and other users can read it: chmod 600 {path}", path=path) if exposed else "",
    )
